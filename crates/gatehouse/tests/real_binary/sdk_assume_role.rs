//! AssumeRole through the AWS SDK for Rust, against the real binary: the client call and the
//! SDK's own AssumeRoleProvider.

use crate::common::Server;
use aws_config::sts::AssumeRoleProvider;
use aws_config::{BehaviorVersion, Region};
use aws_credential_types::Credentials;
use aws_credential_types::provider::ProvideCredentials;
use aws_sdk_sts::error::ProvideErrorMetadata;

const TRUST_ROOT: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole"}]}"#;

#[tokio::test]
async fn assume_role_returns_a_working_session() {
    let server = Server::start(&[]);
    let role_arn = server.create_role("deployer", TRUST_ROOT).await;
    let out = server
        .sts("test", "test", None)
        .assume_role()
        .role_arn(&role_arn)
        .role_session_name("ci")
        .minimum_session_token_size(3000)
        .send()
        .await
        .unwrap();
    let user = out.assumed_role_user().unwrap();
    assert_eq!(
        user.arn(),
        "arn:aws:sts::000000000000:assumed-role/deployer/ci"
    );
    assert!(user.assumed_role_id().starts_with("AROA"));
    let credentials = out.credentials().unwrap();
    let token = credentials.session_token();
    assert!(token.len() >= 3000, "padded to the minimum size");
    assert_eq!(out.session_token_size(), i32::try_from(token.len()).ok());
    assert!(
        out.session_token_utilization()
            .is_some_and(|u| (1..=100).contains(&u))
    );

    let who = server
        .sts(
            credentials.access_key_id(),
            credentials.secret_access_key(),
            Some(token),
        )
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    assert_eq!(who.arn(), Some(user.arn()));

    let too_short = server
        .sts("test", "test", None)
        .assume_role()
        .role_arn(&role_arn)
        .role_session_name("ci")
        .duration_seconds(300)
        .send()
        .await
        .unwrap_err();
    assert_eq!(too_short.code(), Some("ValidationError"));
}

#[tokio::test]
async fn the_sdks_assume_role_provider_gets_and_uses_credentials() {
    let server = Server::start(&[]);
    let role_arn = server.create_role("reader", TRUST_ROOT).await;
    let base = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new("eu-west-1"))
        .endpoint_url(&server.url)
        .credentials_provider(Credentials::new("test", "test", None, None, "root"))
        .http_client(aws_smithy_http_client::Builder::new().build_http())
        .load()
        .await;
    let provider = AssumeRoleProvider::builder(&role_arn)
        .session_name("provider-session")
        .configure(&base)
        .build()
        .await;
    let credentials = provider.provide_credentials().await.unwrap();
    assert!(credentials.access_key_id().starts_with("ASIA"));
    assert!(credentials.expiry().is_some());

    let config = aws_sdk_sts::config::Builder::from(&base)
        .credentials_provider(provider)
        .build();
    let who = aws_sdk_sts::Client::from_conf(config)
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    assert_eq!(
        who.arn(),
        Some("arn:aws:sts::000000000000:assumed-role/reader/provider-session")
    );
}
