//! The aws-sigv4 crate (the AWS SDK for Rust's signer) as an oracle: whatever it signs,
//! `verify` accepts, and any single change to a signed part is refused.

// A test crate: its helpers may panic on broken fixtures.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a test: a failed expectation is a panic"
)]

use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    SignableBody, SignableRequest, SignatureLocation, SigningSettings, sign,
};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use gatehouse_sigv4::{Carrier, HttpRequest, SecretKey, SigV4Error, Verified, parse, verify};
use http::{HeaderMap, HeaderValue};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use proptest::prelude::*;
use time::OffsetDateTime;

const HOST: &str = "sts.us-east-1.amazonaws.com";
const ACCESS_KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";

/// A request as the server receives it once the client signed it.
#[derive(Debug, Clone)]
struct Received {
    method: String,
    path: String,
    query: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Received {
    fn http(&self) -> HttpRequest<'_> {
        HttpRequest {
            method: &self.method,
            path: &self.path,
            query: &self.query,
            headers: &self.headers,
            body: &self.body,
        }
    }

    fn verify(&self, secret: &str, now: OffsetDateTime) -> Result<Verified, SigV4Error> {
        let claim = parse(&self.http())?.expect("signed");
        verify(&self.http(), &claim, &SecretKey::new(secret), now)
    }
}

struct Signing<'a> {
    method: &'a str,
    path_and_query: &'a str,
    headers: &'a [(String, String)],
    body: &'a [u8],
    secret: &'a str,
    token: Option<&'a str>,
    time: SystemTime,
    carrier: Carrier,
    expires_in: Duration,
}

fn sign_with_aws_sigv4(s: &Signing<'_>) -> Received {
    let identity: Identity = Credentials::new(
        ACCESS_KEY_ID,
        s.secret,
        s.token.map(str::to_owned),
        None,
        "test",
    )
    .into();
    let mut settings = SigningSettings::default();
    settings.signature_location = match s.carrier {
        Carrier::Header => SignatureLocation::Headers,
        Carrier::Query => SignatureLocation::QueryParams,
    };
    settings.expires_in = Some(s.expires_in);
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("sts")
        .time(s.time)
        .settings(settings)
        .build()
        .unwrap()
        .into();
    let uri = format!("https://{HOST}{}", s.path_and_query);
    let signable = SignableRequest::new(
        s.method,
        &uri,
        s.headers.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        SignableBody::Bytes(s.body),
    )
    .unwrap();
    let (instructions, _) = sign(signable, &params).unwrap().into_parts();
    let mut request = http::Request::builder().method(s.method).uri(&uri);
    for (name, value) in s.headers {
        request = request.header(name, value);
    }
    let mut request = request.body(()).unwrap();
    instructions.apply_to_request_http1x(&mut request);
    let mut headers = request.headers().clone();
    headers.insert("host", HeaderValue::from_static(HOST));
    Received {
        method: s.method.to_owned(),
        path: request.uri().path().to_owned(),
        query: request.uri().query().unwrap_or_default().to_owned(),
        headers,
        body: s.body.to_vec(),
    }
}

fn to_offset(time: SystemTime) -> OffsetDateTime {
    OffsetDateTime::from(time)
}

fn path_strategy() -> impl Strategy<Value = String> {
    let segment = prop_oneof![
        "[A-Za-z0-9._~-]{0,8}",
        Just(".".to_owned()),
        Just("..".to_owned()),
        "%[0-9A-F]{2}",
        "[a-z]{1,3}(%3A|%40|%2F|@|:)[a-z]{0,3}",
    ];
    proptest::collection::vec(segment, 0..5).prop_map(|segments| format!("/{}", segments.join("/")))
}

fn query_strategy() -> impl Strategy<Value = String> {
    let pair = (
        "[A-Za-z][A-Za-z0-9 ._~+&=/%-]{0,8}",
        ".{0,12}",
        any::<bool>(),
    )
        .prop_map(|(name, value, plus_for_space)| {
            let encode = |text: &str| {
                let encoded = utf8_percent_encode(text, NON_ALPHANUMERIC).to_string();
                if plus_for_space {
                    encoded.replace("%20", "+")
                } else {
                    encoded
                }
            };
            format!("{}={}", encode(&name), encode(&value))
        });
    proptest::collection::vec(pair, 0..5).prop_map(|pairs| pairs.join("&"))
}

fn headers_strategy() -> impl Strategy<Value = Vec<(String, String)>> {
    proptest::collection::vec(("x-test-[a-z]{1,6}", "[ -~]{0,20}"), 0..4)
}

