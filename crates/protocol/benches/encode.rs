//! XML encoding of an AssumeRole response, as the STS dispatcher encodes it (the JSON encoding
//! STS answers `Accept: application/json` with is measured beside it).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gatehouse_protocol::Api;
use gatehouse_protocol::encode::{json_response, xml_response};
use gatehouse_protocol::sts::{AssumeRoleResponse, AssumedRoleUser, Credentials};
use time::macros::datetime;

const REQUEST_ID: &str = "c6104cbe-af31-11e0-8154-cbc7ccf896c7";

/// A response with a session token of realistic size (an AES-GCM sealed claims blob).
fn response() -> AssumeRoleResponse {
    AssumeRoleResponse {
        credentials: Some(Credentials {
            access_key_id: "ASIAQAAAAAAAGAEXAMPLE".to_owned(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".to_owned(),
            session_token: "R0gB".repeat(150),
            expiration: datetime!(2026-01-01 01:00:00 UTC),
        }),
        assumed_role_user: Some(AssumedRoleUser {
            assumed_role_id: "AROAQAAAAAAAEXAMPLEID:bench-session".to_owned(),
            arn: "arn:aws:sts::123456789012:assumed-role/deploy/bench-session".to_owned(),
        }),
        packed_policy_size: Some(6),
        source_identity: None,
        session_token_utilization: None,
        session_token_size: None,
    }
}

fn encode(c: &mut Criterion) {
    let output = response();
    let mut group = c.benchmark_group("encode");
    group.bench_function("assume_role_xml", |b| {
        b.iter(|| xml_response(Api::Sts, "AssumeRole", REQUEST_ID, Some(black_box(&output))));
    });
    group.bench_function("assume_role_json", |b| {
        b.iter(|| json_response("AssumeRole", REQUEST_ID, Some(black_box(&output))));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = encode
}
criterion_main!(benches);
