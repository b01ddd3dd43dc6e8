//! Console passwords: users' login profiles and the account password policy.
//!
//! The store keeps only what the caller hands it: a password hash (never a password), the
//! previous hashes for reuse prevention, and the policy's settings. Hashing, checking a
//! password against the policy and AWS's messages belong to the caller.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::Store;
use crate::db::{AccountKey, Resource, change_existing, epoch, execute, from_epoch, one, optional};
use crate::error::{EntityKind, Result, StoreError};

/// The most previous password hashes kept (AWS's largest `PasswordReusePrevention`).
pub const MAX_HISTORY: usize = 24;

/// A login profile to create.
#[derive(Debug, Clone)]
pub struct NewLoginProfile {
    /// The password hash, in the caller's self-describing format.
    pub password_hash: String,
    /// Whether the user must set a new password at the next sign-in.
    pub reset_required: bool,
    /// The creation time.
    pub created: OffsetDateTime,
}

/// A stored login profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginProfile {
    /// The user's current name.
    pub user_name: String,
    /// The current password hash.
    pub password_hash: String,
    /// Previous password hashes, newest first, at most `MAX_HISTORY` (24).
    pub history: Vec<String>,
    /// Whether the user must set a new password at the next sign-in.
    pub reset_required: bool,
    /// When the profile was created.
    pub created: OffsetDateTime,
    /// When the password was last set.
    pub password_changed: OffsetDateTime,
}

/// An account password policy, as `UpdateAccountPasswordPolicy` sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// `MinimumPasswordLength`.
    pub minimum_length: i64,
    /// `RequireSymbols`.
    pub require_symbols: bool,
    /// `RequireNumbers`.
    pub require_numbers: bool,
    /// `RequireUppercaseCharacters`.
    pub require_uppercase: bool,
    /// `RequireLowercaseCharacters`.
    pub require_lowercase: bool,
    /// `AllowUsersToChangePassword`.
    pub allow_users_to_change: bool,
    /// `MaxPasswordAge` in days, if passwords expire.
    pub max_password_age: Option<i64>,
    /// `PasswordReusePrevention`, if set.
    pub reuse_prevention: Option<i64>,
    /// `HardExpiry`, if set.
    pub hard_expiry: Option<bool>,
}

/// A row of [`SELECT_PROFILE`].
struct ProfileRow {
    user_name: String,
    password_hash: String,
    history: String,
    reset_required: i64,
    created: i64,
    password_changed: i64,
}

impl ProfileRow {
    /// Reads the columns of [`SELECT_PROFILE`], in its order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            user_name: row.get(0)?,
            password_hash: row.get(1)?,
            history: row.get(2)?,
            reset_required: row.get(3)?,
            created: row.get(4)?,
            password_changed: row.get(5)?,
        })
    }

    fn into_profile(self) -> Result<LoginProfile> {
        Ok(LoginProfile {
            user_name: self.user_name,
            password_hash: self.password_hash,
            history: split_history(&self.history),
            reset_required: self.reset_required != 0,
            created: from_epoch(self.created)?,
            password_changed: from_epoch(self.password_changed)?,
        })
    }
}

/// A row of the password policy query of [`Store::password_policy`].
struct PolicyRow {
    minimum_length: i64,
    require_symbols: i64,
    require_numbers: i64,
    require_uppercase: i64,
    require_lowercase: i64,
    allow_users_to_change: i64,
    max_password_age: Option<i64>,
    reuse_prevention: Option<i64>,
    hard_expiry: Option<i64>,
}

impl PolicyRow {
    /// Reads the columns of the password policy query, in its order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            minimum_length: row.get(0)?,
            require_symbols: row.get(1)?,
            require_numbers: row.get(2)?,
            require_uppercase: row.get(3)?,
            require_lowercase: row.get(4)?,
            allow_users_to_change: row.get(5)?,
            max_password_age: row.get(6)?,
            reuse_prevention: row.get(7)?,
            hard_expiry: row.get(8)?,
        })
    }
}

