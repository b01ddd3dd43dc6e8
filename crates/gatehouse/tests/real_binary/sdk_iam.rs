//! IAM through the AWS SDK for Rust, against the real binary: the seed workflow, enforcement
//! of the new user's policies, and AWS's errors.

use crate::common::Server;
use aws_sdk_iam::error::ProvideErrorMetadata;

const ASSUME_POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}"#;

#[tokio::test]
async fn users_keys_policies_and_roles() {
    let server = Server::start(&["--mode", "strict"]);
    let (root_key, root_secret) = server.root();
    let iam = server.iam(root_key, root_secret, None);

    let user = iam.create_user().user_name("alice").send().await.unwrap();
    let user = user.user().unwrap();
    assert_eq!(user.arn(), "arn:aws:iam::000000000000:user/alice");
    assert!(user.user_id().starts_with("AIDA"));

    let duplicate = iam
        .create_user()
        .user_name("ALICE")
        .send()
        .await
        .unwrap_err();
    assert_eq!(duplicate.code(), Some("EntityAlreadyExists"));

    let key = iam
        .create_access_key()
        .user_name("alice")
        .send()
        .await
        .unwrap();
    let key = key.access_key().unwrap();
    assert!(key.access_key_id().starts_with("AKIA"));
    assert_eq!(key.secret_access_key().len(), 40);

    let policy = iam
        .create_policy()
        .policy_name("assume")
        .policy_document(ASSUME_POLICY)
        .send()
        .await
        .unwrap();
    let policy_arn = policy.policy().unwrap().arn().unwrap().to_owned();
    iam.attach_user_policy()
        .user_name("alice")
        .policy_arn(&policy_arn)
        .send()
        .await
        .unwrap();
    let attached = iam
        .list_attached_user_policies()
        .user_name("alice")
        .send()
        .await
        .unwrap();
    assert_eq!(attached.attached_policies().len(), 1);

    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:user/alice"},"Action":"sts:AssumeRole"}]}"#;
    iam.create_role()
        .role_name("deployer")
        .assume_role_policy_document(trust)
        .send()
        .await
        .unwrap();
    iam.attach_role_policy()
        .role_name("deployer")
        .policy_arn("arn:aws:iam::aws:policy/ReadOnlyAccess")
        .send()
        .await
        .unwrap();
    let role = iam.get_role().role_name("deployer").send().await.unwrap();
    assert!(role.role().unwrap().role_id().starts_with("AROA"));
    assert_eq!(role.role().unwrap().max_session_duration(), Some(3600));

    // The new user's key signs requests; its policies allow sts:AssumeRole and nothing in IAM.
    let alice_sts = server.sts(key.access_key_id(), key.secret_access_key(), None);
    let me = alice_sts.get_caller_identity().send().await.unwrap();
    assert_eq!(me.arn(), Some("arn:aws:iam::000000000000:user/alice"));
    let alice_iam = server.iam(key.access_key_id(), key.secret_access_key(), None);
    let denied = alice_iam.list_users().send().await.unwrap_err();
    assert_eq!(denied.code(), Some("AccessDenied"));

    let conflict = iam
        .delete_user()
        .user_name("alice")
        .send()
        .await
        .unwrap_err();
    assert_eq!(conflict.code(), Some("DeleteConflict"));
    let missing = iam.get_role().role_name("nobody").send().await.unwrap_err();
    assert_eq!(missing.code(), Some("NoSuchEntity"));

    // An inactive key stops working at once.
    iam.update_access_key()
        .user_name("alice")
        .access_key_id(key.access_key_id())
        .status(aws_sdk_iam::types::StatusType::Inactive)
        .send()
        .await
        .unwrap();
    let inactive = alice_sts.get_caller_identity().send().await.unwrap_err();
    assert_eq!(inactive.code(), Some("InvalidClientTokenId"));
}
