//! A built-in SAML 2.0 identity provider, so that users can obtain valid signed SAML responses
//! for AssumeRoleWithSAML from gatehouse itself.
//!
//! The provider holds a P-256 key pair and a self-signed certificate made when it is created.
//! [`TestSamlIdp::metadata_xml`] is the document to give `CreateSAMLProvider`;
//! [`TestSamlIdp::response`] signs a `samlp:Response` whose assertion carries the AWS
//! attributes (exclusive C14N, ECDSA-SHA256, SHA-256 digests, enveloped signature).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use bergshamra::keys::loader::load_ec_p256_private_pem;
use bergshamra::{DsigContext, KeysManager};
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{DerSignature, SigningKey};
use p256::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use rand::RngCore;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

use crate::error::Error;
use crate::test_idp::random_p256_key;

/// The recipient and audience AWS expects in SAML responses.
pub const AWS_SAML_ENDPOINT: &str = "https://signin.aws.amazon.com/saml";
/// Prefix of the AWS-defined SAML attribute names.
const AWS_ATTRIBUTE: &str = "https://aws.amazon.com/SAML/Attributes/";
/// How long a minted response may be presented.
const RESPONSE_LIFETIME: Duration = Duration::minutes(5);
/// Common name in the self-signed certificate.
const CERTIFICATE_NAME: &str = "gatehouse test SAML IdP";

/// What a minted SAML response asserts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SamlAssertion {
    /// The NameID text.
    pub subject: String,
    /// The NameID format; `persistent` when `None`. A bare word (`transient`) is prefixed
    /// with `urn:oasis:names:tc:SAML:2.0:nameid-format:`.
    pub subject_format: Option<String>,
    /// Values of the `Role` attribute, each `role_arn,provider_arn` (either order).
    pub roles: Vec<String>,
    /// The `RoleSessionName` attribute.
    pub role_session_name: String,
    /// The `SessionDuration` attribute, in seconds.
    pub session_duration: Option<u32>,
    /// The `SourceIdentity` attribute.
    pub source_identity: Option<String>,
    /// `PrincipalTag:{Key}` attributes.
    pub principal_tags: Vec<(String, String)>,
    /// The `TransitiveTagKeys` attribute.
    pub transitive_tag_keys: Vec<String>,
    /// Further attributes, `(Name, values)`, e.g. `urn:oid:0.9.2342.19200300.100.1.3`.
    pub attributes: Vec<(String, Vec<String>)>,
    /// `SessionNotOnOrAfter` of the AuthnStatement.
    pub session_not_on_or_after: Option<OffsetDateTime>,
}

/// An identity provider signing SAML responses with a generated P-256 key.
pub struct TestSamlIdp {
    signing_key: SigningKey,
    certificate_der: Vec<u8>,
}

impl std::fmt::Debug for TestSamlIdp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestSamlIdp").finish_non_exhaustive()
    }
}

impl TestSamlIdp {
    /// Generates a key pair and a self-signed certificate valid from `now` for ten years.
    pub fn generate(now: OffsetDateTime) -> Result<Self, Error> {
        let signing_key = SigningKey::from(random_p256_key()?);
        let certificate_der = self_signed_certificate(&signing_key, now)?;
        Ok(Self {
            signing_key,
            certificate_der,
        })
    }

    /// The DER of the signing certificate.
    #[must_use]
    pub fn certificate_der(&self) -> &[u8] {
        &self.certificate_der
    }

    /// The IdP metadata document (an `EntityDescriptor` with `entity_id` and the signing
    /// certificate), as `CreateSAMLProvider` takes it.
    #[must_use]
    pub fn metadata_xml(&self, entity_id: &str) -> String {
        let certificate = STANDARD.encode(&self.certificate_der);
        let entity_id = escape(entity_id);
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="{entity_id}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>{certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor><md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat><md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="{entity_id}/sso"/></md:IDPSSODescriptor></md:EntityDescriptor>"#
        )
    }

    /// A signed `samlp:Response` from issuer `entity_id`, issued at `now`, base64-encoded as
    /// AssumeRoleWithSAML's `SAMLAssertion` takes it.
    pub fn response(
        &self,
        entity_id: &str,
        assertion: &SamlAssertion,
        now: OffsetDateTime,
    ) -> Result<String, Error> {
        let template = response_template(entity_id, assertion, now, &self.certificate_der)?;
        let pem = self
            .signing_key
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|error| Error::Internal(format!("key encoding failed: {error}")))?;
        let key = load_ec_p256_private_pem(pem.as_bytes())
            .map_err(|error| Error::Internal(format!("key loading failed: {error}")))?;
        let mut keys = KeysManager::new();
        keys.add_key(key);
        let signed = bergshamra::sign(&DsigContext::new(keys), &template)
            .map_err(|error| Error::Internal(format!("SAML signing failed: {error}")))?;
        Ok(STANDARD.encode(signed))
    }
}

