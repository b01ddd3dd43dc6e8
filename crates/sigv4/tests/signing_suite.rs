//! Runs the AWS SigV4 signing test suite (see `aws-signing-test-suite/README.md`) through the
//! verifier: for every case and carrier, the canonical request, the string to sign and the
//! signature must match byte for byte, `verify` must accept the signed request, and must
//! refuse it once one byte of a signed part is changed.

// A test crate: its helpers may panic on broken fixtures.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a test: a failed expectation is a panic"
)]

use std::fs;
use std::path::{Path, PathBuf};

use gatehouse_sigv4::{
    CanonicalRequest, Carrier, HttpRequest, SecretKey, Signature, SignedClaim, SigningKey, parse,
    verify,
};
use http::{HeaderMap, HeaderName, HeaderValue};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Cases (or one carrier of a case) the server cannot meet, with the reason.
const SKIPPED: &[(&str, Option<Carrier>, &str)] = &[
    (
        "get-header-value-multiline",
        None,
        "obsolete line folding: HTTP/1.1 servers reject it (RFC 7230 section 3.2.4)",
    ),
    (
        "get-space-normalized",
        None,
        "expects a single-encoded path; every service but S3 double-encodes it",
    ),
    (
        "get-relative-unnormalized",
        None,
        "S3-style unnormalised path; every service but S3 normalises it",
    ),
    (
        "get-relative-relative-unnormalized",
        None,
        "S3-style unnormalised path; every service but S3 normalises it",
    ),
    (
        "get-slash-dot-slash-unnormalized",
        None,
        "S3-style unnormalised path; every service but S3 normalises it",
    ),
    (
        "get-slash-pointless-dot-unnormalized",
        None,
        "S3-style unnormalised path; every service but S3 normalises it",
    ),
    (
        "get-slash-unnormalized",
        None,
        "S3-style unnormalised path; every service but S3 normalises it",
    ),
    (
        "get-slashes-unnormalized",
        None,
        "S3-style unnormalised path; every service but S3 normalises it",
    ),
    (
        "post-sts-header-after",
        Some(Carrier::Query),
        "the session token parameter is added after signing (some services allow that); \
         STS signs every query parameter",
    ),
];

/// The old-format cases carry only a canonical request, and `double-encode-path`'s date differs
/// from its request's, so only their canonical URI line is compared.
const URI_ONLY: &[&str] = &["double-encode-path", "double-url-encode"];

struct Request {
    method: String,
    target: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Request {
    fn read(path: &Path) -> Request {
        let bytes = fs::read(path).unwrap();
        let (head, body) = match bytes.windows(2).position(|w| w == b"\n\n") {
            Some(at) => (&bytes[..at], bytes[at + 2..].to_vec()),
            None => (&bytes[..], Vec::new()),
        };
        let head = String::from_utf8(head.to_vec()).unwrap();
        let mut lines = head.lines();
        let request_line = lines.next().unwrap();
        let (method, rest) = request_line.split_once(' ').unwrap();
        let target = rest.strip_suffix(" HTTP/1.1").unwrap();
        let mut headers = HeaderMap::new();
        for line in lines.filter(|line| !line.is_empty()) {
            let (name, value) = line.split_once(':').unwrap();
            headers.append(
                HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value.trim_matches([' ', '\t'])).unwrap(),
            );
        }
        Request {
            method: method.to_owned(),
            target: target.to_owned(),
            headers,
            body,
        }
    }

    fn http(&self) -> HttpRequest<'_> {
        let (path, query) = self.target.split_once('?').unwrap_or((&self.target, ""));
        HttpRequest {
            method: &self.method,
            path,
            query,
            headers: &self.headers,
            body: &self.body,
        }
    }
}

fn suite_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/aws-signing-test-suite/v4")
}

fn read_text(dir: &Path, name: &str) -> String {
    fs::read_to_string(dir.join(name)).unwrap()
}

fn skip_reason(case: &str, carrier: Carrier) -> Option<&'static str> {
    SKIPPED
        .iter()
        .find(|(name, only, _)| *name == case && only.is_none_or(|c| c == carrier))
        .map(|(_, _, reason)| *reason)
}

fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

#[test]
fn every_case_of_the_signing_suite() {
    let mut cases: Vec<PathBuf> = fs::read_dir(suite_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "suite missing: {}", cases.len());
    let mut checked = 0;
    for dir in &cases {
        let case = dir.file_name().unwrap().to_str().unwrap();
        if URI_ONLY.contains(&case) {
            check_uri_only(dir);
            checked += 1;
            continue;
        }
        for (carrier, prefix) in [(Carrier::Header, "header"), (Carrier::Query, "query")] {
            if let Some(reason) = skip_reason(case, carrier) {
                eprintln!("skipped {case} ({prefix}): {reason}");
                continue;
            }
            check_case(dir, case, carrier, prefix);
            checked += 1;
        }
    }
    assert!(checked >= 60, "only {checked} cases checked");
}

