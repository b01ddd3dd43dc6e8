//! Access keys of users and of account roots.

use std::fmt;

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::db::{
    AccountKey, Conn, Resource, all, as_stored, epoch, execute, from_epoch, from_epoch_opt,
    name_key, one, optional, stored_account,
};
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

    pub(crate) fn parse(text: &str) -> Result<Self> {
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

impl KeyLastUsed {
    /// Reads back the `last_used`, `last_used_service` and `last_used_region` columns.
    pub(crate) fn from_columns(
        date: Option<i64>,
        service: Option<String>,
        region: Option<String>,
    ) -> Result<Option<Self>> {
        Ok(from_epoch_opt(date)?.map(|date| Self {
            date,
            service: service.unwrap_or_default(),
            region: region.unwrap_or_default(),
        }))
    }
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
    pub account: AccountId,
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

/// A row of [`select_key!`].
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
    /// Reads the columns of [`select_key!`], in its order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            account: row.get(0)?,
            id: row.get(1)?,
            secret: row.get(2)?,
            status: row.get(3)?,
            created: row.get(4)?,
            last_used: row.get(5)?,
            last_used_service: row.get(6)?,
            last_used_region: row.get(7)?,
            user_id: row.get(8)?,
            user_name: row.get(9)?,
            user_path: row.get(10)?,
        })
    }

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
        let last_used = KeyLastUsed::from_columns(
            self.last_used,
            self.last_used_service,
            self.last_used_region,
        )?;
        Ok(AccessKey {
            account: stored_account(&self.account)?,
            id: self.id,
            secret: SecretAccessKey(self.secret),
            status: AccessKeyStatus::parse(&self.status)?,
            created: from_epoch(self.created)?,
            holder,
            last_used,
        })
    }
}

/// `SELECT` of a [`KeyRow`] from `access_keys k`.
macro_rules! select_key {
    () => {
        "SELECT k.account, k.id, k.secret, k.status, k.created, k.last_used, k.last_used_service, k.last_used_region, \
         k.user_id, u.name AS user_name, u.path AS user_path FROM access_keys k LEFT JOIN users u ON u.id = k.user_id"
    };
}

impl<'a> KeyOwner<'a> {
    /// The owner named by `user`: that user, or the root for `None`.
    fn of(user: Option<&'a str>) -> Self {
        user.map_or(Self::Root, Self::User)
    }

    /// The user's name, owned, for a write closure to carry (`None` for the root).
    fn user_name(self) -> Option<String> {
        match self {
            Self::Root => None,
            Self::User(name) => Some(name.to_owned()),
        }
    }
}

/// The user id a key owner stands for (`None` for the root).
fn owner_id(conn: &Conn, account: &str, owner: KeyOwner<'_>) -> Result<Option<String>> {
    match owner {
        KeyOwner::Root => Ok(None),
        KeyOwner::User(name) => Resource::User.id(conn, account, name).map(Some),
    }
}

/// Fails with `NotFound` unless key `id` exists in `account` and belongs to `owner`.
fn check_holder(conn: &Conn, account: &str, owner: KeyOwner<'_>, id: &str) -> Result<()> {
    let user_id = owner_id(conn, account, owner)?;
    let held: i64 = one(
        conn,
        "SELECT COUNT(*) FROM access_keys WHERE id = ?1 AND account = ?2 AND (user_id = ?3 OR (user_id IS NULL AND ?3 IS NULL))",
        (id, account, &user_id),
        |row| row.get(0),
    )?;
    if held == 0 {
        return Err(StoreError::not_found(EntityKind::AccessKey, id));
    }
    Ok(())
}

/// Stores `key` as a root access key of its account, as it was (for [`Store::reset_keeping_root_keys`]).
pub(crate) fn restore_root_key(conn: &Conn, key: &AccessKey) -> Result<()> {
    execute(
        conn,
        "INSERT INTO access_keys (id, account, user_id, secret, status, created) VALUES (?1, ?2, NULL, ?3, ?4, ?5)",
        (
            &key.id,
            AccountKey::from(key.account),
            key.secret.expose(),
            key.status.as_str(),
            epoch(key.created),
        ),
    )
    .map_err(|err| StoreError::on_create(err, EntityKind::AccessKey, &key.id, &key.id))?;
    Ok(())
}

