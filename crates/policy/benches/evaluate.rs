//! Policy evaluation on the AssumeRole path: a typical 10-statement identity policy with
//! conditions (the caller may call `sts:AssumeRole`), and a role's trust policy (the role lets
//! the caller in, with an external id and session tags). Parsing is measured as well, since a
//! server that does not cache compiled policies pays it on every request.

use std::hint::black_box;
use std::net::{IpAddr, Ipv4Addr};

use criterion::{Criterion, criterion_group, criterion_main};
use gatehouse_policy::{
    ContextKeys, EvalDecision, Policy, PolicyKind, PolicySet, PrincipalInfo, PrincipalKind,
    RequestContext, authorize,
};
use time::macros::datetime;

const IDENTITY_POLICY: &str = r#"{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "ReadOwnPrefix", "Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"],
     "Resource": "arn:aws:s3:::data-bucket/home/${aws:username}/*"},
    {"Sid": "ListOwnPrefix", "Effect": "Allow", "Action": "s3:ListBucket",
     "Resource": "arn:aws:s3:::data-bucket",
     "Condition": {"StringLike": {"s3:prefix": ["home/${aws:username}/*", "shared/*"]}}},
    {"Sid": "TablesInTeam", "Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query"],
     "Resource": "arn:aws:dynamodb:*:123456789012:table/*",
     "Condition": {"StringEquals": {"aws:ResourceTag/team": "${aws:PrincipalTag/team}"}}},
    {"Sid": "OfficeOnly", "Effect": "Deny", "Action": "iam:*", "Resource": "*",
     "Condition": {"NotIpAddress": {"aws:SourceIp": ["192.0.2.0/24", "203.0.113.0/24"]}}},
    {"Sid": "TlsOnly", "Effect": "Deny", "Action": "*", "Resource": "*",
     "Condition": {"Bool": {"aws:SecureTransport": "false"}}},
    {"Sid": "AssumeDeployRoles", "Effect": "Allow", "Action": ["sts:AssumeRole", "sts:TagSession"],
     "Resource": "arn:aws:iam::123456789012:role/app/*",
     "Condition": {"StringEquals": {"aws:PrincipalTag/team": "platform"},
                   "DateLessThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}}},
    {"Sid": "NoProdWithoutMfa", "Effect": "Deny", "Action": "sts:AssumeRole",
     "Resource": "arn:aws:iam::*:role/prod-*",
     "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}},
    {"Sid": "OwnAccessKeys", "Effect": "Allow",
     "Action": ["iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:ListAccessKeys"],
     "Resource": "arn:aws:iam::123456789012:user/${aws:username}"},
    {"Sid": "TaggedQueues", "Effect": "Allow", "NotAction": ["sqs:DeleteQueue", "sqs:CreateQueue"],
     "Resource": "arn:aws:sqs:us-east-1:123456789012:*",
     "Condition": {"ForAllValues:StringEquals": {"aws:TagKeys": ["team", "project"]}}},
    {"Sid": "ReadLogs", "Effect": "Allow", "Action": ["logs:Get*", "logs:Describe*", "logs:FilterLogEvents"],
     "Resource": "arn:aws:logs:*:123456789012:log-group:/app/*",
     "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:lambda:*:123456789012:function:app-*"}}}
  ]
}"#;

const TRUST_POLICY: &str = r#"{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:user/alice"},
     "Action": ["sts:AssumeRole", "sts:TagSession"],
     "Condition": {"StringEquals": {"sts:ExternalId": "bench-external-id"},
                   "ForAllValues:StringEquals": {"aws:TagKeys": ["team", "project"]}}},
    {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
  ]
}"#;

const ROLE_ARN: &str = "arn:aws:iam::123456789012:role/app/deploy";

/// An IAM user of the role's account.
fn caller() -> PrincipalInfo {
    PrincipalInfo {
        arn: "arn:aws:iam::123456789012:user/alice".to_owned(),
        account: "123456789012".to_owned(),
        unique_id: Some("AIDAQAAAAAAAEXAMPLEID".to_owned()),
        kind: PrincipalKind::User,
    }
}

/// The condition keys the server fills for an AssumeRole with session tags.
fn assume_role_keys() -> ContextKeys {
    ContextKeys::new()
        .with_string("aws:username", "alice")
        .with_string("aws:userid", "AIDAQAAAAAAAEXAMPLEID")
        .with_string("aws:PrincipalArn", "arn:aws:iam::123456789012:user/alice")
        .with_string("aws:PrincipalAccount", "123456789012")
        .with_string("aws:PrincipalType", "User")
        .with_string("aws:PrincipalTag/team", "platform")
        .with_bool("aws:SecureTransport", true)
        .with_bool("aws:MultiFactorAuthPresent", false)
        .with_date("aws:CurrentTime", datetime!(2026-01-01 00:00:00 UTC))
        .with_ip("aws:SourceIp", IpAddr::V4(Ipv4Addr::new(192, 0, 2, 10)))
        .with_string("sts:ExternalId", "bench-external-id")
        .with_string("aws:RequestTag/team", "platform")
        .with_string("aws:RequestTag/project", "gatehouse")
        .with_strings("aws:TagKeys", ["team", "project"])
        .with_string("sts:RoleSessionName", "bench-session")
}

fn policy_evaluation(c: &mut Criterion) {
    let parsed = Policy::parse(IDENTITY_POLICY, PolicyKind::Identity)
        .and_then(|identity| Ok((identity, Policy::parse(TRUST_POLICY, PolicyKind::Trust)?)));
    let (identity, trust) = match parsed {
        Ok(policies) => policies,
        Err(error) => {
            eprintln!("the bench policies must parse: {error}");
            std::process::exit(1);
        }
    };
    let request = RequestContext::new("sts:AssumeRole", ROLE_ARN)
        .with_principal(caller())
        .with_keys(assume_role_keys());
    let identity_set = PolicySet {
        identity: vec![&identity],
        ..PolicySet::default()
    };
    let trust_set = PolicySet {
        resource: Some(&trust),
        ..PolicySet::default()
    };
    // Both checks must allow, or the bench would time an early deny.
    assert_eq!(
        authorize(&request, &identity_set).effect,
        EvalDecision::Allowed
    );
    assert_eq!(
        authorize(&request, &trust_set).effect,
        EvalDecision::Allowed
    );

    let mut group = c.benchmark_group("policy");
    group.bench_function("parse_identity_10_statements", |b| {
        b.iter(|| Policy::parse(black_box(IDENTITY_POLICY), PolicyKind::Identity));
    });
    group.bench_function("authorize_identity_10_statements", |b| {
        b.iter(|| authorize(black_box(&request), &identity_set));
    });
    group.bench_function("authorize_trust_policy", |b| {
        b.iter(|| authorize(black_box(&request), &trust_set));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = policy_evaluation
}
criterion_main!(benches);
