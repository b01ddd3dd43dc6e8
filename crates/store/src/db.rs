//! Shared plumbing: the connection type, statement helpers, time and name conversions, and id
//! resolution.

use std::fmt;
use std::ops::Deref;

use gatehouse_token::AccountId;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{OptionalExtension as _, Params, Row, ToSql};
use time::OffsetDateTime;

use crate::error::{EntityKind, Result, StoreError};

/// A connection to the database. Write closures get the writer's connection inside their own
/// savepoint of the current write transaction; read closures get a read connection.
pub(crate) type Conn = rusqlite::Connection;

/// An account id as the store keeps it: its twelve digits, in `account` TEXT columns. It
/// binds as them and reads as them (`&str`), without an allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AccountKey {
    id: AccountId,
    digits: [u8; 12],
}

impl AccountKey {
    /// The account id it keys.
    pub(crate) fn id(self) -> AccountId {
        self.id
    }
}

impl From<AccountId> for AccountKey {
    fn from(id: AccountId) -> Self {
        let mut digits = [b'0'; 12];
        let mut rest = id.number();
        for digit in digits.iter_mut().rev() {
            *digit = b'0' + u8::try_from(rest % 10).unwrap_or(0);
            rest /= 10;
        }
        Self { id, digits }
    }
}

impl Deref for AccountKey {
    type Target = str;

    fn deref(&self) -> &str {
        // Twelve ASCII digits: always UTF-8.
        std::str::from_utf8(&self.digits).unwrap_or_default()
    }
}

impl fmt::Display for AccountKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl ToSql for AccountKey {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(ValueRef::Text(&self.digits)))
    }
}

/// Reads back a stored account id.
pub(crate) fn stored_account(text: &str) -> Result<AccountId> {
    AccountId::parse(text).ok_or_else(|| StoreError::Corrupt {
        detail: format!("account id {text:?}"),
    })
}

/// Runs a statement that returns no rows; returns how many rows it changed.
pub(crate) fn execute(conn: &Conn, sql: &str, params: impl Params) -> Result<usize> {
    Ok(conn.prepare_cached(sql)?.execute(params)?)
}

/// Runs a statement that removes or changes what names `kind` `name`; `NotFound` when it
/// changed no row.
pub(crate) fn change_existing(
    conn: &Conn,
    sql: &str,
    params: impl Params,
    kind: EntityKind,
    name: &str,
) -> Result<()> {
    if execute(conn, sql, params)? == 0 {
        return Err(StoreError::not_found(kind, name));
    }
    Ok(())
}

/// The first row of a query mapped by `map`, or `None` when there is none.
pub(crate) fn optional<T>(
    conn: &Conn,
    sql: &str,
    params: impl Params,
    map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Option<T>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_row(params, map)
        .optional()?)
}

/// The one row of a query that always returns one (an aggregate, `EXISTS`), mapped by `map`.
pub(crate) fn one<T>(
    conn: &Conn,
    sql: &str,
    params: impl Params,
    map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<T> {
    Ok(conn.prepare_cached(sql)?.query_row(params, map)?)
}

/// Every row of a query, each mapped by `map`.
pub(crate) fn all<T>(
    conn: &Conn,
    sql: &str,
    params: impl Params,
    map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map(params, map)?;
    Ok(rows.collect::<rusqlite::Result<Vec<T>>>()?)
}

/// Epoch seconds, the stored form of every timestamp.
pub(crate) fn epoch(at: OffsetDateTime) -> i64 {
    at.unix_timestamp()
}

/// Reads back a stored timestamp.
pub(crate) fn from_epoch(seconds: i64) -> Result<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(seconds).map_err(|_| StoreError::Corrupt {
        detail: format!("timestamp {seconds} out of range"),
    })
}

/// `at` as the store reads it back once written: whole seconds, in UTC (what a create returns
/// without reading its row back).
pub(crate) fn as_stored(at: OffsetDateTime) -> Result<OffsetDateTime> {
    from_epoch(epoch(at))
}

/// Reads back an optional stored timestamp.
pub(crate) fn from_epoch_opt(seconds: Option<i64>) -> Result<Option<OffsetDateTime>> {
    seconds.map(from_epoch).transpose()
}

/// The lower-cased form under which case-insensitive names are unique.
pub(crate) fn name_key(name: &str) -> String {
    name.to_lowercase()
}

/// Stored entities that other rows (tags, inline policies, attachments) hang from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Resource {
    User,
    Group,
    Role,
    Policy,
    OidcProvider,
    SamlProvider,
    MfaDevice,
    InstanceProfile,
}

