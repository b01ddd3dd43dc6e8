//! The store conformance suite: one body per behaviour, run against every storage engine
//! (`engines` below: today SQLite in memory and a SQLite file in a temporary directory).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a test: a failed expectation is a panic"
)]

use gatehouse_store::{
    AccessKeyStatus, AccountCredentials, AccountId, ConflictReason, CreateAccountState,
    CredentialReport, EntityKind, Group, GroupUpdate, InstanceProfile, JoinedMethod, KeyHolder,
    KeyOwner, Limit, Limits, MfaAssignmentFilter, MfaSeed, NewAccessKey, NewGroup,
    NewInstanceProfile, NewLoginProfile, NewManagedPolicy, NewMemberAccount, NewOidcProvider,
    NewOrganization, NewOrganizationalUnit, NewRole, NewSamlProvider, NewSshPublicKey, NewUser,
    NewVirtualMfaDevice, OidcProvider, PageRequest, PasswordPolicy, PolicyListFilter, PolicyOwner,
    PolicyUsage, Role, RoleUpdate, SamlProvider, SecretAccessKey, Store, StoreError, Tag,
    TagTarget, User, UserUpdate, VersionId,
};
use time::OffsetDateTime;

const ACCOUNT: AccountId = account(123_456_789_012);
const OTHER: AccountId = account(210_987_654_321);

const fn account(number: u64) -> AccountId {
    match AccountId::from_number(number) {
        Some(account) => account,
        None => panic!("not an account id"),
    }
}
const AWS_READ_ONLY: &str = "arn:aws:iam::aws:policy/ReadOnlyAccess";

fn at(seconds: i64) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_700_000_000 + seconds).unwrap()
}

fn new_user(name: &str) -> NewUser {
    NewUser {
        id: format!("AIDA{}", name.to_uppercase()),
        name: name.to_owned(),
        path: "/".to_owned(),
        created: at(0),
        permissions_boundary: None,
        tags: Vec::new(),
    }
}

fn new_role(name: &str) -> NewRole {
    NewRole {
        id: format!("AROA{}", name.to_uppercase()),
        name: name.to_owned(),
        path: "/".to_owned(),
        created: at(0),
        trust_policy: r#"{"Version":"2012-10-17","Statement":[]}"#.to_owned(),
        description: None,
        max_session_duration: 3600,
        permissions_boundary: None,
        tags: Vec::new(),
    }
}

fn new_group(name: &str) -> NewGroup {
    NewGroup {
        id: format!("AGPA{}", name.to_uppercase()),
        name: name.to_owned(),
        path: "/".to_owned(),
        created: at(0),
    }
}

fn policy_arn(name: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:policy/{name}")
}

fn new_policy(name: &str, document: &str) -> NewManagedPolicy {
    NewManagedPolicy {
        id: format!("ANPA{}", name.to_uppercase()),
        arn: policy_arn(name),
        name: name.to_owned(),
        path: "/".to_owned(),
        description: None,
        document: document.to_owned(),
        created: at(0),
        tags: Vec::new(),
    }
}

fn new_key(id: &str) -> NewAccessKey {
    NewAccessKey {
        id: id.to_owned(),
        secret: SecretAccessKey::new(format!("secret-of-{id}")),
        created: at(0),
    }
}

fn mfa_serial(name: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:mfa/{name}")
}

fn new_mfa(name: &str) -> NewVirtualMfaDevice {
    NewVirtualMfaDevice {
        serial: mfa_serial(name),
        name: name.to_owned(),
        path: "/".to_owned(),
        seed: MfaSeed::new("JBSWY3DPEHPK3PXP"),
        created: at(0),
        tags: Vec::new(),
    }
}

fn oidc_arn(host: &str) -> String {
    format!("arn:aws:iam::{ACCOUNT}:oidc-provider/{host}")
}

fn new_oidc(host: &str) -> NewOidcProvider {
    NewOidcProvider {
        arn: oidc_arn(host),
        url: format!("https://{host}"),
        client_ids: vec!["sts.amazonaws.com".to_owned()],
        thumbprints: vec!["9e99a48a9960b14926bb7f3b02e22da2b0ab7280".to_owned()],
        created: at(0),
        tags: Vec::new(),
    }
}

fn new_saml(name: &str) -> NewSamlProvider {
    NewSamlProvider {
        arn: format!("arn:aws:iam::{ACCOUNT}:saml-provider/{name}"),
        name: name.to_owned(),
        metadata: "<EntityDescriptor/>".to_owned(),
        created: at(0),
        valid_until: Some(at(86_400)),
        tags: Vec::new(),
    }
}

fn new_profile(name: &str) -> NewInstanceProfile {
    NewInstanceProfile {
        id: format!("AIPA{}", name.to_uppercase()),
        name: name.to_owned(),
        path: "/".to_owned(),
        created: at(0),
        tags: Vec::new(),
    }
}

fn assert_not_found<T: std::fmt::Debug>(result: Result<T, StoreError>, expected: EntityKind) {
    match result {
        Err(StoreError::NotFound { kind, .. }) => assert_eq!(kind, expected),
        other => panic!("expected NotFound {expected:?}, got {other:?}"),
    }
}

fn assert_already_exists<T: std::fmt::Debug>(result: Result<T, StoreError>, expected: EntityKind) {
    match result {
        Err(StoreError::AlreadyExists { kind, .. }) => assert_eq!(kind, expected),
        other => panic!("expected AlreadyExists {expected:?}, got {other:?}"),
    }
}

fn assert_limit<T: std::fmt::Debug>(result: Result<T, StoreError>, expected: Limit) {
    match result {
        Err(StoreError::LimitExceeded { limit, .. }) => assert_eq!(limit, expected),
        other => panic!("expected LimitExceeded {expected:?}, got {other:?}"),
    }
}

fn assert_conflict<T: std::fmt::Debug>(result: Result<T, StoreError>, expected: ConflictReason) {
    match result {
        Err(StoreError::DeleteConflict { reason, .. }) => assert_eq!(reason, expected),
        other => panic!("expected DeleteConflict {expected:?}, got {other:?}"),
    }
}

fn assert_id_taken<T: std::fmt::Debug>(result: Result<T, StoreError>, expected: EntityKind) {
    match result {
        Err(StoreError::IdTaken { kind, .. }) => assert_eq!(kind, expected),
        other => panic!("expected IdTaken {expected:?}, got {other:?}"),
    }
}

/// A new entity whose generated id is already another's is refused as `IdTaken` (the caller
/// draws another id), not as `AlreadyExists`, which is about names; nothing is written.
async fn generated_id_clashes_are_not_name_clashes(store: &Store) {
    store.create_user(ACCOUNT, new_user("alice")).await.unwrap();
    assert_id_taken(
        store
            .create_user(
                ACCOUNT,
                NewUser {
                    id: "AIDAALICE".to_owned(),
                    ..new_user("bob")
                },
            )
            .await,
        EntityKind::User,
    );
    assert_not_found(store.get::<User>(ACCOUNT, "bob").await, EntityKind::User);
    assert_already_exists(
        store.create_user(ACCOUNT, new_user("ALICE")).await,
        EntityKind::User,
    );

    store.create_role(ACCOUNT, new_role("admin")).await.unwrap();
    assert_id_taken(
        store
            .create_role(
                ACCOUNT,
                NewRole {
                    id: "AROAADMIN".to_owned(),
                    ..new_role("other")
                },
            )
            .await,
        EntityKind::Role,
    );
    store
        .create_group(ACCOUNT, new_group("devs"))
        .await
        .unwrap();
    assert_id_taken(
        store
            .create_group(
                ACCOUNT,
                NewGroup {
                    id: "AGPADEVS".to_owned(),
                    ..new_group("ops")
                },
            )
            .await,
        EntityKind::Group,
    );
}

