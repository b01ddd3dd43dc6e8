//! Credential reports: what an account's report is built from, and the latest report itself.
//!
//! The store reads the credentials in one state and keeps the report the caller built (its CSV
//! and when it was built); the report's columns, their values and its age rules belong to the
//! caller.

use std::collections::{HashMap, HashSet};

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::Store;
use crate::access_keys::{AccessKeyStatus, KeyLastUsed};
use crate::db::{AccountKey, all, epoch, execute, from_epoch, from_epoch_opt, optional};
use crate::error::Result;

/// One access key, as a credential report sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyCredential {
    /// Active, Inactive or Expired.
    pub status: AccessKeyStatus,
    /// When it was created.
    pub created: OffsetDateTime,
    /// Its last use, if any.
    pub last_used: Option<KeyLastUsed>,
}

/// One IAM user's credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserCredentials {
    /// The user's name.
    pub name: String,
    /// The user's path.
    pub path: String,
    /// When the user was created.
    pub created: OffsetDateTime,
    /// When the password was last set, if the user has one (a login profile).
    pub password_changed: Option<OffsetDateTime>,
    /// Whether an MFA device is enabled for the user.
    pub mfa_active: bool,
    /// The user's access keys, oldest first.
    pub keys: Vec<KeyCredential>,
}

/// Everything an account's credential report is built from, read in one state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountCredentials {
    /// The account root's access keys, oldest first.
    pub root_keys: Vec<KeyCredential>,
    /// The account's users, by name without case.
    pub users: Vec<UserCredentials>,
    /// The password policy's `MaxPasswordAge` in days, if passwords expire.
    pub max_password_age: Option<i64>,
}

/// A credential report as it was built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialReport {
    /// When it was built.
    pub generated: OffsetDateTime,
    /// The CSV.
    pub content: String,
}

/// A row of the access key query of [`Store::account_credentials`].
struct KeyRow {
    user_id: Option<String>,
    status: String,
    created: i64,
    last_used: Option<i64>,
    last_used_service: Option<String>,
    last_used_region: Option<String>,
}

impl KeyRow {
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            user_id: row.get(0)?,
            status: row.get(1)?,
            created: row.get(2)?,
            last_used: row.get(3)?,
            last_used_service: row.get(4)?,
            last_used_region: row.get(5)?,
        })
    }

    fn into_key(self) -> Result<(Option<String>, KeyCredential)> {
        let key = KeyCredential {
            status: AccessKeyStatus::parse(&self.status)?,
            created: from_epoch(self.created)?,
            last_used: KeyLastUsed::from_columns(
                self.last_used,
                self.last_used_service,
                self.last_used_region,
            )?,
        };
        Ok((self.user_id, key))
    }
}

/// A row of the user query of [`Store::account_credentials`].
struct UserRow {
    id: String,
    name: String,
    path: String,
    created: i64,
    password_changed: Option<i64>,
}

impl UserRow {
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            id: row.get(0)?,
            name: row.get(1)?,
            path: row.get(2)?,
            created: row.get(3)?,
            password_changed: row.get(4)?,
        })
    }
}

impl Store {
    /// The credentials of every user of the account and of its root, in one read.
    pub async fn account_credentials(&self, account: AccountId) -> Result<AccountCredentials> {
        let account = &AccountKey::from(account);
        let (users, keys, mfa_users, max_password_age) = self.read_tx(|conn| {
            let users = all(
                conn,
                "SELECT u.id, u.name, u.path, u.created, p.password_changed FROM users u \
                 LEFT JOIN login_profiles p ON p.user_id = u.id \
                 WHERE u.account = ?1 ORDER BY u.name_key",
                [account],
                UserRow::from_row,
            )?;
            let keys = all(
                conn,
                "SELECT user_id, status, created, last_used, last_used_service, last_used_region \
                 FROM access_keys WHERE account = ?1 ORDER BY created, id",
                [account],
                KeyRow::from_row,
            )?;
            let mfa_users: Vec<String> = all(
                conn,
                "SELECT DISTINCT user_id FROM mfa_devices WHERE account = ?1 AND user_id IS NOT NULL",
                [account],
                |row| row.get(0),
            )?;
            let max_password_age: Option<Option<i64>> = optional(
                conn,
                "SELECT max_password_age FROM password_policies WHERE account = ?1",
                [account],
                |row| row.get(0),
            )?;
            Ok((users, keys, mfa_users, max_password_age.flatten()))
        })?;
        let mut root_keys = Vec::new();
        let mut user_keys: HashMap<String, Vec<KeyCredential>> = HashMap::new();
        for row in keys {
            match row.into_key()? {
                (None, key) => root_keys.push(key),
                (Some(user_id), key) => user_keys.entry(user_id).or_default().push(key),
            }
        }
        let mfa_users: HashSet<String> = mfa_users.into_iter().collect();
        let users = users
            .into_iter()
            .map(|row| {
                Ok(UserCredentials {
                    mfa_active: mfa_users.contains(&row.id),
                    keys: user_keys.remove(&row.id).unwrap_or_default(),
                    password_changed: from_epoch_opt(row.password_changed)?,
                    created: from_epoch(row.created)?,
                    name: row.name,
                    path: row.path,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(AccountCredentials {
            root_keys,
            users,
            max_password_age,
        })
    }

    /// The account's latest credential report, if one was built.
    pub async fn credential_report(&self, account: AccountId) -> Result<Option<CredentialReport>> {
        let account = &AccountKey::from(account);
        let row: Option<(i64, String)> = self.read(|conn| {
            optional(
                conn,
                "SELECT generated, content FROM credential_reports WHERE account = ?1",
                [account],
                |row| row.try_into(),
            )
        })?;
        row.map(|(generated, content)| {
            Ok(CredentialReport {
                generated: from_epoch(generated)?,
                content,
            })
        })
        .transpose()
    }

    /// Keeps `report` as the account's latest credential report, replacing the one before.
    pub async fn put_credential_report(
        &self,
        account: AccountId,
        report: CredentialReport,
    ) -> Result<()> {
        let account = AccountKey::from(account);
        self.write(move |tx| {
            execute(
                tx,
                "INSERT INTO credential_reports (account, generated, content) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (account) DO UPDATE SET generated = excluded.generated, \
                 content = excluded.content",
                (&account, epoch(report.generated), &report.content),
            )?;
            Ok(())
        })
        .await
    }
}
