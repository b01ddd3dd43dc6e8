//! A write the store acknowledged survives `kill -9` of the process right after it.
//!
//! The test runs itself as a child process that creates users and reports each one as soon as
//! `create_user` returns; the parent kills the child with SIGKILL mid-stream, reopens the
//! database and requires every reported user to be there.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a test: a failed expectation is a panic"
)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use gatehouse_store::{AccountId, NewUser, Store, User};
use time::OffsetDateTime;

const ACCOUNT: AccountId = match AccountId::from_number(123456789012) {
    Some(account) => account,
    None => panic!("not an account id"),
};
const CHILD_ENV: &str = "GATEHOUSE_STORE_DURABILITY_DB";
const TEST_NAME: &str = "acknowledged_writes_survive_kill_9";
/// How many acknowledged writes the parent waits for before killing the child.
const ACKS_BEFORE_KILL: usize = 25;
/// How many writes the child makes at most (it is killed long before).
const CHILD_MAX_WRITES: usize = 10_000;

fn user(n: usize) -> NewUser {
    NewUser {
        id: format!("AIDADURABLE{n:08}"),
        name: format!("durable-{n}"),
        path: "/".to_owned(),
        created: OffsetDateTime::UNIX_EPOCH,
        permissions_boundary: None,
        tags: Vec::new(),
    }
}

async fn child(path: &str) {
    let store = Store::open(path).await.unwrap();
    let mut out = std::io::stdout().lock();
    for n in 0..CHILD_MAX_WRITES {
        store.create_user(ACCOUNT, user(n)).await.unwrap();
        writeln!(out, "ack {n}").unwrap();
        out.flush().unwrap();
    }
}

#[tokio::test]
async fn acknowledged_writes_survive_kill_9() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        child(&path).await;
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("iam.db");
    let mut process = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", TEST_NAME, "--nocapture", "--test-threads=1"])
        .env(CHILD_ENV, &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = process.stdout.take().unwrap();
    let mut acknowledged = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap();
        if let Some(n) = line.strip_prefix("ack ") {
            acknowledged.push(n.parse::<usize>().unwrap());
            if acknowledged.len() == ACKS_BEFORE_KILL {
                process.kill().unwrap();
                break;
            }
        }
    }
    process.wait().unwrap();
    assert_eq!(
        acknowledged.len(),
        ACKS_BEFORE_KILL,
        "the child stopped before acknowledging enough writes"
    );

    let store = Store::open(&path).await.unwrap();
    for n in acknowledged {
        let stored = store
            .get::<User>(ACCOUNT, &format!("durable-{n}"))
            .await
            .unwrap();
        assert_eq!(stored.id, format!("AIDADURABLE{n:08}"));
    }
    store.close().await;
}