async fn users_crud(store: &Store) {
    let mut alice = new_user("Alice");
    alice.path = "/team/".to_owned();
    alice.tags = vec![Tag::new("Dept", "eng")];
    let created = store.create_user(ACCOUNT, alice).await.unwrap();
    assert_eq!(created.name, "Alice");
    assert_eq!(created.account, ACCOUNT);
    assert_eq!(created.created, at(0));
    assert_eq!(created.tags, vec![Tag::new("Dept", "eng")]);

    let fetched = store.get::<User>(ACCOUNT, "alice").await.unwrap();
    assert_eq!(fetched, created);
    assert_already_exists(
        store.create_user(ACCOUNT, new_user("ALICE")).await,
        EntityKind::User,
    );
    // Names are per account.
    store
        .create_user(
            OTHER,
            NewUser {
                id: "AIDAOTHERALICE".to_owned(),
                ..new_user("alice")
            },
        )
        .await
        .unwrap();

    let by_id = store.by_id::<User>("AIDAALICE").await.unwrap().unwrap();
    assert_eq!((by_id.account, by_id.name.as_str()), (ACCOUNT, "Alice"));
    assert!(store.by_id::<User>("AIDANOBODY").await.unwrap().is_none());

    store.create_user(ACCOUNT, new_user("bob")).await.unwrap();
    let renamed = UserUpdate {
        new_name: Some("Bob".to_owned()),
        new_path: None,
    };
    assert_already_exists(
        store
            .rename::<User>(
                ACCOUNT,
                "alice",
                UserUpdate {
                    new_name: Some("BOB".to_owned()),
                    new_path: None,
                },
            )
            .await,
        EntityKind::User,
    );
    let bob = store.rename::<User>(ACCOUNT, "bob", renamed).await.unwrap();
    assert_eq!(bob.name, "Bob");
    let moved = store
        .rename::<User>(
            ACCOUNT,
            "Alice",
            UserUpdate {
                new_name: Some("Alicia".to_owned()),
                new_path: Some("/x/".to_owned()),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (moved.name.as_str(), moved.path.as_str(), moved.id.as_str()),
        ("Alicia", "/x/", "AIDAALICE")
    );
    assert_eq!(moved.tags, vec![Tag::new("Dept", "eng")]);
    assert_not_found(store.get::<User>(ACCOUNT, "Alice").await, EntityKind::User);

    let boundary = policy_arn("Boundary");
    store
        .set_permissions_boundary::<User>(ACCOUNT, "alicia", Some(&boundary))
        .await
        .unwrap();
    assert_eq!(
        store
            .get::<User>(ACCOUNT, "alicia")
            .await
            .unwrap()
            .permissions_boundary,
        Some(boundary)
    );
    store
        .set_permissions_boundary::<User>(ACCOUNT, "alicia", None)
        .await
        .unwrap();
    assert_eq!(
        store
            .get::<User>(ACCOUNT, "alicia")
            .await
            .unwrap()
            .permissions_boundary,
        None
    );

    store.delete::<User>(ACCOUNT, "ALICIA").await.unwrap();
    assert_not_found(store.get::<User>(ACCOUNT, "alicia").await, EntityKind::User);
    assert_not_found(
        store.delete::<User>(ACCOUNT, "alicia").await,
        EntityKind::User,
    );
    assert!(store.get::<User>(OTHER, "alice").await.is_ok());
}

async fn pagination_and_path_prefix(store: &Store) {
    for (name, path) in [
        ("e", "/a/"),
        ("D", "/a/b/"),
        ("c", "/"),
        ("B", "/a/"),
        ("a", "/z/"),
    ] {
        let mut user = new_user(name);
        user.path = path.to_owned();
        store.create_user(ACCOUNT, user).await.unwrap();
    }
    let mut names = Vec::new();
    let mut request = PageRequest::first(2);
    let mut pages = 0;
    loop {
        let page = store.list::<User>(ACCOUNT, None, &request).await.unwrap();
        pages += 1;
        assert!(page.items.len() <= 2);
        names.extend(page.items.into_iter().map(|user| user.name));
        match page.next_marker {
            Some(marker) => request = PageRequest::after(marker, 2),
            None => break,
        }
    }
    assert_eq!(names, ["a", "B", "c", "D", "e"]);
    assert_eq!(pages, 3);

    let under_a = store
        .list::<User>(ACCOUNT, Some("/a/"), &PageRequest::default())
        .await
        .unwrap();
    let names: Vec<_> = under_a
        .items
        .iter()
        .map(|user| user.name.as_str())
        .collect();
    assert_eq!(names, ["B", "D", "e"]);
    assert!(!under_a.is_truncated());
    assert!(under_a.items.iter().all(|user| user.tags.is_empty()));

    let exact = store
        .list::<User>(ACCOUNT, Some("/a/b/"), &PageRequest::default())
        .await
        .unwrap();
    assert_eq!(exact.items.len(), 1);
    assert!(
        store
            .list::<User>(OTHER, None, &PageRequest::default())
            .await
            .unwrap()
            .items
            .is_empty()
    );
    assert!(matches!(
        store
            .list::<User>(ACCOUNT, None, &PageRequest::after("***", 2))
            .await,
        Err(StoreError::InvalidMarker)
    ));
}

async fn groups_and_memberships(store: &Store) {
    store
        .create_group(ACCOUNT, new_group("Admins"))
        .await
        .unwrap();
    assert_already_exists(
        store.create_group(ACCOUNT, new_group("admins")).await,
        EntityKind::Group,
    );
    store
        .create_group(ACCOUNT, new_group("devs"))
        .await
        .unwrap();
    store.create_user(ACCOUNT, new_user("carol")).await.unwrap();
    store.create_user(ACCOUNT, new_user("dave")).await.unwrap();

    store
        .add_user_to_group(ACCOUNT, "admins", "carol")
        .await
        .unwrap();
    store
        .add_user_to_group(ACCOUNT, "admins", "Carol")
        .await
        .unwrap();
    store
        .add_user_to_group(ACCOUNT, "admins", "dave")
        .await
        .unwrap();
    store
        .add_user_to_group(ACCOUNT, "devs", "carol")
        .await
        .unwrap();
    assert_not_found(
        store.add_user_to_group(ACCOUNT, "nobody", "carol").await,
        EntityKind::Group,
    );
    assert_not_found(
        store.add_user_to_group(ACCOUNT, "devs", "nobody").await,
        EntityKind::User,
    );

    let groups: Vec<_> = store
        .groups_for_user(ACCOUNT, "carol")
        .await
        .unwrap()
        .into_iter()
        .map(|g| g.name)
        .collect();
    assert_eq!(groups, ["Admins", "devs"]);
    let members = store
        .list_group_members(ACCOUNT, "admins", &PageRequest::first(1))
        .await
        .unwrap();
    assert_eq!(members.items[0].name, "carol");
    let rest = store
        .list_group_members(
            ACCOUNT,
            "admins",
            &PageRequest::after(members.next_marker.unwrap(), 1),
        )
        .await
        .unwrap();
    assert_eq!(rest.items[0].name, "dave");
    assert!(!rest.is_truncated());

    assert_conflict(
        store.delete::<Group>(ACCOUNT, "admins").await,
        ConflictReason::GroupMembers,
    );
    assert_conflict(
        store.delete::<User>(ACCOUNT, "dave").await,
        ConflictReason::GroupMemberships,
    );
    store
        .remove_user_from_group(ACCOUNT, "admins", "dave")
        .await
        .unwrap();
    assert_not_found(
        store
            .remove_user_from_group(ACCOUNT, "admins", "dave")
            .await,
        EntityKind::GroupMembership,
    );
    store.delete::<User>(ACCOUNT, "dave").await.unwrap();

    let renamed = store
        .rename::<Group>(
            ACCOUNT,
            "devs",
            GroupUpdate {
                new_name: Some("Developers".to_owned()),
                new_path: Some("/eng/".to_owned()),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (renamed.name.as_str(), renamed.path.as_str()),
        ("Developers", "/eng/")
    );
    let listed = store
        .list::<Group>(ACCOUNT, Some("/eng"), &PageRequest::default())
        .await
        .unwrap();
    assert_eq!(listed.items.len(), 1);
    assert_eq!(
        store
            .list::<Group>(ACCOUNT, None, &PageRequest::default())
            .await
            .unwrap()
            .items
            .len(),
        2
    );

    store
        .put_inline_policy(ACCOUNT, PolicyOwner::Group("developers"), "p", "{}")
        .await
        .unwrap();
    store
        .remove_user_from_group(ACCOUNT, "developers", "carol")
        .await
        .unwrap();
    assert_conflict(
        store.delete::<Group>(ACCOUNT, "developers").await,
        ConflictReason::InlinePolicies,
    );
    store
        .delete_inline_policy(ACCOUNT, PolicyOwner::Group("developers"), "P")
        .await
        .unwrap();
    store.delete::<Group>(ACCOUNT, "developers").await.unwrap();
    assert_not_found(
        store.get::<Group>(ACCOUNT, "developers").await,
        EntityKind::Group,
    );
}

async fn group_membership_limit(store: &Store) {
    let store = store.clone().with_limits(Limits {
        groups_per_user: 2,
        ..Limits::default()
    });
    store.create_user(ACCOUNT, new_user("erin")).await.unwrap();
    for group in ["g1", "g2", "g3"] {
        store.create_group(ACCOUNT, new_group(group)).await.unwrap();
    }
    store
        .add_user_to_group(ACCOUNT, "g1", "erin")
        .await
        .unwrap();
    store
        .add_user_to_group(ACCOUNT, "g2", "erin")
        .await
        .unwrap();
    assert_limit(
        store.add_user_to_group(ACCOUNT, "g3", "erin").await,
        Limit::GroupsPerUser,
    );
    // Re-adding an existing membership is not a new one.
    store
        .add_user_to_group(ACCOUNT, "g2", "erin")
        .await
        .unwrap();
}

async fn roles_crud(store: &Store) {
    let mut role = new_role("Deployer");
    role.description = Some("deploys".to_owned());
    role.tags = vec![Tag::new("team", "ops")];
    let created = store.create_role(ACCOUNT, role).await.unwrap();
    assert_eq!(created.max_session_duration, 3600);
    assert_eq!(created.last_used, None);
    assert_already_exists(
        store.create_role(ACCOUNT, new_role("DEPLOYER")).await,
        EntityKind::Role,
    );

    let fetched = store.get::<Role>(ACCOUNT, "deployer").await.unwrap();
    assert_eq!(fetched, created);
    assert_eq!(
        store
            .by_id::<Role>("AROADEPLOYER")
            .await
            .unwrap()
            .unwrap()
            .name,
        "Deployer"
    );

    let updated = store
        .update_role(
            ACCOUNT,
            "deployer",
            RoleUpdate {
                description: Some("ships".to_owned()),
                max_session_duration: Some(7200),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (updated.description.as_deref(), updated.max_session_duration),
        (Some("ships"), 7200)
    );
    store
        .update_trust_policy(ACCOUNT, "Deployer", r#"{"new":true}"#)
        .await
        .unwrap();
    store
        .set_permissions_boundary::<Role>(ACCOUNT, "Deployer", Some(AWS_READ_ONLY))
        .await
        .unwrap();
    store
        .record_role_used("AROADEPLOYER", at(60), "eu-west-1")
        .await
        .unwrap();
    let role = store.get::<Role>(ACCOUNT, "Deployer").await.unwrap();
    assert_eq!(role.trust_policy, r#"{"new":true}"#);
    assert_eq!(role.permissions_boundary.as_deref(), Some(AWS_READ_ONLY));
    let last_used = role.last_used.unwrap();
    assert_eq!(
        (last_used.date, last_used.region.as_deref()),
        (at(60), Some("eu-west-1"))
    );

    store.create_role(ACCOUNT, new_role("other")).await.unwrap();
    let page = store
        .list::<Role>(ACCOUNT, None, &PageRequest::first(1))
        .await
        .unwrap();
    assert_eq!(page.items[0].name, "Deployer");
    assert!(page.items[0].tags.is_empty());
    assert!(page.is_truncated());

    store
        .put_inline_policy(ACCOUNT, PolicyOwner::Role("deployer"), "inline", "{}")
        .await
        .unwrap();
    assert_conflict(
        store.delete::<Role>(ACCOUNT, "deployer").await,
        ConflictReason::InlinePolicies,
    );
    store
        .delete_inline_policy(ACCOUNT, PolicyOwner::Role("deployer"), "inline")
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::Role("deployer"), AWS_READ_ONLY)
        .await
        .unwrap();
    assert_conflict(
        store.delete::<Role>(ACCOUNT, "deployer").await,
        ConflictReason::AttachedPolicies,
    );
    store
        .detach_policy(ACCOUNT, PolicyOwner::Role("deployer"), AWS_READ_ONLY)
        .await
        .unwrap();
    store.delete::<Role>(ACCOUNT, "deployer").await.unwrap();
    assert_not_found(
        store.get::<Role>(ACCOUNT, "deployer").await,
        EntityKind::Role,
    );
    assert!(store.by_id::<Role>("AROADEPLOYER").await.unwrap().is_none());
    // Tags of a deleted role do not come back with a new role of the same id.
    store
        .create_role(ACCOUNT, new_role("Deployer"))
        .await
        .unwrap();
    assert!(
        store
            .get::<Role>(ACCOUNT, "Deployer")
            .await
            .unwrap()
            .tags
            .is_empty()
    );
}

async fn managed_policies_and_versions(store: &Store) {
    let arn = policy_arn("Readers");
    let created = store
        .create_policy(ACCOUNT, new_policy("Readers", "doc-1"))
        .await
        .unwrap();
    assert_eq!(created.default_version, VersionId(1));
    assert_eq!(
        (created.attachment_count, created.boundary_usage_count),
        (0, 0)
    );
    assert_already_exists(
        store
            .create_policy(ACCOUNT, new_policy("readers", "x"))
            .await,
        EntityKind::Policy,
    );

    for n in 2..=5 {
        let version = store
            .create_policy_version(ACCOUNT, &arn, &format!("doc-{n}"), false, at(n))
            .await
            .unwrap();
        assert_eq!(version.version, VersionId(n));
        assert!(!version.is_default);
    }
    assert_limit(
        store
            .create_policy_version(ACCOUNT, &arn, "doc-6", false, at(6))
            .await,
        Limit::VersionsPerPolicy,
    );

    // UpdateDate is the creation of the most recent version when there are several (the API
    // reference's Policy data type); which one is the default does not move it.
    assert_eq!(
        store.get_policy(ACCOUNT, &arn).await.unwrap().updated,
        at(5)
    );
    store
        .set_default_policy_version(ACCOUNT, &arn, VersionId(3))
        .await
        .unwrap();
    let policy = store.get_policy(ACCOUNT, &arn).await.unwrap();
    assert_eq!(
        (policy.default_version, policy.updated),
        (VersionId(3), at(5))
    );
    assert_conflict(
        store
            .delete_policy_version(ACCOUNT, &arn, VersionId(3))
            .await,
        ConflictReason::DefaultVersion,
    );
    store
        .delete_policy_version(ACCOUNT, &arn, VersionId(2))
        .await
        .unwrap();
    assert_not_found(
        store.get_policy_version(ACCOUNT, &arn, VersionId(2)).await,
        EntityKind::PolicyVersion,
    );
    assert_not_found(
        store
            .set_default_policy_version(ACCOUNT, &arn, VersionId(2))
            .await,
        EntityKind::PolicyVersion,
    );
    // Deleting the most recent version moves UpdateDate back to the next most recent.
    store
        .delete_policy_version(ACCOUNT, &arn, VersionId(5))
        .await
        .unwrap();
    assert_eq!(
        store.get_policy(ACCOUNT, &arn).await.unwrap().updated,
        at(4)
    );

    // Numbers are never reused.
    let v6 = store
        .create_policy_version(ACCOUNT, &arn, "doc-6", true, at(12))
        .await
        .unwrap();
    assert_eq!(v6.version, VersionId(6));
    assert!(v6.is_default);
    let versions: Vec<_> = store
        .list_policy_versions(ACCOUNT, &arn)
        .await
        .unwrap()
        .into_iter()
        .map(|v| v.version.0)
        .collect();
    assert_eq!(versions, [6, 4, 3, 1]);
    assert_eq!(
        store.get_policy(ACCOUNT, &arn).await.unwrap().updated,
        at(12)
    );
    let v3 = store
        .get_policy_version(ACCOUNT, &arn, VersionId(3))
        .await
        .unwrap();
    assert_eq!(
        (v3.document.as_str(), v3.is_default, v3.created),
        ("doc-3", false, at(3))
    );

    assert_conflict(
        store.delete_policy(ACCOUNT, &arn).await,
        ConflictReason::NonDefaultVersions,
    );
    for n in [1, 3, 4] {
        store
            .delete_policy_version(ACCOUNT, &arn, VersionId(n))
            .await
            .unwrap();
    }
    // With one version left, UpdateDate is the policy's creation (the API reference).
    let policy = store.get_policy(ACCOUNT, &arn).await.unwrap();
    assert_eq!(policy.updated, policy.created);
    store
        .create_role(ACCOUNT, new_role("reader"))
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::Role("reader"), &arn)
        .await
        .unwrap();
    assert_eq!(
        store
            .get_policy(ACCOUNT, &arn)
            .await
            .unwrap()
            .attachment_count,
        1
    );
    assert_conflict(
        store.delete_policy(ACCOUNT, &arn).await,
        ConflictReason::PolicyAttachments,
    );
    store
        .detach_policy(ACCOUNT, PolicyOwner::Role("reader"), &arn)
        .await
        .unwrap();
    store
        .set_permissions_boundary::<Role>(ACCOUNT, "reader", Some(&arn))
        .await
        .unwrap();
    assert_eq!(
        store
            .get_policy(ACCOUNT, &arn)
            .await
            .unwrap()
            .boundary_usage_count,
        1
    );
    assert_conflict(
        store.delete_policy(ACCOUNT, &arn).await,
        ConflictReason::PermissionsBoundaryUsage,
    );
    store
        .set_permissions_boundary::<Role>(ACCOUNT, "reader", None)
        .await
        .unwrap();
    store.delete_policy(ACCOUNT, &arn).await.unwrap();
    assert_not_found(store.get_policy(ACCOUNT, &arn).await, EntityKind::Policy);
    assert_not_found(
        store.list_policy_versions(ACCOUNT, &arn).await,
        EntityKind::Policy,
    );
}

async fn policy_listing_filters(store: &Store) {
    let mut scoped = new_policy("Scoped", "{}");
    scoped.path = "/team/".to_owned();
    scoped.arn = format!("arn:aws:iam::{ACCOUNT}:policy/team/Scoped");
    store.create_policy(ACCOUNT, scoped).await.unwrap();
    store
        .create_policy(ACCOUNT, new_policy("Attached", "{}"))
        .await
        .unwrap();
    store
        .create_policy(ACCOUNT, new_policy("Boundary", "{}"))
        .await
        .unwrap();
    store.create_role(ACCOUNT, new_role("r")).await.unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::Role("r"), &policy_arn("Attached"))
        .await
        .unwrap();
    store
        .set_permissions_boundary::<Role>(ACCOUNT, "r", Some(&policy_arn("Boundary")))
        .await
        .unwrap();

    let names = |filter: PolicyListFilter| async move {
        store
            .list_policies(ACCOUNT, &filter, &PageRequest::default())
            .await
            .unwrap()
            .items
            .into_iter()
            .map(|policy| policy.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(PolicyListFilter::default()).await,
        ["Attached", "Boundary", "Scoped"]
    );
    assert_eq!(
        names(PolicyListFilter {
            path_prefix: Some("/team/".to_owned()),
            ..Default::default()
        })
        .await,
        ["Scoped"]
    );
    assert_eq!(
        names(PolicyListFilter {
            only_attached: true,
            ..Default::default()
        })
        .await,
        ["Attached", "Boundary"]
    );
    assert_eq!(
        names(PolicyListFilter {
            only_attached: true,
            usage: Some(PolicyUsage::PermissionsPolicy),
            ..Default::default()
        })
        .await,
        ["Attached"]
    );
    assert_eq!(
        names(PolicyListFilter {
            only_attached: true,
            usage: Some(PolicyUsage::PermissionsBoundary),
            ..Default::default()
        })
        .await,
        ["Boundary"]
    );
    let first = store
        .list_policies(
            ACCOUNT,
            &PolicyListFilter::default(),
            &PageRequest::first(2),
        )
        .await
        .unwrap();
    let second = store
        .list_policies(
            ACCOUNT,
            &PolicyListFilter::default(),
            &PageRequest::after(first.next_marker.unwrap(), 2),
        )
        .await
        .unwrap();
    assert_eq!(second.items.len(), 1);
    assert_eq!(second.items[0].name, "Scoped");
}

/// Puts an inline policy of `owner` whose quota check answers `admit`; returns whether it was
/// written and what the check was shown: the owner's other inline policies, (name, document).
async fn put_if_with_check_seeing(
    store: &Store,
    owner: PolicyOwner<'_>,
    name: &str,
    document: &str,
    admit: bool,
) -> (bool, Vec<(String, String)>) {
    let (shown, seen) = std::sync::mpsc::channel();
    let written = store
        .put_inline_policy_if(ACCOUNT, owner, name, document, move |others| {
            let others: Vec<(String, String)> = others
                .iter()
                .map(|p| (p.name.clone(), p.document.clone()))
                .collect();
            shown.send(others).unwrap();
            admit
        })
        .await
        .unwrap();
    (written, seen.recv().unwrap())
}

async fn an_inline_policy_is_put_only_if_admitted_beside_the_others(store: &Store) {
    store.create_role(ACCOUNT, new_role("quota")).await.unwrap();
    let role = PolicyOwner::Role("quota");
    store
        .put_inline_policy(ACCOUNT, role, "First", "aaaa")
        .await
        .unwrap();
    // The others exclude the policy being replaced, whatever the case of its name.
    let (written, others) = put_if_with_check_seeing(store, role, "FIRST", "bb", true).await;
    assert!(written);
    assert!(others.is_empty(), "{others:?}");
    let (written, others) = put_if_with_check_seeing(store, role, "Second", "cc", false).await;
    assert!(!written);
    let documents: Vec<&str> = others
        .iter()
        .map(|(_, document)| document.as_str())
        .collect();
    assert_eq!(documents, ["bb"]);
    assert_eq!(
        store.list_inline_policies(ACCOUNT, role).await.unwrap(),
        ["FIRST"],
        "a refused put writes nothing"
    );
    assert_not_found(
        store
            .put_inline_policy_if(ACCOUNT, PolicyOwner::Role("none"), "p", "d", |_| true)
            .await,
        EntityKind::Role,
    );
    // Puts racing for the last room under a quota: the check runs in each write's own
    // transaction, so exactly one fits.
    let fits = |others: &[gatehouse_store::InlinePolicy]| {
        others.iter().map(|p| p.document.len()).sum::<usize>() + 2 <= 4
    };
    let racing = ["x", "y", "z", "w"].map(|name| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .put_inline_policy_if(ACCOUNT, PolicyOwner::Role("quota"), name, "dd", fits)
                .await
                .unwrap()
        })
    });
    let mut admitted = 0;
    for put in racing {
        admitted += usize::from(put.await.unwrap());
    }
    assert_eq!(admitted, 1);
}

