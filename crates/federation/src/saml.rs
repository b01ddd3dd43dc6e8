//! SAML 2.0 response verification for AssumeRoleWithSAML.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use bergshamra::keys::loader::load_x509_cert_der;
use bergshamra::{DsigContext, KeysManager, VerifyResult};
use sha1::{Digest, Sha1};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use uppsala::{Document, NodeId};

use crate::error::Error;

const PROTOCOL_NS: &str = "urn:oasis:names:tc:SAML:2.0:protocol";
const ASSERTION_NS: &str = "urn:oasis:names:tc:SAML:2.0:assertion";
const METADATA_NS: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
const DSIG_NS: &str = "http://www.w3.org/2000/09/xmldsig#";
const NAMEID_FORMAT_PREFIX: &str = "urn:oasis:names:tc:SAML:2.0:nameid-format:";
const AWS_ATTRIBUTE_PREFIX: &str = "https://aws.amazon.com/SAML/Attributes/";
/// Audiences AWS accepts besides the recipient URLs.
const AWS_AUDIENCE_URN: &str = "urn:amazon:webservices";
/// Clock skew tolerated on NotBefore / NotOnOrAfter.
const CLOCK_SKEW: time::Duration = time::Duration::minutes(5);

/// Largest decoded SAML response accepted (the API limits the base64 text to 100,000 chars).
const MAX_RESPONSE_BYTES: usize = 100_000;

/// Friendly condition-key names for well-known attribute names (OIDs, AD claims).
const ATTRIBUTE_KEYS: [(&str, &str); 27] = [
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.1", "edupersonaffiliation"),
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.2", "edupersonnickname"),
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.3", "edupersonorgdn"),
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.4", "edupersonorgunitdn"),
    (
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.5",
        "edupersonprimaryaffiliation",
    ),
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.6", "edupersonprincipalname"),
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.7", "edupersonentitlement"),
    (
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.8",
        "edupersonprimaryorgunitdn",
    ),
    (
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.9",
        "edupersonscopedaffiliation",
    ),
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.10", "edupersontargetedid"),
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.11", "edupersonassurance"),
    ("urn:oid:1.3.6.1.4.1.5923.1.2.1.2", "eduorghomepageuri"),
    (
        "urn:oid:1.3.6.1.4.1.5923.1.2.1.3",
        "eduorgidentityauthnpolicyuri",
    ),
    ("urn:oid:1.3.6.1.4.1.5923.1.2.1.4", "eduorglegalname"),
    ("urn:oid:1.3.6.1.4.1.5923.1.2.1.5", "eduorgsuperioruri"),
    ("urn:oid:1.3.6.1.4.1.5923.1.2.1.6", "eduorgwhitepagesuri"),
    ("urn:oid:2.5.4.3", "cn"),
    ("urn:oid:2.5.4.42", "givenName"),
    ("urn:oid:2.5.4.4", "surname"),
    ("urn:oid:0.9.2342.19200300.100.1.3", "mail"),
    ("urn:oid:0.9.2342.19200300.100.1.1", "uid"),
    ("urn:oid:2.5.4.45", "x500UniqueIdentifier"),
    ("urn:oid:2.5.4.41", "name"),
    ("urn:oid:1.3.6.1.4.1.25178.1.2.9", "commonName"),
    ("urn:oid:0.9.2342.19200300.100.1.45", "organizationStatus"),
    (
        "http://schemas.microsoft.com/ws/2008/06/identity/claims/primarygroupsid",
        "primaryGroupSID",
    ),
    ("urn:oid:1.3.6.1.4.1.5923.1.1.1.12", "edupersonorcid"),
];

/// An IAM SAML provider record, as the caller stored it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SamlProviderRecord {
    /// The IdP metadata document (`SAMLMetadataDocument`).
    pub metadata_xml: String,
    /// The provider ARN (`arn:aws:iam::ACCT:saml-provider/NAME`).
    pub arn: String,
    /// The provider name (last ARN segment).
    pub name: String,
    /// The account that owns the provider.
    pub account: String,
}

