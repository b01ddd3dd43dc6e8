//! gatehouse-store: the IAM state behind one API, durable on SQLite.
//!
//! [`Store`] is a cheap-to-clone handle. [`Store::open`] keeps state in a SQLite file (WAL; a write
//! returns only once it is durable, the log's fsyncs shared between concurrent writers); [`Store::in_memory`] keeps it
//! in memory for ephemeral runs. Every method takes the 12-digit account id, except the
//! lookups by globally unique key (access key id, user and role unique ids).
//!
//! The store keeps data and the invariants that must hold under concurrency: case-insensitive
//! name uniqueness, quotas ([`Limits`]) and deletion preconditions are checked inside the
//! write transaction, and a refused deletion is a typed [`StoreError::DeleteConflict`]. AWS
//! validation, ids, ARNs and messages belong to the caller.
//!
//! Writes run on a single writer connection inside `BEGIN IMMEDIATE` transactions, so they
//! never deadlock on a lock upgrade; reads run on a pool of read-only connections.
//!
//! Every statement is a round trip to the connection's worker thread, and the writer is held
//! for the whole transaction, so writes keep their statements few: a create returns what it
//! wrote instead of reading it back, the tags of a new resource go in one `INSERT` with their
//! quota checked before, and lookups and precondition checks share one `SELECT` where they
//! can (`tests/statements.rs` counts them).
//!
//! The SQL (queries and migrations) is portable to PostgreSQL: `$n` placeholders, TEXT and
//! BIGINT columns, epoch-second timestamps, ids made by the caller. What is SQLite-specific is
//! confined to [`Store::open`], [`Store::in_memory`] and the `BEGIN IMMEDIATE` of the write
//! path; a PostgreSQL backend would run writes `SERIALIZABLE` (retrying on SQLSTATE 40001)
//! so that the count-then-insert quota checks stay atomic.

mod access_keys;
mod account;
mod db;
mod details;
mod error;
mod groups;
mod iam_queries;
mod instance_profiles;
mod journal;
mod login_profiles;
mod mfa;
mod outbound_federation;
mod page;
mod policies;
mod principal;
mod providers;
mod roles;
mod service_linked;
mod tags;
mod users;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use sqlx::pool::PoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};

pub use access_keys::{
    AccessKey, AccessKeyStatus, KeyHolder, KeyLastUsed, KeyOwner, NewAccessKey, SecretAccessKey,
};
pub use account::AccountSummary;
pub use details::AccountDetails;
pub use error::{ConflictReason, EntityKind, Limit, Result, StoreError};
pub use groups::{Group, GroupUpdate, NewGroup};
pub use iam_queries::AwsPolicyUsage;
pub use instance_profiles::{InstanceProfile, NewInstanceProfile};
pub use login_profiles::{LoginProfile, NewLoginProfile, PasswordPolicy};
pub use mfa::{MfaAssignment, MfaAssignmentFilter, MfaSeed, NewVirtualMfaDevice, VirtualMfaDevice};
pub use outbound_federation::{
    EnableOutcome, OutboundFederation, OutboundSigningKey, PrivateKeyDer,
};
pub use page::{DEFAULT_MAX_ITEMS, MAX_MAX_ITEMS, Page, PageRequest};
pub use policies::{
    InlinePolicy, InvalidVersionId, ManagedPolicy, NewManagedPolicy, PolicyEntity,
    PolicyListFilter, PolicyOwner, PolicyUsage, PolicyVersion, VersionId,
};
pub use principal::{ManagedDocument, NamedDocument, PolicySet};
pub use providers::{NewOidcProvider, NewSamlProvider, OidcProvider, SamlProvider};
pub use roles::{NewRole, Role, RoleLastUsed, RoleUpdate};
pub use service_linked::{DeletionStatus, DeletionTask, SlrDeletion};
pub use tags::{Tag, TagTarget};
pub use users::{NewUser, User, UserUpdate};

use db::{Db, Tx};
use journal::{Journal, WriteTx};

/// The quotas the store enforces atomically. Defaults are AWS's default quotas.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// A handle on the IAM state. Clones share the same database.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

struct Inner {
    /// Read-only connections (the writer's connection when in memory).
    reader: sqlx::Pool<Db>,
    /// The single writer connection.
    writer: sqlx::Pool<Db>,
    /// Commit counting and group fsync of the writes.
    journal: Arc<Journal>,
    limits: Limits,
}

/// How long a connection waits on a lock held by another process before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Read connections per file store.
const READERS: u32 = 4;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