async fn inline_policies_and_attachments(store: &Store) {
    store.create_user(ACCOUNT, new_user("frank")).await.unwrap();
    let frank = PolicyOwner::User("frank");
    store
        .put_inline_policy(ACCOUNT, frank, "S3", "doc-a")
        .await
        .unwrap();
    store
        .put_inline_policy(ACCOUNT, frank, "Ec2", "doc-b")
        .await
        .unwrap();
    store
        .put_inline_policy(ACCOUNT, frank, "s3", "doc-c")
        .await
        .unwrap();
    assert_eq!(
        store.list_inline_policies(ACCOUNT, frank).await.unwrap(),
        ["Ec2", "s3"]
    );
    let s3 = store.get_inline_policy(ACCOUNT, frank, "S3").await.unwrap();
    assert_eq!((s3.name.as_str(), s3.document.as_str()), ("s3", "doc-c"));
    assert_not_found(
        store.get_inline_policy(ACCOUNT, frank, "none").await,
        EntityKind::InlinePolicy,
    );
    assert_not_found(
        store.delete_inline_policy(ACCOUNT, frank, "none").await,
        EntityKind::InlinePolicy,
    );
    assert_not_found(
        store
            .put_inline_policy(ACCOUNT, PolicyOwner::User("nobody"), "p", "d")
            .await,
        EntityKind::User,
    );
    assert_conflict(
        store.delete::<User>(ACCOUNT, "frank").await,
        ConflictReason::InlinePolicies,
    );
    store
        .delete_inline_policy(ACCOUNT, frank, "s3")
        .await
        .unwrap();
    store
        .delete_inline_policy(ACCOUNT, frank, "ec2")
        .await
        .unwrap();

    let customer = policy_arn("Custom");
    assert_not_found(
        store.attach_policy(ACCOUNT, frank, &customer).await,
        EntityKind::Policy,
    );
    store
        .create_policy(ACCOUNT, new_policy("Custom", "{}"))
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, frank, &customer)
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, frank, &customer)
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, frank, AWS_READ_ONLY)
        .await
        .unwrap();
    assert_eq!(
        store.list_attached_policies(ACCOUNT, frank).await.unwrap(),
        [customer.clone(), AWS_READ_ONLY.to_owned()]
    );
    assert_conflict(
        store.delete::<User>(ACCOUNT, "frank").await,
        ConflictReason::AttachedPolicies,
    );
    // A policy of another account cannot be attached.
    assert_not_found(
        store
            .attach_policy(OTHER, PolicyOwner::User("frank"), &customer)
            .await,
        EntityKind::User,
    );

    store
        .create_group(ACCOUNT, new_group("readers"))
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::Group("readers"), AWS_READ_ONLY)
        .await
        .unwrap();
    store
        .set_permissions_boundary::<User>(ACCOUNT, "frank", Some(AWS_READ_ONLY))
        .await
        .unwrap();
    let entities = store
        .entities_for_policy(ACCOUNT, AWS_READ_ONLY)
        .await
        .unwrap();
    let summary: Vec<_> = entities
        .iter()
        .map(|e| (e.kind, e.name.as_str(), e.usage))
        .collect();
    assert_eq!(
        summary,
        [
            (EntityKind::Group, "readers", PolicyUsage::PermissionsPolicy),
            (EntityKind::User, "frank", PolicyUsage::PermissionsPolicy),
            (EntityKind::User, "frank", PolicyUsage::PermissionsBoundary),
        ]
    );

    store
        .detach_policy(ACCOUNT, frank, &customer)
        .await
        .unwrap();
    assert_not_found(
        store.detach_policy(ACCOUNT, frank, &customer).await,
        EntityKind::PolicyAttachment,
    );
    assert_eq!(
        store.list_attached_policies(ACCOUNT, frank).await.unwrap(),
        [AWS_READ_ONLY]
    );
}

async fn attachment_limit(store: &Store) {
    let store = store.clone().with_limits(Limits {
        attached_policies_per_role: 2,
        ..Limits::default()
    });
    store.create_role(ACCOUNT, new_role("busy")).await.unwrap();
    let role = PolicyOwner::Role("busy");
    store
        .attach_policy(ACCOUNT, role, "arn:aws:iam::aws:policy/A")
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, role, "arn:aws:iam::aws:policy/B")
        .await
        .unwrap();
    assert_limit(
        store
            .attach_policy(ACCOUNT, role, "arn:aws:iam::aws:policy/C")
            .await,
        Limit::AttachedPoliciesPerRole,
    );
    store
        .attach_policy(ACCOUNT, role, "arn:aws:iam::aws:policy/A")
        .await
        .unwrap();
}

async fn principal_policy_sets(store: &Store) {
    store
        .create_policy(ACCOUNT, new_policy("Own", "own-v1"))
        .await
        .unwrap();
    store
        .create_policy_version(ACCOUNT, &policy_arn("Own"), "own-v2", true, at(1))
        .await
        .unwrap();
    store
        .create_policy(ACCOUNT, new_policy("Limit", "limit-doc"))
        .await
        .unwrap();
    let mut user = new_user("gina");
    user.permissions_boundary = Some(policy_arn("Limit"));
    store.create_user(ACCOUNT, user).await.unwrap();
    store.create_group(ACCOUNT, new_group("ops")).await.unwrap();
    store
        .create_group(ACCOUNT, new_group("unrelated"))
        .await
        .unwrap();
    store
        .add_user_to_group(ACCOUNT, "ops", "gina")
        .await
        .unwrap();
    let gina = PolicyOwner::User("gina");
    store
        .put_inline_policy(ACCOUNT, gina, "mine", "user-inline")
        .await
        .unwrap();
    store
        .put_inline_policy(ACCOUNT, PolicyOwner::Group("ops"), "shared", "group-inline")
        .await
        .unwrap();
    store
        .put_inline_policy(ACCOUNT, PolicyOwner::Group("unrelated"), "x", "not-mine")
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, gina, &policy_arn("Own"))
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::Group("ops"), &policy_arn("Own"))
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::Group("ops"), AWS_READ_ONLY)
        .await
        .unwrap();
    store
        .attach_policy(
            ACCOUNT,
            PolicyOwner::Group("unrelated"),
            "arn:aws:iam::aws:policy/X",
        )
        .await
        .unwrap();

    let set = store.user_policies(ACCOUNT, "GINA").await.unwrap();
    let inline: Vec<_> = set
        .inline
        .iter()
        .map(|p| (p.group.as_deref(), p.name.as_str(), p.document.as_str()))
        .collect();
    assert_eq!(
        inline,
        [
            (None, "mine", "user-inline"),
            (Some("ops"), "shared", "group-inline")
        ]
    );
    let managed: Vec<_> = set
        .managed
        .iter()
        .map(|m| (m.arn.as_str(), m.document.as_deref()))
        .collect();
    assert_eq!(
        managed,
        [
            (policy_arn("Own").as_str(), Some("own-v2")),
            (AWS_READ_ONLY, None)
        ]
    );
    let boundary = set.boundary.unwrap();
    assert_eq!(
        (boundary.arn, boundary.document.as_deref()),
        (policy_arn("Limit"), Some("limit-doc"))
    );

    store
        .create_role(ACCOUNT, new_role("worker"))
        .await
        .unwrap();
    store
        .put_inline_policy(ACCOUNT, PolicyOwner::Role("worker"), "r", "role-inline")
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::Role("worker"), AWS_READ_ONLY)
        .await
        .unwrap();
    store
        .set_permissions_boundary::<Role>(ACCOUNT, "worker", Some(AWS_READ_ONLY))
        .await
        .unwrap();
    let set = store.role_policies(ACCOUNT, "Worker").await.unwrap();
    assert_eq!(set.inline.len(), 1);
    assert_eq!(set.inline[0].document, "role-inline");
    assert_eq!(set.managed.len(), 1);
    assert_eq!(
        set.boundary.map(|b| (b.arn, b.document)),
        Some((AWS_READ_ONLY.to_owned(), None))
    );
    assert_not_found(
        store.role_policies(ACCOUNT, "nobody").await,
        EntityKind::Role,
    );
    assert_not_found(
        store.user_policies(ACCOUNT, "nobody").await,
        EntityKind::User,
    );
}

async fn access_keys(store: &Store) {
    store.create_user(ACCOUNT, new_user("hank")).await.unwrap();
    let hank = KeyOwner::User("hank");
    let first = store
        .create_access_key(ACCOUNT, hank, new_key("AKIAHANK00000001"))
        .await
        .unwrap();
    assert_eq!(first.status, AccessKeyStatus::Active);
    assert_eq!(first.secret.expose(), "secret-of-AKIAHANK00000001");
    assert!(!format!("{first:?}").contains("secret-of"));
    store
        .create_access_key(ACCOUNT, KeyOwner::User("HANK"), new_key("AKIAHANK00000002"))
        .await
        .unwrap();
    assert_limit(
        store
            .create_access_key(ACCOUNT, hank, new_key("AKIAHANK00000003"))
            .await,
        Limit::AccessKeysPerUser,
    );
    // Key ids are generated, never a user's choice: a clash asks for another id.
    assert_id_taken(
        store
            .create_access_key(ACCOUNT, KeyOwner::Root, new_key("AKIAHANK00000001"))
            .await,
        EntityKind::AccessKey,
    );

    let root = store
        .create_access_key(ACCOUNT, KeyOwner::Root, new_key("AKIAROOT00000001"))
        .await
        .unwrap();
    assert_eq!(root.holder, KeyHolder::Root);
    let found = store.access_key("AKIAHANK00000001").await.unwrap().unwrap();
    assert_eq!(found.account, ACCOUNT);
    assert_eq!(
        found.holder,
        KeyHolder::User {
            id: "AIDAHANK".to_owned(),
            name: "hank".to_owned(),
            path: "/".to_owned()
        }
    );
    assert!(
        store
            .access_key("AKIANOSUCHKEY000")
            .await
            .unwrap()
            .is_none()
    );

    let listed: Vec<_> = store
        .list_access_keys(ACCOUNT, hank)
        .await
        .unwrap()
        .into_iter()
        .map(|k| k.id)
        .collect();
    assert_eq!(listed, ["AKIAHANK00000001", "AKIAHANK00000002"]);
    assert_eq!(
        store
            .list_access_keys(ACCOUNT, KeyOwner::Root)
            .await
            .unwrap()
            .len(),
        1
    );

    store
        .update_access_key_status(ACCOUNT, hank, "AKIAHANK00000001", AccessKeyStatus::Inactive)
        .await
        .unwrap();
    assert_eq!(
        store
            .access_key("AKIAHANK00000001")
            .await
            .unwrap()
            .unwrap()
            .status,
        AccessKeyStatus::Inactive
    );
    assert_not_found(
        store
            .update_access_key_status(
                ACCOUNT,
                KeyOwner::Root,
                "AKIAHANK00000001",
                AccessKeyStatus::Active,
            )
            .await,
        EntityKind::AccessKey,
    );
    assert_not_found(
        store
            .delete_access_key(OTHER, KeyOwner::Root, "AKIAROOT00000001")
            .await,
        EntityKind::AccessKey,
    );

    store
        .record_access_key_used("AKIAHANK00000002", at(30), "sts", "us-east-1")
        .await
        .unwrap();
    let used = store
        .access_key("AKIAHANK00000002")
        .await
        .unwrap()
        .unwrap()
        .last_used
        .unwrap();
    assert_eq!(
        (used.date, used.service.as_str(), used.region.as_str()),
        (at(30), "sts", "us-east-1")
    );

    assert_conflict(
        store.delete::<User>(ACCOUNT, "hank").await,
        ConflictReason::AccessKeys,
    );
    store
        .delete_access_key(ACCOUNT, hank, "AKIAHANK00000001")
        .await
        .unwrap();
    store
        .delete_access_key(ACCOUNT, hank, "AKIAHANK00000002")
        .await
        .unwrap();
    assert!(
        store
            .access_key("AKIAHANK00000001")
            .await
            .unwrap()
            .is_none()
    );
    store.delete::<User>(ACCOUNT, "hank").await.unwrap();
}

