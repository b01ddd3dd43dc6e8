//! Access keys of users and of account roots.

use std::fmt;

use time::OffsetDateTime;

use crate::db::{Conn, Resource, as_stored, epoch, from_epoch, from_epoch_opt, name_key};
use crate::error::{EntityKind, Limit, Result, StoreError};
use crate::{Store, check_limit};

/// A secret access key. Never printed; compare through the verifier, not `==`.
#[derive(Clone)]
pub struct SecretAccessKey(String);

impl SecretAccessKey {
    /// Wraps a secret.
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// The secret text, for signing and for the one `CreateAccessKey` response.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SecretAccessKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretAccessKey(<redacted>)")
    }
}

/// An access key's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccessKeyStatus {
    /// Usable.
    Active,
    /// Refused.
    Inactive,
    /// Refused (expired).
    Expired,
}

impl AccessKeyStatus {
    /// The AWS spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "Active",
            Self::Inactive => "Inactive",
            Self::Expired => "Expired",
        }
    }

    fn parse(text: &str) -> Result<Self> {
        [Self::Active, Self::Inactive, Self::Expired]
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| StoreError::Corrupt {
                detail: format!("access key status {text}"),
            })
    }
}

/// Whose access key to create, list or change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOwner<'a> {
    /// The account root.
    Root,
    /// A user, by name.
    User(&'a str),
}

/// Who holds a stored access key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyHolder {
    /// The account root.
    Root,
    /// An IAM user.
    User {
        /// The user's unique id.
        id: String,
        /// The user's name.
        name: String,
        /// The user's path.
        path: String,
    },
}

/// When, where and for what an access key was last used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyLastUsed {
    /// When.
    pub date: OffsetDateTime,
    /// Which service (`sts`, `iam`).
    pub service: String,
    /// Which region.
    pub region: String,
}

/// An access key to create.
#[derive(Debug, Clone)]
pub struct NewAccessKey {
    /// The access key id (`AKIA…`), globally unique.
    pub id: String,
    /// The secret.
    pub secret: SecretAccessKey,
    /// The creation time.
    pub created: OffsetDateTime,
}

/// A stored access key.
#[derive(Debug, Clone)]
pub struct AccessKey {
    /// The account.
    pub account: String,
    /// The access key id.
    pub id: String,
    /// The secret.
    pub secret: SecretAccessKey,
    /// Active, Inactive or Expired.
    pub status: AccessKeyStatus,
    /// The creation time.
    pub created: OffsetDateTime,
    /// Who holds it.
    pub holder: KeyHolder,
    /// Its last use, if any.
    pub last_used: Option<KeyLastUsed>,
}

#[derive(sqlx::FromRow)]
struct KeyRow {
    account: String,
    id: String,
    secret: String,
    status: String,
    created: i64,
    last_used: Option<i64>,
    last_used_service: Option<String>,
    last_used_region: Option<String>,
    user_id: Option<String>,
    user_name: Option<String>,
    user_path: Option<String>,
}

impl KeyRow {
    fn into_key(self) -> Result<AccessKey> {
        let holder = match (self.user_id, self.user_name, self.user_path) {
            (Some(id), Some(name), Some(path)) => KeyHolder::User { id, name, path },
            (None, _, _) => KeyHolder::Root,
            (Some(id), _, _) => {
                return Err(StoreError::Corrupt {
                    detail: format!("access key owned by missing user {id}"),
                });
            }
        };
        let last_used = from_epoch_opt(self.last_used)?.map(|date| KeyLastUsed {
            date,
            service: self.last_used_service.unwrap_or_default(),
            region: self.last_used_region.unwrap_or_default(),
        });
        Ok(AccessKey {
            account: self.account,
            id: self.id,
            secret: SecretAccessKey(self.secret),
            status: AccessKeyStatus::parse(&self.status)?,
            created: from_epoch(self.created)?,
            holder,
            last_used,
        })
    }
}

macro_rules! select_key {
    () => {
        "SELECT k.account, k.id, k.secret, k.status, k.created, k.last_used, k.last_used_service, k.last_used_region, \
         k.user_id, u.name AS user_name, u.path AS user_path FROM access_keys k LEFT JOIN users u ON u.id = k.user_id"
    };
}

/// The user id a key owner stands for (`None` for the root).
async fn owner_id(conn: &mut Conn, account: &str, owner: KeyOwner<'_>) -> Result<Option<String>> {
    match owner {
        KeyOwner::Root => Ok(None),
        KeyOwner::User(name) => Resource::User.id(conn, account, name).await.map(Some),
    }
}

/// Fails with `NotFound` unless key `id` exists in `account` and belongs to `owner`.
async fn check_holder(conn: &mut Conn, account: &str, owner: KeyOwner<'_>, id: &str) -> Result<()> {
    let user_id = owner_id(conn, account, owner).await?;
    let held: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM access_keys WHERE id = $1 AND account = $2 AND (user_id = $3 OR (user_id IS NULL AND $3 IS NULL))",
    )
    .bind(id)
    .bind(account)
    .bind(&user_id)
    .fetch_one(&mut *conn)
    .await?;
    if held == 0 {
        return Err(StoreError::not_found(EntityKind::AccessKey, id));
    }
    Ok(())
}

