//! End-to-end: parameters → generated decoder → handler → envelope, with byte-exact snapshots.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use gatehouse_protocol::{AwsError, Encoded, QueryParams, ResponseFormat, iam, sts};
use time::macros::datetime;

/// Drives a future that never waits (the test handlers answer immediately).
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
    }
}

fn text(encoded: &Result<Encoded, AwsError>) -> String {
    match encoded {
        Ok(e) => String::from_utf8_lossy(&e.body).into_owned(),
        Err(e) => format!("error {} {}: {}", e.status, e.code, e.message),
    }
}

struct Sts;

impl sts::StsApi for Sts {
    type Context = ();

    async fn get_caller_identity(
        &self,
        _ctx: &(),
        _input: sts::GetCallerIdentityRequest,
    ) -> Result<sts::GetCallerIdentityResponse, AwsError> {
        Ok(sts::GetCallerIdentityResponse {
            user_id: Some("AIDAEXAMPLE".into()),
            account: Some("123456789012".into()),
            arn: Some("arn:aws:iam::123456789012:user/alice".into()),
        })
    }

    async fn assume_role(
        &self,
        _ctx: &(),
        input: sts::AssumeRoleRequest,
    ) -> Result<sts::AssumeRoleResponse, AwsError> {
        let tags = input.tags.unwrap_or_default();
        let policy_arns = input.policy_arns.unwrap_or_default();
        Ok(sts::AssumeRoleResponse {
            credentials: Some(sts::Credentials {
                access_key_id: "ASIAEXAMPLE".into(),
                secret_access_key: "secret".into(),
                session_token: format!("tags={};arns={}", tags.len(), policy_arns.len()),
                expiration: datetime!(2026-11-22 10:00:00 UTC),
            }),
            assumed_role_user: Some(sts::AssumedRoleUser {
                assumed_role_id: format!("AROAEXAMPLE:{}", input.role_session_name),
                arn: format!(
                    "arn:aws:sts::123456789012:assumed-role/demo/{}",
                    input.role_session_name
                ),
            }),
            packed_policy_size: Some(6),
            source_identity: None,
            session_token_utilization: None,
            session_token_size: None,
        })
    }
}

fn sts_call(pairs: &[(&str, &str)], format: ResponseFormat) -> Result<Encoded, AwsError> {
    let params = QueryParams::from_pairs(pairs.iter().copied());
    block_on(sts::dispatch(&Sts, &(), &params, "req-1", format))
}

#[test]
fn get_caller_identity_xml() {
    let out = sts_call(
        &[("Action", "GetCallerIdentity"), ("Version", "2011-06-15")],
        ResponseFormat::Xml,
    );
    assert_eq!(
        out.as_ref().map(|e| (e.status, e.content_type)).ok(),
        Some((200, "text/xml"))
    );
    assert_eq!(
        text(&out),
        "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>\
         <UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account><Arn>arn:aws:iam::123456789012:user/alice</Arn>\
         </GetCallerIdentityResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>\
         </GetCallerIdentityResponse>"
    );
}

#[test]
fn get_caller_identity_json() {
    let out = sts_call(
        &[("Action", "GetCallerIdentity"), ("Version", "2011-06-15")],
        ResponseFormat::Json,
    );
    assert_eq!(
        out.as_ref().map(|e| e.content_type).ok(),
        Some("application/json")
    );
    assert_eq!(
        text(&out),
        r#"{"GetCallerIdentityResponse":{"GetCallerIdentityResult":{"UserId":"AIDAEXAMPLE","Account":"123456789012","Arn":"arn:aws:iam::123456789012:user/alice"},"ResponseMetadata":{"RequestId":"req-1"}}}"#
    );
}