async fn concurrent_limits_hold(store: &Store) {
    store.create_user(ACCOUNT, new_user("ivy")).await.unwrap();
    let tasks: Vec<_> = (0..6)
        .map(|n| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .create_access_key(
                        ACCOUNT,
                        KeyOwner::User("ivy"),
                        new_key(&format!("AKIAIVY00000000{n}")),
                    )
                    .await
            })
        })
        .collect();
    let mut created = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(_) => created += 1,
            Err(err) => assert!(matches!(
                err,
                StoreError::LimitExceeded {
                    limit: Limit::AccessKeysPerUser,
                    ..
                }
            )),
        }
    }
    assert_eq!(created, 2);

    store
        .create_policy(ACCOUNT, new_policy("Raced", "{}"))
        .await
        .unwrap();
    let arn = policy_arn("Raced");
    let tasks: Vec<_> = (0..8)
        .map(|n| {
            let (store, arn) = (store.clone(), arn.clone());
            tokio::spawn(async move {
                store
                    .create_policy_version(ACCOUNT, &arn, "{}", n % 2 == 0, at(n))
                    .await
            })
        })
        .collect();
    let mut versions = Vec::new();
    for task in tasks {
        if let Ok(version) = task.await.unwrap() {
            versions.push(version.version.0);
        }
    }
    versions.sort_unstable();
    assert_eq!(versions, [2, 3, 4, 5]);
}

async fn mfa_devices(store: &Store) {
    let serial = mfa_serial("phone");
    let created = store
        .create_virtual_mfa_device(ACCOUNT, new_mfa("phone"))
        .await
        .unwrap();
    assert!(created.assignment.is_none());
    assert_eq!(created.seed.expose(), "JBSWY3DPEHPK3PXP");
    assert!(!format!("{created:?}").contains("JBSWY3DPEHPK3PXP"));
    assert_already_exists(
        store
            .create_virtual_mfa_device(ACCOUNT, new_mfa("PHONE"))
            .await,
        EntityKind::MfaDevice,
    );
    store
        .create_virtual_mfa_device(ACCOUNT, new_mfa("spare"))
        .await
        .unwrap();
    store.create_user(ACCOUNT, new_user("jane")).await.unwrap();

    store
        .enable_mfa_device(ACCOUNT, "jane", &serial, at(5), 100)
        .await
        .unwrap();
    assert_already_exists(
        store
            .enable_mfa_device(ACCOUNT, "jane", &serial, at(6), 101)
            .await,
        EntityKind::MfaDevice,
    );
    let device = store.get_mfa_device(ACCOUNT, &serial).await.unwrap();
    let assignment = device.assignment.unwrap();
    assert_eq!(
        (assignment.user_name.as_str(), assignment.enabled),
        ("jane", at(5))
    );
    assert_eq!(device.last_step, Some(100));

    assert!(!store.accept_mfa_step(ACCOUNT, &serial, 100).await.unwrap());
    assert!(!store.accept_mfa_step(ACCOUNT, &serial, 99).await.unwrap());
    assert!(store.accept_mfa_step(ACCOUNT, &serial, 101).await.unwrap());
    assert!(!store.accept_mfa_step(ACCOUNT, &serial, 101).await.unwrap());
    assert_not_found(
        store.accept_mfa_step(ACCOUNT, &mfa_serial("none"), 1).await,
        EntityKind::MfaDevice,
    );

    let for_user = store
        .list_mfa_devices_for_user(ACCOUNT, "jane")
        .await
        .unwrap();
    assert_eq!(for_user.len(), 1);
    let assigned = store
        .list_virtual_mfa_devices(
            ACCOUNT,
            MfaAssignmentFilter::Assigned,
            &PageRequest::default(),
        )
        .await
        .unwrap();
    assert_eq!(assigned.items.len(), 1);
    let unassigned = store
        .list_virtual_mfa_devices(
            ACCOUNT,
            MfaAssignmentFilter::Unassigned,
            &PageRequest::default(),
        )
        .await
        .unwrap();
    assert_eq!(unassigned.items[0].name, "spare");
    let all = store
        .list_virtual_mfa_devices(ACCOUNT, MfaAssignmentFilter::Any, &PageRequest::first(1))
        .await
        .unwrap();
    assert!(all.is_truncated());

    assert_conflict(
        store.delete::<User>(ACCOUNT, "jane").await,
        ConflictReason::MfaDevices,
    );
    assert_conflict(
        store.delete_virtual_mfa_device(ACCOUNT, &serial).await,
        ConflictReason::MfaDeviceAssigned,
    );
    store.create_user(ACCOUNT, new_user("kim")).await.unwrap();
    assert_not_found(
        store.deactivate_mfa_device(ACCOUNT, "kim", &serial).await,
        EntityKind::MfaDevice,
    );
    store
        .deactivate_mfa_device(ACCOUNT, "jane", &serial)
        .await
        .unwrap();
    store
        .delete_virtual_mfa_device(ACCOUNT, &serial)
        .await
        .unwrap();
    assert_not_found(
        store.get_mfa_device(ACCOUNT, &serial).await,
        EntityKind::MfaDevice,
    );
    store.delete::<User>(ACCOUNT, "jane").await.unwrap();
}

async fn mfa_devices_per_user_limit(store: &Store) {
    let store = store.clone().with_limits(Limits {
        mfa_devices_per_user: 1,
        ..Limits::default()
    });
    store.create_user(ACCOUNT, new_user("pat")).await.unwrap();
    store
        .create_virtual_mfa_device(ACCOUNT, new_mfa("one"))
        .await
        .unwrap();
    store
        .create_virtual_mfa_device(ACCOUNT, new_mfa("two"))
        .await
        .unwrap();
    store
        .enable_mfa_device(ACCOUNT, "pat", &mfa_serial("one"), at(0), 1)
        .await
        .unwrap();
    assert_limit(
        store
            .enable_mfa_device(ACCOUNT, "pat", &mfa_serial("two"), at(0), 1)
            .await,
        Limit::MfaDevicesPerUser,
    );
    assert!(
        store
            .get_mfa_device(ACCOUNT, &mfa_serial("two"))
            .await
            .unwrap()
            .assignment
            .is_none()
    );
}

async fn identity_providers(store: &Store) {
    let arn = oidc_arn("token.actions.githubusercontent.com");
    let created = store
        .create_oidc_provider(ACCOUNT, new_oidc("token.actions.githubusercontent.com"))
        .await
        .unwrap();
    assert_eq!(created.client_ids, ["sts.amazonaws.com"]);
    assert_already_exists(
        store
            .create_oidc_provider(ACCOUNT, new_oidc("token.actions.githubusercontent.com"))
            .await,
        EntityKind::OidcProvider,
    );
    store
        .add_oidc_client_id(ACCOUNT, &arn, "my-app")
        .await
        .unwrap();
    store
        .add_oidc_client_id(ACCOUNT, &arn, "my-app")
        .await
        .unwrap();
    store
        .remove_oidc_client_id(ACCOUNT, &arn, "sts.amazonaws.com")
        .await
        .unwrap();
    store
        .update_oidc_thumbprints(ACCOUNT, &arn, &["a".repeat(40)])
        .await
        .unwrap();
    let provider = store
        .get_provider::<OidcProvider>(ACCOUNT, &arn)
        .await
        .unwrap();
    assert_eq!(provider.client_ids, ["my-app"]);
    assert_eq!(provider.thumbprints, ["a".repeat(40)]);
    assert_eq!(provider.url, "https://token.actions.githubusercontent.com");
    assert_not_found(
        store.get_provider::<OidcProvider>(OTHER, &arn).await,
        EntityKind::OidcProvider,
    );
    assert_eq!(
        store
            .list_providers::<OidcProvider>(ACCOUNT)
            .await
            .unwrap()
            .len(),
        1
    );
    store
        .delete_provider::<OidcProvider>(ACCOUNT, &arn)
        .await
        .unwrap();
    assert_not_found(
        store.delete_provider::<OidcProvider>(ACCOUNT, &arn).await,
        EntityKind::OidcProvider,
    );

    let saml = store
        .create_saml_provider(ACCOUNT, new_saml("Okta"))
        .await
        .unwrap();
    assert_eq!(saml.valid_until, Some(at(86_400)));
    assert_already_exists(
        store.create_saml_provider(ACCOUNT, new_saml("Okta")).await,
        EntityKind::SamlProvider,
    );
    store
        .update_saml_metadata(ACCOUNT, &saml.arn, "<New/>", None)
        .await
        .unwrap();
    let fetched = store
        .get_provider::<SamlProvider>(ACCOUNT, &saml.arn)
        .await
        .unwrap();
    assert_eq!(
        (fetched.metadata.as_str(), fetched.valid_until),
        ("<New/>", None)
    );
    assert_eq!(
        store
            .list_providers::<SamlProvider>(ACCOUNT)
            .await
            .unwrap()
            .len(),
        1
    );
    store
        .delete_provider::<SamlProvider>(ACCOUNT, &saml.arn)
        .await
        .unwrap();
    assert_not_found(
        store.get_provider::<SamlProvider>(ACCOUNT, &saml.arn).await,
        EntityKind::SamlProvider,
    );

    let limited = store.clone().with_limits(Limits {
        oidc_providers_per_account: 1,
        saml_providers_per_account: 1,
        ..Limits::default()
    });
    limited
        .create_oidc_provider(ACCOUNT, new_oidc("a.example.com"))
        .await
        .unwrap();
    assert_limit(
        limited
            .create_oidc_provider(ACCOUNT, new_oidc("b.example.com"))
            .await,
        Limit::OidcProvidersPerAccount,
    );
    limited
        .create_saml_provider(ACCOUNT, new_saml("A"))
        .await
        .unwrap();
    assert_limit(
        limited.create_saml_provider(ACCOUNT, new_saml("B")).await,
        Limit::SamlProvidersPerAccount,
    );
}

async fn instance_profiles(store: &Store) {
    let mut profile = new_profile("Web");
    profile.tags = vec![Tag::new("k", "v")];
    store
        .create_instance_profile(ACCOUNT, profile)
        .await
        .unwrap();
    assert_already_exists(
        store
            .create_instance_profile(ACCOUNT, new_profile("web"))
            .await,
        EntityKind::InstanceProfile,
    );
    store
        .create_role(ACCOUNT, new_role("web-role"))
        .await
        .unwrap();
    store.create_role(ACCOUNT, new_role("spare")).await.unwrap();

    store
        .add_role_to_instance_profile(ACCOUNT, "web", "web-role")
        .await
        .unwrap();
    assert_limit(
        store
            .add_role_to_instance_profile(ACCOUNT, "web", "spare")
            .await,
        Limit::RolesPerInstanceProfile,
    );
    let fetched = store.get::<InstanceProfile>(ACCOUNT, "WEB").await.unwrap();
    assert_eq!(fetched.roles.len(), 1);
    assert_eq!(fetched.roles[0].name, "web-role");
    assert_eq!(fetched.tags, vec![Tag::new("k", "v")]);
    let for_role = store
        .instance_profiles_for_role(ACCOUNT, "web-role")
        .await
        .unwrap();
    assert_eq!(for_role[0].name, "Web");
    let listed = store
        .list::<InstanceProfile>(ACCOUNT, None, &PageRequest::default())
        .await
        .unwrap();
    assert_eq!(listed.items[0].roles.len(), 1);

    assert_conflict(
        store.delete::<Role>(ACCOUNT, "web-role").await,
        ConflictReason::InstanceProfiles,
    );
    assert_conflict(
        store.delete::<InstanceProfile>(ACCOUNT, "web").await,
        ConflictReason::InstanceProfileRoles,
    );
    store
        .remove_role_from_instance_profile(ACCOUNT, "web", "web-role")
        .await
        .unwrap();
    assert_not_found(
        store
            .remove_role_from_instance_profile(ACCOUNT, "web", "web-role")
            .await,
        EntityKind::InstanceProfileRole,
    );
    store
        .delete::<InstanceProfile>(ACCOUNT, "web")
        .await
        .unwrap();
    store.delete::<Role>(ACCOUNT, "web-role").await.unwrap();
    assert_not_found(
        store.get::<InstanceProfile>(ACCOUNT, "web").await,
        EntityKind::InstanceProfile,
    );
}