/// A verified SAML response: what AssumeRoleWithSAML returns and evaluates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedSaml {
    /// The NameID text (`Subject`).
    pub subject: String,
    /// The NameID format with the `urn:oasis:names:tc:SAML:2.0:nameid-format:` prefix
    /// stripped (`SubjectType`).
    pub subject_type: String,
    /// The assertion issuer (= metadata entityID).
    pub issuer: String,
    /// The SubjectConfirmationData Recipient (`Audience` output, `saml:aud`).
    pub audience: String,
    /// Base64(SHA1(issuer + account + "/" + provider name)).
    pub name_qualifier: String,
    /// `(role_arn, provider_arn)` pairs from the Role attribute.
    pub roles: Vec<(String, String)>,
    /// The RoleSessionName attribute.
    pub role_session_name: String,
    /// The SessionDuration attribute, in seconds.
    pub session_duration: Option<u32>,
    /// The SourceIdentity attribute.
    pub source_identity: Option<String>,
    /// `PrincipalTag:{Key}` attributes.
    pub principal_tags: Vec<(String, String)>,
    /// The TransitiveTagKeys attribute's values.
    pub transitive_tag_keys: Vec<String>,
    /// AuthnStatement SessionNotOnOrAfter, if any.
    pub session_not_on_or_after: Option<OffsetDateTime>,
    /// Every attribute of the assertion: `(Name, values)`.
    pub attributes: Vec<(String, Vec<String>)>,
    /// `saml:doc` value: `ACCOUNT/ProviderName`.
    pub doc: String,
}

impl VerifiedSaml {
    /// Condition keys for trust-policy evaluation: `saml:aud`, `saml:iss`, `saml:sub`,
    /// `saml:sub_type`, `saml:namequalifier`, `saml:doc` and the eduPerson/eduOrg/X.500/AD
    /// attribute keys present in the assertion.
    #[must_use]
    pub fn condition_keys(&self) -> Vec<(String, Vec<String>)> {
        let mut keys = vec![
            ("saml:aud".to_owned(), vec![self.audience.clone()]),
            ("saml:iss".to_owned(), vec![self.issuer.clone()]),
            ("saml:sub".to_owned(), vec![self.subject.clone()]),
            ("saml:sub_type".to_owned(), vec![self.subject_type.clone()]),
            (
                "saml:namequalifier".to_owned(),
                vec![self.name_qualifier.clone()],
            ),
            ("saml:doc".to_owned(), vec![self.doc.clone()]),
        ];
        for (name, values) in &self.attributes {
            if let Some((_, key)) = ATTRIBUTE_KEYS
                .iter()
                .find(|(attribute, _)| attribute == name)
            {
                keys.push((format!("saml:{key}"), values.clone()));
            }
        }
        keys
    }
}

fn invalid(message: impl Into<String>) -> Error {
    Error::InvalidIdentityToken(message.into())
}

fn signature_invalid() -> Error {
    invalid("Response signature invalid")
}

/// Parses XML with DTDs (and so entity declarations) refused.
fn parse_xml(xml: &str) -> Result<Document<'_>, Error> {
    uppsala::parser::Parser::new()
        .with_forbid_dtd(true)
        .with_forbid_entities(true)
        .parse(xml)
        .map_err(|_| invalid("Invalid SAML response: the document is not well-formed XML"))
}

fn is_element(doc: &Document<'_>, node: NodeId, namespace: &str, local_name: &str) -> bool {
    doc.element(node).is_some_and(|element| {
        element.name.namespace_uri.as_deref() == Some(namespace)
            && element.name.local_name == local_name
    })
}

fn child_elements<'d>(
    doc: &'d Document<'_>,
    parent: NodeId,
    namespace: &'d str,
    local_name: &'d str,
) -> impl Iterator<Item = NodeId> + 'd {
    doc.children_iter(parent)
        .filter(move |&child| is_element(doc, child, namespace, local_name))
}

fn only_child(doc: &Document<'_>, parent: NodeId, local_name: &str) -> Result<NodeId, Error> {
    let mut children = child_elements(doc, parent, ASSERTION_NS, local_name);
    match (children.next(), children.next()) {
        (Some(child), None) => Ok(child),
        _ => Err(invalid(format!(
            "Invalid SAML response: expected exactly one {local_name} element"
        ))),
    }
}

fn descendants_named(
    doc: &Document<'_>,
    node: NodeId,
    namespace: &str,
    local_name: &str,
    out: &mut Vec<NodeId>,
) {
    for child in doc.children_iter(node) {
        if is_element(doc, child, namespace, local_name) {
            out.push(child);
        }
        descendants_named(doc, child, namespace, local_name, out);
    }
}