impl Store {
    /// Opens (creating it if needed) the SQLite database file at `path` and migrates it.
    pub async fn open(path: impl AsRef<Path>) -> Result<Self> {
        let options = SqliteConnectOptions::new()
            .filename(path.as_ref())
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // Commits are made durable by the journal's shared fsync of the log.
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(BUSY_TIMEOUT);
        // The one writer connection lives as long as the store: a liveness check on each
        // acquire would only add a round trip to its worker thread to every write.
        let writer = PoolOptions::<Db>::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .test_before_acquire(false)
            .connect_with(options.clone())
            .await?;
        MIGRATOR.run(&writer).await?;
        // A connection to a local file does not go stale: no liveness check on acquire.
        let reader = PoolOptions::<Db>::new()
            .max_connections(READERS)
            .test_before_acquire(false)
            .connect_with(options.read_only(true))
            .await?;
        let mut wal = path.as_ref().as_os_str().to_owned();
        wal.push("-wal");
        Ok(Self::from_pools(
            reader,
            writer,
            Journal::new(Some(wal.into())),
        ))
    }

    /// A fresh database in memory, gone when the last clone is dropped.
    pub async fn in_memory() -> Result<Self> {
        // Each connection to `:memory:` is a database of its own: use exactly one connection,
        // kept open for the life of the pool.
        let options = SqliteConnectOptions::new().in_memory(true);
        let pool = PoolOptions::<Db>::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .test_before_acquire(false)
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Self::from_pools(pool.clone(), pool, Journal::new(None)))
    }

    fn from_pools(reader: sqlx::Pool<Db>, writer: sqlx::Pool<Db>, journal: Journal) -> Self {
        Self {
            inner: Arc::new(Inner {
                reader,
                writer,
                journal: Arc::new(journal),
                limits: Limits::default(),
            }),
        }
    }

    /// The same store with other quotas (for adjusted-quota tests and configuration).
    pub fn with_limits(self, limits: Limits) -> Self {
        Self {
            inner: Arc::new(Inner {
                reader: self.inner.reader.clone(),
                writer: self.inner.writer.clone(),
                journal: Arc::clone(&self.inner.journal),
                limits,
            }),
        }
    }

    /// The quotas in force.
    pub fn limits(&self) -> &Limits {
        &self.inner.limits
    }

    /// Deletes all state, in every account.
    pub async fn reset(&self) -> Result<()> {
        let mut tx = self.write().await?;
        for sql in [
            "DELETE FROM users",
            "DELETE FROM iam_groups",
            "DELETE FROM group_members",
            "DELETE FROM roles",
            "DELETE FROM managed_policies",
            "DELETE FROM policy_versions",
            "DELETE FROM inline_policies",
            "DELETE FROM policy_attachments",
            "DELETE FROM access_keys",
            "DELETE FROM mfa_devices",
            "DELETE FROM oidc_providers",
            "DELETE FROM saml_providers",
            "DELETE FROM instance_profiles",
            "DELETE FROM instance_profile_roles",
            "DELETE FROM account_aliases",
            "DELETE FROM tags",
            "DELETE FROM slr_deletion_tasks",
            "DELETE FROM outbound_federation",
            "DELETE FROM outbound_signing_keys",
            "DELETE FROM login_profiles",
            "DELETE FROM password_policies",
        ] {
            sqlx::query(sql).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Closes the connections, waiting for them to finish. Other clones stop working.
    pub async fn close(&self) {
        self.inner.reader.close().await;
        self.inner.writer.close().await;
    }

    /// The number of writes committed since the store was opened: it changes whenever the
    /// state may have changed, so a cache of derived state is current while it holds.
    pub fn generation(&self) -> u64 {
        self.inner.journal.generation()
    }

    /// Starts a write transaction that holds the write lock from its first statement; its
    /// commit returns once the write is durable.
    pub(crate) async fn write(&self) -> Result<WriteTx<'_>> {
        let tx = self.inner.writer.begin_with("BEGIN IMMEDIATE").await?;
        Ok(WriteTx::new(tx, &self.inner.journal))
    }

    /// A read connection.
    pub(crate) async fn read(&self) -> Result<sqlx::pool::PoolConnection<Db>> {
        Ok(self.inner.reader.acquire().await?)
    }

    /// A read transaction, for reads that must see one consistent state.
    pub(crate) async fn read_tx(&self) -> Result<Tx> {
        Ok(self.inner.reader.begin().await?)
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