async fn tags_on_resources(store: &Store) {
    store.create_user(ACCOUNT, new_user("lee")).await.unwrap();
    let lee = TagTarget::User("lee");
    store
        .tag_resource(
            ACCOUNT,
            lee,
            &[Tag::new("Dept", "eng"), Tag::new("cost", "1")],
        )
        .await
        .unwrap();
    store
        .tag_resource(ACCOUNT, lee, &[Tag::new("dept", "ops")])
        .await
        .unwrap();
    assert_eq!(
        store.list_tags(ACCOUNT, lee).await.unwrap(),
        [Tag::new("cost", "1"), Tag::new("dept", "ops")]
    );
    store
        .untag_resource(ACCOUNT, lee, &["COST".to_owned(), "absent".to_owned()])
        .await
        .unwrap();
    assert_eq!(
        store.list_tags(ACCOUNT, lee).await.unwrap(),
        [Tag::new("dept", "ops")]
    );

    let many: Vec<_> = (0..50).map(|n| Tag::new(format!("k{n}"), "v")).collect();
    assert_limit(
        store.tag_resource(ACCOUNT, lee, &many).await,
        Limit::TagsPerResource,
    );
    assert_eq!(
        store.list_tags(ACCOUNT, lee).await.unwrap().len(),
        1,
        "a refused tagging changes nothing"
    );
    store.tag_resource(ACCOUNT, lee, &many[..49]).await.unwrap();
    assert_eq!(store.list_tags(ACCOUNT, lee).await.unwrap().len(), 50);
    assert_not_found(
        store.list_tags(ACCOUNT, TagTarget::Role("none")).await,
        EntityKind::Role,
    );

    store
        .create_policy(ACCOUNT, new_policy("Tagged", "{}"))
        .await
        .unwrap();
    let arn = policy_arn("Tagged");
    store
        .tag_resource(ACCOUNT, TagTarget::Policy(&arn), &[Tag::new("a", "b")])
        .await
        .unwrap();
    assert_eq!(
        store.get_policy(ACCOUNT, &arn).await.unwrap().tags,
        [Tag::new("a", "b")]
    );
    store
        .create_oidc_provider(ACCOUNT, new_oidc("idp.example.com"))
        .await
        .unwrap();
    let oidc = oidc_arn("idp.example.com");
    store
        .tag_resource(
            ACCOUNT,
            TagTarget::OidcProvider(&oidc),
            &[Tag::new("x", "y")],
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .get_provider::<OidcProvider>(ACCOUNT, &oidc)
            .await
            .unwrap()
            .tags,
        [Tag::new("x", "y")]
    );
    store
        .create_virtual_mfa_device(ACCOUNT, new_mfa("key"))
        .await
        .unwrap();
    let serial = mfa_serial("key");
    store
        .tag_resource(
            ACCOUNT,
            TagTarget::MfaDevice(&serial),
            &[Tag::new("m", "n")],
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .list_tags(ACCOUNT, TagTarget::MfaDevice(&serial))
            .await
            .unwrap(),
        [Tag::new("m", "n")]
    );
}

async fn account_alias_and_summary(store: &Store) {
    assert_eq!(store.account_alias(ACCOUNT).await.unwrap(), None);
    assert_eq!(store.accounts().unwrap(), []);
    store
        .create_account_alias(ACCOUNT, "my-corp")
        .await
        .unwrap();
    assert_eq!(store.accounts().unwrap(), [ACCOUNT]);
    store.create_role(OTHER, new_role("olga")).await.unwrap();
    assert_eq!(store.accounts().unwrap(), [ACCOUNT, OTHER]);
    store
        .create_account_alias(ACCOUNT, "my-corp-2")
        .await
        .unwrap();
    assert_eq!(
        store.account_alias(ACCOUNT).await.unwrap().as_deref(),
        Some("my-corp-2")
    );
    assert_already_exists(
        store.create_account_alias(OTHER, "my-corp-2").await,
        EntityKind::AccountAlias,
    );
    assert_not_found(
        store.delete_account_alias(ACCOUNT, "my-corp").await,
        EntityKind::AccountAlias,
    );
    store
        .delete_account_alias(ACCOUNT, "my-corp-2")
        .await
        .unwrap();
    assert_eq!(store.account_alias(ACCOUNT).await.unwrap(), None);

    store.create_user(ACCOUNT, new_user("u1")).await.unwrap();
    store.create_user(ACCOUNT, new_user("u2")).await.unwrap();
    store.create_user(OTHER, new_user("u3")).await.unwrap();
    store.create_role(ACCOUNT, new_role("r1")).await.unwrap();
    store.create_group(ACCOUNT, new_group("g1")).await.unwrap();
    store
        .create_policy(ACCOUNT, new_policy("P", "{}"))
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::Role("r1"), AWS_READ_ONLY)
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::User("u1"), AWS_READ_ONLY)
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, PolicyOwner::User("u1"), &policy_arn("P"))
        .await
        .unwrap();
    store
        .create_virtual_mfa_device(ACCOUNT, new_mfa("m1"))
        .await
        .unwrap();
    store
        .create_access_key(ACCOUNT, KeyOwner::Root, new_key("AKIAROOTSUMMARY1"))
        .await
        .unwrap();
    store
        .create_oidc_provider(ACCOUNT, new_oidc("o.example.com"))
        .await
        .unwrap();
    store
        .create_saml_provider(ACCOUNT, new_saml("s"))
        .await
        .unwrap();
    store
        .create_instance_profile(ACCOUNT, new_profile("ip"))
        .await
        .unwrap();

    let summary = store.account_summary(ACCOUNT).await.unwrap();
    assert_eq!(
        (
            summary.users,
            summary.groups,
            summary.roles,
            summary.policies,
            summary.policies_in_use
        ),
        (2, 1, 1, 1, 2)
    );
    assert_eq!(
        (
            summary.mfa_devices,
            summary.mfa_devices_in_use,
            summary.root_access_keys,
            summary.providers,
            summary.instance_profiles
        ),
        (1, 0, 1, 2, 1)
    );
    assert_eq!(store.account_summary(OTHER).await.unwrap().users, 1);
}

async fn reset_wipes_everything(store: &Store) {
    store.create_user(ACCOUNT, new_user("mo")).await.unwrap();
    store
        .create_access_key(ACCOUNT, KeyOwner::User("mo"), new_key("AKIAMO0000000001"))
        .await
        .unwrap();
    store
        .tag_resource(ACCOUNT, TagTarget::User("mo"), &[Tag::new("a", "b")])
        .await
        .unwrap();
    store.create_role(OTHER, new_role("r")).await.unwrap();
    store.create_account_alias(ACCOUNT, "alias").await.unwrap();
    store.reset().await.unwrap();
    assert_eq!(
        store.account_summary(ACCOUNT).await.unwrap(),
        Default::default()
    );
    assert_eq!(
        store.account_summary(OTHER).await.unwrap(),
        Default::default()
    );
    assert!(
        store
            .access_key("AKIAMO0000000001")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(store.account_alias(ACCOUNT).await.unwrap(), None);
    // The same ids can be used again, and no old tag resurfaces.
    let again = store.create_user(ACCOUNT, new_user("mo")).await.unwrap();
    assert!(again.tags.is_empty());
}

async fn reset_can_keep_root_keys(store: &Store) {
    let root = store
        .create_access_key(ACCOUNT, KeyOwner::Root, new_key("AKIAROOT000000000001"))
        .await
        .unwrap();
    store
        .create_access_key(OTHER, KeyOwner::Root, new_key("AKIAROOT000000000002"))
        .await
        .unwrap();
    store
        .update_access_key_status(
            ACCOUNT,
            KeyOwner::Root,
            "AKIAROOT000000000001",
            AccessKeyStatus::Inactive,
        )
        .await
        .unwrap();
    store
        .record_access_key_used("AKIAROOT000000000001", at(50), "sts", "us-east-1")
        .await
        .unwrap();
    store.reset_keeping_root_keys(vec![root]).await.unwrap();
    // Kept as it was given (Active), not as it is now; its last use is forgotten.
    let kept = store
        .access_key("AKIAROOT000000000001")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (kept.account, &kept.holder, kept.status, kept.created),
        (ACCOUNT, &KeyHolder::Root, AccessKeyStatus::Active, at(0))
    );
    assert_eq!(kept.secret.expose(), "secret-of-AKIAROOT000000000001");
    assert_eq!(kept.last_used, None);
    assert!(
        store
            .access_key("AKIAROOT000000000002")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store
            .list_access_keys(ACCOUNT, KeyOwner::Root)
            .await
            .unwrap()
            .len(),
        1
    );
}

fn new_ssh_key(id: &str, blob: &str) -> NewSshPublicKey {
    NewSshPublicKey {
        id: id.to_owned(),
        key_blob: blob.to_owned(),
        fingerprint: format!("fingerprint-of-{blob}"),
        uploaded: at(7),
    }
}

async fn ssh_public_keys(store: &Store) {
    assert_not_found(
        store
            .upload_ssh_public_key(ACCOUNT, "nobody", new_ssh_key("APKANOBODY0000000001", "k0"))
            .await,
        EntityKind::User,
    );
    store.create_user(ACCOUNT, new_user("sam")).await.unwrap();
    store.create_user(ACCOUNT, new_user("tia")).await.unwrap();
    let first = store
        .upload_ssh_public_key(ACCOUNT, "SAM", new_ssh_key("APKASAM0000000000002", "k1"))
        .await
        .unwrap();
    assert_eq!(
        (first.user_name.as_str(), first.status, first.uploaded),
        ("sam", AccessKeyStatus::Active, at(7))
    );
    assert_eq!(
        (first.key_blob.as_str(), first.fingerprint.as_str()),
        ("k1", "fingerprint-of-k1")
    );
    // A user holds a key once; another user may hold it too.
    assert_already_exists(
        store
            .upload_ssh_public_key(ACCOUNT, "sam", new_ssh_key("APKASAM0000000000009", "k1"))
            .await,
        EntityKind::SshPublicKey,
    );
    store
        .upload_ssh_public_key(ACCOUNT, "tia", new_ssh_key("APKATIA0000000000001", "k1"))
        .await
        .unwrap();
    // Key ids are generated: a clash asks for another id.
    assert_id_taken(
        store
            .upload_ssh_public_key(ACCOUNT, "sam", new_ssh_key("APKATIA0000000000001", "k2"))
            .await,
        EntityKind::SshPublicKey,
    );
    for n in [1, 3, 4, 5] {
        store
            .upload_ssh_public_key(
                ACCOUNT,
                "sam",
                new_ssh_key(&format!("APKASAM000000000000{n}"), &format!("k1{n}")),
            )
            .await
            .unwrap();
    }
    assert_limit(
        store
            .upload_ssh_public_key(ACCOUNT, "sam", new_ssh_key("APKASAM0000000000006", "k6"))
            .await,
        Limit::SshPublicKeysPerUser,
    );
    // Listed by key id, each user its own.
    let listed: Vec<String> = store
        .list_ssh_public_keys(ACCOUNT, "sam")
        .await
        .unwrap()
        .into_iter()
        .map(|key| key.id)
        .collect();
    assert_eq!(
        listed,
        [1, 2, 3, 4, 5].map(|n| format!("APKASAM000000000000{n}"))
    );
    assert_eq!(
        store
            .list_ssh_public_keys(ACCOUNT, "tia")
            .await
            .unwrap()
            .len(),
        1
    );
    assert_not_found(
        store.list_ssh_public_keys(OTHER, "sam").await,
        EntityKind::User,
    );
    // A key is found only through the user holding it.
    assert_not_found(
        store
            .ssh_public_key(ACCOUNT, "tia", "APKASAM0000000000002")
            .await,
        EntityKind::SshPublicKey,
    );
    assert_not_found(
        store
            .update_ssh_public_key_status(
                ACCOUNT,
                "tia",
                "APKASAM0000000000002",
                AccessKeyStatus::Inactive,
            )
            .await,
        EntityKind::SshPublicKey,
    );
    assert_not_found(
        store
            .delete_ssh_public_key(ACCOUNT, "tia", "APKASAM0000000000002")
            .await,
        EntityKind::SshPublicKey,
    );
    store
        .update_ssh_public_key_status(
            ACCOUNT,
            "sam",
            "APKASAM0000000000002",
            AccessKeyStatus::Inactive,
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .ssh_public_key(ACCOUNT, "sam", "APKASAM0000000000002")
            .await
            .unwrap()
            .status,
        AccessKeyStatus::Inactive
    );
    // A renamed user keeps its keys; a user with keys cannot be deleted.
    store
        .rename::<User>(
            ACCOUNT,
            "sam",
            UserUpdate {
                new_name: Some("samuel".into()),
                new_path: None,
            },
        )
        .await
        .unwrap();
    let renamed = store
        .ssh_public_key(ACCOUNT, "samuel", "APKASAM0000000000002")
        .await
        .unwrap();
    assert_eq!(renamed.user_name, "samuel");
    assert_conflict(
        store.delete::<User>(ACCOUNT, "samuel").await,
        ConflictReason::SshPublicKeys,
    );
    for key in store.list_ssh_public_keys(ACCOUNT, "samuel").await.unwrap() {
        store
            .delete_ssh_public_key(ACCOUNT, "samuel", &key.id)
            .await
            .unwrap();
    }
    assert_not_found(
        store
            .delete_ssh_public_key(ACCOUNT, "samuel", "APKASAM0000000000002")
            .await,
        EntityKind::SshPublicKey,
    );
    store.delete::<User>(ACCOUNT, "samuel").await.unwrap();
    // A reset forgets them.
    store.reset().await.unwrap();
    store.create_user(ACCOUNT, new_user("tia")).await.unwrap();
    assert!(
        store
            .list_ssh_public_keys(ACCOUNT, "tia")
            .await
            .unwrap()
            .is_empty()
    );
}

