//! STS through the AWS SDK for Rust, against the real binary.

use crate::common::Server;
use aws_sdk_sts::error::ProvideErrorMetadata;

#[tokio::test]
async fn get_caller_identity_as_the_default_root() {
    let server = Server::start(&[]);
    let out = server
        .sts("test", "test", None)
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    assert_eq!(out.arn(), Some("arn:aws:iam::000000000000:root"));
    assert_eq!(out.account(), Some("000000000000"));
    assert_eq!(out.user_id(), Some("000000000000"));
}

#[tokio::test]
async fn strict_mode_checks_signatures_and_keys() {
    let server = Server::start(&["--mode", "strict", "--default-account", "111122223333"]);
    let (root_key, root_secret) = server.root();
    assert!(root_key.starts_with("AKIA"), "{}", server.banner);
    let ok = server
        .sts(root_key, root_secret, None)
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    assert_eq!(ok.arn(), Some("arn:aws:iam::111122223333:root"));

    let wrong_secret = server
        .sts(root_key, "not-the-secret", None)
        .get_caller_identity()
        .send()
        .await
        .unwrap_err();
    assert_eq!(wrong_secret.code(), Some("SignatureDoesNotMatch"));

    let unknown = server
        .sts(
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            None,
        )
        .get_caller_identity()
        .send()
        .await
        .unwrap_err();
    assert_eq!(unknown.code(), Some("InvalidClientTokenId"));
}

#[tokio::test]
async fn get_access_key_info_decodes_the_account() {
    let server = Server::start(&[]);
    let out = server
        .sts("test", "test", None)
        .get_access_key_info()
        .access_key_id("ASIAY34FZKBOKMUTVV7A")
        .send()
        .await
        .unwrap();
    assert_eq!(out.account(), Some("609629065308"));
}

#[tokio::test]
async fn one_worker_thread_serves_concurrent_clients() {
    let server = Server::start(&["--workers", "1"]);
    let client = server.sts("test", "test", None);
    let calls = (0..16).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.get_caller_identity().send().await })
    });
    for call in calls {
        let out = call.await.unwrap().unwrap();
        assert_eq!(out.account(), Some("000000000000"));
    }
}

#[tokio::test]
async fn every_serving_thread_answers_from_the_same_state() {
    let mut server = Server::start(&["--workers", "3"]);
    server
        .iam("test", "test", None)
        .create_user()
        .user_name("shared")
        .send()
        .await
        .unwrap();
    // Each client opens its own connection, and connections go to the threads in turn.
    let calls = (0..9).map(|_| {
        let client = server.iam("test", "test", None);
        tokio::spawn(async move { client.get_user().user_name("shared").send().await })
    });
    for call in calls {
        let out = call.await.unwrap().unwrap();
        assert_eq!(out.user().map(|u| u.user_name()), Some("shared"));
    }
    let ended = server.terminate().expect("gatehouse stops on SIGTERM");
    assert!(ended.success(), "{ended}");
}

#[test]
fn zero_workers_is_refused_at_startup() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args([
            "serve",
            "--ephemeral",
            "--listen",
            "127.0.0.1:0",
            "--workers",
            "0",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--workers"), "{stderr}");
}