impl Store {
    /// Creates an Active access key (`CreateAccessKey`); `LimitExceeded` when the owner has
    /// the maximum number of keys already.
    pub async fn create_access_key(
        &self,
        account: AccountId,
        owner: KeyOwner<'_>,
        key: NewAccessKey,
    ) -> Result<AccessKey> {
        let (account, user) = (AccountKey::from(account), owner.user_name());
        let max = self.limits().access_keys_per_user;
        self.write(move |tx| {
            // The holder and its number of keys, in one statement.
            let (holder, existing) = match &user {
                None => {
                    let existing: i64 = one(
                        tx,
                        "SELECT COUNT(*) FROM access_keys WHERE account = ?1 AND user_id IS NULL",
                        [&account],
                        |row| row.get(0),
                    )?;
                    (KeyHolder::Root, existing)
                }
                Some(name) => {
                    let (id, name, path, existing): (String, String, String, i64) = optional(
                        tx,
                        "SELECT u.id, u.name, u.path, \
                         (SELECT COUNT(*) FROM access_keys k WHERE k.account = u.account AND k.user_id = u.id) \
                         FROM users u WHERE u.account = ?1 AND u.name_key = ?2",
                        (&account, name_key(name)),
                        |row| row.try_into(),
                    )?
                    .ok_or_else(|| StoreError::not_found(EntityKind::User, name))?;
                    (KeyHolder::User { id, name, path }, existing)
                }
            };
            let user_id = match &holder {
                KeyHolder::Root => None,
                KeyHolder::User { id, .. } => Some(id.as_str()),
            };
            check_limit(existing, max, Limit::AccessKeysPerUser)?;
            execute(
                tx,
                "INSERT INTO access_keys (id, account, user_id, secret, status, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &key.id,
                    &account,
                    user_id,
                    key.secret.expose(),
                    AccessKeyStatus::Active.as_str(),
                    epoch(key.created),
                ),
            )
            .map_err(|err| StoreError::on_create(err, EntityKind::AccessKey, &key.id, &key.id))?;
            // What a `SELECT` of the new row would read back, without reading it.
            Ok(AccessKey {
                account: account.id(),
                id: key.id,
                secret: key.secret,
                status: AccessKeyStatus::Active,
                created: as_stored(key.created)?,
                holder,
                last_used: None,
            })
        })
        .await
    }

    /// The access key with this id, in any account, with its holder: the authentication
    /// lookup, one indexed query.
    pub async fn access_key(&self, id: &str) -> Result<Option<AccessKey>> {
        let row = self.read(|conn| {
            optional(
                conn,
                concat!(select_key!(), " WHERE k.id = ?1"),
                [id],
                KeyRow::from_row,
            )
        })?;
        row.map(KeyRow::into_key).transpose()
    }

    /// An owner's access keys, oldest first (`ListAccessKeys`; at most 2).
    pub async fn list_access_keys(
        &self,
        account: AccountId,
        owner: KeyOwner<'_>,
    ) -> Result<Vec<AccessKey>> {
        let account = &AccountKey::from(account);
        let rows = self.read_tx(|conn| {
            let user_id = owner_id(conn, account, owner)?;
            all(
                conn,
                concat!(
                    select_key!(),
                    " WHERE k.account = ?1 AND (k.user_id = ?2 OR (k.user_id IS NULL AND ?2 IS NULL)) ORDER BY k.created, k.id"
                ),
                (account, &user_id),
                KeyRow::from_row,
            )
        })?;
        rows.into_iter().map(KeyRow::into_key).collect()
    }

    /// Changes a key's status (`UpdateAccessKey`); `NotFound` unless the owner holds it.
    pub async fn update_access_key_status(
        &self,
        account: AccountId,
        owner: KeyOwner<'_>,
        id: &str,
        status: AccessKeyStatus,
    ) -> Result<()> {
        let (account, user, id) = (AccountKey::from(account), owner.user_name(), id.to_owned());
        self.write(move |tx| {
            check_holder(tx, &account, KeyOwner::of(user.as_deref()), &id)?;
            execute(
                tx,
                "UPDATE access_keys SET status = ?1 WHERE id = ?2",
                (status.as_str(), &id),
            )?;
            Ok(())
        })
        .await
    }

    /// Deletes a key (`DeleteAccessKey`); `NotFound` unless the owner holds it.
    pub async fn delete_access_key(
        &self,
        account: AccountId,
        owner: KeyOwner<'_>,
        id: &str,
    ) -> Result<()> {
        let (account, user, id) = (AccountKey::from(account), owner.user_name(), id.to_owned());
        self.write(move |tx| {
            check_holder(tx, &account, KeyOwner::of(user.as_deref()), &id)?;
            execute(tx, "DELETE FROM access_keys WHERE id = ?1", [&id])?;
            Ok(())
        })
        .await
    }

    /// Records a key's use (`GetAccessKeyLastUsed`).
    pub async fn record_access_key_used(
        &self,
        id: &str,
        at: OffsetDateTime,
        service: &str,
        region: &str,
    ) -> Result<()> {
        let (id, service, region) = (id.to_owned(), service.to_owned(), region.to_owned());
        self.write(move |tx| {
            execute(
                tx,
                "UPDATE access_keys SET last_used = ?1, last_used_service = ?2, last_used_region = ?3 WHERE id = ?4",
                (epoch(at), &service, &region, &id),
            )?;
            Ok(())
        })
        .await
    }
}