async fn login_profiles_and_password_policy(store: &Store) {
    let new_profile = |hash: &str| NewLoginProfile {
        password_hash: hash.to_owned(),
        reset_required: true,
        created: at(5),
    };
    assert_not_found(
        store
            .create_login_profile(ACCOUNT, "nobody", new_profile("h0"))
            .await,
        EntityKind::User,
    );
    store.create_user(ACCOUNT, new_user("lp")).await.unwrap();
    assert_not_found(
        store.get_login_profile(ACCOUNT, "lp").await,
        EntityKind::LoginProfile,
    );
    let created = store
        .create_login_profile(ACCOUNT, "LP", new_profile("h0"))
        .await
        .unwrap();
    assert_eq!(created.user_name, "lp");
    assert!(created.reset_required);
    assert_eq!(created.created, at(5));
    assert_already_exists(
        store
            .create_login_profile(ACCOUNT, "lp", new_profile("h9"))
            .await,
        EntityKind::LoginProfile,
    );
    assert_not_found(store.get_login_profile(OTHER, "lp").await, EntityKind::User);
    assert_conflict(
        store.delete::<User>(ACCOUNT, "lp").await,
        ConflictReason::LoginProfile,
    );

    // A new password moves the current one into the history, newest first.
    for (n, hash) in ["h1", "h2"].into_iter().enumerate() {
        store
            .update_login_profile(
                ACCOUNT,
                "lp",
                Some(hash.to_owned()),
                None,
                None,
                at(10 + n as i64),
            )
            .await
            .unwrap();
    }
    let profile = store.get_login_profile(ACCOUNT, "lp").await.unwrap();
    assert_eq!(profile.password_hash, "h2");
    assert_eq!(profile.history, ["h1", "h0"]);
    assert_eq!(profile.password_changed, at(11));
    assert!(profile.reset_required);
    // A stale expected hash changes nothing.
    assert_not_found(
        store
            .update_login_profile(
                ACCOUNT,
                "lp",
                Some("hx".into()),
                Some("h1"),
                Some(false),
                at(20),
            )
            .await,
        EntityKind::LoginProfile,
    );
    store
        .update_login_profile(ACCOUNT, "lp", None, Some("h2"), Some(false), at(20))
        .await
        .unwrap();
    let profile = store.get_login_profile(ACCOUNT, "lp").await.unwrap();
    assert_eq!(
        (profile.password_hash.as_str(), profile.reset_required),
        ("h2", false)
    );

    // Renaming the user keeps the profile.
    store
        .rename::<User>(
            ACCOUNT,
            "lp",
            UserUpdate {
                new_name: Some("lp2".into()),
                new_path: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .get_login_profile(ACCOUNT, "lp2")
            .await
            .unwrap()
            .user_name,
        "lp2"
    );
    store.delete_login_profile(ACCOUNT, "lp2").await.unwrap();
    assert_not_found(
        store.delete_login_profile(ACCOUNT, "lp2").await,
        EntityKind::LoginProfile,
    );
    store.delete::<User>(ACCOUNT, "lp2").await.unwrap();

    // The password policy: absent, set, replaced, per account, deleted.
    assert_eq!(store.password_policy(ACCOUNT).await.unwrap(), None);
    let mut policy = PasswordPolicy {
        minimum_length: 12,
        require_symbols: true,
        require_numbers: false,
        require_uppercase: true,
        require_lowercase: false,
        allow_users_to_change: true,
        max_password_age: Some(90),
        reuse_prevention: Some(5),
        hard_expiry: None,
    };
    store.put_password_policy(ACCOUNT, policy).await.unwrap();
    assert_eq!(store.password_policy(ACCOUNT).await.unwrap(), Some(policy));
    policy.max_password_age = None;
    policy.hard_expiry = Some(true);
    store.put_password_policy(ACCOUNT, policy).await.unwrap();
    assert_eq!(store.password_policy(ACCOUNT).await.unwrap(), Some(policy));
    assert_eq!(store.password_policy(OTHER).await.unwrap(), None);
    assert_not_found(
        store.delete_password_policy(OTHER).await,
        EntityKind::PasswordPolicy,
    );
    store.delete_password_policy(ACCOUNT).await.unwrap();
    assert_eq!(store.password_policy(ACCOUNT).await.unwrap(), None);

    // reset() clears both.
    store.create_user(ACCOUNT, new_user("lp3")).await.unwrap();
    store
        .create_login_profile(ACCOUNT, "lp3", new_profile("h"))
        .await
        .unwrap();
    store.put_password_policy(ACCOUNT, policy).await.unwrap();
    store.reset().await.unwrap();
    store.create_user(ACCOUNT, new_user("lp3")).await.unwrap();
    assert_not_found(
        store.get_login_profile(ACCOUNT, "lp3").await,
        EntityKind::LoginProfile,
    );
    assert_eq!(store.password_policy(ACCOUNT).await.unwrap(), None);
}

/// Tags as a client might send them: keys out of order, in mixed case, one key twice in
/// different cases (the last one wins), and keys outside ASCII.
fn messy_tags() -> Vec<Tag> {
    vec![
        Tag::new("zeta", "26"),
        Tag::new("Team", "first"),
        Tag::new("Ärger", "umlaut"),
        Tag::new("alpha", "1"),
        Tag::new("TEAM", "second"),
        Tag::new("_under", ""),
        Tag::new("Zebra", "capital"),
    ]
}

/// A creation time with sub-second precision and an offset other than UTC.
fn odd_time() -> OffsetDateTime {
    at(77)
        .replace_nanosecond(123_456_789)
        .unwrap()
        .to_offset(time::macros::offset!(+5:30))
}

async fn created_values_are_what_is_read_back(store: &Store) {
    // A boundary naming the policy created below, before it exists.
    let boundary = policy_arn("Later");

    let mut user = new_user("Réka-Mixed");
    user.path = "/team/a/".to_owned();
    user.created = odd_time();
    user.permissions_boundary = Some(boundary.clone());
    user.tags = messy_tags();
    let created = store.create_user(ACCOUNT, user).await.unwrap();
    assert_eq!(
        created,
        store.get::<User>(ACCOUNT, "réka-mixed").await.unwrap()
    );
    assert_eq!(created.created, at(77));
    let keys: Vec<_> = created.tags.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, ["_under", "alpha", "TEAM", "Zebra", "zeta", "Ärger"]);
    assert_eq!(created.tags[2].value, "second");

    let plain = store.create_user(ACCOUNT, new_user("plain")).await.unwrap();
    assert_eq!(plain, store.get::<User>(ACCOUNT, "PLAIN").await.unwrap());
    assert!(plain.tags.is_empty());

    let mut role = new_role("Role-Mixed");
    role.path = "/svc/".to_owned();
    role.created = odd_time();
    role.description = Some("a role".to_owned());
    role.max_session_duration = 7200;
    role.permissions_boundary = Some(boundary.clone());
    role.tags = messy_tags();
    let created = store.create_role(ACCOUNT, role).await.unwrap();
    assert_eq!(
        created,
        store.get::<Role>(ACCOUNT, "ROLE-MIXED").await.unwrap()
    );
    assert_eq!(created.tags.len(), 6);
    assert!(created.last_used.is_none());

    let mut group = new_group("Group-Mixed");
    group.path = "/g/".to_owned();
    group.created = odd_time();
    let created = store.create_group(ACCOUNT, group).await.unwrap();
    assert_eq!(
        created,
        store.get::<Group>(ACCOUNT, "group-mixed").await.unwrap()
    );

    let mut policy = new_policy("Later", "doc");
    policy.path = "/p/".to_owned();
    policy.description = Some("described".to_owned());
    policy.created = odd_time();
    policy.tags = messy_tags();
    let created = store.create_policy(ACCOUNT, policy).await.unwrap();
    assert_eq!(created, store.get_policy(ACCOUNT, &boundary).await.unwrap());
    assert_eq!(created.boundary_usage_count, 2);
    assert_eq!(created.attachment_count, 0);
    assert_eq!(created.default_version, VersionId(1));
    assert_eq!(created.updated, at(77));

    for (owner, id) in [
        (KeyOwner::User("RÉKA-MIXED"), "AKIACREATED00001"),
        (KeyOwner::Root, "AKIACREATED00002"),
    ] {
        let mut key = new_key(id);
        key.created = odd_time();
        let created = store.create_access_key(ACCOUNT, owner, key).await.unwrap();
        let read = store.access_key(id).await.unwrap().unwrap();
        assert_eq!(created.account, read.account);
        assert_eq!(created.id, read.id);
        assert_eq!(created.secret.expose(), read.secret.expose());
        assert_eq!(created.status, read.status);
        assert_eq!(created.created, read.created);
        assert_eq!(created.holder, read.holder);
        assert_eq!(created.last_used, read.last_used);
    }
    let holder = store
        .access_key("AKIACREATED00001")
        .await
        .unwrap()
        .unwrap()
        .holder;
    assert!(
        matches!(holder, KeyHolder::User { ref name, ref path, .. } if name == "Réka-Mixed" && path == "/team/a/")
    );
}

async fn tag_quota_on_create(store: &Store) {
    // 50 distinct keys, one of them given twice in another case: within the quota.
    let mut tags: Vec<_> = (0..50).map(|n| Tag::new(format!("k{n}"), "v")).collect();
    tags.push(Tag::new("K7", "again"));
    let mut user = new_user("fifty");
    user.tags = tags.clone();
    let created = store.create_user(ACCOUNT, user).await.unwrap();
    assert_eq!(created.tags.len(), 50);
    assert_eq!(created, store.get::<User>(ACCOUNT, "fifty").await.unwrap());

    // 51 distinct keys: refused, and nothing is left behind.
    tags.push(Tag::new("k50", "v"));
    let mut user = new_user("fifty-one");
    user.tags = tags.clone();
    assert_limit(
        store.create_user(ACCOUNT, user).await,
        Limit::TagsPerResource,
    );
    assert_not_found(
        store.get::<User>(ACCOUNT, "fifty-one").await,
        EntityKind::User,
    );
    let mut role = new_role("fifty-one");
    role.tags = tags.clone();
    assert_limit(
        store.create_role(ACCOUNT, role).await,
        Limit::TagsPerResource,
    );
    assert_not_found(
        store.get::<Role>(ACCOUNT, "fifty-one").await,
        EntityKind::Role,
    );
    let mut policy = new_policy("FiftyOne", "doc");
    policy.tags = tags.clone();
    assert_limit(
        store.create_policy(ACCOUNT, policy).await,
        Limit::TagsPerResource,
    );
    assert_not_found(
        store.get_policy(ACCOUNT, &policy_arn("FiftyOne")).await,
        EntityKind::Policy,
    );

    // A taken name is reported before the tags are counted.
    let mut user = new_user("FIFTY");
    user.tags = tags;
    assert_already_exists(store.create_user(ACCOUNT, user).await, EntityKind::User);

    // Tagging later: a key given twice keeps its last occurrence, and replaces a stored key
    // in any case.
    let fifty = TagTarget::User("fifty");
    store
        .untag_resource(ACCOUNT, fifty, &["k1".to_owned(), "k2".to_owned()])
        .await
        .unwrap();
    store
        .tag_resource(
            ACCOUNT,
            fifty,
            &[
                Tag::new("new", "a"),
                Tag::new("k3", "x"),
                Tag::new("NEW", "b"),
            ],
        )
        .await
        .unwrap();
    let listed = store.list_tags(ACCOUNT, fifty).await.unwrap();
    assert_eq!(listed.len(), 49);
    assert!(listed.contains(&Tag::new("NEW", "b")));
    assert!(listed.contains(&Tag::new("k3", "x")));
    assert_eq!(
        listed,
        store.get::<User>(ACCOUNT, "fifty").await.unwrap().tags
    );
    assert_limit(
        store
            .tag_resource(
                ACCOUNT,
                fifty,
                &[Tag::new("one", "1"), Tag::new("two", "2")],
            )
            .await,
        Limit::TagsPerResource,
    );
    assert_eq!(store.list_tags(ACCOUNT, fifty).await.unwrap(), listed);

    // A lower quota applies the same way.
    let store = store.clone().with_limits(Limits {
        tags_per_resource: 2,
        ..Limits::default()
    });
    let mut user = new_user("two");
    user.tags = vec![Tag::new("a", "1"), Tag::new("A", "2"), Tag::new("b", "3")];
    assert_eq!(
        store.create_user(ACCOUNT, user).await.unwrap().tags.len(),
        2
    );
    let mut user = new_user("three");
    user.tags = vec![Tag::new("a", "1"), Tag::new("b", "2"), Tag::new("c", "3")];
    assert_limit(
        store.create_user(ACCOUNT, user).await,
        Limit::TagsPerResource,
    );
}

async fn inline_policy_upsert_finds_its_owner(store: &Store) {
    store.create_user(ACCOUNT, new_user("ivy")).await.unwrap();
    store.create_group(ACCOUNT, new_group("ivy")).await.unwrap();
    store.create_role(ACCOUNT, new_role("ivy")).await.unwrap();
    for owner in [
        PolicyOwner::User("IVY"),
        PolicyOwner::Group("Ivy"),
        PolicyOwner::Role("iVy"),
    ] {
        store
            .put_inline_policy(ACCOUNT, owner, "Inline", "one")
            .await
            .unwrap();
        // The same name in another case replaces the policy and takes the new case.
        store
            .put_inline_policy(ACCOUNT, owner, "INLINE", "two")
            .await
            .unwrap();
        let policy = store
            .get_inline_policy(ACCOUNT, owner, "inline")
            .await
            .unwrap();
        assert_eq!(
            (policy.name.as_str(), policy.document.as_str()),
            ("INLINE", "two")
        );
        assert_eq!(
            store.list_inline_policies(ACCOUNT, owner).await.unwrap(),
            ["INLINE"]
        );
        store
            .put_inline_policy(ACCOUNT, owner, "Zed", "three")
            .await
            .unwrap();
        store
            .put_inline_policy(ACCOUNT, owner, "a-first", "four")
            .await
            .unwrap();
        // What a quota check is shown: every other inline policy of the owner, with its document.
        let (written, mut documents) =
            put_if_with_check_seeing(store, owner, "probe", "five", false).await;
        assert!(!written);
        documents.sort();
        assert_eq!(
            documents,
            [
                ("INLINE".to_owned(), "two".to_owned()),
                ("Zed".to_owned(), "three".to_owned()),
                ("a-first".to_owned(), "four".to_owned()),
            ]
        );
    }
    assert_not_found(
        store
            .put_inline_policy_if(ACCOUNT, PolicyOwner::User("nobody"), "p", "d", |_| true)
            .await,
        EntityKind::User,
    );
    // Each owner kind is looked up in its own table and account.
    store
        .create_user(ACCOUNT, new_user("only-user"))
        .await
        .unwrap();
    assert_not_found(
        store
            .put_inline_policy(ACCOUNT, PolicyOwner::Role("only-user"), "p", "d")
            .await,
        EntityKind::Role,
    );
    assert_not_found(
        store
            .put_inline_policy(ACCOUNT, PolicyOwner::Group("only-user"), "p", "d")
            .await,
        EntityKind::Group,
    );
    assert_not_found(
        store
            .put_inline_policy(OTHER, PolicyOwner::User("only-user"), "p", "d")
            .await,
        EntityKind::User,
    );
}