fn check_uri_only(dir: &Path) {
    let request = Request::read(&dir.join("request.txt"));
    let expected = read_text(dir, "header-canonical-request.txt");
    let claim = SignedClaim {
        access_key_id: "AKIDEXAMPLE".into(),
        scope_date: "20150830".into(),
        region: "us-east-1".into(),
        service: "service".into(),
        signed_headers: vec!["host".into()],
        signature: Signature::from_hex(""),
        timestamp: OffsetDateTime::UNIX_EPOCH,
        security_token: None,
        carrier: Carrier::Header,
        expires: None,
    };
    let canonical = CanonicalRequest::new(&request.http(), &claim, "");
    assert_eq!(
        canonical.as_str().lines().nth(1),
        expected.lines().nth(1),
        "{}",
        dir.display()
    );
}

fn check_case(dir: &Path, case: &str, carrier: Carrier, prefix: &str) {
    let context: serde_json::Value = serde_json::from_str(&read_text(dir, "context.json")).unwrap();
    let secret_text = context["credentials"]["secret_access_key"]
        .as_str()
        .unwrap();
    let now = OffsetDateTime::parse(context["timestamp"].as_str().unwrap(), &Rfc3339).unwrap();
    let request = Request::read(&dir.join(format!("{prefix}-signed-request.txt")));
    let http = request.http();

    let claim = parse(&http)
        .unwrap_or_else(|e| panic!("{case} ({prefix}): {e}"))
        .unwrap_or_else(|| panic!("{case} ({prefix}): not seen as signed"));
    assert_eq!(claim.carrier, carrier, "{case}");
    assert_eq!(claim.access_key_id, "AKIDEXAMPLE");
    assert_eq!(claim.timestamp, now, "{case}");

    let canonical = CanonicalRequest::new(&http, &claim, &sha256_hex(&request.body));
    assert_eq!(
        canonical.as_str(),
        read_text(dir, &format!("{prefix}-canonical-request.txt")),
        "{case} ({prefix}): canonical request"
    );
    let string_to_sign = canonical.string_to_sign(&claim);
    assert_eq!(
        string_to_sign.as_str(),
        read_text(dir, &format!("{prefix}-string-to-sign.txt")),
        "{case} ({prefix}): string to sign"
    );
    let expected_signature = read_text(dir, &format!("{prefix}-signature.txt"));
    let mut expected_bytes = [0u8; 32];
    hex::decode_to_slice(expected_signature.trim(), &mut expected_bytes).unwrap();
    assert!(
        claim.signature.matches(&expected_bytes),
        "{case} ({prefix}): the request does not carry the expected signature"
    );

    let secret = SecretKey::new(secret_text);
    let verified = verify(&http, &claim, &secret, now)
        .unwrap_or_else(|e| panic!("{case} ({prefix}): verify refused: {e}"));
    assert_eq!(verified.access_key_id(), "AKIDEXAMPLE");
    assert_eq!(verified.region(), "us-east-1");
    assert_eq!(verified.service(), "service");
    let key = SigningKey::derive(&secret, &claim.scope_date, &claim.region, &claim.service);
    assert!(
        verify(&http, &claim, &key, now).is_ok(),
        "{case}: derived key"
    );

    // One byte changed in a signed part: the host header, then the body if there is one.
    let mut tampered = Request::read(&dir.join(format!("{prefix}-signed-request.txt")));
    let host = tampered.headers["host"]
        .to_str()
        .unwrap()
        .replacen('e', "f", 1);
    tampered
        .headers
        .insert("host", HeaderValue::from_str(&host).unwrap());
    let error = verify(&tampered.http(), &claim, &secret, now).unwrap_err();
    assert_eq!(
        error.code(),
        "SignatureDoesNotMatch",
        "{case}: host changed"
    );
    if let Some(first) = tampered.body.first_mut() {
        *first ^= 1;
        let error = verify(&tampered.http(), &claim, &secret, now).unwrap_err();
        assert_eq!(
            error.code(),
            "SignatureDoesNotMatch",
            "{case}: body changed"
        );
    }
    // And a wrong secret.
    let error = verify(&http, &claim, &SecretKey::new("not-the-secret"), now).unwrap_err();
    assert_eq!(error.code(), "SignatureDoesNotMatch");
}
