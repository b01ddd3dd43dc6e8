//! The AWS SDK for Rust's own `WebIdentityTokenCredentialsProvider` against the real binary, with
//! tokens from gatehouse's built-in OIDC identity provider written to a token file.
//!
//! The provider builds its STS client from a `ProviderConfig`, whose only endpoint setting is the
//! process environment (`AWS_ENDPOINT_URL`). Setting a variable in this process would need
//! `unsafe`, so the outer test prepares the server, role and token files and runs the inner test
//! in a child process of this same test binary with the environment set there.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "test helpers fail the test loudly on a bad response"
)]

use std::path::PathBuf;
use std::process::Command;

use crate::common::{Server, http, json_field};
use aws_config::Region;
use aws_config::provider_config::ProviderConfig;
use aws_config::web_identity_token::{StaticConfiguration, WebIdentityTokenCredentialsProvider};
use aws_credential_types::provider::ProvideCredentials;

/// Set in the child process: the server's URL (also given as `AWS_ENDPOINT_URL`).
const CHILD_URL: &str = "GATEHOUSE_SDK_WEB_IDENTITY_URL";
const CHILD_ROLE: &str = "GATEHOUSE_SDK_WEB_IDENTITY_ROLE";
const CHILD_TOKEN_FILE: &str = "GATEHOUSE_SDK_WEB_IDENTITY_TOKEN_FILE";
const CHILD_FOREIGN_TOKEN_FILE: &str = "GATEHOUSE_SDK_WEB_IDENTITY_FOREIGN_TOKEN_FILE";
const CHILD_DENIED_TOKEN_FILE: &str = "GATEHOUSE_SDK_WEB_IDENTITY_DENIED_TOKEN_FILE";
/// What the child prints when every check passed, so the parent knows the inner test really ran.
const CHILD_DONE: &str = "web identity provider checks passed";

fn mint(server: &Server, sub: &str) -> String {
    let body = format!(r#"{{"sub":"{sub}"}}"#);
    json_field(
        &http(server, "POST", "/_gatehouse/oidc/token", &body),
        "token",
    )
}

/// A fresh directory for this run's token files.
fn scratch_dir() -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "gatehouse-web-identity-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test]
async fn the_sdks_web_identity_provider_reads_the_token_file_and_assumes_the_role() {
    let server = Server::start(&[]);
    let (provider, host_path) = server.register_builtin_oidc().await;
    let trust = format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{provider}"}},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{{"StringEquals":{{"{host_path}:sub":"rust-provider"}}}}}}]}}"#
    );
    let role = server.create_role("web-provider", &trust).await;

    let dir = scratch_dir();
    let token_file = dir.join("token");
    std::fs::write(&token_file, mint(&server, "rust-provider")).unwrap();
    // The plain client call accepts the same token: what the provider does is the only variable.
    let direct = server
        .sts("test", "test", None)
        .assume_role_with_web_identity()
        .role_arn(&role)
        .role_session_name("direct")
        .web_identity_token(std::fs::read_to_string(&token_file).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        direct.subject_from_web_identity_token(),
        Some("rust-provider")
    );
    let denied_file = dir.join("denied-token");
    std::fs::write(&denied_file, mint(&server, "someone-else")).unwrap();
    // A token signed by another server's built-in issuer: same claims shape, keys gatehouse
    // (this one) does not hold and an issuer it has no provider for.
    let other = Server::start(&[]);
    let foreign_file = dir.join("foreign-token");
    std::fs::write(&foreign_file, mint(&other, "rust-provider")).unwrap();
    drop(other);

    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "sdk_web_identity_provider::child_web_identity_provider_checks",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("AWS_ENDPOINT_URL", &server.url)
        .env(CHILD_URL, &server.url)
        .env(CHILD_ROLE, &role)
        .env(CHILD_TOKEN_FILE, &token_file)
        .env(CHILD_DENIED_TOKEN_FILE, &denied_file)
        .env(CHILD_FOREIGN_TOKEN_FILE, &foreign_file)
        .env_remove("AWS_PROFILE")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "child failed:\n{stdout}\n{stderr}");
    assert!(
        stdout.contains(CHILD_DONE),
        "the child test did not run:\n{stdout}\n{stderr}"
    );
}