async fn delete_conflicts_are_reported_in_order(store: &Store) {
    let customer = policy_arn("Held");
    store
        .create_policy(ACCOUNT, new_policy("Held", "doc"))
        .await
        .unwrap();
    store.create_user(ACCOUNT, new_user("held")).await.unwrap();
    store
        .create_group(ACCOUNT, new_group("club"))
        .await
        .unwrap();
    let user = PolicyOwner::User("held");
    store
        .create_access_key(ACCOUNT, KeyOwner::User("held"), new_key("AKIAHELD00000001"))
        .await
        .unwrap();
    store
        .add_user_to_group(ACCOUNT, "club", "held")
        .await
        .unwrap();
    store
        .put_inline_policy(ACCOUNT, user, "inline", "doc")
        .await
        .unwrap();
    store.attach_policy(ACCOUNT, user, &customer).await.unwrap();
    assert_conflict(
        store.delete::<User>(ACCOUNT, "HELD").await,
        ConflictReason::AccessKeys,
    );
    store
        .delete_access_key(ACCOUNT, KeyOwner::User("held"), "AKIAHELD00000001")
        .await
        .unwrap();
    assert_conflict(
        store.delete::<User>(ACCOUNT, "held").await,
        ConflictReason::GroupMemberships,
    );
    store
        .remove_user_from_group(ACCOUNT, "club", "held")
        .await
        .unwrap();
    assert_conflict(
        store.delete::<User>(ACCOUNT, "held").await,
        ConflictReason::InlinePolicies,
    );
    store
        .delete_inline_policy(ACCOUNT, user, "inline")
        .await
        .unwrap();
    assert_conflict(
        store.delete::<User>(ACCOUNT, "held").await,
        ConflictReason::AttachedPolicies,
    );
    store.detach_policy(ACCOUNT, user, &customer).await.unwrap();
    store.delete::<User>(ACCOUNT, "held").await.unwrap();
    assert_not_found(
        store.delete::<User>(ACCOUNT, "held").await,
        EntityKind::User,
    );

    store.create_role(ACCOUNT, new_role("held")).await.unwrap();
    store
        .create_instance_profile(ACCOUNT, new_profile("shelf"))
        .await
        .unwrap();
    store
        .add_role_to_instance_profile(ACCOUNT, "shelf", "held")
        .await
        .unwrap();
    let role = PolicyOwner::Role("held");
    store
        .put_inline_policy(ACCOUNT, role, "inline", "doc")
        .await
        .unwrap();
    store
        .attach_policy(ACCOUNT, role, AWS_READ_ONLY)
        .await
        .unwrap();
    assert_conflict(
        store.delete::<Role>(ACCOUNT, "HELD").await,
        ConflictReason::InstanceProfiles,
    );
    store
        .remove_role_from_instance_profile(ACCOUNT, "shelf", "held")
        .await
        .unwrap();
    assert_conflict(
        store.delete::<Role>(ACCOUNT, "held").await,
        ConflictReason::InlinePolicies,
    );
    store
        .delete_inline_policy(ACCOUNT, role, "inline")
        .await
        .unwrap();
    assert_conflict(
        store.delete::<Role>(ACCOUNT, "held").await,
        ConflictReason::AttachedPolicies,
    );
    store
        .detach_policy(ACCOUNT, role, AWS_READ_ONLY)
        .await
        .unwrap();
    store.delete::<Role>(ACCOUNT, "held").await.unwrap();
    assert_not_found(
        store.delete::<Role>(ACCOUNT, "held").await,
        EntityKind::Role,
    );
    assert_not_found(store.delete::<Role>(OTHER, "shelf").await, EntityKind::Role);

    // Attaching: a missing owner is reported before a missing policy, then the policy.
    let missing = policy_arn("Missing");
    assert_not_found(
        store
            .attach_policy(ACCOUNT, PolicyOwner::Group("nobody"), &missing)
            .await,
        EntityKind::Group,
    );
    assert_not_found(
        store
            .attach_policy(ACCOUNT, PolicyOwner::Group("club"), &missing)
            .await,
        EntityKind::Policy,
    );
    // A customer policy of another account is not found either.
    assert_not_found(
        store
            .attach_policy(OTHER, PolicyOwner::Group("club"), &customer)
            .await,
        EntityKind::Group,
    );
    let mut other_club = new_group("club");
    other_club.id = "AGPAOTHERCLUB".to_owned();
    store.create_group(OTHER, other_club).await.unwrap();
    assert_not_found(
        store
            .attach_policy(OTHER, PolicyOwner::Group("club"), &customer)
            .await,
        EntityKind::Policy,
    );
}

/// The rules users, groups, roles and instance profiles share: names found in any case and
/// only in their account, listings by path prefix in name order a page at a time, renames
/// refused onto a name taken in any case, deletions of what is missing `NotFound`, and the
/// messages of each.
async fn pathed_entities_share_their_rules(store: &Store) {
    for (name, path) in [
        ("Beta", "/a/"),
        ("alpha", "/a/b/"),
        ("Gamma", "/c/"),
        ("delta", "/a/"),
    ] {
        let mut user = new_user(name);
        user.path = path.to_owned();
        store.create_user(ACCOUNT, user).await.unwrap();
        let mut group = new_group(name);
        group.path = path.to_owned();
        store.create_group(ACCOUNT, group).await.unwrap();
        let mut role = new_role(name);
        role.path = path.to_owned();
        store.create_role(ACCOUNT, role).await.unwrap();
        let mut profile = new_profile(name);
        profile.path = path.to_owned();
        store
            .create_instance_profile(ACCOUNT, profile)
            .await
            .unwrap();
    }

    // By name in any case, in its own account only.
    assert_eq!(
        store.get::<User>(ACCOUNT, "BETA").await.unwrap().name,
        "Beta"
    );
    assert_eq!(
        store.get::<Group>(ACCOUNT, "beta").await.unwrap().path,
        "/a/"
    );
    assert_eq!(
        store.get::<Role>(ACCOUNT, "GAMMA").await.unwrap().name,
        "Gamma"
    );
    assert_eq!(
        store
            .get::<InstanceProfile>(ACCOUNT, "ALPHA")
            .await
            .unwrap()
            .path,
        "/a/b/"
    );
    assert_not_found(store.get::<User>(OTHER, "beta").await, EntityKind::User);
    assert_not_found(store.get::<Group>(OTHER, "beta").await, EntityKind::Group);
    assert_not_found(store.get::<Role>(OTHER, "beta").await, EntityKind::Role);
    assert_not_found(
        store.get::<InstanceProfile>(OTHER, "beta").await,
        EntityKind::InstanceProfile,
    );
    let missing = store.get::<Group>(ACCOUNT, "Nobody").await.unwrap_err();
    assert_eq!(
        missing.to_string(),
        StoreError::NotFound {
            kind: EntityKind::Group,
            name: "Nobody".to_owned()
        }
        .to_string()
    );

    // Path prefix `/a/`, two a page, in name order whatever the case.
    let first = PageRequest::first(2);
    let users = store
        .list::<User>(ACCOUNT, Some("/a/"), &first)
        .await
        .unwrap();
    let groups = store
        .list::<Group>(ACCOUNT, Some("/a/"), &first)
        .await
        .unwrap();
    let roles = store
        .list::<Role>(ACCOUNT, Some("/a/"), &first)
        .await
        .unwrap();
    let profiles = store
        .list::<InstanceProfile>(ACCOUNT, Some("/a/"), &first)
        .await
        .unwrap();
    let names = |names: Vec<&str>| names.into_iter().map(str::to_owned).collect::<Vec<_>>();
    assert_eq!(
        users
            .items
            .iter()
            .map(|u| u.name.clone())
            .collect::<Vec<_>>(),
        names(vec!["alpha", "Beta"])
    );
    assert_eq!(
        groups
            .items
            .iter()
            .map(|g| g.name.clone())
            .collect::<Vec<_>>(),
        names(vec!["alpha", "Beta"])
    );
    assert_eq!(
        roles
            .items
            .iter()
            .map(|r| r.name.clone())
            .collect::<Vec<_>>(),
        names(vec!["alpha", "Beta"])
    );
    assert_eq!(
        profiles
            .items
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>(),
        names(vec!["alpha", "Beta"])
    );
    // The markers are the same for every entity: they encode the last name key.
    let marker = users.next_marker.clone().unwrap();
    assert_eq!(groups.next_marker.as_deref(), Some(marker.as_str()));
    assert_eq!(roles.next_marker.as_deref(), Some(marker.as_str()));
    assert_eq!(profiles.next_marker.as_deref(), Some(marker.as_str()));
    let next = PageRequest::after(marker, 2);
    let rest = store
        .list::<Group>(ACCOUNT, Some("/a/"), &next)
        .await
        .unwrap();
    assert_eq!(rest.items.len(), 1);
    assert_eq!(rest.items[0].name, "delta");
    assert!(!rest.is_truncated());
    let rest = store
        .list::<InstanceProfile>(ACCOUNT, Some("/a/"), &next)
        .await
        .unwrap();
    assert_eq!(rest.items.len(), 1);
    assert_eq!(rest.items[0].name, "delta");
    assert!(!rest.is_truncated());
    assert!(matches!(
        store
            .list::<Role>(ACCOUNT, None, &PageRequest::after("!!", 2))
            .await,
        Err(StoreError::InvalidMarker)
    ));

    // A rename onto a name taken in another case is refused; a change of case is not.
    assert_already_exists(
        store
            .rename::<Group>(
                ACCOUNT,
                "beta",
                GroupUpdate {
                    new_name: Some("GAMMA".to_owned()),
                    new_path: None,
                },
            )
            .await,
        EntityKind::Group,
    );
    assert_eq!(
        store.get::<Group>(ACCOUNT, "beta").await.unwrap().name,
        "Beta"
    );
    let moved = store
        .rename::<Group>(
            ACCOUNT,
            "beta",
            GroupUpdate {
                new_name: None,
                new_path: Some("/moved/".to_owned()),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (moved.name.as_str(), moved.path.as_str()),
        ("Beta", "/moved/")
    );
    let recased = store
        .rename::<User>(
            ACCOUNT,
            "beta",
            UserUpdate {
                new_name: Some("BETA".to_owned()),
                new_path: None,
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (recased.name.as_str(), recased.path.as_str()),
        ("BETA", "/a/")
    );
    assert_not_found(
        store
            .rename::<Group>(OTHER, "beta", GroupUpdate::default())
            .await,
        EntityKind::Group,
    );

    // A group with a policy attached is held; what is missing is not found.
    store
        .attach_policy(ACCOUNT, PolicyOwner::Group("delta"), AWS_READ_ONLY)
        .await
        .unwrap();
    let held = store.delete::<Group>(ACCOUNT, "DELTA").await.unwrap_err();
    assert_eq!(
        held.to_string(),
        StoreError::DeleteConflict {
            kind: EntityKind::Group,
            name: "DELTA".to_owned(),
            reason: ConflictReason::AttachedPolicies
        }
        .to_string()
    );
    assert_not_found(
        store.delete::<Group>(ACCOUNT, "nobody").await,
        EntityKind::Group,
    );
    assert_not_found(
        store.delete::<InstanceProfile>(OTHER, "delta").await,
        EntityKind::InstanceProfile,
    );
    assert_not_found(store.delete::<User>(OTHER, "delta").await, EntityKind::User);
    store
        .delete::<InstanceProfile>(ACCOUNT, "Delta")
        .await
        .unwrap();
    assert_not_found(
        store.get::<InstanceProfile>(ACCOUNT, "delta").await,
        EntityKind::InstanceProfile,
    );
}

/// Writes made at the same time may share one transaction: a write that fails takes back its
/// own changes (here a user row inserted before its tags were refused) and no one else's.
async fn concurrent_writes_fail_alone(store: &Store) {
    let too_many: Vec<Tag> = (0..51).map(|n| Tag::new(format!("k{n}"), "v")).collect();
    let writes: Vec<_> = (0..24)
        .map(|n| {
            let mut user = new_user(&format!("batch-{n}"));
            match n % 3 {
                1 => user.tags = too_many.clone(),
                2 => user.name = "batch-same".to_owned(),
                _ => {}
            }
            let store = store.clone();
            tokio::spawn(async move { (n, store.create_user(ACCOUNT, user).await) })
        })
        .collect();
    let mut same_created = 0;
    for write in writes {
        let (n, created) = write.await.unwrap();
        match n % 3 {
            0 => assert!(created.is_ok(), "{n}: {created:?}"),
            1 => {
                assert_limit(created, Limit::TagsPerResource);
                assert_not_found(
                    store.get::<User>(ACCOUNT, &format!("batch-{n}")).await,
                    EntityKind::User,
                );
            }
            _ => match created {
                Ok(_) => same_created += 1,
                Err(err) => assert!(
                    matches!(
                        err,
                        StoreError::AlreadyExists {
                            kind: EntityKind::User,
                            ..
                        }
                    ),
                    "{n}: {err:?}"
                ),
            },
        }
    }
    assert_eq!(same_created, 1);
    let users = store
        .list::<User>(ACCOUNT, None, &PageRequest::first(100))
        .await
        .unwrap();
    assert_eq!(users.items.len(), 9, "8 distinct users and one batch-same");
}

/// The engines every case runs against, each opening a fresh store (with what must outlive
/// it): a new engine is one more function here and one more name in the list below.
mod engines {
    use gatehouse_store::Store;
    use tempfile::TempDir;

    /// SQLite in memory (`--ephemeral`).
    pub async fn sqlite_in_memory() -> (Store, Option<TempDir>) {
        (Store::in_memory().await.unwrap(), None)
    }

    /// A SQLite file in a temporary directory.
    pub async fn sqlite_file() -> (Store, Option<TempDir>) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("iam.db")).await.unwrap();
        (store, Some(dir))
    }
}

