//! The simulator over a real (in-memory) store, called with typed inputs as the IAM handler
//! calls it.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a test: a failed expectation is a panic"
)]

use gatehouse_core::{Caller, Config, Context, Principal, RequestInfo, State};
use gatehouse_protocol::iam::{
    ContextEntry, ContextKeyTypeEnum, GetContextKeysForCustomPolicyRequest,
    GetContextKeysForPrincipalPolicyRequest, PolicyEvaluationDecisionType, PolicySourceType,
    SimulateCustomPolicyRequest, SimulatePrincipalPolicyRequest,
};
use gatehouse_store::{NewGroup, NewManagedPolicy, NewRole, PolicyOwner};
use gatehouse_test_support as fixtures;
use gatehouse_token::AccountId;
use time::OffsetDateTime;

const ACCOUNT: AccountId = AccountId::ZERO;

async fn state() -> State {
    fixtures::state_over(fixtures::store().await, Config::default())
}

fn ctx() -> Context {
    Context {
        caller: Caller::unchecked(
            Principal::Root {
                account: AccountId::ZERO,
            },
            None,
        ),
        request: RequestInfo {
            request_id: "r".into(),
            source_ip: None,
            secure_transport: false,
            user_agent: None,
            host: None,
        },
        now: OffsetDateTime::now_utc(),
    }
}

