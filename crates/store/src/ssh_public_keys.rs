//! Users' SSH public keys (for CodeCommit).
//!
//! The store keeps the key as the caller hands it: its canonical form (the base64 of its SSH
//! wire form), its fingerprint and its status. Parsing a key, its encodings and AWS's messages
//! belong to the caller.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::db::{
    AccountKey, Conn, Resource, all, as_stored, change_existing, epoch, execute, from_epoch,
    name_key, optional, stored_account,
};
use crate::error::{EntityKind, Limit, Result, StoreError};
use crate::{AccessKeyStatus, Store, check_limit};

/// An SSH public key to upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSshPublicKey {
    /// The key id (`APKA…`), globally unique.
    pub id: String,
    /// The key, canonical: the base64 of its SSH wire form. A user holds a key at most once.
    pub key_blob: String,
    /// Its fingerprint, as `GetSSHPublicKey` reports it.
    pub fingerprint: String,
    /// The upload time.
    pub uploaded: OffsetDateTime,
}

/// A stored SSH public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SshPublicKey {
    /// The account.
    pub account: AccountId,
    /// The key id.
    pub id: String,
    /// The name of the user holding it.
    pub user_name: String,
    /// The key, canonical: the base64 of its SSH wire form.
    pub key_blob: String,
    /// Its fingerprint.
    pub fingerprint: String,
    /// Active or Inactive (AWS's `statusType`, shared with access keys).
    pub status: AccessKeyStatus,
    /// The upload time.
    pub uploaded: OffsetDateTime,
}

/// A row of [`select_key!`].
struct KeyRow {
    account: String,
    id: String,
    user_name: String,
    key_blob: String,
    fingerprint: String,
    status: String,
    uploaded: i64,
}

impl KeyRow {
    /// Reads the columns of [`select_key!`], in its order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            account: row.get(0)?,
            id: row.get(1)?,
            user_name: row.get(2)?,
            key_blob: row.get(3)?,
            fingerprint: row.get(4)?,
            status: row.get(5)?,
            uploaded: row.get(6)?,
        })
    }

    fn into_key(self) -> Result<SshPublicKey> {
        Ok(SshPublicKey {
            account: stored_account(&self.account)?,
            id: self.id,
            user_name: self.user_name,
            key_blob: self.key_blob,
            fingerprint: self.fingerprint,
            status: AccessKeyStatus::parse(&self.status)?,
            uploaded: from_epoch(self.uploaded)?,
        })
    }
}

/// `SELECT` of the keys of one user (`?1`, its unique id), with the user's current name.
macro_rules! select_key {
    () => {
        "SELECT k.account, k.id, u.name, k.key_blob, k.fingerprint, k.status, k.uploaded \
         FROM ssh_public_keys k JOIN users u ON u.id = k.user_id WHERE k.user_id = ?1"
    };
}

/// The unique id of user `user_name` in `account`, or `NotFound` (user).
fn user_id(conn: &Conn, account: &str, user_name: &str) -> Result<String> {
    Resource::User.id(conn, account, user_name)
}