/// The IdP's entityID and signing certificates (DER) from its metadata.
fn parse_metadata(metadata_xml: &str) -> Result<(String, Vec<Vec<u8>>), Error> {
    let doc = parse_xml(metadata_xml)?;
    let root = doc
        .document_element()
        .filter(|&root| is_element(&doc, root, METADATA_NS, "EntityDescriptor"))
        .ok_or_else(|| invalid("Invalid SAML provider metadata"))?;
    let entity_id = doc
        .get_attribute(root, "entityID")
        .ok_or_else(|| invalid("Invalid SAML provider metadata"))?
        .to_owned();
    let mut descriptors = Vec::new();
    descendants_named(&doc, root, METADATA_NS, "KeyDescriptor", &mut descriptors);
    let mut certificates = Vec::new();
    for descriptor in descriptors {
        if doc
            .get_attribute(descriptor, "use")
            .is_some_and(|usage| usage != "signing")
        {
            continue;
        }
        let mut certs = Vec::new();
        descendants_named(&doc, descriptor, DSIG_NS, "X509Certificate", &mut certs);
        for cert in certs {
            let text: String = doc.text_content_deep(cert).split_whitespace().collect();
            let der = STANDARD
                .decode(text)
                .map_err(|_| invalid("Invalid SAML provider metadata"))?;
            certificates.push(der);
        }
    }
    if certificates.is_empty() {
        return Err(invalid(
            "Invalid SAML provider metadata: no signing certificate",
        ));
    }
    Ok((entity_id, certificates))
}

