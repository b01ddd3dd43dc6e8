//! AssumeRoleWithWebIdentity and AssumeRoleWithSAML through the AWS SDK for Rust, with tokens
//! from gatehouse's built-in test identity providers.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "test helpers fail the test loudly on a bad response"
)]

use crate::common::{Server, federated_trust, http, json_field};
use aws_sdk_sts::error::ProvideErrorMetadata;

#[tokio::test]
async fn web_identity_through_the_built_in_oidc_provider() {
    let server = Server::start(&[]);
    let (provider, host_path) = server.register_builtin_oidc().await;
    let condition = format!(r#","Condition":{{"StringEquals":{{"{host_path}:sub":"rust-sdk"}}}}"#);
    let role = server
        .create_role(
            "web",
            &federated_trust(&provider, "sts:AssumeRoleWithWebIdentity", &condition),
        )
        .await;

    let token = json_field(
        &http(
            &server,
            "POST",
            "/_gatehouse/oidc/token",
            r#"{"sub":"rust-sdk"}"#,
        ),
        "token",
    );
    let sts = server.sts("test", "test", None);
    let out = sts
        .assume_role_with_web_identity()
        .role_arn(&role)
        .role_session_name("sdk")
        .web_identity_token(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(out.subject_from_web_identity_token(), Some("rust-sdk"));
    assert_eq!(out.audience(), Some("sts.amazonaws.com"));
    assert_eq!(
        out.assumed_role_user().unwrap().arn(),
        "arn:aws:sts::000000000000:assumed-role/web/sdk"
    );
    let credentials = out.credentials().unwrap();
    let caller = server
        .sts(
            credentials.access_key_id(),
            credentials.secret_access_key(),
            Some(credentials.session_token()),
        )
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    assert_eq!(
        caller.arn(),
        Some("arn:aws:sts::000000000000:assumed-role/web/sdk")
    );

    let other = json_field(
        &http(
            &server,
            "POST",
            "/_gatehouse/oidc/token",
            r#"{"sub":"someone-else"}"#,
        ),
        "token",
    );
    let denied = sts
        .assume_role_with_web_identity()
        .role_arn(&role)
        .role_session_name("sdk")
        .web_identity_token(other)
        .send()
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Some("AccessDenied"));
}

#[tokio::test]
async fn saml_through_the_built_in_saml_provider() {
    let server = Server::start(&[]);
    let provider = server.register_builtin_saml("Builtin").await;
    let role = server
        .create_role(
            "saml",
            &federated_trust(&provider, "sts:AssumeRoleWithSAML", ""),
        )
        .await;
    let request =
        format!(r#"{{"subject":"dana","roles":["{role},{provider}"],"session_name":"dana"}}"#);
    let assertion = json_field(
        &http(&server, "POST", "/_gatehouse/saml/response", &request),
        "SAMLResponse",
    );
    let out = server
        .sts("test", "test", None)
        .assume_role_with_saml()
        .role_arn(&role)
        .principal_arn(&provider)
        .saml_assertion(&assertion)
        .send()
        .await
        .unwrap();
    assert_eq!(out.subject(), Some("dana"));
    assert_eq!(out.subject_type(), Some("persistent"));
    assert_eq!(
        out.assumed_role_user().unwrap().arn(),
        "arn:aws:sts::000000000000:assumed-role/saml/dana"
    );

    let mut tampered = assertion.into_bytes();
    if let Some(byte) = tampered.get_mut(400) {
        *byte = if *byte == b'A' { b'B' } else { b'A' };
    }
    let error = server
        .sts("test", "test", None)
        .assume_role_with_saml()
        .role_arn(&role)
        .principal_arn(&provider)
        .saml_assertion(String::from_utf8(tampered).unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("InvalidIdentityToken"));
}