#[derive(Debug, Clone, Copy)]
enum Mutation {
    Body,
    HostHeader,
    ExtraHeaderValue,
    Secret,
    Date,
    Path,
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn whatever_aws_sigv4_signs_verifies(
        post in any::<bool>(),
        path in path_strategy(),
        query in query_strategy(),
        headers in headers_strategy(),
        body in proptest::collection::vec(any::<u8>(), 0..64),
        secret in "[A-Za-z0-9/+]{40}",
        token in proptest::option::of("[A-Za-z0-9/+=]{16,64}"),
        seconds in 1_262_304_000u64..1_893_456_000,
        skew in -899i64..899,
        presigned in any::<bool>(),
        mutation in prop_oneof![
            Just(Mutation::Body), Just(Mutation::HostHeader), Just(Mutation::ExtraHeaderValue),
            Just(Mutation::Secret), Just(Mutation::Date), Just(Mutation::Path),
        ],
    ) {
        let time = SystemTime::UNIX_EPOCH + Duration::from_secs(seconds);
        let carrier = if presigned { Carrier::Query } else { Carrier::Header };
        let path_and_query = if query.is_empty() { path.clone() } else { format!("{path}?{query}") };
        let received = sign_with_aws_sigv4(&Signing {
            method: if post { "POST" } else { "GET" },
            path_and_query: &path_and_query,
            headers: &headers,
            body: &body,
            secret: &secret,
            token: token.as_deref(),
            time,
            carrier,
            expires_in: Duration::from_secs(900),
        });
        let now = to_offset(time) + time::Duration::seconds(skew);
        let verified = received.verify(&secret, now);
        prop_assert!(verified.is_ok(), "{:?}: {:?}", received, verified);
        let claim = parse(&received.http()).unwrap().unwrap();
        prop_assert_eq!(claim.carrier, carrier);
        prop_assert_eq!(claim.security_token.as_deref(), token.as_deref());

        let mut tampered = received.clone();
        let mut secret_used = secret.clone();
        match mutation {
            Mutation::Body => {
                if tampered.body.is_empty() {
                    tampered.body.push(b'x');
                } else {
                    tampered.body[0] ^= 0x20;
                }
            }
            Mutation::HostHeader => {
                tampered.headers.insert("host", HeaderValue::from_static("sts.us-east-2.amazonaws.com"));
            }
            Mutation::ExtraHeaderValue => {
                let Some((name, value)) = headers.first() else { return Ok(()); };
                let changed = format!("{}!", value.trim());
                tampered.headers.insert(http::HeaderName::from_bytes(name.as_bytes()).unwrap(), HeaderValue::from_str(&changed).unwrap());
            }
            Mutation::Secret => secret_used.replace_range(0..1, if secret.starts_with('A') { "B" } else { "A" }),
            Mutation::Date => {
                let old = gatehouse_date(time);
                let new = gatehouse_date(time + Duration::from_secs(1));
                match carrier {
                    Carrier::Header => {
                        tampered.headers.insert("x-amz-date", HeaderValue::from_str(&new).unwrap());
                    }
                    Carrier::Query => tampered.query = tampered.query.replace(&old, &new),
                }
            }
            Mutation::Path => tampered.path.push('x'),
        }
        let refused = tampered.verify(&secret_used, now);
        prop_assert!(refused.is_err(), "{:?} accepted after {:?}", tampered, mutation);
        prop_assert_eq!(refused.unwrap_err().code(), "SignatureDoesNotMatch");
    }
}

fn gatehouse_date(time: SystemTime) -> String {
    let format = time::macros::format_description!("[year][month][day]T[hour][minute][second]Z");
    to_offset(time).format(&format).unwrap()
}

/// An EKS token: a presigned `GetCallerIdentity` GET with a signed `x-k8s-aws-id` header and
/// `X-Amz-Expires=60`, which STS accepts for 15 minutes whatever X-Amz-Expires says.
#[test]
fn eks_presigned_get_caller_identity() {
    let time = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let headers = vec![("x-k8s-aws-id".to_owned(), "my-cluster".to_owned())];
    let received = sign_with_aws_sigv4(&Signing {
        method: "GET",
        path_and_query: "/?Action=GetCallerIdentity&Version=2011-06-15",
        headers: &headers,
        body: b"",
        secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        token: Some("FwoGZXIvYXdzEXAMPLETOKEN"),
        time,
        carrier: Carrier::Query,
        expires_in: Duration::from_secs(60),
    });
    assert!(received.query.contains("X-Amz-Expires=60"));
    assert!(
        received
            .query
            .contains("X-Amz-SignedHeaders=host%3Bx-k8s-aws-id")
    );
    let claim = parse(&received.http()).unwrap().unwrap();
    assert_eq!(claim.expires, Some(60));
    assert_eq!(claim.signed_headers, ["host", "x-k8s-aws-id"]);
    assert_eq!(
        claim.security_token.as_deref(),
        Some("FwoGZXIvYXdzEXAMPLETOKEN")
    );
    assert_eq!(claim.service, "sts");

    let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    let ten_minutes_later = to_offset(time) + time::Duration::minutes(10);
    let verified = received.verify(secret, ten_minutes_later).unwrap();
    assert_eq!(verified.service(), "sts");
    assert_eq!(verified.access_key_id(), ACCESS_KEY_ID);

    let error = received
        .verify(secret, to_offset(time) + time::Duration::minutes(16))
        .unwrap_err();
    assert_eq!(error.code(), "SignatureDoesNotMatch");
    assert_eq!(
        error.to_string(),
        "Signature expired: 20231114T221320Z is now earlier than 20231114T221420Z (20231114T222920Z - 15 min.)"
    );

    // The cluster id is signed: another cluster's id is refused.
    let mut other_cluster = received.clone();
    other_cluster
        .headers
        .insert("x-k8s-aws-id", HeaderValue::from_static("other-cluster"));
    assert_eq!(
        other_cluster
            .verify(secret, ten_minutes_later)
            .unwrap_err()
            .code(),
        "SignatureDoesNotMatch"
    );
}