/// Verifies a base64 SAML response (`SAMLAssertion`) against the provider's metadata.
pub fn verify_saml_response(
    b64_response: &str,
    provider: &SamlProviderRecord,
    now: OffsetDateTime,
) -> Result<VerifiedSaml, Error> {
    let compact: String = b64_response.split_whitespace().collect();
    let bytes = STANDARD
        .decode(compact)
        .map_err(|_| invalid("Invalid base64 SAMLResponse"))?;
    if bytes.len() > MAX_RESPONSE_BYTES {
        return Err(invalid("Invalid SAML response: too large"));
    }
    let xml = String::from_utf8(bytes).map_err(|_| invalid("Invalid SAML response: not UTF-8"))?;
    let (entity_id, certificates) = parse_metadata(&provider.metadata_xml)?;

    let doc = parse_xml(&xml)?;
    let root = doc
        .document_element()
        .filter(|&root| is_element(&doc, root, PROTOCOL_NS, "Response"))
        .ok_or_else(|| invalid("Invalid SAML response: the root element is not a Response"))?;
    // Exactly one Assertion, a direct child of the Response: the element we verify is the
    // element we read. EncryptedAssertion is not supported.
    let assertion = only_child(&doc, root, "Assertion")?;
    ensure_signed(&doc, root, assertion, &certificates)?;

    let issuer = doc.text_content_deep(only_child(&doc, assertion, "Issuer")?);
    if issuer.trim() != entity_id {
        return Err(invalid(format!(
            "Issuer of the SAML response does not match the metadata of provider {}",
            provider.arn
        )));
    }
    if let Some(response_issuer) = child_elements(&doc, root, ASSERTION_NS, "Issuer").next()
        && doc.text_content_deep(response_issuer).trim() != entity_id
    {
        return Err(invalid(
            "Issuer of the SAML response does not match its assertion",
        ));
    }

    let subject_node = only_child(&doc, assertion, "Subject")?;
    let name_id = only_child(&doc, subject_node, "NameID")?;
    let subject = doc.text_content_deep(name_id).trim().to_owned();
    let subject_type = doc
        .get_attribute(name_id, "Format")
        .map(|format| {
            format
                .strip_prefix(NAMEID_FORMAT_PREFIX)
                .unwrap_or(format)
                .to_owned()
        })
        .unwrap_or_else(|| "unspecified".to_owned());
    let confirmation = only_child(&doc, subject_node, "SubjectConfirmation")?;
    let confirmation_data = only_child(&doc, confirmation, "SubjectConfirmationData")?;
    let recipient = doc
        .get_attribute(confirmation_data, "Recipient")
        .ok_or_else(|| invalid("SubjectConfirmationData has no Recipient"))?
        .to_owned();
    if !is_aws_recipient(&recipient) {
        return Err(invalid(format!("Invalid SAML recipient: {recipient}")));
    }
    let not_on_or_after = doc
        .get_attribute(confirmation_data, "NotOnOrAfter")
        .ok_or_else(|| invalid("SubjectConfirmationData has no NotOnOrAfter"))?;
    check_not_on_or_after(not_on_or_after, now)?;

    let conditions = only_child(&doc, assertion, "Conditions")?;
    if let Some(not_before) = doc.get_attribute(conditions, "NotBefore")
        && parse_instant(not_before)? > now + CLOCK_SKEW
    {
        return Err(invalid("SAML assertion is not yet valid"));
    }
    if let Some(limit) = doc.get_attribute(conditions, "NotOnOrAfter") {
        check_not_on_or_after(limit, now)?;
    }
    let mut audiences = Vec::new();
    descendants_named(&doc, conditions, ASSERTION_NS, "Audience", &mut audiences);
    let audience_ok = audiences.iter().any(|&node| {
        let audience = doc.text_content_deep(node);
        let audience = audience.trim();
        audience == AWS_AUDIENCE_URN || is_aws_recipient(audience)
    });
    if !audience_ok {
        return Err(invalid("Invalid SAML audience"));
    }

    let session_not_on_or_after = child_elements(&doc, assertion, ASSERTION_NS, "AuthnStatement")
        .find_map(|statement| doc.get_attribute(statement, "SessionNotOnOrAfter"))
        .map(parse_instant)
        .transpose()?;

    let attributes = read_attributes(&doc, assertion);
    let aws = |name: &str| {
        attributes
            .iter()
            .find(|(attribute, _)| attribute.strip_prefix(AWS_ATTRIBUTE_PREFIX) == Some(name))
            .map(|(_, values)| values.as_slice())
    };
    let roles = aws("Role")
        .unwrap_or_default()
        .iter()
        .filter_map(|pair| role_pair(pair))
        .collect::<Vec<_>>();
    if roles.is_empty() {
        return Err(invalid(
            "SAML assertion doesn't contain a valid Role attribute",
        ));
    }
    let role_session_name = match aws("RoleSessionName") {
        Some([name]) => name.clone(),
        _ => return Err(invalid("RoleSessionName is required in AuthnResponse")),
    };
    if !valid_session_name(&role_session_name) {
        return Err(invalid(
            "RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}",
        ));
    }
    let session_duration = match aws("SessionDuration") {
        None => None,
        Some([value]) => Some(
            value
                .trim()
                .parse::<u32>()
                .ok()
                .filter(|seconds| (900..=43_200).contains(seconds))
                .ok_or_else(|| {
                    invalid("SessionDuration in AuthnResponse must be between 900 and 43200")
                })?,
        ),
        Some(_) => {
            return Err(invalid(
                "SessionDuration in AuthnResponse must have one value",
            ));
        }
    };
    let source_identity = match aws("SourceIdentity") {
        None => None,
        Some([value]) => Some(value.clone()),
        Some(_) => {
            return Err(invalid(
                "SourceIdentity in AuthnResponse must have one value",
            ));
        }
    };
    let mut principal_tags = Vec::new();
    for (name, values) in &attributes {
        if let Some(key) = name
            .strip_prefix(AWS_ATTRIBUTE_PREFIX)
            .and_then(|rest| rest.strip_prefix("PrincipalTag:"))
        {
            match values.as_slice() {
                [value] => principal_tags.push((key.to_owned(), value.clone())),
                _ => return Err(invalid(format!("PrincipalTag:{key} must have one value"))),
            }
        }
    }
    let transitive_tag_keys = aws("TransitiveTagKeys").unwrap_or_default().to_vec();

    let name_qualifier = STANDARD.encode(Sha1::digest(
        format!("{issuer}{}/{}", provider.account, provider.name).as_bytes(),
    ));
    Ok(VerifiedSaml {
        subject,
        subject_type,
        issuer: entity_id,
        audience: recipient,
        name_qualifier,
        roles,
        role_session_name,
        session_duration,
        source_identity,
        principal_tags,
        transitive_tag_keys,
        session_not_on_or_after,
        attributes,
        doc: format!("{}/{}", provider.account, provider.name),
    })
}