impl Store {
    /// Uploads an Active SSH public key for a user (`UploadSSHPublicKey`): `NotFound` (user)
    /// without the user, `LimitExceeded` when it holds the most keys already, `AlreadyExists`
    /// (SSH public key) when it holds this key already, `IdTaken` when the id is another key's.
    pub async fn upload_ssh_public_key(
        &self,
        account: AccountId,
        user_name: &str,
        key: NewSshPublicKey,
    ) -> Result<SshPublicKey> {
        let (account, user_name) = (AccountKey::from(account), user_name.to_owned());
        let max = self.limits().ssh_public_keys_per_user;
        self.write(move |tx| {
            // The user and its number of keys, in one statement.
            let (user_id, name, existing): (String, String, i64) = optional(
                tx,
                "SELECT u.id, u.name, (SELECT COUNT(*) FROM ssh_public_keys k WHERE k.user_id = u.id) \
                 FROM users u WHERE u.account = ?1 AND u.name_key = ?2",
                (&account, name_key(&user_name)),
                |row| row.try_into(),
            )?
            .ok_or_else(|| StoreError::not_found(EntityKind::User, &user_name))?;
            check_limit(existing, max, Limit::SshPublicKeysPerUser)?;
            execute(
                tx,
                "INSERT INTO ssh_public_keys (id, account, user_id, key_blob, fingerprint, status, uploaded) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    &key.id,
                    &account,
                    &user_id,
                    &key.key_blob,
                    &key.fingerprint,
                    AccessKeyStatus::Active.as_str(),
                    epoch(key.uploaded),
                ),
            )
            .map_err(|err| StoreError::on_create(err, EntityKind::SshPublicKey, &key.id, &key.id))?;
            // What a `SELECT` of the new row would read back, without reading it.
            Ok(SshPublicKey {
                account: account.id(),
                id: key.id,
                user_name: name,
                key_blob: key.key_blob,
                fingerprint: key.fingerprint,
                status: AccessKeyStatus::Active,
                uploaded: as_stored(key.uploaded)?,
            })
        })
        .await
    }

    /// A user's SSH public key (`GetSSHPublicKey`): `NotFound` (user) without the user,
    /// `NotFound` (SSH public key) unless the user holds key `id`.
    pub async fn ssh_public_key(
        &self,
        account: AccountId,
        user_name: &str,
        id: &str,
    ) -> Result<SshPublicKey> {
        let account = &AccountKey::from(account);
        let row = self.read_tx(|conn| {
            let user_id = user_id(conn, account, user_name)?;
            optional(
                conn,
                concat!(select_key!(), " AND k.id = ?2"),
                (&user_id, id),
                KeyRow::from_row,
            )
        })?;
        row.ok_or_else(|| StoreError::not_found(EntityKind::SshPublicKey, id))?
            .into_key()
    }

    /// A user's SSH public keys, by key id (`ListSSHPublicKeys`; at most
    /// `ssh_public_keys_per_user`); `NotFound` (user) without the user.
    pub async fn list_ssh_public_keys(
        &self,
        account: AccountId,
        user_name: &str,
    ) -> Result<Vec<SshPublicKey>> {
        let account = &AccountKey::from(account);
        let rows = self.read_tx(|conn| {
            let user_id = user_id(conn, account, user_name)?;
            all(
                conn,
                concat!(select_key!(), " ORDER BY k.id"),
                [&user_id],
                KeyRow::from_row,
            )
        })?;
        rows.into_iter().map(KeyRow::into_key).collect()
    }

    /// Changes a key's status (`UpdateSSHPublicKey`); `NotFound` (user, or SSH public key)
    /// unless the user holds it.
    pub async fn update_ssh_public_key_status(
        &self,
        account: AccountId,
        user_name: &str,
        id: &str,
        status: AccessKeyStatus,
    ) -> Result<()> {
        let (account, user_name, id) = (
            AccountKey::from(account),
            user_name.to_owned(),
            id.to_owned(),
        );
        self.write(move |tx| {
            let user_id = user_id(tx, &account, &user_name)?;
            change_existing(
                tx,
                "UPDATE ssh_public_keys SET status = ?1 WHERE id = ?2 AND user_id = ?3",
                (status.as_str(), &id, &user_id),
                EntityKind::SshPublicKey,
                &id,
            )
        })
        .await
    }

    /// Deletes a key (`DeleteSSHPublicKey`); `NotFound` (user, or SSH public key) unless the
    /// user holds it.
    pub async fn delete_ssh_public_key(
        &self,
        account: AccountId,
        user_name: &str,
        id: &str,
    ) -> Result<()> {
        let (account, user_name, id) = (
            AccountKey::from(account),
            user_name.to_owned(),
            id.to_owned(),
        );
        self.write(move |tx| {
            let user_id = user_id(tx, &account, &user_name)?;
            change_existing(
                tx,
                "DELETE FROM ssh_public_keys WHERE id = ?1 AND user_id = ?2",
                (&id, &user_id),
                EntityKind::SshPublicKey,
                &id,
            )
        })
        .await
    }
}
