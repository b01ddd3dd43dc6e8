//! How many SQL statements the frequent writes run: each one is a round trip to the
//! connection's worker thread, so these counts are the cost of a write. They exclude the
//! transaction's `BEGIN IMMEDIATE` and `COMMIT`, which every write adds.
//!
//! The statements are counted from the driver's per-statement trace events, by a subscriber
//! installed for this whole test binary: keep this file to one test so nothing else runs
//! statements meanwhile.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::Mutex;

use gatehouse_store::{
    KeyOwner, NewAccessKey, NewGroup, NewInstanceProfile, NewManagedPolicy, NewRole, NewUser,
    PolicyOwner, SecretAccessKey, Store, Tag, TagTarget,
};
use time::OffsetDateTime;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

const ACCOUNT: &str = "123456789012";
const TARGET: &str = "sqlx::query";

/// The summaries of the statements run so far.
static STATEMENTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct StatementCounter;

struct Summary(Option<String>);

impl Visit for Summary {
    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "summary" {
            self.0 = Some(value.to_owned());
        }
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "summary" {
            self.0 = Some(format!("{value:?}"));
        }
    }
}

impl Subscriber for StatementCounter {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.target() == TARGET
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        if event.metadata().target() == TARGET {
            let mut summary = Summary(None);
            event.record(&mut summary);
            STATEMENTS
                .lock()
                .unwrap()
                .push(summary.0.unwrap_or_default());
        }
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

/// Runs `write` and returns the statements it ran.
async fn statements_of<T>(write: impl Future<Output = T>) -> Vec<String> {
    STATEMENTS.lock().unwrap().clear();
    write.await;
    std::mem::take(&mut *STATEMENTS.lock().unwrap())
}

fn tags(n: usize) -> Vec<Tag> {
    (0..n)
        .map(|i| Tag::new(format!("key{i}"), "value"))
        .collect()
}

fn new_user(name: &str, tags: Vec<Tag>) -> NewUser {
    NewUser {
        id: format!("AIDA{}", name.to_uppercase()),
        name: name.to_owned(),
        path: "/".to_owned(),
        created: OffsetDateTime::UNIX_EPOCH,
        permissions_boundary: None,
        tags,
    }
}

fn new_role(name: &str, tags: Vec<Tag>) -> NewRole {
    NewRole {
        id: format!("AROA{}", name.to_uppercase()),
        name: name.to_owned(),
        path: "/".to_owned(),
        created: OffsetDateTime::UNIX_EPOCH,
        trust_policy: "{}".to_owned(),
        description: None,
        max_session_duration: 3600,
        permissions_boundary: None,
        tags,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn frequent_writes_run_few_statements() {
    tracing::subscriber::set_global_default(StatementCounter).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("iam.db")).await.unwrap();

    let mut counts = Vec::new();
    let mut measure = |what: &'static str, statements: Vec<String>, expected: usize| {
        eprintln!("{what}: {} statements {statements:?}", statements.len());
        counts.push((what, statements.len(), expected));
    };

    let ran = statements_of(store.create_user(ACCOUNT, new_user("u0", Vec::new()))).await;
    measure("CreateUser", ran, 1);
    let ran = statements_of(store.create_user(ACCOUNT, new_user("u3", tags(3)))).await;
    measure("CreateUser with 3 tags", ran, 2);
    let ran = statements_of(store.create_role(ACCOUNT, new_role("r0", Vec::new()))).await;
    measure("CreateRole", ran, 1);
    let ran = statements_of(store.create_role(ACCOUNT, new_role("r3", tags(3)))).await;
    measure("CreateRole with 3 tags", ran, 2);
    let ran = statements_of(store.create_group(
        ACCOUNT,
        NewGroup {
            id: "AGPAG".to_owned(),
            name: "g".to_owned(),
            path: "/".to_owned(),
            created: OffsetDateTime::UNIX_EPOCH,
        },
    ))
    .await;
    measure("CreateGroup", ran, 1);
    let ran = statements_of(store.create_access_key(
        ACCOUNT,
        KeyOwner::User("u0"),
        NewAccessKey {
            id: "AKIASTATEMENTS01".to_owned(),
            secret: SecretAccessKey::new("secret"),
            created: OffsetDateTime::UNIX_EPOCH,
        },
    ))
    .await;
    measure("CreateAccessKey", ran, 2);
    let ran = statements_of(store.create_policy(
        ACCOUNT,
        NewManagedPolicy {
            id: "ANPAP".to_owned(),
            arn: format!("arn:aws:iam::{ACCOUNT}:policy/p"),
            name: "p".to_owned(),
            path: "/".to_owned(),
            description: None,
            document: "{}".to_owned(),
            created: OffsetDateTime::UNIX_EPOCH,
            tags: tags(2),
        },
    ))
    .await;
    measure("CreatePolicy with 2 tags", ran, 4);
    let ran =
        statements_of(store.put_inline_policy(ACCOUNT, PolicyOwner::Role("r0"), "inline", "{}"))
            .await;
    measure("PutRolePolicy", ran, 2);
    let ran = statements_of(store.attach_policy(
        ACCOUNT,
        PolicyOwner::Role("r3"),
        &format!("arn:aws:iam::{ACCOUNT}:policy/p"),
    ))
    .await;
    measure("AttachRolePolicy", ran, 2);
    let ran = statements_of(store.create_instance_profile(
        ACCOUNT,
        NewInstanceProfile {
            id: "AIPAI".to_owned(),
            name: "i".to_owned(),
            path: "/".to_owned(),
            created: OffsetDateTime::UNIX_EPOCH,
            tags: Vec::new(),
        },
    ))
    .await;
    measure("CreateInstanceProfile", ran, 1);
    let ran = statements_of(store.tag_resource(ACCOUNT, TagTarget::Role("r3"), &tags(4))).await;
    measure("TagRole with 4 tags", ran, 3);
    let ran = statements_of(store.add_user_to_group(ACCOUNT, "g", "u0")).await;
    measure("AddUserToGroup", ran, 2);
    let ran = statements_of(store.delete_user(ACCOUNT, "u3")).await;
    measure("DeleteUser", ran, 3);
    store
        .create_role(ACCOUNT, new_role("gone", tags(1)))
        .await
        .unwrap();
    let ran = statements_of(store.delete_role(ACCOUNT, "gone")).await;
    measure("DeleteRole", ran, 3);

    store.close().await;
    let wrong: Vec<_> = counts
        .iter()
        .filter(|(_, counted, expected)| counted != expected)
        .collect();
    assert!(wrong.is_empty(), "(write, statements, expected): {wrong:?}");
}
