//! SigV4 verification of a GetCallerIdentity request as botocore signs it: parsing the
//! `Authorization` header, then verifying with the secret (signing key derived per request)
//! or with a signing key derived once (cached for the scope).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gatehouse_sigv4::{HttpRequest, SecretKey, SigningKey, parse, verify};
use http::{HeaderMap, HeaderValue};
use time::macros::datetime;

const BODY: &[u8] = b"Action=GetCallerIdentity&Version=2011-06-15";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
/// Signed by botocore's `SigV4Auth` for `AKIAIOSFODNN7EXAMPLE` at 2026-01-01T00:00:00Z.
const AUTHORIZATION: &str = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=14e572e7b5cf72427e5938b780c2f4ad65fa9d2f62fc74b83ff688e4134aa7b7";

fn headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    for (name, value) in [
        ("host", "127.0.0.1:4566"),
        (
            "content-type",
            "application/x-www-form-urlencoded; charset=utf-8",
        ),
        (
            "user-agent",
            "Boto3/1.43.11 md/Botocore#1.43.11 ua/2.1 os/linux lang/python#3.11.7",
        ),
        ("x-amz-date", "20260101T000000Z"),
        ("content-length", "43"),
        ("authorization", AUTHORIZATION),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers
}

fn sigv4(c: &mut Criterion) {
    let headers = headers();
    let request = HttpRequest {
        method: "POST",
        path: "/",
        query: "",
        headers: &headers,
        body: BODY,
    };
    let now = datetime!(2026-01-01 00:01:00 UTC);
    let secret = SecretKey::new(SECRET);
    let signing_key = SigningKey::derive(&secret, "20260101", "us-east-1", "sts");

    // A benchmark of a request that fails to verify would measure the wrong path.
    let claim = parse(&request).ok().flatten();
    assert!(
        claim
            .as_ref()
            .is_some_and(|claim| verify(&request, claim, &secret, now).is_ok()),
        "the fixture request must verify"
    );

    let mut group = c.benchmark_group("sigv4");
    group.bench_function("parse", |b| b.iter(|| parse(black_box(&request))));
    group.bench_function("parse_and_verify_with_secret", |b| {
        b.iter(|| {
            let claim = parse(black_box(&request)).ok().flatten();
            claim.map(|claim| verify(&request, &claim, &secret, now).is_ok())
        });
    });
    group.bench_function("parse_and_verify_with_cached_key", |b| {
        b.iter(|| {
            let claim = parse(black_box(&request)).ok().flatten();
            claim.map(|claim| verify(&request, &claim, &signing_key, now).is_ok())
        });
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = sigv4
}
criterion_main!(benches);