async fn organizations_tree_accounts_and_requests(store: &Store) {
    let new_org = |account: AccountId, id: &str| NewOrganization {
        id: id.to_owned(),
        root_id: format!("r-{}", id.get(2..6).unwrap()),
        management_account: account,
        management_name: "mgmt".to_owned(),
        management_email: format!("{account}@example.com"),
        feature_set: "ALL".to_owned(),
        created: at(1),
    };
    assert_eq!(store.organization_of(ACCOUNT).await.unwrap(), None);
    let org = store
        .create_organization(new_org(ACCOUNT, "o-aaaaaaaaaa"))
        .await
        .unwrap();
    assert_eq!((org.root_id.as_str(), org.created), ("r-aaaa", at(1)));
    assert_eq!(
        store.organization_of(ACCOUNT).await.unwrap(),
        Some(org.clone())
    );
    // One organization per account.
    assert_already_exists(
        store
            .create_organization(new_org(ACCOUNT, "o-bbbbbbbbbb"))
            .await,
        EntityKind::Organization,
    );
    let ou = |id: &str, parent: &str, name: &str| NewOrganizationalUnit {
        id: id.to_owned(),
        parent: parent.to_owned(),
        name: name.to_owned(),
        created: at(2),
    };
    store
        .create_organizational_unit(&org.id, ou("ou-aaaa-11111111", "r-aaaa", "dev"))
        .await
        .unwrap();
    assert_already_exists(
        store
            .create_organizational_unit(&org.id, ou("ou-aaaa-22222222", "r-aaaa", "dev"))
            .await,
        EntityKind::OrganizationParent,
    );
    assert_not_found(
        store
            .create_organizational_unit(&org.id, ou("ou-aaaa-33333333", "r-zzzz", "x"))
            .await,
        EntityKind::OrganizationParent,
    );
    // A member account, its role and policy; a second with the same email fails.
    let member = account(444_444_444_444);
    let new_member = |request: &str, account: AccountId| NewMemberAccount {
        request_id: request.to_owned(),
        account,
        name: "dev".to_owned(),
        email: "Dev@example.com".to_owned(),
        root_id: org.root_id.clone(),
        requested: at(3),
        access_role: new_role("OrganizationAccountAccessRole"),
        access_policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess".to_owned(),
    };
    let done = store
        .create_member_account(&org.id, new_member("car-11111111", member))
        .await
        .unwrap();
    assert_eq!(
        (done.state, done.account),
        (CreateAccountState::Succeeded, Some(member))
    );
    let role = store
        .get::<Role>(member, "OrganizationAccountAccessRole")
        .await
        .unwrap();
    assert_eq!(role.account, member);
    let failed = store
        .create_member_account(
            &org.id,
            new_member("car-22222222", account(555_555_555_555)),
        )
        .await
        .unwrap();
    assert_eq!(failed.state, CreateAccountState::Failed);
    assert_eq!(
        failed.failure_reason.as_deref(),
        Some("EMAIL_ALREADY_EXISTS")
    );
    assert_eq!(
        store
            .create_account_request(&org.id, "car-22222222")
            .await
            .unwrap(),
        Some(failed)
    );
    assert_eq!(
        store
            .create_account_request(&org.id, "car-x")
            .await
            .unwrap(),
        None
    );
    let accounts = store.organization_accounts(&org.id).await.unwrap();
    let methods: Vec<_> = accounts
        .iter()
        .map(|a| (a.account, a.joined_method))
        .collect();
    assert_eq!(
        methods,
        [
            (ACCOUNT, JoinedMethod::Invited),
            (member, JoinedMethod::Created)
        ]
    );
    assert_eq!(
        store.organization_of(member).await.unwrap().map(|o| o.id),
        Some(org.id.clone())
    );
    // Moves: from where it is, to somewhere else.
    store
        .move_account(&org.id, member, "r-aaaa", "ou-aaaa-11111111")
        .await
        .unwrap();
    assert_already_exists(
        store
            .move_account(&org.id, member, "r-aaaa", "ou-aaaa-11111111")
            .await,
        EntityKind::OrganizationAccount,
    );
    assert_not_found(
        store
            .move_account(&org.id, member, "r-aaaa", "ou-aaaa-99999999")
            .await,
        EntityKind::OrganizationParent,
    );
    // What is not empty cannot be deleted.
    assert_conflict(
        store
            .delete_organizational_unit(&org.id, "ou-aaaa-11111111")
            .await,
        ConflictReason::OrganizationalUnitChildren,
    );
    assert_conflict(
        store.delete_organization(&org.id).await,
        ConflictReason::MemberAccounts,
    );
    assert_not_found(
        store.delete_organizational_unit(&org.id, "r-aaaa").await,
        EntityKind::OrganizationParent,
    );
    let parents = store.organization_parents(&org.id).await.unwrap();
    assert_eq!(parents.len(), 2);
    store.reset().await.unwrap();
    assert_eq!(store.organization_of(ACCOUNT).await.unwrap(), None);
    let again = store
        .create_organization(new_org(ACCOUNT, "o-aaaaaaaaaa"))
        .await
        .unwrap();
    store.delete_organization(&again.id).await.unwrap();
    assert_eq!(store.organization_of(ACCOUNT).await.unwrap(), None);
}

async fn credential_report_sources_and_reports(store: &Store) {
    let empty = store.account_credentials(ACCOUNT).await.unwrap();
    assert_eq!(
        empty,
        AccountCredentials {
            root_keys: Vec::new(),
            users: Vec::new(),
            max_password_age: None,
        }
    );
    store.create_user(ACCOUNT, new_user("zed")).await.unwrap();
    store.create_user(ACCOUNT, new_user("Amy")).await.unwrap();
    store
        .create_user(OTHER, new_user("elsewhere"))
        .await
        .unwrap();
    let key = |id: &str, created: i64| NewAccessKey {
        created: at(created),
        ..new_key(id)
    };
    // Created out of order: listed by creation time.
    store
        .create_access_key(ACCOUNT, KeyOwner::User("amy"), key("AKIAAMY000000002", 20))
        .await
        .unwrap();
    store
        .create_access_key(ACCOUNT, KeyOwner::User("amy"), key("AKIAAMY000000001", 10))
        .await
        .unwrap();
    store
        .update_access_key_status(
            ACCOUNT,
            KeyOwner::User("amy"),
            "AKIAAMY000000002",
            AccessKeyStatus::Inactive,
        )
        .await
        .unwrap();
    store
        .record_access_key_used("AKIAAMY000000001", at(30), "sts", "eu-west-1")
        .await
        .unwrap();
    store
        .create_access_key(ACCOUNT, KeyOwner::Root, key("AKIAROOT00000001", 5))
        .await
        .unwrap();
    store
        .create_login_profile(
            ACCOUNT,
            "zed",
            NewLoginProfile {
                password_hash: "h".to_owned(),
                reset_required: false,
                created: at(40),
            },
        )
        .await
        .unwrap();
    store
        .create_virtual_mfa_device(ACCOUNT, new_mfa("zed-phone"))
        .await
        .unwrap();
    store
        .enable_mfa_device(ACCOUNT, "zed", &mfa_serial("zed-phone"), at(50), 1)
        .await
        .unwrap();
    store
        .put_password_policy(
            ACCOUNT,
            PasswordPolicy {
                minimum_length: 8,
                require_symbols: false,
                require_numbers: false,
                require_uppercase: false,
                require_lowercase: false,
                allow_users_to_change: true,
                max_password_age: Some(30),
                reuse_prevention: None,
                hard_expiry: None,
            },
        )
        .await
        .unwrap();

    let credentials = store.account_credentials(ACCOUNT).await.unwrap();
    assert_eq!(credentials.max_password_age, Some(30));
    assert_eq!(credentials.root_keys.len(), 1);
    assert_eq!(credentials.root_keys[0].created, at(5));
    let names: Vec<&str> = credentials.users.iter().map(|u| u.name.as_str()).collect();
    assert_eq!(
        names,
        ["Amy", "zed"],
        "by name without case, this account only"
    );
    let amy = &credentials.users[0];
    assert_eq!(amy.password_changed, None);
    assert!(!amy.mfa_active);
    let keys: Vec<(AccessKeyStatus, OffsetDateTime)> =
        amy.keys.iter().map(|k| (k.status, k.created)).collect();
    assert_eq!(
        keys,
        [
            (AccessKeyStatus::Active, at(10)),
            (AccessKeyStatus::Inactive, at(20))
        ]
    );
    let used = amy.keys[0].last_used.as_ref().unwrap();
    assert_eq!(
        (used.date, used.service.as_str(), used.region.as_str()),
        (at(30), "sts", "eu-west-1")
    );
    assert_eq!(amy.keys[1].last_used, None);
    let zed = &credentials.users[1];
    assert_eq!(zed.password_changed, Some(at(40)));
    assert!(zed.mfa_active);
    assert!(zed.keys.is_empty());

    assert_eq!(store.credential_report(ACCOUNT).await.unwrap(), None);
    let first = CredentialReport {
        generated: at(100),
        content: "user,arn\nfirst".to_owned(),
    };
    store
        .put_credential_report(ACCOUNT, first.clone())
        .await
        .unwrap();
    assert_eq!(store.credential_report(ACCOUNT).await.unwrap(), Some(first));
    assert_eq!(store.credential_report(OTHER).await.unwrap(), None);
    let second = CredentialReport {
        generated: at(200),
        content: "second".to_owned(),
    };
    store
        .put_credential_report(ACCOUNT, second.clone())
        .await
        .unwrap();
    assert_eq!(
        store.credential_report(ACCOUNT).await.unwrap(),
        Some(second)
    );
    store.reset().await.unwrap();
    assert_eq!(store.credential_report(ACCOUNT).await.unwrap(), None);
}

/// One test module per engine, each with one test per case.
macro_rules! conformance {
    (engines [] cases [$($case:ident),* $(,)?]) => {};
    (engines [$engine:ident $(, $rest:ident)*] cases [$($case:ident),* $(,)?]) => {
        mod $engine {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $case() {
                    let (store, _dir) = super::engines::$engine().await;
                    super::$case(&store).await;
                    store.close().await;
                }
            )*
        }
        conformance!(engines [$($rest),*] cases [$($case),*]);
    };
}

conformance!(
    engines [sqlite_in_memory, sqlite_file]
    cases [
    users_crud,
    generated_id_clashes_are_not_name_clashes,
    pagination_and_path_prefix,
    groups_and_memberships,
    group_membership_limit,
    roles_crud,
    managed_policies_and_versions,
    policy_listing_filters,
    an_inline_policy_is_put_only_if_admitted_beside_the_others,
    inline_policies_and_attachments,
    attachment_limit,
    principal_policy_sets,
    access_keys,
    concurrent_limits_hold,
    mfa_devices,
    mfa_devices_per_user_limit,
    identity_providers,
    instance_profiles,
    tags_on_resources,
    account_alias_and_summary,
    reset_wipes_everything,
    reset_can_keep_root_keys,
    login_profiles_and_password_policy,
    ssh_public_keys,
    created_values_are_what_is_read_back,
    tag_quota_on_create,
    inline_policy_upsert_finds_its_owner,
    delete_conflicts_are_reported_in_order,
    concurrent_writes_fail_alone,
    pathed_entities_share_their_rules,
    organizations_tree_accounts_and_requests,
    credential_report_sources_and_reports,
    ]
);

#[tokio::test]
async fn file_state_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("iam.db");
    {
        let store = Store::open(&path).await.unwrap();
        store.create_user(ACCOUNT, new_user("nina")).await.unwrap();
        store
            .create_access_key(ACCOUNT, KeyOwner::User("nina"), new_key("AKIANINA00000001"))
            .await
            .unwrap();
        store
            .create_policy(ACCOUNT, new_policy("Kept", "kept-doc"))
            .await
            .unwrap();
        // Dropped without close: every acknowledged write must already be durable.
    }
    let store = Store::open(&path).await.unwrap();
    assert_eq!(
        store.get::<User>(ACCOUNT, "NINA").await.unwrap().name,
        "nina"
    );
    assert!(
        store
            .access_key("AKIANINA00000001")
            .await
            .unwrap()
            .is_some()
    );
    let version = store
        .get_policy_version(ACCOUNT, &policy_arn("Kept"), VersionId(1))
        .await
        .unwrap();
    assert_eq!(version.document, "kept-doc");
    store.close().await;
}

#[tokio::test]
async fn in_memory_stores_are_separate() {
    let first = Store::in_memory().await.unwrap();
    let second = Store::in_memory().await.unwrap();
    first.create_user(ACCOUNT, new_user("olga")).await.unwrap();
    assert_not_found(second.get::<User>(ACCOUNT, "olga").await, EntityKind::User);
    assert!(first.clone().get::<User>(ACCOUNT, "olga").await.is_ok());
}