/// Requires a valid signature, by a metadata key, covering the Response or the Assertion.
fn ensure_signed(
    doc: &Document<'_>,
    root: NodeId,
    assertion: NodeId,
    certificates: &[Vec<u8>],
) -> Result<(), Error> {
    let mut keys = KeysManager::new();
    for der in certificates {
        keys.add_key(
            load_x509_cert_der(der).map_err(|_| invalid("Invalid SAML provider metadata"))?,
        );
    }
    // Trusted keys only (KeyInfo is ignored) and strict reference positions.
    let context = DsigContext::new(keys);
    let results = bergshamra::dsig::verify::verify_all_document(&context, doc)
        .map_err(|_| signature_invalid())?;
    let covered = results.iter().any(|result| match result {
        VerifyResult::Valid { references, .. } => references.iter().any(|reference| {
            reference.digest_verified
                && matches!(reference.resolved_node, Some(node) if node == assertion || node == root)
        }),
        VerifyResult::Invalid { .. } => false,
    });
    if covered {
        Ok(())
    } else {
        Err(signature_invalid())
    }
}

fn read_attributes(doc: &Document<'_>, assertion: NodeId) -> Vec<(String, Vec<String>)> {
    let mut nodes = Vec::new();
    for statement in child_elements(doc, assertion, ASSERTION_NS, "AttributeStatement") {
        nodes.extend(child_elements(doc, statement, ASSERTION_NS, "Attribute"));
    }
    nodes
        .into_iter()
        .filter_map(|node| {
            let name = doc.get_attribute(node, "Name")?.to_owned();
            let values = child_elements(doc, node, ASSERTION_NS, "AttributeValue")
                .map(|value| doc.text_content_deep(value).trim().to_owned())
                .collect();
            Some((name, values))
        })
        .collect()
}

/// `(role_arn, provider_arn)` from "a,b" in either order.
fn role_pair(value: &str) -> Option<(String, String)> {
    let (first, second) = value.split_once(',')?;
    let (first, second) = (first.trim(), second.trim());
    let is_role = |arn: &str| arn.starts_with("arn:") && arn.contains(":role/");
    let is_provider = |arn: &str| arn.starts_with("arn:") && arn.contains(":saml-provider/");
    if is_role(first) && is_provider(second) {
        Some((first.to_owned(), second.to_owned()))
    } else if is_provider(first) && is_role(second) {
        Some((second.to_owned(), first.to_owned()))
    } else {
        None
    }
}