/// A fresh `_`-prefixed XML id.
fn new_id() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("_{hex}")
}

fn instant(at: OffsetDateTime) -> Result<String, Error> {
    at.replace_nanosecond(0)
        .unwrap_or(at)
        .format(&Rfc3339)
        .map_err(|error| Error::Internal(format!("time formatting failed: {error}")))
}

/// Escapes text for element content and double-quoted attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\r' => out.push_str("&#13;"),
            _ => out.push(c),
        }
    }
    out
}

fn attribute(name: &str, values: &[String]) -> String {
    let values: String = values
        .iter()
        .map(|value| {
            format!(
                r#"<saml:AttributeValue xsi:type="xs:string">{}</saml:AttributeValue>"#,
                escape(value)
            )
        })
        .collect();
    format!(
        r#"<saml:Attribute Name="{}">{values}</saml:Attribute>"#,
        escape(name)
    )
}

/// All attributes of the assertion: the AWS ones first, then the caller's.
fn attributes(assertion: &SamlAssertion) -> String {
    let aws = |name: &str| format!("{AWS_ATTRIBUTE}{name}");
    let mut out = String::new();
    if !assertion.roles.is_empty() {
        out.push_str(&attribute(&aws("Role"), &assertion.roles));
    }
    out.push_str(&attribute(
        &aws("RoleSessionName"),
        std::slice::from_ref(&assertion.role_session_name),
    ));
    if let Some(seconds) = assertion.session_duration {
        out.push_str(&attribute(&aws("SessionDuration"), &[seconds.to_string()]));
    }
    if let Some(source) = &assertion.source_identity {
        out.push_str(&attribute(
            &aws("SourceIdentity"),
            std::slice::from_ref(source),
        ));
    }
    for (key, value) in &assertion.principal_tags {
        out.push_str(&attribute(
            &aws(&format!("PrincipalTag:{key}")),
            std::slice::from_ref(value),
        ));
    }
    if !assertion.transitive_tag_keys.is_empty() {
        out.push_str(&attribute(
            &aws("TransitiveTagKeys"),
            &assertion.transitive_tag_keys,
        ));
    }
    for (name, values) in &assertion.attributes {
        out.push_str(&attribute(name, values));
    }
    out
}

