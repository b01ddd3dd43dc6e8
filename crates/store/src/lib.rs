//! gatehouse-store: the IAM state behind one API, kept by a storage [`Engine`] (SQLite).
//!
//! [`Store`] is a cheap-to-clone handle. [`Store::open`] keeps state in a SQLite file (WAL; a
//! write returns only once it is durable, concurrent writes sharing one commit and its fsync);
//! [`Store::in_memory`] keeps it in memory for ephemeral runs. Every method takes the
//! [`AccountId`], except the lookups by globally unique key (access key id, user and role
//! unique ids). Users, groups, roles and instance profiles share one generic API
//! ([`Store::get`], [`Store::list`], … over [`Pathed`]), as do OIDC and SAML providers
//! ([`Store::get_provider`], … over [`Provider`]).
//!
//! The store keeps data and the invariants that must hold under concurrency: case-insensitive
//! name uniqueness, quotas ([`Limits`]) and deletion preconditions are checked inside the
//! write transaction, and a refused deletion is a typed [`StoreError::DeleteConflict`]. AWS
//! validation, ids, ARNs and messages belong to the caller.
//!
//! Writes are closures run by one writer thread on the one write connection, batched into
//! `BEGIN IMMEDIATE` transactions with a savepoint per write (`src/writer.rs`), so they never
//! deadlock on a lock upgrade and share commits. Reads run on the calling thread, on a
//! read-only connection of that thread's own: a read is a few microseconds of SQLite and
//! needs no hand-off to another thread.
//!
//! The SQL (queries and migrations) stays close to portable: TEXT and BIGINT columns,
//! epoch-second timestamps, ids made by the caller; placeholders are SQLite's numbered `?n`.

mod access_keys;
mod account;
mod credential_reports;
mod db;
mod details;
mod engine;
mod error;
mod groups;
mod health;
mod iam_queries;
mod instance_profiles;
mod login_profiles;
mod mfa;
mod migrations;
mod organizations;
mod outbound_federation;
mod page;
mod pathed;
mod policies;
mod principal;
mod providers;
mod roles;
mod service_linked;
mod sqlite;
mod ssh_public_keys;
mod tags;
mod users;
mod writer;

use std::path::Path;
use std::sync::Arc;

pub use access_keys::{
    AccessKey, AccessKeyStatus, KeyHolder, KeyLastUsed, KeyOwner, NewAccessKey, SecretAccessKey,
};
pub use account::AccountSummary;
pub use credential_reports::{
    AccountCredentials, CredentialReport, KeyCredential, UserCredentials,
};
pub use details::AccountDetails;
pub use error::{ConflictReason, EntityKind, Limit, Result, StoreError};
pub use gatehouse_token::AccountId;
pub use groups::{Group, GroupUpdate, NewGroup};
pub use health::{backup, integrity_check};
pub use iam_queries::AwsPolicyUsage;
pub use instance_profiles::{InstanceProfile, NewInstanceProfile};
pub use login_profiles::{LoginProfile, NewLoginProfile, PasswordPolicy};
pub use mfa::{MfaAssignment, MfaAssignmentFilter, MfaSeed, NewVirtualMfaDevice, VirtualMfaDevice};
pub use organizations::{
    CreateAccountRequest, CreateAccountState, JoinedMethod, NewMemberAccount, NewOrganization,
    NewOrganizationalUnit, OrgAccount, OrgParent, Organization,
};
pub use outbound_federation::{
    EnableOutcome, OutboundFederation, OutboundSigningKey, PrivateKeyDer,
};
pub use page::{DEFAULT_MAX_ITEMS, MAX_MAX_ITEMS, Page, PageRequest};
pub use pathed::{Bounded, Pathed, Rename, Renamed};
pub use policies::{
    InlinePolicy, InvalidVersionId, ManagedPolicy, NewManagedPolicy, PolicyEntity,
    PolicyListFilter, PolicyOwner, PolicyUsage, PolicyVersion, VersionId,
};
pub use principal::{ManagedDocument, NamedDocument, PolicySet};
pub use providers::{NewOidcProvider, NewSamlProvider, OidcProvider, Provider, SamlProvider};
pub use roles::{NewRole, Role, RoleLastUsed, RoleUpdate};
pub use service_linked::{DeletionStatus, DeletionTask, SlrDeletion};
pub use ssh_public_keys::{NewSshPublicKey, SshPublicKey};
pub use tags::{Tag, TagTarget};
pub use users::{NewUser, User, UserUpdate};

pub use engine::{Engine, WriteStats};
pub use sqlite::Sqlite;

use db::Conn;

/// The quotas the store enforces atomically. Defaults are AWS's default quotas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Access keys per user, and for the account root (2).
    pub access_keys_per_user: u32,
    /// Versions per customer managed policy (5).
    pub versions_per_policy: u32,
    /// Groups per user (10).
    pub groups_per_user: u32,
    /// Managed policies attached per user (10).
    pub attached_policies_per_user: u32,
    /// Managed policies attached per role (10).
    pub attached_policies_per_role: u32,
    /// Managed policies attached per group (10).
    pub attached_policies_per_group: u32,
    /// MFA devices per user (8).
    pub mfa_devices_per_user: u32,
    /// OpenID Connect providers per account (100).
    pub oidc_providers_per_account: u32,
    /// SAML providers per account (100).
    pub saml_providers_per_account: u32,
    /// Tags per resource (50).
    pub tags_per_resource: u32,
    /// SSH public keys per user (5).
    pub ssh_public_keys_per_user: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            access_keys_per_user: 2,
            versions_per_policy: 5,
            groups_per_user: 10,
            attached_policies_per_user: 10,
            attached_policies_per_role: 10,
            attached_policies_per_group: 10,
            mfa_devices_per_user: 8,
            oidc_providers_per_account: 100,
            saml_providers_per_account: 100,
            tags_per_resource: 50,
            ssh_public_keys_per_user: 5,
        }
    }
}

