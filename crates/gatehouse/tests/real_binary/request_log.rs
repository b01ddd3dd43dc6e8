//! The log: one line per request, in JSON or text, and never a secret in any line, at any
//! level. The scenario uses every kind of secret a client hands gatehouse or gatehouse hands
//! out: a user's access key secret, sessions' secrets and tokens, a console password, an OIDC
//! token, the admin token.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test: a missing answer or line fails it"
)]

use aws_sdk_sts::operation::RequestId;

use crate::common::{Server, federated_trust, http, json_field};

const ADMIN_TOKEN: &str = "the-admin-token-of-the-log-test";

fn log_file() -> (tempfile::TempDir, std::path::PathBuf, std::fs::File) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("stderr.log");
    let file = std::fs::File::create(&path).unwrap();
    (dir, path, file)
}

/// Stops `server` (so that every line is written) and returns what it logged.
fn stopped_log(mut server: Server, path: &std::path::Path) -> String {
    assert!(server.terminate().is_some(), "the server stops");
    std::fs::read_to_string(path).unwrap()
}

#[tokio::test]
async fn no_secret_reaches_the_log_and_each_request_has_its_line() {
    let (_dir, path, file) = log_file();
    let server = Server::start_logging(
        &["--admin-token", ADMIN_TOKEN, "--log-format", "json"],
        file,
    );
    let (root_key, root_secret) = (server.root().0.to_owned(), server.root().1.to_owned());
    let root = server.iam(&root_key, &root_secret, None);
    // Lenient mode (strict mode takes no http:// OIDC issuer), so root signs with `test`.
    let mut secrets = vec![ADMIN_TOKEN.to_owned()];

    // A user with an access key and a console password, who assumes a role and uses the session.
    root.create_user().user_name("logged").send().await.unwrap();
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["sts:AssumeRole","iam:*"],"Resource":"*"}]}"#;
    root.put_user_policy()
        .user_name("logged")
        .policy_name("all")
        .policy_document(policy)
        .send()
        .await
        .unwrap();
    let key = root
        .create_access_key()
        .user_name("logged")
        .send()
        .await
        .unwrap();
    let key = key.access_key().unwrap();
    let (user_key, user_secret) = (key.access_key_id(), key.secret_access_key());
    secrets.push(user_secret.to_owned());
    let password = "Correct-Horse-Battery-Staple-42";
    root.create_login_profile()
        .user_name("logged")
        .password(password)
        .send()
        .await
        .unwrap();
    secrets.push(password.to_owned());

    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::000000000000:user/logged"},"Action":"sts:AssumeRole"}]}"#;
    let role = server.create_role("logged-role", trust).await;
    let assumed = server
        .sts(user_key, user_secret, None)
        .assume_role()
        .role_arn(&role)
        .role_session_name("logged-session")
        .send()
        .await
        .unwrap();
    let session = assumed.credentials().unwrap();
    secrets.push(session.secret_access_key().to_owned());
    secrets.push(session.session_token().to_owned());
    let session_sts = server.sts(
        session.access_key_id(),
        session.secret_access_key(),
        Some(session.session_token()),
    );
    let identity = session_sts.get_caller_identity().send().await.unwrap();
    let identity_request = identity.request_id().unwrap().to_owned();
    // The role has no permissions policy: refused, after the session token was opened.
    server
        .iam(
            session.access_key_id(),
            session.secret_access_key(),
            Some(session.session_token()),
        )
        .list_users()
        .send()
        .await
        .unwrap_err();
    // A wrong secret: refused, and its signature logged nowhere.
    let wrong = server
        .sts(user_key, "not-the-secret-of-this-key-0000000000000", None)
        .get_caller_identity()
        .send()
        .await;
    assert!(wrong.is_err());

    // Web identity: a token from the built-in issuer, exchanged for a session.
    let (provider, _) = server.register_builtin_oidc().await;
    let web_role = server
        .create_role(
            "logged-web",
            &federated_trust(&provider, "sts:AssumeRoleWithWebIdentity", ""),
        )
        .await;
    let oidc = json_field(
        &http(
            &server,
            "POST",
            "/_gatehouse/oidc/token",
            r#"{"sub":"logged"}"#,
        ),
        "token",
    );
    secrets.push(oidc.clone());
    let web = server
        .sts(&root_key, &root_secret, None)
        .assume_role_with_web_identity()
        .role_arn(&web_role)
        .role_session_name("web")
        .web_identity_token(&oidc)
        .send()
        .await
        .unwrap();
    let web = web.credentials().unwrap();
    secrets.push(web.secret_access_key().to_owned());
    secrets.push(web.session_token().to_owned());

    let log = stopped_log(server, &path);
    for secret in &secrets {
        assert!(!log.contains(secret.as_str()), "a secret is in the log");
        // A token's signature part alone must not be there either.
        if let Some(signature) = secret.rsplit('.').next().filter(|s| s.len() > 20) {
            assert!(
                !log.contains(signature),
                "a token's signature is in the log"
            );
        }
    }
    for word in [
        "Signature=",
        "X-Amz-Signature",
        "X-Amz-Security-Token",
        "Bearer",
    ] {
        assert!(!log.contains(word), "{word} is in the log");
    }

    // Every line is a JSON object; the request lines carry what the client saw.
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    let requests: Vec<&serde_json::Value> = lines
        .iter()
        .filter(|line| line["target"] == "gatehouse::request")
        .collect();
    assert!(requests.len() >= 12, "{} request lines", requests.len());
    let line = requests
        .iter()
        .find(|line| line["request_id"] == identity_request.as_str())
        .expect("the line of the GetCallerIdentity request");
    assert_eq!(
        line["principal"],
        "arn:aws:sts::000000000000:assumed-role/logged-role/logged-session"
    );
    assert_eq!(line["service"], "sts");
    assert_eq!(line["action"], "GetCallerIdentity");
    assert_eq!(line["result"], "ok");
    assert_eq!(line["status"], 200);
    assert_eq!(line["level"], "INFO");
    assert!(line["duration_ms"].as_f64().unwrap() > 0.0);
    let refused = requests
        .iter()
        .find(|line| line["result"] == "SignatureDoesNotMatch")
        .expect("the line of the refused request");
    assert_eq!(refused["status"], 403);
    assert!(
        refused.get("principal").is_none(),
        "no principal before authentication"
    );
}

#[tokio::test]
async fn text_lines_name_the_request_without_colours() {
    let (_dir, path, file) = log_file();
    let server = Server::start_logging(&["--log-format", "text"], file);
    let answered = server
        .sts("test", "test", None)
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    let request_id = answered.request_id().unwrap().to_owned();
    let log = stopped_log(server, &path);
    let line = log
        .lines()
        .find(|line| line.contains(&request_id))
        .expect("the request's line");
    for field in [
        " INFO gatehouse::request: answered",
        "principal=\"arn:aws:iam::000000000000:root\"",
        "service=\"sts\"",
        "action=\"GetCallerIdentity\"",
        "result=\"ok\"",
        "status=200",
        "duration_ms=",
    ] {
        assert!(line.contains(field), "{field} in {line}");
    }
    assert!(!log.contains('\u{1b}'), "no terminal colours in a file");
}