/// The provider for `token_file`, with the session name `session`.
fn provider(
    token_file: PathBuf,
    role_arn: &str,
    session: &str,
) -> WebIdentityTokenCredentialsProvider {
    let provider_config = ProviderConfig::empty()
        .with_region(Some(Region::new("eu-west-1")))
        .with_http_client(aws_smithy_http_client::Builder::new().build_http());
    WebIdentityTokenCredentialsProvider::builder()
        .static_configuration(StaticConfiguration {
            web_identity_token_file: token_file,
            role_arn: role_arn.to_owned(),
            session_name: session.to_owned(),
        })
        .configure(&provider_config)
        .build()
}

/// Run by the test above in a child process, with `AWS_ENDPOINT_URL` pointing at its server.
#[tokio::test]
#[ignore = "runs in a child process of the_sdks_web_identity_provider_reads_the_token_file_and_assumes_the_role"]
async fn child_web_identity_provider_checks() {
    let url = std::env::var(CHILD_URL).expect("run by the parent test, which sets the server URL");
    assert_eq!(std::env::var("AWS_ENDPOINT_URL").unwrap(), url);
    let role = std::env::var(CHILD_ROLE).unwrap();
    let token_file = PathBuf::from(std::env::var(CHILD_TOKEN_FILE).unwrap());

    // The provider reads the file and exchanges it; the credentials it returns work.
    let credentials = provider(token_file.clone(), &role, "from-file")
        .provide_credentials()
        .await
        .unwrap();
    assert!(credentials.access_key_id().starts_with("ASIA"));
    assert_eq!(credentials.secret_access_key().len(), 40);
    assert!(credentials.session_token().is_some());
    let expiry = credentials.expiry().unwrap();
    let lifetime = expiry
        .duration_since(std::time::SystemTime::now())
        .unwrap()
        .as_secs();
    assert!((3500..=3600).contains(&lifetime), "{lifetime}");
    let who = sts_at(
        &url,
        credentials.access_key_id(),
        credentials.secret_access_key(),
        credentials.session_token(),
    )
    .get_caller_identity()
    .send()
    .await
    .unwrap();
    assert_eq!(
        who.arn(),
        Some("arn:aws:sts::000000000000:assumed-role/web-provider/from-file")
    );

    // A second call reads the file again: a fresh session with new keys.
    let again = provider(token_file.clone(), &role, "from-file")
        .provide_credentials()
        .await
        .unwrap();
    assert_ne!(again.access_key_id(), credentials.access_key_id());

    // A subject the trust policy does not name, a token from an issuer with no provider here,
    // a missing file and a role that does not exist all fail as provider errors naming STS's code.
    let denied = provider(
        PathBuf::from(std::env::var(CHILD_DENIED_TOKEN_FILE).unwrap()),
        &role,
        "denied",
    )
    .provide_credentials()
    .await
    .unwrap_err();
    let text = error_chain(&denied);
    assert!(text.contains("AccessDenied"), "{text}");

    let foreign = provider(
        PathBuf::from(std::env::var(CHILD_FOREIGN_TOKEN_FILE).unwrap()),
        &role,
        "foreign",
    )
    .provide_credentials()
    .await
    .unwrap_err();
    let text = error_chain(&foreign);
    assert!(text.contains("InvalidIdentityToken"), "{text}");

    let missing = provider(token_file.with_extension("missing"), &role, "missing")
        .provide_credentials()
        .await
        .unwrap_err();
    let text = error_chain(&missing);
    assert!(text.contains("No such file"), "{text}");

    let no_role = provider(
        token_file,
        "arn:aws:iam::000000000000:role/does-not-exist",
        "none",
    )
    .provide_credentials()
    .await
    .unwrap_err();
    let text = error_chain(&no_role);
    assert!(text.contains("AccessDenied"), "{text}");

    println!("{CHILD_DONE}");
}

/// An STS client for `url` signing with temporary credentials.
fn sts_at(url: &str, access_key: &str, secret: &str, token: Option<&str>) -> aws_sdk_sts::Client {
    let credentials = aws_credential_types::Credentials::new(
        access_key,
        secret,
        token.map(str::to_owned),
        None,
        "test",
    );
    let config = aws_sdk_sts::Config::builder()
        .behavior_version(aws_sdk_sts::config::BehaviorVersion::latest())
        .region(aws_sdk_sts::config::Region::new("eu-west-1"))
        .endpoint_url(url)
        .credentials_provider(credentials)
        .http_client(aws_smithy_http_client::Builder::new().build_http())
        .build();
    aws_sdk_sts::Client::from_conf(config)
}

/// The whole chain of an error's sources, as one line.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}