/// The response with an empty enveloped signature template inside the assertion.
fn response_template(
    entity_id: &str,
    assertion: &SamlAssertion,
    now: OffsetDateTime,
    certificate_der: &[u8],
) -> Result<String, Error> {
    let issuer = escape(entity_id);
    let issued = instant(now)?;
    let not_before = instant(now - RESPONSE_LIFETIME)?;
    let not_on_or_after = instant(now + RESPONSE_LIFETIME)?;
    let format = match assertion.subject_format.as_deref() {
        None => "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent".to_owned(),
        Some(format) if format.contains(':') => format.to_owned(),
        Some(word) => format!("urn:oasis:names:tc:SAML:2.0:nameid-format:{word}"),
    };
    let session_limit = match assertion.session_not_on_or_after {
        Some(at) => format!(r#" SessionNotOnOrAfter="{}""#, instant(at)?),
        None => String::new(),
    };
    let (response_id, assertion_id) = (new_id(), new_id());
    let certificate = STANDARD.encode(certificate_der);
    Ok(format!(
        concat!(
            r#"<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="{response_id}" Version="2.0" IssueInstant="{issued}" Destination="{endpoint}">"#,
            r#"<saml:Issuer>{issuer}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>"#,
            r#"<saml:Assertion xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="{assertion_id}" Version="2.0" IssueInstant="{issued}">"#,
            r#"<saml:Issuer>{issuer}</saml:Issuer>"#,
            r#"<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/><ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"/>"#,
            r##"<ds:Reference URI="#{assertion_id}"><ds:Transforms><ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/><ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:Transforms>"##,
            r#"<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><ds:DigestValue></ds:DigestValue></ds:Reference></ds:SignedInfo><ds:SignatureValue></ds:SignatureValue>"#,
            r#"<ds:KeyInfo><ds:X509Data><ds:X509Certificate>{certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>"#,
            r#"<saml:Subject><saml:NameID Format="{format}">{subject}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="{not_on_or_after}" Recipient="{endpoint}"/></saml:SubjectConfirmation></saml:Subject>"#,
            r#"<saml:Conditions NotBefore="{not_before}" NotOnOrAfter="{not_on_or_after}"><saml:AudienceRestriction><saml:Audience>{endpoint}</saml:Audience></saml:AudienceRestriction></saml:Conditions>"#,
            r#"<saml:AuthnStatement AuthnInstant="{issued}"{session_limit}><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"#,
            r#"<saml:AttributeStatement>{attributes}</saml:AttributeStatement></saml:Assertion></samlp:Response>"#,
        ),
        response_id = response_id,
        assertion_id = assertion_id,
        issued = issued,
        endpoint = AWS_SAML_ENDPOINT,
        issuer = issuer,
        certificate = certificate,
        format = escape(&format),
        subject = escape(&assertion.subject),
        not_before = not_before,
        not_on_or_after = not_on_or_after,
        session_limit = session_limit,
        attributes = attributes(assertion),
    ))
}

/// One DER TLV with a definite length.
fn der(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let length = content.len();
    if length < 0x80 {
        out.push(length as u8);
    } else {
        let bytes = length.to_be_bytes();
        let significant: Vec<u8> = bytes.iter().copied().skip_while(|&b| b == 0).collect();
        out.push(0x80 | significant.len() as u8);
        out.extend_from_slice(&significant);
    }
    out.extend_from_slice(content);
    out
}

fn der_sequence(parts: &[&[u8]]) -> Vec<u8> {
    der(0x30, &parts.concat())
}

/// `SEQUENCE { SET { SEQUENCE { commonName, UTF8String } } }`.
fn der_name(common_name: &str) -> Vec<u8> {
    const COMMON_NAME_OID: [u8; 3] = [0x55, 0x04, 0x03];
    let attribute = der_sequence(&[
        &der(0x06, &COMMON_NAME_OID),
        &der(0x0c, common_name.as_bytes()),
    ]);
    der_sequence(&[&der(0x31, &attribute)])
}

/// A GeneralizedTime (`YYYYMMDDHHMMSSZ`), valid for every year.
fn der_time(at: OffsetDateTime) -> Vec<u8> {
    let text = format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    );
    der(0x18, text.as_bytes())
}