fn valid_session_name(name: &str) -> bool {
    (2..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_+=,.@-".contains(&b))
}

/// `https://signin.aws.amazon.com/saml`, `https://REGION.signin.aws.amazon.com/saml`, or
/// the `/static/saml` variant of either.
fn is_aws_recipient(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let Some((host, path)) = rest.split_once('/') else {
        return false;
    };
    let host_ok = host == "signin.aws.amazon.com"
        || host
            .strip_suffix(".signin.aws.amazon.com")
            .is_some_and(|region| {
                !region.is_empty()
                    && region
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            });
    host_ok && matches!(path, "saml" | "static/saml")
}

fn parse_instant(text: &str) -> Result<OffsetDateTime, Error> {
    OffsetDateTime::parse(text.trim(), &Rfc3339)
        .map_err(|_| invalid(format!("Invalid SAML timestamp: {text}")))
}

/// AWS's message for a SAML response past its NotOnOrAfter.
const RESPONSE_EXPIRED: &str = "Response has expired";

fn check_not_on_or_after(text: &str, now: OffsetDateTime) -> Result<(), Error> {
    if now >= parse_instant(text)? + CLOCK_SKEW {
        return Err(Error::ExpiredToken(RESPONSE_EXPIRED.into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2030-01-01 00:01:00 UTC);

    fn fixture(name: &str) -> String {
        let path = format!("{}/tests/fixtures/saml/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).unwrap()
    }

    fn provider() -> SamlProviderRecord {
        SamlProviderRecord {
            metadata_xml: fixture("metadata.xml"),
            arn: "arn:aws:iam::123456789012:saml-provider/Corp".into(),
            name: "Corp".into(),
            account: "123456789012".into(),
        }
    }

    fn verify(name: &str, now: OffsetDateTime) -> Result<VerifiedSaml, Error> {
        verify_saml_response(&STANDARD.encode(fixture(name)), &provider(), now)
    }

    #[test]
    fn valid_assertion_signature() {
        let saml = verify("valid.xml", NOW).unwrap();
        assert_eq!(saml.subject, "alice@example.com");
        assert_eq!(saml.subject_type, "persistent");
        assert_eq!(saml.issuer, "https://idp.example.com/saml");
        assert_eq!(saml.audience, "https://signin.aws.amazon.com/saml");
        assert_eq!(
            saml.roles,
            vec![
                (
                    "arn:aws:iam::123456789012:role/Admin".into(),
                    "arn:aws:iam::123456789012:saml-provider/Corp".into()
                ),
                (
                    "arn:aws:iam::123456789012:role/ReadOnly".into(),
                    "arn:aws:iam::123456789012:saml-provider/Corp".into()
                ),
            ]
        );
        assert_eq!(saml.role_session_name, "alice");
        assert_eq!(saml.session_duration, Some(1800));
        assert_eq!(saml.source_identity.as_deref(), Some("alice-src"));
        assert_eq!(saml.principal_tags, vec![("Dept".into(), "eng".into())]);
        assert_eq!(saml.transitive_tag_keys, vec!["Dept"]);
        assert_eq!(
            saml.session_not_on_or_after,
            Some(datetime!(2030-01-01 08:00:00 UTC))
        );
        let expected_qualifier = STANDARD.encode(Sha1::digest(
            b"https://idp.example.com/saml123456789012/Corp",
        ));
        assert_eq!(saml.name_qualifier, expected_qualifier);
        let keys: std::collections::HashMap<_, _> = saml.condition_keys().into_iter().collect();
        assert_eq!(keys["saml:doc"], vec!["123456789012/Corp"]);
        assert_eq!(keys["saml:edupersonaffiliation"], vec!["member", "staff"]);
        assert_eq!(keys["saml:mail"], vec!["alice@example.com"]);
        assert_eq!(keys["saml:sub_type"], vec!["persistent"]);
    }

    #[test]
    fn valid_response_signature() {
        assert_eq!(
            verify("valid_response_signed.xml", NOW).unwrap().subject,
            "alice@example.com"
        );
    }

    #[test]
    fn hardening_refusals() {
        for name in [
            "unsigned.xml",
            "tampered.xml",
            "foreign_key.xml",
            "wrapped_two_assertions.xml",
            "wrapped_moved.xml",
            "duplicate_ids.xml",
            "doctype.xml",
            "wrong_recipient.xml",
            "wrong_audience.xml",
            "wrong_issuer.xml",
        ] {
            let error = verify(name, NOW).unwrap_err();
            assert_eq!(error.code(), "InvalidIdentityToken", "{name}: {error}");
        }
        assert_eq!(
            verify("unsigned.xml", NOW).unwrap_err().to_string(),
            "Response signature invalid"
        );
    }

    #[test]
    fn comment_injection_reads_the_whole_signed_text() {
        let saml = verify("comment_in_nameid.xml", NOW).unwrap();
        assert_eq!(saml.subject, "alice@example.com.evil.com");
    }

    #[test]
    fn expiry_and_not_before() {
        let error = verify("valid.xml", datetime!(2030-01-01 00:11:00 UTC)).unwrap_err();
        assert_eq!(error.code(), "ExpiredTokenException");
        assert_eq!(error.to_string(), "Response has expired");
        let error = verify("valid.xml", datetime!(2029-12-31 23:40:00 UTC)).unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");
    }

    #[test]
    fn helpers() {
        assert!(is_aws_recipient("https://signin.aws.amazon.com/saml"));
        assert!(is_aws_recipient(
            "https://eu-west-1.signin.aws.amazon.com/saml"
        ));
        assert!(is_aws_recipient(
            "https://signin.aws.amazon.com/static/saml"
        ));
        assert!(!is_aws_recipient(
            "https://evil.com/signin.aws.amazon.com/saml"
        ));
        assert!(!is_aws_recipient("http://signin.aws.amazon.com/saml"));
        assert_eq!(role_pair("a,b"), None);
        assert!(valid_session_name("alice@x"));
        assert!(!valid_session_name("a b"));
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_input_never_panics(text in ".{0,300}") {
            let _ = verify_saml_response(&text, &provider(), NOW);
            let _ = verify_saml_response(&STANDARD.encode(&text), &provider(), NOW);
        }
    }
}
