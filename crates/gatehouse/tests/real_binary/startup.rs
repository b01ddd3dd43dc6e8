//! Start-up failures of the real binary: each prints one line and exits with its own code
//! (`crates/gatehouse/src/exit.rs`), never a panic. Also the data directory's lock, and
//! `gatehouse check` and `gatehouse backup` against a running server.

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers: a file that cannot be made or a process that cannot be run fails the test"
)]

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::Server;

/// A directory of its own for one test, removed afterwards.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("gatehouse-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `gatehouse ARGS…` to its end (killed after a minute: it was meant to fail or finish);
/// its exit code, standard output and standard error.
fn run(args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gatehouse"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("gatehouse {args:?} did not end");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `gatehouse serve ARGS…`, which must fail with `code`; its one line of standard error.
fn serve_fails(args: &[&str], code: i32) -> String {
    let (status, stdout, stderr) = run(&[&["serve"], args].concat());
    assert_eq!(status, code, "stdout: {stdout}\nstderr: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("gatehouse: "), "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    stderr
}

#[test]
fn a_port_in_use_is_exit_3_not_a_panic() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let line = serve_fails(&["--ephemeral", "--listen", &address], 3);
    assert!(
        line.contains(&format!("cannot listen on {address}")) && line.contains("another process"),
        "{line}"
    );
}

#[test]
fn an_address_not_of_this_host_is_exit_3() {
    // TEST-NET-1 (RFC 5737): bound by no host; nothing is sent anywhere.
    let line = serve_fails(&["--ephemeral", "--listen", "192.0.2.1:4566"], 3);
    assert!(line.contains("not an address of this host"), "{line}");
}

#[test]
fn an_unusable_data_directory_is_exit_4() {
    let dir = TempDir::new("unusable");
    let file = dir.join("a-file");
    std::fs::write(&file, "not a directory").unwrap();
    let line = serve_fails(&["--data-dir", file.to_str().unwrap()], 4);
    assert!(line.contains("cannot create the data directory"), "{line}");
}

#[test]
fn a_bad_init_file_is_exit_7() {
    let dir = TempDir::new("bad-init");
    let init = dir.join("init.toml");
    std::fs::write(&init, "[[users]\nname = 'alice'\n").unwrap();
    let line = serve_fails(&["--ephemeral", "--init", init.to_str().unwrap()], 7);
    assert!(line.contains("init.toml"), "{line}");
}

#[test]
fn a_data_directory_serves_one_process_at_a_time() {
    let dir = TempDir::new("locked");
    let data = dir.join("data");
    let data = data.to_str().unwrap();
    let first = Server::start_serving(&["--data-dir", data]);
    let line = serve_fails(&["--data-dir", data], 5);
    assert!(
        line.contains(&format!(
            "the data directory {data} is in use by gatehouse pid {} (listening on {}",
            first.pid(),
            first.url
        )) && line.contains("stop it or choose another --data-dir"),
        "{line}"
    );
    // The lock goes with the process, however it ends.
    drop(first);
    let second = Server::start_serving(&["--data-dir", data]);
    drop(second);
}

/// The damage a bad copy or a full disk leaves: the database file cut to half its length.
fn cut_in_half(path: &Path) {
    let len = std::fs::metadata(path).unwrap().len();
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
}

#[tokio::test]
async fn a_backup_of_a_running_server_restores_and_a_damaged_store_is_exit_6() {
    let dir = TempDir::new("backup");
    let data = dir.join("data");
    let server = Server::start_serving(&["--data-dir", data.to_str().unwrap()]);
    let iam = server.iam("test", "test", None);
    iam.create_user().user_name("alice").send().await.unwrap();
    let key = iam
        .create_access_key()
        .user_name("alice")
        .send()
        .await
        .unwrap();
    let key = key.access_key().unwrap();
    let session = server
        .sts(key.access_key_id(), key.secret_access_key(), None)
        .get_session_token()
        .send()
        .await
        .unwrap();
    let session = session.credentials().unwrap();

    let copy = dir.join("copy");
    let (status, stdout, stderr) = run(&[
        "backup",
        copy.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert_eq!(status, 0, "{stdout}{stderr}");
    // A second backup does not overwrite the first.
    let (status, _, stderr) = run(&[
        "backup",
        copy.to_str().unwrap(),
        "--data-dir",
        data.to_str().unwrap(),
    ]);
    assert_eq!(status, 4, "{stderr}");
    drop(server);

    let (status, stdout, stderr) = run(&["check", "--data-dir", copy.to_str().unwrap()]);
    assert_eq!(
        (status, stdout.trim()),
        (
            0,
            format!("ok: the store in {} is whole", copy.display()).as_str()
        ),
        "{stderr}"
    );

    // The copy serves the state and, with the keyring copied, the session tokens issued before.
    let damaged = dir.join("damaged");
    std::fs::create_dir(&damaged).unwrap();
    std::fs::copy(
        copy.join("gatehouse.sqlite3"),
        damaged.join("gatehouse.sqlite3"),
    )
    .unwrap();
    let restored = Server::start_serving(&["--data-dir", copy.to_str().unwrap()]);
    let caller = restored
        .sts(
            session.access_key_id(),
            session.secret_access_key(),
            Some(session.session_token()),
        )
        .get_caller_identity()
        .send()
        .await
        .unwrap();
    assert_eq!(caller.arn(), Some("arn:aws:iam::000000000000:user/alice"));
    drop(restored);

    cut_in_half(&damaged.join("gatehouse.sqlite3"));
    let line = serve_fails(&["--data-dir", damaged.to_str().unwrap()], 6);
    assert!(
        line.contains("is damaged") && line.contains("gatehouse backup"),
        "{line}"
    );
    let (status, stdout, stderr) = run(&["check", "--data-dir", damaged.to_str().unwrap()]);
    assert_eq!(status, 6, "{stdout}{stderr}");
    assert!(stdout.contains("cut short"), "{stdout}");
}