fn split_history(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The history after `previous` is replaced: it goes first, the oldest fall off.
fn push_history(previous: String, history: &str) -> String {
    let mut hashes = vec![previous];
    hashes.extend(split_history(history));
    hashes.truncate(MAX_HISTORY);
    hashes.join("\n")
}

const SELECT_PROFILE: &str = "SELECT u.name AS user_name, p.password_hash, p.history, \
     p.reset_required, p.created, p.password_changed \
     FROM login_profiles p JOIN users u ON u.id = p.user_id WHERE p.user_id = ?1";

impl Store {
    /// Creates the user's login profile; `NotFound` (user) if there is no such user,
    /// `AlreadyExists` (login profile) if it has one.
    pub async fn create_login_profile(
        &self,
        account: AccountId,
        user_name: &str,
        new: NewLoginProfile,
    ) -> Result<LoginProfile> {
        let (account, user_name) = (AccountKey::from(account), user_name.to_owned());
        self.write(move |tx| {
            let id = Resource::User.id(tx, &account, &user_name)?;
            execute(
                tx,
                "INSERT INTO login_profiles (user_id, account, password_hash, history, reset_required, created, password_changed) \
                 VALUES (?1, ?2, ?3, '', ?4, ?5, ?5)",
                (
                    &id,
                    &account,
                    &new.password_hash,
                    i64::from(new.reset_required),
                    epoch(new.created),
                ),
            )
            .map_err(|err| StoreError::on_insert(err, EntityKind::LoginProfile, &user_name))?;
            one(tx, SELECT_PROFILE, [&id], ProfileRow::from_row)?.into_profile()
        })
        .await
    }

    /// The user's login profile; `NotFound` (user) if there is no such user, `NotFound`
    /// (login profile) if it has none.
    pub async fn get_login_profile(
        &self,
        account: AccountId,
        user_name: &str,
    ) -> Result<LoginProfile> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| {
            let id = Resource::User.id(conn, account, user_name)?;
            let row = optional(conn, SELECT_PROFILE, [&id], ProfileRow::from_row)?
                .ok_or_else(|| StoreError::not_found(EntityKind::LoginProfile, user_name))?;
            row.into_profile()
        })
    }

    /// Changes the user's login profile: a new password hash (the current one moves into the
    /// history) and/or whether a reset is required. When `expected_hash` is given, the change
    /// is made only while the current hash is still that one (`NotFound` otherwise), so a
    /// password checked by the caller cannot have been replaced in between.
    pub async fn update_login_profile(
        &self,
        account: AccountId,
        user_name: &str,
        password_hash: Option<String>,
        expected_hash: Option<&str>,
        reset_required: Option<bool>,
        now: OffsetDateTime,
    ) -> Result<()> {
        let (account, user_name) = (AccountKey::from(account), user_name.to_owned());
        let expected_hash = expected_hash.map(str::to_owned);
        self.write(move |tx| {
            let id = Resource::User.id(tx, &account, &user_name)?;
            let current: (String, String) = optional(
                tx,
                "SELECT password_hash, history FROM login_profiles WHERE user_id = ?1",
                [&id],
                |row| row.try_into(),
            )?
            .ok_or_else(|| StoreError::not_found(EntityKind::LoginProfile, &user_name))?;
            let (current_hash, history) = current;
            if expected_hash.is_some_and(|expected| expected != current_hash) {
                return Err(StoreError::not_found(EntityKind::LoginProfile, &user_name));
            }
            if let Some(hash) = password_hash {
                execute(
                    tx,
                    "UPDATE login_profiles SET password_hash = ?2, history = ?3, password_changed = ?4 WHERE user_id = ?1",
                    (&id, hash, push_history(current_hash, &history), epoch(now)),
                )?;
            }
            if let Some(reset) = reset_required {
                execute(
                    tx,
                    "UPDATE login_profiles SET reset_required = ?2 WHERE user_id = ?1",
                    (&id, i64::from(reset)),
                )?;
            }
            Ok(())
        })
        .await
    }

    /// Deletes the user's login profile; `NotFound` (user or login profile).
    pub async fn delete_login_profile(&self, account: AccountId, user_name: &str) -> Result<()> {
        let (account, user_name) = (AccountKey::from(account), user_name.to_owned());
        self.write(move |tx| {
            let id = Resource::User.id(tx, &account, &user_name)?;
            change_existing(
                tx,
                "DELETE FROM login_profiles WHERE user_id = ?1",
                [&id],
                EntityKind::LoginProfile,
                &user_name,
            )
        })
        .await
    }

    /// The account password policy, if one is set.
    pub async fn password_policy(&self, account: AccountId) -> Result<Option<PasswordPolicy>> {
        let account = &AccountKey::from(account);
        let row = self.read(|conn| {
            optional(
                conn,
                "SELECT minimum_length, require_symbols, require_numbers, require_uppercase, \
                 require_lowercase, allow_users_to_change, max_password_age, reuse_prevention, \
                 hard_expiry FROM password_policies WHERE account = ?1",
                [account],
                PolicyRow::from_row,
            )
        })?;
        Ok(row.map(|row| PasswordPolicy {
            minimum_length: row.minimum_length,
            require_symbols: row.require_symbols != 0,
            require_numbers: row.require_numbers != 0,
            require_uppercase: row.require_uppercase != 0,
            require_lowercase: row.require_lowercase != 0,
            allow_users_to_change: row.allow_users_to_change != 0,
            max_password_age: row.max_password_age,
            reuse_prevention: row.reuse_prevention,
            hard_expiry: row.hard_expiry.map(|value| value != 0),
        }))
    }

    /// Sets the account password policy, replacing any previous one.
    pub async fn put_password_policy(
        &self,
        account: AccountId,
        policy: PasswordPolicy,
    ) -> Result<()> {
        let account = AccountKey::from(account);
        self.write(move |tx| {
            execute(
                tx,
                "INSERT INTO password_policies (account, minimum_length, require_symbols, \
                 require_numbers, require_uppercase, require_lowercase, allow_users_to_change, \
                 max_password_age, reuse_prevention, hard_expiry) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) \
                 ON CONFLICT (account) DO UPDATE SET minimum_length = excluded.minimum_length, \
                 require_symbols = excluded.require_symbols, require_numbers = excluded.require_numbers, \
                 require_uppercase = excluded.require_uppercase, \
                 require_lowercase = excluded.require_lowercase, \
                 allow_users_to_change = excluded.allow_users_to_change, \
                 max_password_age = excluded.max_password_age, \
                 reuse_prevention = excluded.reuse_prevention, hard_expiry = excluded.hard_expiry",
                (
                    &account,
                    policy.minimum_length,
                    i64::from(policy.require_symbols),
                    i64::from(policy.require_numbers),
                    i64::from(policy.require_uppercase),
                    i64::from(policy.require_lowercase),
                    i64::from(policy.allow_users_to_change),
                    policy.max_password_age,
                    policy.reuse_prevention,
                    policy.hard_expiry.map(i64::from),
                ),
            )?;
            Ok(())
        })
        .await
    }

    /// Removes the account password policy; `NotFound` (password policy) if none is set.
    pub async fn delete_password_policy(&self, account: AccountId) -> Result<()> {
        let account = AccountKey::from(account);
        self.write(move |tx| {
            change_existing(
                tx,
                "DELETE FROM password_policies WHERE account = ?1",
                [&account],
                EntityKind::PasswordPolicy,
                &account,
            )
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_keeps_the_newest_first_and_at_most_24() {
        let mut history = String::new();
        for n in 0..30 {
            history = push_history(format!("h{n}"), &history);
        }
        let hashes = split_history(&history);
        assert_eq!(hashes.len(), MAX_HISTORY);
        assert_eq!(hashes.first().map(String::as_str), Some("h29"));
        assert_eq!(hashes.last().map(String::as_str), Some("h6"));
    }
}