fn doc(statement: &str) -> String {
    format!(r#"{{"Version":"2012-10-17","Statement":{statement}}}"#)
}

async fn seed(state: &State) {
    let store = state.store();
    let now = OffsetDateTime::now_utc();
    store
        .create_user(ACCOUNT, fixtures::user("AIDAEXAMPLEALICE0001", "alice"))
        .await
        .unwrap();
    store
        .put_inline_policy(
            ACCOUNT,
            PolicyOwner::User("alice"),
            "own",
            &doc(r#"{"Effect":"Allow","Action":"dynamodb:GetItem","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}"#),
        )
        .await
        .unwrap();
    store
        .attach_policy(
            ACCOUNT,
            PolicyOwner::User("alice"),
            "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
        )
        .await
        .unwrap();
    store
        .create_group(
            ACCOUNT,
            NewGroup {
                id: "AGPAEXAMPLEDEVS00001".into(),
                name: "devs".into(),
                path: "/".into(),
                created: now,
            },
        )
        .await
        .unwrap();
    store
        .add_user_to_group(ACCOUNT, "devs", "alice")
        .await
        .unwrap();
    store
        .put_inline_policy(
            ACCOUNT,
            PolicyOwner::Group("devs"),
            "no-delete",
            &doc(r#"{"Effect":"Deny","Action":"s3:DeleteObject","Resource":"*"}"#),
        )
        .await
        .unwrap();
    let boundary = format!("arn:aws:iam::{ACCOUNT}:policy/reads");
    store
        .create_policy(
            ACCOUNT,
            NewManagedPolicy {
                id: "ANPAEXAMPLEREADS0001".into(),
                arn: boundary.clone(),
                name: "reads".into(),
                path: "/".into(),
                description: None,
                document: doc(r#"{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}"#),
                created: now,
                tags: vec![],
            },
        )
        .await
        .unwrap();
    let trust = doc(
        r#"{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}"#,
    );
    let worker = NewRole {
        path: "/app/".into(),
        permissions_boundary: Some(boundary),
        ..fixtures::role("AROAEXAMPLEWORKER001", "worker", &trust)
    };
    store.create_role(ACCOUNT, worker).await.unwrap();
    store
        .attach_policy(
            ACCOUNT,
            PolicyOwner::Role("worker"),
            "arn:aws:iam::aws:policy/AmazonS3FullAccess",
        )
        .await
        .unwrap();
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[tokio::test]
async fn user_policies_with_groups_and_managed() {
    let state = state().await;
    seed(&state).await;
    let response = gatehouse_simulator::simulate_principal_policy(
        &state,
        &ctx(),
        SimulatePrincipalPolicyRequest {
            policy_source_arn: format!("arn:aws:iam::{ACCOUNT}:user/alice"),
            action_names: names(&["dynamodb:GetItem", "s3:GetObject", "s3:DeleteObject"]),
            context_entries: Some(vec![ContextEntry {
                context_key_name: Some("aws:SecureTransport".into()),
                context_key_values: Some(vec!["true".into()]),
                context_key_type: Some(ContextKeyTypeEnum::Boolean),
            }]),
            ..SimulatePrincipalPolicyRequest::default()
        },
    )
    .await
    .unwrap();
    let results = response.evaluation_results.unwrap();
    let first = |i: usize| results[i].matched_statements.as_ref().unwrap()[0].clone();
    assert_eq!(
        results[0].eval_decision,
        PolicyEvaluationDecisionType::Allowed
    );
    assert_eq!(first(0).source_policy_id.as_deref(), Some("own"));
    assert_eq!(first(0).source_policy_type, Some(PolicySourceType::User));
    assert_eq!(
        results[1].eval_decision,
        PolicyEvaluationDecisionType::Allowed
    );
    assert_eq!(
        first(1).source_policy_id.as_deref(),
        Some("AmazonS3ReadOnlyAccess")
    );
    assert_eq!(
        first(1).source_policy_type,
        Some(PolicySourceType::AwsManaged)
    );
    assert_eq!(
        results[2].eval_decision,
        PolicyEvaluationDecisionType::ExplicitDeny
    );
    assert_eq!(first(2).source_policy_type, Some(PolicySourceType::Group));

    let group = gatehouse_simulator::simulate_principal_policy(
        &state,
        &ctx(),
        SimulatePrincipalPolicyRequest {
            policy_source_arn: format!("arn:aws:iam::{ACCOUNT}:group/devs"),
            action_names: names(&["s3:DeleteObject"]),
            ..SimulatePrincipalPolicyRequest::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(
        group.evaluation_results.unwrap()[0].eval_decision,
        PolicyEvaluationDecisionType::ExplicitDeny
    );

    let keys = gatehouse_simulator::get_context_keys_for_principal_policy(
        &state,
        &ctx(),
        GetContextKeysForPrincipalPolicyRequest {
            policy_source_arn: format!("arn:aws:iam::{ACCOUNT}:user/alice"),
            policy_input_list: Some(vec![doc(
                r#"{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::${aws:username}/*"}"#,
            )]),
        },
    )
    .await
    .unwrap();
    let keys = keys.context_key_names.unwrap();
    assert!(keys.contains(&"aws:SecureTransport".to_owned()), "{keys:?}");
    assert_eq!(keys.last().map(String::as_str), Some("aws:username"));
}

#[tokio::test]
async fn role_boundary_and_missing_entities() {
    let state = state().await;
    seed(&state).await;
    let response = gatehouse_simulator::simulate_principal_policy(
        &state,
        &ctx(),
        SimulatePrincipalPolicyRequest {
            policy_source_arn: format!("arn:aws:iam::{ACCOUNT}:role/app/worker"),
            action_names: names(&["s3:GetObject", "s3:PutObject"]),
            ..SimulatePrincipalPolicyRequest::default()
        },
    )
    .await
    .unwrap();
    let results = response.evaluation_results.unwrap();
    let boundary = |i: usize| {
        results[i]
            .permissions_boundary_decision_detail
            .as_ref()
            .and_then(|d| d.allowed_by_permissions_boundary)
    };
    assert_eq!(
        results[0].eval_decision,
        PolicyEvaluationDecisionType::Allowed
    );
    assert_eq!(boundary(0), Some(true));
    assert_eq!(
        results[1].eval_decision,
        PolicyEvaluationDecisionType::ImplicitDeny
    );
    assert_eq!(boundary(1), Some(false));

    for arn in [
        format!("arn:aws:iam::{ACCOUNT}:role/worker"),
        format!("arn:aws:iam::{ACCOUNT}:user/nobody"),
        "arn:aws:iam::111122223333:user/alice".to_owned(),
    ] {
        let err = gatehouse_simulator::simulate_principal_policy(
            &state,
            &ctx(),
            SimulatePrincipalPolicyRequest {
                policy_source_arn: arn.clone(),
                action_names: names(&["s3:GetObject"]),
                ..SimulatePrincipalPolicyRequest::default()
            },
        )
        .await
        .unwrap_err();
        assert_eq!(err.code, "NoSuchEntity", "{arn}");
    }
}

#[tokio::test]
async fn custom_policy_errors_map_to_aws_codes() {
    let state = state().await;
    let err = gatehouse_simulator::simulate_custom_policy(
        &state,
        &ctx(),
        SimulateCustomPolicyRequest {
            policy_input_list: vec![doc(
                r#"{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}"#,
            )],
            action_names: names(&["s3:GetObject"]),
            ..SimulateCustomPolicyRequest::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        (err.code.as_ref(), err.message.as_str()),
        (
            "MalformedPolicyDocument",
            "Policy document should not specify a principal."
        )
    );
    let err = gatehouse_simulator::simulate_custom_policy(
        &state,
        &ctx(),
        SimulateCustomPolicyRequest {
            policy_input_list: vec![doc(r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#)],
            permissions_boundary_policy_input_list: Some(vec![
                doc(r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#),
                doc(r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#),
            ]),
            action_names: names(&["s3:GetObject"]),
            ..SimulateCustomPolicyRequest::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.code, "InvalidInput");
    let err = gatehouse_simulator::get_context_keys_for_custom_policy(
        GetContextKeysForCustomPolicyRequest {
            policy_input_list: vec!["not json".into()],
        },
    )
    .await
    .unwrap_err();
    assert_eq!(err.code, "MalformedPolicyDocument");
}