impl Resource {
    /// The code stored in `owner_kind` / `resource_kind` columns.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Role => "role",
            Self::Policy => "policy",
            Self::OidcProvider => "oidc",
            Self::SamlProvider => "saml",
            Self::MfaDevice => "mfa",
            Self::InstanceProfile => "instance-profile",
        }
    }

    pub(crate) fn entity_kind(self) -> EntityKind {
        match self {
            Self::User => EntityKind::User,
            Self::Group => EntityKind::Group,
            Self::Role => EntityKind::Role,
            Self::Policy => EntityKind::Policy,
            Self::OidcProvider => EntityKind::OidcProvider,
            Self::SamlProvider => EntityKind::SamlProvider,
            Self::MfaDevice => EntityKind::MfaDevice,
            Self::InstanceProfile => EntityKind::InstanceProfile,
        }
    }

    /// The query from (account, key) to the row's id, and whether the key is a
    /// case-insensitive name (else an exact ARN or serial number).
    fn lookup(self) -> (&'static str, bool) {
        match self {
            Self::User => (
                "SELECT id FROM users WHERE account = ?1 AND name_key = ?2",
                true,
            ),
            Self::Group => (
                "SELECT id FROM iam_groups WHERE account = ?1 AND name_key = ?2",
                true,
            ),
            Self::Role => (
                "SELECT id FROM roles WHERE account = ?1 AND name_key = ?2",
                true,
            ),
            Self::InstanceProfile => (
                "SELECT id FROM instance_profiles WHERE account = ?1 AND name_key = ?2",
                true,
            ),
            Self::Policy => (
                "SELECT id FROM managed_policies WHERE account = ?1 AND arn = ?2",
                false,
            ),
            Self::OidcProvider => (
                "SELECT arn FROM oidc_providers WHERE account = ?1 AND arn = ?2",
                false,
            ),
            Self::SamlProvider => (
                "SELECT arn FROM saml_providers WHERE account = ?1 AND arn = ?2",
                false,
            ),
            Self::MfaDevice => (
                "SELECT serial FROM mfa_devices WHERE account = ?1 AND serial = ?2",
                false,
            ),
        }
    }

    /// The id of the resource called `name` in `account`, or `NotFound`.
    pub(crate) fn id(self, conn: &Conn, account: &str, name: &str) -> Result<String> {
        let (sql, case_insensitive) = self.lookup();
        let key = if case_insensitive {
            name_key(name)
        } else {
            name.to_owned()
        };
        optional(conn, sql, (account, key), |row| row.get(0))?
            .ok_or_else(|| StoreError::not_found(self.entity_kind(), name))
    }
}

/// Counts rows of a `SELECT COUNT(*) ... WHERE <x> = ?1` query.
pub(crate) fn count(conn: &Conn, sql: &'static str, key: &str) -> Result<i64> {
    one(conn, sql, [key], |row| row.get(0))
}

/// Whether a policy ARN names an AWS managed policy (account field `aws`).
pub(crate) fn is_aws_managed(arn: &str) -> bool {
    arn.split(':').nth(4) == Some("aws")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_keys_are_the_twelve_digits() {
        for text in [
            "000000000000",
            "000000000042",
            "123456789012",
            "999999999999",
        ] {
            let id = AccountId::parse(text).unwrap();
            let key = AccountKey::from(id);
            assert_eq!(&*key, text);
            assert_eq!(key.id(), id);
            assert_eq!(stored_account(&key).ok(), Some(id));
        }
        assert!(stored_account("12345").is_err());
    }

    #[test]
    fn names_are_keyed_lower_case() {
        assert_eq!(name_key("Alice-Admin"), "alice-admin");
    }

    #[test]
    fn timestamps_round_trip() {
        let at = OffsetDateTime::from_unix_timestamp(1_700_000_000).ok();
        assert_eq!(at.map(epoch), Some(1_700_000_000));
        assert!(from_epoch(i64::MAX).is_err());
    }

    #[test]
    fn aws_managed_arns_are_told_apart() {
        assert!(is_aws_managed("arn:aws:iam::aws:policy/ReadOnlyAccess"));
        assert!(is_aws_managed("arn:aws-cn:iam::aws:policy/service-role/X"));
        assert!(!is_aws_managed("arn:aws:iam::123456789012:policy/mine"));
        assert!(!is_aws_managed("garbage"));
    }
}