/// A self-signed X.509 v3 certificate for `key`, valid from a day before `now` for ten years.
fn self_signed_certificate(key: &SigningKey, now: OffsetDateTime) -> Result<Vec<u8>, Error> {
    /// ecdsa-with-SHA256 (1.2.840.10045.4.3.2), parameters absent.
    const ECDSA_SHA256_OID: [u8; 8] = [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
    let algorithm = der_sequence(&[&der(0x06, &ECDSA_SHA256_OID)]);
    let public_key = key
        .verifying_key()
        .to_public_key_der()
        .map_err(|error| Error::Internal(format!("key encoding failed: {error}")))?;
    let mut serial = [0u8; 16];
    rand::rng().fill_bytes(&mut serial);
    // A positive INTEGER: clear the top bit, keep the first byte non-zero.
    if let Some(first) = serial.first_mut() {
        *first = (*first & 0x7f) | 0x01;
    }
    let name = der_name(CERTIFICATE_NAME);
    let validity = der_sequence(&[
        &der_time(now - Duration::days(1)),
        &der_time(now + Duration::days(3650)),
    ]);
    let version = der(0xa0, &der(0x02, &[0x02]));
    let tbs = der_sequence(&[
        &version,
        &der(0x02, &serial),
        &algorithm,
        &name,
        &validity,
        &name,
        public_key.as_bytes(),
    ]);
    let signature: DerSignature = key.sign(&tbs);
    let mut bit_string = vec![0u8];
    bit_string.extend_from_slice(signature.as_bytes());
    Ok(der_sequence(&[&tbs, &algorithm, &der(0x03, &bit_string)]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::saml::{SamlProviderRecord, verify_saml_response};
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2030-01-01 00:00:00 UTC);
    const ENTITY: &str = "http://127.0.0.1:4566/_gatehouse/saml";
    const ROLE: &str = "arn:aws:iam::123456789012:role/Admin";
    const PROVIDER: &str = "arn:aws:iam::123456789012:saml-provider/Corp";

    fn record(idp: &TestSamlIdp) -> SamlProviderRecord {
        SamlProviderRecord {
            metadata_xml: idp.metadata_xml(ENTITY),
            arn: PROVIDER.into(),
            name: "Corp".into(),
            account: "123456789012".into(),
        }
    }

    fn assertion() -> SamlAssertion {
        SamlAssertion {
            subject: "alice & co <x>".into(),
            roles: vec![format!("{ROLE},{PROVIDER}")],
            role_session_name: "alice".into(),
            session_duration: Some(1800),
            source_identity: Some("alice-src".into()),
            principal_tags: vec![("Dept".into(), "eng".into())],
            transitive_tag_keys: vec!["Dept".into()],
            attributes: vec![(
                "urn:oid:0.9.2342.19200300.100.1.3".into(),
                vec!["alice@example.com".into()],
            )],
            session_not_on_or_after: Some(NOW + Duration::hours(2)),
            ..SamlAssertion::default()
        }
    }

    #[test]
    fn minted_responses_verify() {
        let idp = TestSamlIdp::generate(NOW).unwrap();
        let response = idp.response(ENTITY, &assertion(), NOW).unwrap();
        let verified = verify_saml_response(&response, &record(&idp), NOW).unwrap();
        assert_eq!(verified.subject, "alice & co <x>");
        assert_eq!(verified.subject_type, "persistent");
        assert_eq!(verified.issuer, ENTITY);
        assert_eq!(verified.audience, AWS_SAML_ENDPOINT);
        assert_eq!(verified.roles, vec![(ROLE.to_owned(), PROVIDER.to_owned())]);
        assert_eq!(verified.role_session_name, "alice");
        assert_eq!(verified.session_duration, Some(1800));
        assert_eq!(verified.source_identity.as_deref(), Some("alice-src"));
        assert_eq!(verified.principal_tags, vec![("Dept".into(), "eng".into())]);
        assert_eq!(verified.transitive_tag_keys, vec!["Dept"]);
        assert_eq!(
            verified.session_not_on_or_after,
            Some(NOW + Duration::hours(2))
        );
        let keys: std::collections::HashMap<_, _> = verified.condition_keys().into_iter().collect();
        assert_eq!(keys["saml:mail"], vec!["alice@example.com"]);
    }

    #[test]
    fn responses_expire_and_other_keys_are_refused() {
        let idp = TestSamlIdp::generate(NOW).unwrap();
        let response = idp.response(ENTITY, &assertion(), NOW).unwrap();
        let error = verify_saml_response(&response, &record(&idp), NOW + Duration::minutes(11))
            .unwrap_err();
        assert_eq!(error.code(), "ExpiredTokenException");

        let other = TestSamlIdp::generate(NOW).unwrap();
        let error = verify_saml_response(&response, &record(&other), NOW).unwrap_err();
        assert_eq!(error.to_string(), "Response signature invalid");
    }

    #[test]
    fn tampering_breaks_the_signature() {
        let idp = TestSamlIdp::generate(NOW).unwrap();
        let response = idp.response(ENTITY, &assertion(), NOW).unwrap();
        let xml = String::from_utf8(STANDARD.decode(response).unwrap()).unwrap();
        let tampered = xml.replace("role/Admin", "role/Other");
        assert_ne!(tampered, xml);
        let error =
            verify_saml_response(&STANDARD.encode(tampered), &record(&idp), NOW).unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");
    }

    #[test]
    fn certificate_and_der_helpers() {
        let idp = TestSamlIdp::generate(NOW).unwrap();
        let cert = idp.certificate_der();
        assert_eq!(cert.first(), Some(&0x30));
        assert!(bergshamra::keys::loader::load_x509_cert_der(cert).is_ok());
        assert_eq!(der(0x04, &[1, 2]), vec![0x04, 2, 1, 2]);
        let long = der(0x04, &[0u8; 300]);
        assert_eq!(&long[..4], &[0x04, 0x82, 0x01, 0x2c]);
        assert_eq!(
            der_time(datetime!(2030-02-03 04:05:06 UTC)),
            der(0x18, b"20300203040506Z")
        );
        assert_eq!(escape("a<&>\"b"), "a&lt;&amp;&gt;&quot;b");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
        #[test]
        fn escaped_text_survives_signing(subject in "[ -~]{1,40}") {
            let idp = TestSamlIdp::generate(NOW).unwrap();
            let mut claims = assertion();
            claims.subject = subject.clone();
            let response = idp.response(ENTITY, &claims, NOW).unwrap();
            let verified = verify_saml_response(&response, &record(&idp), NOW).unwrap();
            proptest::prop_assert_eq!(verified.subject, subject.trim());
        }
    }
}
