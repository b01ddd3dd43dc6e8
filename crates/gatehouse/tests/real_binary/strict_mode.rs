//! Strict mode has no open doors: no well-known key (the default account's root key is made at
//! first start, saved with mode 0600 and shown once), and the admin routes need the admin
//! token or are off. Lenient mode keeps them open unless it is given a token.

use crate::common::{Server, exchange};
use aws_sdk_sts::error::ProvideErrorMetadata;

const TOKEN: &str = "an-admin-token-for-the-tests";

/// The routes that change the instance or mint identity tokens, with a body they accept.
const GUARDED: [(&str, &str, &str); 5] = [
    ("POST", "/_gatehouse/reset", ""),
    ("GET", "/_gatehouse/clock", ""),
    ("POST", "/_gatehouse/clock", r#"{"advance_seconds": 0}"#),
    ("POST", "/_gatehouse/oidc/token", r#"{"sub": "anyone"}"#),
    (
        "POST",
        "/_gatehouse/saml/response",
        r#"{"subject": "anyone", "roles": ["arn:aws:iam::000000000000:role/Admin,arn:aws:iam::000000000000:saml-provider/Test"]}"#,
    ),
];

/// Routes that stay public in every mode.
const PUBLIC: [&str; 4] = [
    "/_gatehouse/health",
    "/_gatehouse/oidc/.well-known/openid-configuration",
    "/_gatehouse/oidc/.well-known/jwks.json",
    "/_gatehouse/saml/metadata",
];

async fn caller_arn(server: &Server, key: &str, secret: &str) -> Result<String, String> {
    server
        .sts(key, secret, None)
        .get_caller_identity()
        .send()
        .await
        .map(|out| out.arn().unwrap_or_default().to_owned())
        .map_err(|err| err.code().unwrap_or("no code").to_owned())
}

#[tokio::test]
async fn the_well_known_test_key_is_unknown_and_the_generated_key_is_root() {
    let server = Server::start(&["--mode", "strict"]);
    for secret in ["test", "anything"] {
        assert_eq!(
            caller_arn(&server, "test", secret).await,
            Err("InvalidClientTokenId".to_owned())
        );
    }
    let (key, secret) = server.root();
    assert!(
        key.starts_with("AKIA") && key.len() == 20,
        "{}",
        server.banner
    );
    assert!(
        server.banner.contains("kept in memory only"),
        "{}",
        server.banner
    );
    assert_eq!(
        caller_arn(&server, key, secret).await.unwrap(),
        "arn:aws:iam::000000000000:root"
    );
    // A real root key: IAM lists it as the root's.
    let listed = server
        .iam(key, secret, None)
        .list_access_keys()
        .send()
        .await
        .unwrap();
    let ids: Vec<_> = listed
        .access_key_metadata()
        .iter()
        .filter_map(|k| k.access_key_id())
        .collect();
    assert_eq!(ids, [key]);
}

#[tokio::test]
async fn the_key_is_saved_private_and_shown_only_at_the_first_start() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().to_str().unwrap();
    let file = dir.path().join("root-credentials");
    let mut first = Server::start_serving(&["--data-dir", data_dir, "--mode", "strict"]);
    let (key, secret) = (first.root().0.to_owned(), first.root().1.to_owned());
    assert!(key.starts_with("AKIA"), "{}", first.banner);
    assert!(
        first
            .banner
            .contains(&format!("saved in {}", file.display()))
    );
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains(&format!(
            "[default]\naws_access_key_id = {key}\naws_secret_access_key = {secret}\n"
        )),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(first.terminate().is_some_and(|status| status.success()));

    let second = Server::start_serving(&["--data-dir", data_dir, "--mode", "strict"]);
    assert!(!second.banner.contains(&secret), "{}", second.banner);
    assert!(
        !second.banner.contains("AWS_SECRET_ACCESS_KEY"),
        "{}",
        second.banner
    );
    assert!(
        second
            .banner
            .contains(&format!("root credentials: in {}", file.display())),
        "{}",
        second.banner
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    assert_eq!(
        caller_arn(&second, &key, &secret).await.unwrap(),
        "arn:aws:iam::000000000000:root"
    );
    assert_eq!(
        caller_arn(&second, "test", "test").await,
        Err("InvalidClientTokenId".to_owned())
    );
}

#[tokio::test]
async fn root_keys_given_by_init_mean_none_is_generated() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("seed.toml");
    std::fs::write(
        &seed,
        "[[account]]\nid = \"000000000000\"\nroot_access_keys = [{ id = \"AKIAROOTSEEDEXAMPLE2\", secret = \"seeded-secret\" }]\n",
    )
    .unwrap();
    let server = Server::start(&["--mode", "strict", "--init", seed.to_str().unwrap()]);
    assert!(
        !server.banner.contains("AWS_SECRET_ACCESS_KEY"),
        "{}",
        server.banner
    );
    assert_eq!(
        caller_arn(&server, "AKIAROOTSEEDEXAMPLE2", "seeded-secret")
            .await
            .unwrap(),
        "arn:aws:iam::000000000000:root"
    );
    let listed = server
        .iam("AKIAROOTSEEDEXAMPLE2", "seeded-secret", None)
        .list_access_keys()
        .send()
        .await
        .unwrap();
    assert_eq!(listed.access_key_metadata().len(), 1, "no other root key");
}

#[tokio::test]
async fn reset_keeps_the_root_key_and_nothing_else() {
    let server = Server::start(&["--mode", "strict", "--admin-token", TOKEN]);
    let (key, secret) = server.root();
    let iam = server.iam(key, secret, None);
    iam.create_user().user_name("before").send().await.unwrap();
    let (status, body) = exchange(&server, "POST", "/_gatehouse/reset", Some(TOKEN), "");
    assert_eq!((status, body.as_str()), (200, r#"{"reset":true}"#));
    let users = iam.list_users().send().await.unwrap();
    assert!(users.users().is_empty(), "the state is wiped");
    assert_eq!(
        caller_arn(&server, key, secret).await.unwrap(),
        "arn:aws:iam::000000000000:root"
    );
    assert_eq!(
        caller_arn(&server, "test", "test").await,
        Err("InvalidClientTokenId".to_owned())
    );
}

#[tokio::test]
async fn strict_mode_without_an_admin_token_turns_the_admin_routes_off() {
    let server = Server::start(&["--mode", "strict"]);
    assert!(
        server.banner.contains("admin:     off"),
        "{}",
        server.banner
    );
    for (method, path, body) in GUARDED {
        for token in [None, Some(TOKEN)] {
            let (status, answer) = exchange(&server, method, path, token, body);
            assert_eq!(status, 403, "{method} {path}: {answer}");
            assert!(answer.contains(r#""error":"#), "{answer}");
        }
    }
    for path in PUBLIC {
        assert_eq!(exchange(&server, "GET", path, None, "").0, 200, "{path}");
    }
}

#[tokio::test]
async fn an_admin_token_is_required_in_both_modes_when_given() {
    for mode in ["strict", "lenient"] {
        let server = Server::start(&["--mode", mode, "--admin-token", TOKEN]);
        for (method, path, body) in GUARDED {
            for wrong in [None, Some("an-admin-token-for-the-test"), Some("x")] {
                let (status, answer) = exchange(&server, method, path, wrong, body);
                assert_eq!(status, 401, "{mode} {method} {path}: {answer}");
            }
            let (status, answer) = exchange(&server, method, path, Some(TOKEN), body);
            assert_eq!(status, 200, "{mode} {method} {path}: {answer}");
        }
        for path in PUBLIC {
            assert_eq!(exchange(&server, "GET", path, None, "").0, 200, "{path}");
        }
    }
}

#[tokio::test]
async fn lenient_mode_without_a_token_is_unchanged() {
    let server = Server::start(&[]);
    assert_eq!(server.root(), ("test", "test"));
    assert!(
        server
            .banner
            .contains("default credentials: AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test"),
        "{}",
        server.banner
    );
    for (method, path, body) in GUARDED {
        let (status, answer) = exchange(&server, method, path, None, body);
        assert_eq!(status, 200, "{method} {path}: {answer}");
    }
    assert_eq!(
        caller_arn(&server, "test", "test").await.unwrap(),
        "arn:aws:iam::000000000000:root"
    );
}

#[test]
fn a_short_admin_token_stops_startup() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args(["serve", "--ephemeral", "--listen", "127.0.0.1:0"])
        .args(["--admin-token", "short"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("16 to 1024 characters"), "{stderr}");
}
