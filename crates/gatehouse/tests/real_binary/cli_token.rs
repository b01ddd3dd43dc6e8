//! `gatehouse token oidc|saml` against a running server: the printed token and SAML response
//! assume roles through the AWS SDK for Rust.

use std::process::Command;

use crate::common::{Server, federated_trust, http};
use aws_sdk_sts::error::ProvideErrorMetadata;

/// Runs `gatehouse token ARGS…` against `server`; its standard output as it is: to a pipe, the
/// token alone, with no line break after it (so that `> file` makes a web identity token file).
fn token(server: &Server, args: &[&str]) -> Result<String, String> {
    let out = Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .arg("token")
        .args(args)
        .args(["--endpoint", &server.url])
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[tokio::test]
async fn an_oidc_token_from_the_command_assumes_a_role() {
    let server = Server::start(&[]);
    let (provider, host_path) = server.register_builtin_oidc().await;
    let condition = format!(
        r#","Condition":{{"StringEquals":{{"{host_path}:sub":"system:serviceaccount:ci:deployer"}}}}"#
    );
    let role = server
        .create_role(
            "irsa",
            &federated_trust(&provider, "sts:AssumeRoleWithWebIdentity", &condition),
        )
        .await;
    let jwt = token(
        &server,
        &[
            "oidc",
            "--sub",
            "system:serviceaccount:ci:deployer",
            "--aud",
            "sts.amazonaws.com",
            "--claims",
            r#"{"kubernetes.io":{"namespace":"ci"}}"#,
            "--ttl",
            "600",
        ],
    )
    .unwrap();
    assert!(
        !jwt.ends_with('\n'),
        "a line break after the token: {jwt:?}"
    );
    let sts = server.sts("test", "test", None);
    let out = sts
        .assume_role_with_web_identity()
        .role_arn(&role)
        .role_session_name("pod")
        .web_identity_token(&jwt)
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.subject_from_web_identity_token(),
        Some("system:serviceaccount:ci:deployer")
    );

    // The token lives ten minutes on the server's clock.
    http(
        &server,
        "POST",
        "/_gatehouse/clock",
        r#"{"advance_seconds": 700}"#,
    );
    let expired = sts
        .assume_role_with_web_identity()
        .role_arn(&role)
        .role_session_name("pod")
        .web_identity_token(&jwt)
        .send()
        .await
        .unwrap_err();
    assert_eq!(expired.code(), Some("ExpiredTokenException"));

    let other = token(&server, &["oidc", "--sub", "someone-else"]).unwrap();
    let denied = sts
        .assume_role_with_web_identity()
        .role_arn(&role)
        .role_session_name("pod")
        .web_identity_token(other)
        .send()
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Some("AccessDenied"));
}

#[tokio::test]
async fn a_saml_response_from_the_command_assumes_a_role() {
    let server = Server::start(&[]);
    let provider = server.register_builtin_saml("Corp").await;
    let role = server
        .create_role(
            "corp-admin",
            &federated_trust(&provider, "sts:AssumeRoleWithSAML", ""),
        )
        .await;
    let response = token(
        &server,
        &[
            "saml",
            "--role-arn",
            &role,
            "--provider-arn",
            &provider,
            "--subject",
            "erin",
            "--session-name",
            "erin",
        ],
    )
    .unwrap();
    let out = server
        .sts("test", "test", None)
        .assume_role_with_saml()
        .role_arn(&role)
        .principal_arn(&provider)
        .saml_assertion(response)
        .send()
        .await
        .unwrap();
    assert_eq!(out.subject(), Some("erin"));
    assert_eq!(
        out.assumed_role_user().unwrap().arn(),
        "arn:aws:sts::000000000000:assumed-role/corp-admin/erin"
    );
}

#[tokio::test]
async fn bad_arguments_and_an_unreachable_server_are_reported() {
    let server = Server::start(&[]);
    let not_json = token(&server, &["oidc", "--sub", "a", "--claims", "{"]).unwrap_err();
    assert!(
        not_json.contains("--claims is not valid JSON"),
        "{not_json}"
    );
    let bad_ttl = token(&server, &["oidc", "--sub", "a", "--ttl", "0"]).unwrap_err();
    assert!(bad_ttl.contains("--ttl"), "{bad_ttl}");
    let out = Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args([
            "token",
            "oidc",
            "--sub",
            "a",
            "--endpoint",
            "http://127.0.0.1:9",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot reach gatehouse"));
}

#[tokio::test]
async fn the_command_sends_the_admin_token_a_strict_server_requires() {
    const ADMIN: &str = "the-admin-token-of-this-test";
    let server = Server::start(&["--mode", "strict", "--admin-token", ADMIN]);
    let refused = token(&server, &["oidc", "--sub", "a", "--ttl", "60"]).unwrap_err();
    assert!(refused.contains("401"), "{refused}");
    let refused = token(
        &server,
        &["oidc", "--sub", "a", "--admin-token", "not-the-admin-token"],
    )
    .unwrap_err();
    assert!(refused.contains("401"), "{refused}");
    // `--ttl` reads the server's clock, a guarded route too.
    let jwt = token(
        &server,
        &["oidc", "--sub", "a", "--ttl", "60", "--admin-token", ADMIN],
    )
    .unwrap();
    assert_eq!(jwt.split('.').count(), 3, "{jwt}");
    let saml = Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args([
            "token",
            "saml",
            "--role-arn",
            "arn:aws:iam::000000000000:role/r",
        ])
        .args([
            "--provider-arn",
            "arn:aws:iam::000000000000:saml-provider/p",
        ])
        .args(["--endpoint", &server.url])
        .env("GATEHOUSE_ADMIN_TOKEN", ADMIN)
        .output()
        .unwrap();
    assert!(
        saml.status.success(),
        "{}",
        String::from_utf8_lossy(&saml.stderr)
    );
}
