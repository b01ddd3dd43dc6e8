//! SAML: verifying a response (`verify_saml_response`) against fixed metadata, reading
//! metadata, and the round trip: an assertion signed by the built-in test IdP verifies, or
//! fails with an error, and a verified one names the subject it was signed with.
//!
//! Input: the response's XML (base64-encoded here, as clients send it); or `M` then metadata
//! XML, checked with a fixed signed response; or `S` then an assertion to sign, one field per
//! line: subject, NameID format, RoleSessionName, Role values separated by `|`,
//! SourceIdentity, then `name=value` attributes.
#![no_main]

use std::sync::LazyLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use gatehouse_federation::{SamlAssertion, SamlProviderRecord, TestSamlIdp, verify_saml_response};
use libfuzzer_sys::fuzz_target;
use time::OffsetDateTime;

const ENTITY_ID: &str = "https://idp.example.com/saml";
const PROVIDER_ARN: &str = "arn:aws:iam::123456789012:saml-provider/fuzz";
/// The signing and verification time: 2026-01-01T00:00:00Z.
const NOW: i64 = 1_767_225_600;

struct Fixture {
    idp: TestSamlIdp,
    now: OffsetDateTime,
    provider: SamlProviderRecord,
    /// A response the provider accepts.
    response: String,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(|| {
    let now = OffsetDateTime::from_unix_timestamp(NOW).expect("a valid time");
    let idp = TestSamlIdp::generate(now).expect("a test IdP");
    let provider = SamlProviderRecord {
        metadata_xml: idp.metadata_xml(ENTITY_ID),
        arn: PROVIDER_ARN.into(),
        name: "fuzz".into(),
        account: "123456789012".into(),
    };
    let assertion = SamlAssertion {
        subject: "alice".into(),
        roles: vec![format!(
            "arn:aws:iam::123456789012:role/deploy,{PROVIDER_ARN}"
        )],
        role_session_name: "alice".into(),
        ..SamlAssertion::default()
    };
    let response = idp.response(ENTITY_ID, &assertion, now).expect("signing");
    Fixture {
        idp,
        now,
        provider,
        response,
    }
});

fuzz_target!(|data: &[u8]| {
    let fixture = &*FIXTURE;
    match data.split_first() {
        Some((b'M', metadata)) => {
            let Ok(metadata) = std::str::from_utf8(metadata) else {
                return;
            };
            let provider = SamlProviderRecord {
                metadata_xml: metadata.to_owned(),
                ..fixture.provider.clone()
            };
            let _ = verify_saml_response(&fixture.response, &provider, fixture.now);
        }
        Some((b'S', fields)) => {
            let Ok(fields) = std::str::from_utf8(fields) else {
                return;
            };
            let assertion = assertion(fields);
            let Ok(response) = fixture.idp.response(ENTITY_ID, &assertion, fixture.now) else {
                return;
            };
            if let Ok(verified) = verify_saml_response(&response, &fixture.provider, fixture.now) {
                assert_eq!(verified.subject, assertion.subject.trim());
            }
        }
        _ => {
            let response = STANDARD.encode(data);
            let _ = verify_saml_response(&response, &fixture.provider, fixture.now);
        }
    }
});

fn assertion(fields: &str) -> SamlAssertion {
    let mut lines = fields.split('\n');
    let mut next = || lines.next().unwrap_or_default().to_owned();
    let subject = next();
    let subject_format = Some(next()).filter(|format| !format.is_empty());
    let role_session_name = next();
    let roles = next().split('|').map(str::to_owned).collect();
    let source_identity = Some(next()).filter(|source| !source.is_empty());
    let attributes = lines
        .filter_map(|line| line.split_once('='))
        .map(|(name, value)| (name.to_owned(), vec![value.to_owned()]))
        .collect();
    SamlAssertion {
        subject,
        subject_format,
        roles,
        role_session_name,
        source_identity,
        attributes,
        ..SamlAssertion::default()
    }
}
