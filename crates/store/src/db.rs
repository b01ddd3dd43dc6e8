//! Shared plumbing: the database type, time and name conversions, and id resolution.

use sqlx::SqliteConnection;
use time::OffsetDateTime;

use crate::error::{EntityKind, Result, StoreError};

/// The database the store runs on. Queries use only `$n` placeholders and portable SQL, so a
/// PostgreSQL backend can follow by swapping this type (or moving to `sqlx::Any`).
pub(crate) type Db = sqlx::Sqlite;
/// A connection of [`Db`].
pub(crate) type Conn = SqliteConnection;
/// A write transaction.
pub(crate) type Tx = sqlx::Transaction<'static, Db>;

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
                "SELECT id FROM users WHERE account = $1 AND name_key = $2",
                true,
            ),
            Self::Group => (
                "SELECT id FROM iam_groups WHERE account = $1 AND name_key = $2",
                true,
            ),
            Self::Role => (
                "SELECT id FROM roles WHERE account = $1 AND name_key = $2",
                true,
            ),
            Self::InstanceProfile => (
                "SELECT id FROM instance_profiles WHERE account = $1 AND name_key = $2",
                true,
            ),
            Self::Policy => (
                "SELECT id FROM managed_policies WHERE account = $1 AND arn = $2",
                false,
            ),
            Self::OidcProvider => (
                "SELECT arn FROM oidc_providers WHERE account = $1 AND arn = $2",
                false,
            ),
            Self::SamlProvider => (
                "SELECT arn FROM saml_providers WHERE account = $1 AND arn = $2",
                false,
            ),
            Self::MfaDevice => (
                "SELECT serial FROM mfa_devices WHERE account = $1 AND serial = $2",
                false,
            ),
        }
    }

    /// The id of the resource called `name` in `account`, or `NotFound`.
    pub(crate) async fn id(self, conn: &mut Conn, account: &str, name: &str) -> Result<String> {
        let (sql, case_insensitive) = self.lookup();
        let key = if case_insensitive {
            name_key(name)
        } else {
            name.to_owned()
        };
        sqlx::query_scalar::<_, String>(sql)
            .bind(account)
            .bind(key)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or_else(|| StoreError::not_found(self.entity_kind(), name))
    }
}

/// Counts rows of a `SELECT COUNT(*) ... WHERE <x> = $1` query.
pub(crate) async fn count(conn: &mut Conn, sql: &'static str, key: &str) -> Result<i64> {
    Ok(sqlx::query_scalar::<_, i64>(sql)
        .bind(key)
        .fetch_one(&mut *conn)
        .await?)
}

/// Whether a policy ARN names an AWS managed policy (account field `aws`).
pub(crate) fn is_aws_managed(arn: &str) -> bool {
    arn.split(':').nth(4) == Some("aws")
}

#[cfg(test)]
mod tests {
    use super::*;

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
