//! Policy documents: parse and validate (`Policy::parse`) as every kind of policy, evaluate
//! what parses against fixed requests, and the round trip: the document printed again without
//! its insignificant whitespace parses to the same policy, with the same decisions.
#![no_main]

use gatehouse_policy::{
    ContextKeys, Decision, Policy, PolicyKind, PolicySet, PrincipalInfo, PrincipalKind,
    RequestContext, authorize,
};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

const KINDS: [PolicyKind; 6] = [
    PolicyKind::Identity,
    PolicyKind::Resource,
    PolicyKind::Trust,
    PolicyKind::Session,
    PolicyKind::PermissionsBoundary,
    PolicyKind::ServiceControl,
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let compact = without_whitespace(text);
    for kind in KINDS {
        let Ok(policy) = Policy::parse(text, kind) else {
            continue;
        };
        let again = Policy::parse(&compact, kind);
        let Ok(again) = again else {
            panic!("{compact:?} no longer parses: {again:?}");
        };
        assert_eq!(summary(&again), summary(&policy));
        for request in &*REQUESTS {
            assert_eq!(
                decide(request, &again).effect,
                decide(request, &policy).effect
            );
        }
    }
});

/// What a policy says, without the source positions (which the round trip moves).
fn summary(policy: &Policy) -> impl PartialEq + std::fmt::Debug {
    let statements: Vec<_> = policy
        .statements()
        .iter()
        .map(|s| (s.sid().map(str::to_owned), s.effect()))
        .collect();
    (
        policy.kind(),
        policy.version(),
        policy.id().map(str::to_owned),
        statements,
        policy.principal_arns(),
        policy.context_keys(),
    )
}

/// The policy alone decides: as the resource policy of a trust or resource kind, else as the
/// caller's identity policy.
fn decide(request: &RequestContext, policy: &Policy) -> Decision {
    let mut set = PolicySet::default();
    match policy.kind() {
        PolicyKind::Resource | PolicyKind::Trust => set.resource = Some(policy),
        _ => set.identity.push(policy),
    }
    authorize(request, &set)
}

static REQUESTS: LazyLock<[RequestContext; 2]> = LazyLock::new(|| {
    let user = PrincipalInfo {
        arn: "arn:aws:iam::123456789012:user/division/alice".into(),
        account: "123456789012".into(),
        unique_id: Some("AIDAEXAMPLEEXAMPLE01".into()),
        kind: PrincipalKind::User,
    };
    let keys = ContextKeys::new()
        .with_string("aws:username", "alice")
        .with_string("aws:PrincipalTag/team", "blue")
        .with_strings("aws:TagKeys", ["team", "cost-center"])
        .with_bool("aws:SecureTransport", true)
        .with_number("aws:MultiFactorAuthAge", 300.0)
        .with_ip("aws:SourceIp", std::net::IpAddr::from([10, 1, 2, 3]))
        .with_date(
            "aws:CurrentTime",
            time::macros::datetime!(2026-03-01 12:00 UTC),
        );
    [
        RequestContext::new("sts:AssumeRole", "arn:aws:iam::123456789012:role/deploy")
            .with_principal(user.clone())
            .with_keys(keys.clone()),
        RequestContext::new("s3:GetObject", "arn:aws:s3:::bucket/home/alice/notes.txt")
            .with_principal(user)
            .with_keys(keys),
    ]
});

/// The document without JSON whitespace outside strings.
fn without_whitespace(text: &str) -> String {
    let (mut in_string, mut escaped) = (false, false);
    text.chars()
        .filter(|&c| {
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                true
            } else {
                in_string = c == '"';
                !matches!(c, ' ' | '\t' | '\n' | '\r')
            }
        })
        .collect()
}