/// Fails with `LimitExceeded` when `current` rows already fill the quota.
pub(crate) fn check_limit(current: i64, max: u32, limit: Limit) -> Result<()> {
    if current >= i64::from(max) {
        Err(StoreError::LimitExceeded { limit, max })
    } else {
        Ok(())
    }
}

/// A handle on the IAM state, kept by the storage engine `E` (SQLite unless said otherwise).
/// Clones share the same database.
pub struct Store<E: Engine = Sqlite> {
    engine: Arc<E>,
    limits: Limits,
}

impl<E: Engine> Clone for Store<E> {
    fn clone(&self) -> Self {
        Self {
            engine: Arc::clone(&self.engine),
            limits: self.limits,
        }
    }
}

impl<E: Engine> Store<E> {
    /// A store over `engine`, with AWS's default quotas.
    pub fn with_engine(engine: E) -> Self {
        Self {
            engine: Arc::new(engine),
            limits: Limits::default(),
        }
    }

    /// The same store with other quotas (for adjusted-quota tests and configuration).
    pub fn with_limits(self, limits: Limits) -> Self {
        Self { limits, ..self }
    }

    /// The quotas in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Finishes the writes already made and stops the writer: later writes through any clone
    /// fail with [`StoreError::Closed`]. Reads go on working.
    pub async fn close(&self) {
        self.engine.close().await;
    }

    /// The number of write transactions committed since the store was opened: it changes
    /// whenever the state may have changed, so a cache of derived state is current while it
    /// holds.
    pub fn generation(&self) -> u64 {
        self.engine.generation()
    }

    /// How long write transactions have taken (fsync included) and how many writes each
    /// held, since the store was opened.
    pub fn write_stats(&self) -> WriteStats {
        self.engine.write_stats()
    }

    /// Runs `read` on this thread's read connection.
    pub(crate) fn read<T>(&self, read: impl FnOnce(&E::Conn) -> Result<T>) -> Result<T> {
        self.engine.read(read)
    }

    /// Runs `read` in a read transaction, for reads that must see one consistent state.
    pub(crate) fn read_tx<T>(&self, read: impl FnOnce(&E::Conn) -> Result<T>) -> Result<T> {
        self.engine.read_tx(read)
    }
}

impl Store {
    /// Opens (creating it if needed) the SQLite database file at `path`, checks it (quickly:
    /// see `src/health.rs`) and migrates it. A damaged database fails with
    /// [`StoreError::Damaged`] and is left as it was found.
    pub async fn open(path: impl AsRef<Path>) -> Result<Self> {
        Ok(Self::with_engine(Sqlite::open(path.as_ref())?))
    }

    /// A fresh database in memory, gone when the last clone is dropped.
    pub async fn in_memory() -> Result<Self> {
        Ok(Self::with_engine(Sqlite::in_memory()?))
    }

    /// Runs `write` in a write transaction (a savepoint of a batch, for a file store) and
    /// returns its result once it is durable. If `write` fails, its changes are rolled back.
    pub(crate) async fn write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&Conn) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        self.engine.write(write).await
    }

    /// Deletes all state, in every account.
    pub async fn reset(&self) -> Result<()> {
        self.reset_keeping_root_keys(Vec::new()).await
    }

    /// Deletes all state, in every account, and in the same transaction stores `keys` again as
    /// the root access keys of their accounts (with their ids, secrets, statuses and creation
    /// times; their last use is forgotten), so that no request sees the store without them.
    pub async fn reset_keeping_root_keys(&self, keys: Vec<AccessKey>) -> Result<()> {
        self.write(move |tx| {
            for table in [
                "users",
                "iam_groups",
                "group_members",
                "roles",
                "managed_policies",
                "policy_versions",
                "inline_policies",
                "policy_attachments",
                "access_keys",
                "mfa_devices",
                "oidc_providers",
                "saml_providers",
                "instance_profiles",
                "instance_profile_roles",
                "account_aliases",
                "tags",
                "slr_deletion_tasks",
                "outbound_federation",
                "outbound_signing_keys",
                "login_profiles",
                "password_policies",
                "organizations",
                "organization_parents",
                "organization_accounts",
                "create_account_requests",
                "credential_reports",
                "ssh_public_keys",
            ] {
                tx.execute_batch(&format!("DELETE FROM {table}"))?;
            }
            for key in &keys {
                access_keys::restore_root_key(tx, key)?;
            }
            Ok(())
        })
        .await
    }
}

/// An account id for tests.
#[cfg(test)]
pub(crate) const fn test_account(number: u64) -> AccountId {
    match AccountId::from_number(number) {
        Some(account) => account,
        None => panic!("not an account id"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_checked_before_the_row_is_added() {
        assert!(check_limit(1, 2, Limit::AccessKeysPerUser).is_ok());
        assert!(matches!(
            check_limit(2, 2, Limit::AccessKeysPerUser),
            Err(StoreError::LimitExceeded { max: 2, .. })
        ));
    }

    #[test]
    fn the_store_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Store>();
    }
}