impl Store {
    /// Creates an Active access key (`CreateAccessKey`); `LimitExceeded` when the owner has
    /// the maximum number of keys already.
    pub async fn create_access_key(
        &self,
        account: &str,
        owner: KeyOwner<'_>,
        key: NewAccessKey,
    ) -> Result<AccessKey> {
        let mut tx = self.write().await?;
        // The holder and its number of keys, in one statement.
        let (holder, existing) = match owner {
            KeyOwner::Root => {
                let existing: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM access_keys WHERE account = $1 AND user_id IS NULL",
                )
                .bind(account)
                .fetch_one(&mut *tx)
                .await?;
                (KeyHolder::Root, existing)
            }
            KeyOwner::User(name) => {
                let (id, name, path, existing): (String, String, String, i64) = sqlx::query_as(
                    "SELECT u.id, u.name, u.path, \
                     (SELECT COUNT(*) FROM access_keys k WHERE k.account = u.account AND k.user_id = u.id) \
                     FROM users u WHERE u.account = $1 AND u.name_key = $2",
                )
                .bind(account)
                .bind(name_key(name))
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| StoreError::not_found(EntityKind::User, name))?;
                (KeyHolder::User { id, name, path }, existing)
            }
        };
        let user_id = match &holder {
            KeyHolder::Root => None,
            KeyHolder::User { id, .. } => Some(id.as_str()),
        };
        check_limit(
            existing,
            self.limits().access_keys_per_user,
            Limit::AccessKeysPerUser,
        )?;
        sqlx::query("INSERT INTO access_keys (id, account, user_id, secret, status, created) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&key.id)
            .bind(account)
            .bind(user_id)
            .bind(key.secret.expose())
            .bind(AccessKeyStatus::Active.as_str())
            .bind(epoch(key.created))
            .execute(&mut *tx)
            .await
            .map_err(|err| StoreError::on_insert(err, EntityKind::AccessKey, &key.id))?;
        tx.commit().await?;
        // What a `SELECT` of the new row would read back, without the round trip.
        Ok(AccessKey {
            account: account.to_owned(),
            id: key.id,
            secret: key.secret,
            status: AccessKeyStatus::Active,
            created: as_stored(key.created)?,
            holder,
            last_used: None,
        })
    }

    /// The access key with this id, in any account, with its holder: the authentication
    /// lookup, one indexed query.
    pub async fn access_key(&self, id: &str) -> Result<Option<AccessKey>> {
        let row: Option<KeyRow> = sqlx::query_as(concat!(select_key!(), " WHERE k.id = $1"))
            .bind(id)
            .fetch_optional(&mut *self.read().await?)
            .await?;
        row.map(KeyRow::into_key).transpose()
    }

    /// An owner's access keys, oldest first (`ListAccessKeys`; at most 2).
    pub async fn list_access_keys(
        &self,
        account: &str,
        owner: KeyOwner<'_>,
    ) -> Result<Vec<AccessKey>> {
        let mut tx = self.read_tx().await?;
        let user_id = owner_id(&mut tx, account, owner).await?;
        let rows: Vec<KeyRow> = sqlx::query_as(concat!(
            select_key!(),
            " WHERE k.account = $1 AND (k.user_id = $2 OR (k.user_id IS NULL AND $2 IS NULL)) ORDER BY k.created, k.id"
        ))
        .bind(account)
        .bind(&user_id)
        .fetch_all(&mut *tx)
        .await?;
        rows.into_iter().map(KeyRow::into_key).collect()
    }

    /// Changes a key's status (`UpdateAccessKey`); `NotFound` unless the owner holds it.
    pub async fn update_access_key_status(
        &self,
        account: &str,
        owner: KeyOwner<'_>,
        id: &str,
        status: AccessKeyStatus,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        check_holder(&mut tx, account, owner, id).await?;
        sqlx::query("UPDATE access_keys SET status = $1 WHERE id = $2")
            .bind(status.as_str())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes a key (`DeleteAccessKey`); `NotFound` unless the owner holds it.
    pub async fn delete_access_key(
        &self,
        account: &str,
        owner: KeyOwner<'_>,
        id: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        check_holder(&mut tx, account, owner, id).await?;
        sqlx::query("DELETE FROM access_keys WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a key's use (`GetAccessKeyLastUsed`).
    pub async fn record_access_key_used(
        &self,
        id: &str,
        at: OffsetDateTime,
        service: &str,
        region: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE access_keys SET last_used = $1, last_used_service = $2, last_used_region = $3 WHERE id = $4")
            .bind(epoch(at))
            .bind(service)
            .bind(region)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