#[test]
fn assume_role_decodes_lists_and_encodes_credentials() {
    let out = sts_call(
        &[
            ("Action", "AssumeRole"),
            ("Version", "2011-06-15"),
            ("RoleArn", "arn:aws:iam::123456789012:role/demo"),
            ("RoleSessionName", "s3-access"),
            ("Tags.member.2.Key", "b"),
            ("Tags.member.2.Value", "2"),
            ("Tags.member.1.Key", "a"),
            ("Tags.member.1.Value", "1"),
            (
                "PolicyArns.member.1.arn",
                "arn:aws:iam::aws:policy/ReadOnlyAccess",
            ),
            ("DurationSeconds", "900"),
        ],
        ResponseFormat::Xml,
    );
    assert_eq!(
        text(&out),
        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>\
         <Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey>\
         <SessionToken>tags=2;arns=1</SessionToken><Expiration>2026-11-22T10:00:00Z</Expiration></Credentials>\
         <AssumedRoleUser><AssumedRoleId>AROAEXAMPLE:s3-access</AssumedRoleId>\
         <Arn>arn:aws:sts::123456789012:assumed-role/demo/s3-access</Arn></AssumedRoleUser>\
         <PackedPolicySize>6</PackedPolicySize></AssumeRoleResult>\
         <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></AssumeRoleResponse>"
    );
    let json = sts_call(
        &[
            ("Action", "AssumeRole"),
            ("RoleArn", "arn:aws:iam::123456789012:role/demo"),
            ("RoleSessionName", "ab"),
        ],
        ResponseFormat::Json,
    );
    assert!(
        text(&json).contains(r#""Expiration":1795341600}"#),
        "{}",
        text(&json)
    );
}

#[test]
fn assume_role_validation_errors_use_aws_paths() {
    let out = sts_call(
        &[
            ("Action", "AssumeRole"),
            ("Version", "2011-06-15"),
            ("RoleArn", "arn:aws:iam::123456789012:role/demo"),
            ("PolicyArns.member.1.arn", "short"),
            ("DurationSeconds", "60"),
        ],
        ResponseFormat::Xml,
    );
    assert_eq!(
        text(&out),
        "error 400 ValidationError: 3 validation errors detected: \
         Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null; \
         Value 'short' at 'policyArns.1.member.arn' failed to satisfy constraint: Member must have length greater than or equal to 20; \
         Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"
    );
}

#[test]
fn sensitive_values_are_not_echoed() {
    let out = sts_call(
        &[
            ("Action", "AssumeRoleWithWebIdentity"),
            ("RoleArn", "arn:aws:iam::123456789012:role/demo"),
            ("RoleSessionName", "ok-name"),
            ("WebIdentityToken", "abc"),
        ],
        ResponseFormat::Xml,
    );
    assert_eq!(
        text(&out),
        "error 400 ValidationError: 1 validation error detected: Value at 'webIdentityToken' failed to satisfy \
         constraint: Member must have length greater than or equal to 4"
    );
}

#[test]
fn unimplemented_operation_is_501_and_unknown_action_is_invalid() {
    let out = sts_call(&[("Action", "GetSessionToken")], ResponseFormat::Xml);
    assert_eq!(
        text(&out),
        "error 501 NotImplemented: The operation GetSessionToken is not implemented by gatehouse yet."
    );
    let out = sts_call(
        &[("Action", "Foo"), ("Version", "2011-06-15")],
        ResponseFormat::Xml,
    );
    assert_eq!(
        text(&out),
        "error 400 InvalidAction: Could not find operation Foo for version 2011-06-15"
    );
}

#[test]
fn operation_table() {
    assert_eq!(sts::operations().len(), 15);
    assert_eq!(iam::operations().len(), 210);
    assert_eq!(
        sts::operation("AssumeRoleWithSAML").map(|o| o.unsigned),
        Some(true)
    );
    assert_eq!(
        sts::operation("AssumeRole").map(|o| o.unsigned),
        Some(false)
    );
    assert!(sts::operation("assumerole").is_none());
}

struct Iam;

impl iam::IamApi for Iam {
    type Context = ();

    async fn list_roles(
        &self,
        _ctx: &(),
        input: iam::ListRolesRequest,
    ) -> Result<iam::ListRolesResponse, AwsError> {
        Ok(iam::ListRolesResponse {
            roles: vec![iam::Role {
                path: input.path_prefix.unwrap_or_else(|| "/".into()),
                role_name: "demo".into(),
                role_id: "AROAEXAMPLE".into(),
                arn: "arn:aws:iam::123456789012:role/demo".into(),
                create_date: datetime!(2012-05-08 23:34:01 UTC),
                assume_role_policy_document: Some("{\"Version\":\"2012-10-17\"}".into()),
                description: None,
                max_session_duration: Some(3600),
                permissions_boundary: None,
                tags: Some(vec![iam::Tag {
                    key: "team".into(),
                    value: "a&b".into(),
                }]),
                role_last_used: None,
                source_role_template: None,
                max_signin_session_duration: None,
            }],
            is_truncated: Some(true),
            marker: Some("m1".into()),
        })
    }

    async fn delete_role(&self, _ctx: &(), input: iam::DeleteRoleRequest) -> Result<(), AwsError> {
        Err(iam::errors::no_such_entity(format!(
            "The role with name {} cannot be found.",
            input.role_name
        )))
    }

    async fn update_access_key(
        &self,
        _ctx: &(),
        _input: iam::UpdateAccessKeyRequest,
    ) -> Result<(), AwsError> {
        Ok(())
    }
}

fn iam_call(pairs: &[(&str, &str)]) -> Result<Encoded, AwsError> {
    let params = QueryParams::from_pairs(pairs.iter().copied());
    block_on(iam::dispatch(
        &Iam,
        &(),
        &params,
        "req-2",
        ResponseFormat::Xml,
    ))
}

#[test]
fn iam_list_with_is_truncated() {
    let out = iam_call(&[
        ("Action", "ListRoles"),
        ("Version", "2010-05-08"),
        ("MaxItems", "1"),
    ]);
    assert_eq!(
        text(&out),
        "<ListRolesResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ListRolesResult><Roles><member>\
         <Path>/</Path><RoleName>demo</RoleName><RoleId>AROAEXAMPLE</RoleId>\
         <Arn>arn:aws:iam::123456789012:role/demo</Arn><CreateDate>2012-05-08T23:34:01Z</CreateDate>\
         <AssumeRolePolicyDocument>%7B%22Version%22%3A%222012-10-17%22%7D</AssumeRolePolicyDocument>\
         <MaxSessionDuration>3600</MaxSessionDuration><Tags><member><Key>team</Key><Value>a&amp;b</Value></member></Tags>\
         </member></Roles><IsTruncated>true</IsTruncated><Marker>m1</Marker></ListRolesResult>\
         <ResponseMetadata><RequestId>req-2</RequestId></ResponseMetadata></ListRolesResponse>"
    );
    let bad = iam_call(&[
        ("Action", "ListRoles"),
        ("MaxItems", "0"),
        ("PathPrefix", "x"),
    ]);
    assert_eq!(
        text(&bad),
        "error 400 ValidationError: 2 validation errors detected: \
         Value 'x' at 'pathPrefix' failed to satisfy constraint: Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*; \
         Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1"
    );
}

#[test]
fn iam_operation_without_output_and_modelled_error() {
    let ok = iam_call(&[
        ("Action", "UpdateAccessKey"),
        ("AccessKeyId", "AKIAIOSFODNN7EXAMPLE"),
        ("Status", "Inactive"),
    ]);
    assert_eq!(
        text(&ok),
        "<UpdateAccessKeyResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ResponseMetadata>\
         <RequestId>req-2</RequestId></ResponseMetadata></UpdateAccessKeyResponse>"
    );
    let bad_enum = iam_call(&[
        ("Action", "UpdateAccessKey"),
        ("AccessKeyId", "AKIAIOSFODNN7EXAMPLE"),
        ("Status", "Off"),
    ]);
    assert_eq!(
        text(&bad_enum),
        "error 400 ValidationError: 1 validation error detected: Value 'Off' at 'status' failed to satisfy \
         constraint: Member must satisfy enum value set: [Active, Inactive, Expired]"
    );
    let missing = iam_call(&[("Action", "DeleteRole"), ("RoleName", "ghost")]);
    assert_eq!(
        text(&missing),
        "error 404 NoSuchEntity: The role with name ghost cannot be found."
    );
}
