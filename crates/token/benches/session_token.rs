//! Sealing and opening the session token of a typical AssumeRole session: a role session with
//! an inline session policy and two session tags.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gatehouse_token::{AccountId, Keyring, SessionClaims, SessionPrincipal, session::SecretString};

const SESSION_POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"}]}"#;

/// The claims of a role session in `account`.
fn claims(account: AccountId) -> SessionClaims {
    SessionClaims {
        access_key_id: "ASIAQAAAAAAAGAEXAMPLE".to_owned(),
        secret_access_key: SecretString::new("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".to_owned()),
        account,
        principal: SessionPrincipal::AssumedRole {
            role_id: "AROAQAAAAAAAEXAMPLEID".to_owned(),
            role_name: "bench-role".to_owned(),
            role_path: "/".to_owned(),
            session_name: "bench-session".to_owned(),
        },
        issued_at: 1_767_225_600,
        expires_at: 1_767_229_200,
        session_policy: Some(SESSION_POLICY.to_owned()),
        policy_arns: Vec::new(),
        tags: vec![
            ("team".to_owned(), "platform".to_owned()),
            ("project".to_owned(), "gatehouse".to_owned()),
        ],
        transitive_tag_keys: vec!["team".to_owned()],
        source_identity: None,
        mfa_authenticated_at: None,
        federated_provider: None,
        identity_keys: Vec::new(),
    }
}

fn session_token(c: &mut Criterion) {
    let keyring = Keyring::from_shared_secret("bench");
    let claims = claims(AccountId::ZERO);
    let token = keyring.seal(&claims);
    assert!(keyring.open(&token).is_ok(), "the sealed token must open");

    let mut group = c.benchmark_group("session_token");
    group.bench_function("seal", |b| b.iter(|| keyring.seal(black_box(&claims))));
    group.bench_function("open", |b| b.iter(|| keyring.open(black_box(&token))));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = session_token
}
criterion_main!(benches);
