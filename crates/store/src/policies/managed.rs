//! Customer managed policies and their versions.

use std::fmt;
use std::str::FromStr;

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::db::{
    AccountKey, Conn, Resource, all, epoch, execute, from_epoch, name_key, one, optional,
    stored_account,
};
use crate::error::{ConflictReason, EntityKind, Limit, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::tags::{self, Tag};
use crate::{Store, check_limit};

/// A policy version id: `v1`, `v2`, … (AWS numbers them monotonically per policy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct VersionId(pub i64);

impl fmt::Display for VersionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}", self.0)
    }
}

/// The error of parsing a [`VersionId`] that is not `v` followed by a positive number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid policy version id")]
pub struct InvalidVersionId;

impl FromStr for VersionId {
    type Err = InvalidVersionId;

    /// Parses `v<n>` with `n` ≥ 1 and no leading zero.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let digits = text.strip_prefix('v').ok_or(InvalidVersionId)?;
        if digits.starts_with('0')
            || digits.is_empty()
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(InvalidVersionId);
        }
        digits.parse().map(VersionId).map_err(|_| InvalidVersionId)
    }
}

/// A customer managed policy to create; its document becomes version `v1`, the default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewManagedPolicy {
    /// The unique id (`ANPA…`).
    pub id: String,
    /// The ARN (`arn:aws:iam::<account>:policy<path><name>`).
    pub arn: String,
    /// The name, unique per account case-insensitively.
    pub name: String,
    /// The path.
    pub path: String,
    /// The description.
    pub description: Option<String>,
    /// The document of `v1`.
    pub document: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// Initial tags.
    pub tags: Vec<Tag>,
}

/// A stored customer managed policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManagedPolicy {
    /// The account the policy belongs to.
    pub account: AccountId,
    /// The unique id.
    pub id: String,
    /// The ARN.
    pub arn: String,
    /// The name.
    pub name: String,
    /// The path.
    pub path: String,
    /// The description.
    pub description: Option<String>,
    /// The creation time.
    pub created: OffsetDateTime,
    /// The time the default version last changed.
    pub updated: OffsetDateTime,
    /// The default version.
    pub default_version: VersionId,
    /// How many users, groups and roles it is attached to.
    pub attachment_count: i64,
    /// How many users and roles use it as permissions boundary.
    pub boundary_usage_count: i64,
    /// The tags; empty in list results.
    pub tags: Vec<Tag>,
}

/// One version of a managed policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyVersion {
    /// The version id.
    pub version: VersionId,
    /// The document, as submitted.
    pub document: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// Whether it is the policy's default version.
    pub is_default: bool,
}

/// How a policy is used (AWS `PolicyUsageFilter`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyUsage {
    /// Attached as a permissions policy.
    PermissionsPolicy,
    /// Set as a permissions boundary.
    PermissionsBoundary,
}

/// Filters of `ListPolicies` that apply to customer managed policies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicyListFilter {
    /// Only policies whose path starts with this.
    pub path_prefix: Option<String>,
    /// Only policies in use (attached, or as boundary; see `usage`).
    pub only_attached: bool,
    /// With `only_attached`: only policies in use this way.
    pub usage: Option<PolicyUsage>,
}

/// A row of [`select_policies!`].
pub(crate) struct PolicyRow {
    name_key: String,
    account: String,
    id: String,
    arn: String,
    name: String,
    path: String,
    description: Option<String>,
    created: i64,
    updated: i64,
    default_version: i64,
    attachment_count: i64,
    boundary_usage_count: i64,
}

impl PolicyRow {
    /// Reads the columns of [`select_policies!`], in its order.
    pub(crate) fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            name_key: row.get(0)?,
            account: row.get(1)?,
            id: row.get(2)?,
            arn: row.get(3)?,
            name: row.get(4)?,
            path: row.get(5)?,
            description: row.get(6)?,
            created: row.get(7)?,
            updated: row.get(8)?,
            default_version: row.get(9)?,
            attachment_count: row.get(10)?,
            boundary_usage_count: row.get(11)?,
        })
    }

    pub(crate) fn into_policy(self) -> Result<ManagedPolicy> {
        Ok(ManagedPolicy {
            account: stored_account(&self.account)?,
            id: self.id,
            arn: self.arn,
            name: self.name,
            path: self.path,
            description: self.description,
            created: from_epoch(self.created)?,
            updated: from_epoch(self.updated)?,
            default_version: VersionId(self.default_version),
            attachment_count: self.attachment_count,
            boundary_usage_count: self.boundary_usage_count,
            tags: Vec::new(),
        })
    }
}

/// A derived table `q` of the account's (`?1`) policies with their usage counts.
macro_rules! select_policies {
    () => {
        "SELECT * FROM (SELECT p.name_key, p.account, p.id, p.arn, p.name, p.path, p.description, p.created, \
         p.updated, p.default_version, \
         (SELECT COUNT(*) FROM policy_attachments a WHERE a.policy_arn = p.arn) AS attachment_count, \
         (SELECT COUNT(*) FROM users u WHERE u.boundary_arn = p.arn) \
         + (SELECT COUNT(*) FROM roles r WHERE r.boundary_arn = p.arn) AS boundary_usage_count \
         FROM managed_policies p WHERE p.account = ?1) q"
    };
}
pub(crate) use select_policies;

/// A row of the version queries: version, document, created, is_default.
struct VersionRow {
    version: i64,
    document: String,
    created: i64,
    is_default: bool,
}

impl VersionRow {
    /// Reads the columns of the version queries, in their order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            version: row.get(0)?,
            document: row.get(1)?,
            created: row.get(2)?,
            is_default: row.get(3)?,
        })
    }

    fn into_version(self) -> Result<PolicyVersion> {
        Ok(PolicyVersion {
            version: VersionId(self.version),
            document: self.document,
            created: from_epoch(self.created)?,
            is_default: self.is_default,
        })
    }
}

fn load_policy(conn: &Conn, account: &str, arn: &str) -> Result<ManagedPolicy> {
    let row = optional(
        conn,
        concat!(select_policies!(), " WHERE q.arn = ?2"),
        (account, arn),
        PolicyRow::from_row,
    )?;
    let mut policy = row
        .ok_or_else(|| StoreError::not_found(EntityKind::Policy, arn))?
        .into_policy()?;
    policy.tags = tags::load(conn, Resource::Policy, &policy.id)?;
    Ok(policy)
}

fn load_version(conn: &Conn, policy_id: &str, version: VersionId) -> Result<PolicyVersion> {
    let row = optional(
        conn,
        "SELECT v.version, v.document, v.created, (v.version = p.default_version) AS is_default \
         FROM policy_versions v JOIN managed_policies p ON p.id = v.policy_id WHERE v.policy_id = ?1 AND v.version = ?2",
        (policy_id, version.0),
        VersionRow::from_row,
    )?;
    row.ok_or_else(|| StoreError::not_found(EntityKind::PolicyVersion, &version.to_string()))?
        .into_version()
}

fn flag(on: bool) -> i64 {
    i64::from(on)
}

impl Store {
    /// Creates a customer managed policy with its document as default version `v1`
    /// (`CreatePolicy`). `AlreadyExists` if the name (any case) or the ARN is taken.
    pub async fn create_policy(
        &self,
        account: AccountId,
        policy: NewManagedPolicy,
    ) -> Result<ManagedPolicy> {
        let account = AccountKey::from(account);
        let max_tags = self.limits().tags_per_resource;
        self.write(move |tx| {
            let created = epoch(policy.created);
            execute(
                tx,
                "INSERT INTO managed_policies (id, account, arn, name, name_key, path, description, created, updated, default_version, next_version) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1, 2)",
                (
                    &policy.id,
                    &account,
                    &policy.arn,
                    &policy.name,
                    name_key(&policy.name),
                    &policy.path,
                    &policy.description,
                    created,
                ),
            )
            .map_err(|err| StoreError::on_create(err, EntityKind::Policy, &policy.id, &policy.name))?;
            execute(
                tx,
                "INSERT INTO policy_versions (policy_id, version, document, created) VALUES (?1, 1, ?2, ?3)",
                (&policy.id, &policy.document, created),
            )?;
            let tags = tags::insert_new(tx, Resource::Policy, &policy.id, &policy.tags, max_tags)?;
            // The usage counts are read, not assumed zero: nothing stops a boundary from naming
            // the ARN before the policy exists. The rest is what `load_policy` would read back.
            let (attachment_count, boundary_usage_count): (i64, i64) = one(
                tx,
                "SELECT (SELECT COUNT(*) FROM policy_attachments a WHERE a.policy_arn = ?1), \
                 (SELECT COUNT(*) FROM users u WHERE u.boundary_arn = ?1) \
                 + (SELECT COUNT(*) FROM roles r WHERE r.boundary_arn = ?1)",
                [&policy.arn],
                |row| row.try_into(),
            )?;
            let at = from_epoch(created)?;
            Ok(ManagedPolicy {
                account: account.id(),
                id: policy.id,
                arn: policy.arn,
                name: policy.name,
                path: policy.path,
                description: policy.description,
                created: at,
                updated: at,
                default_version: VersionId(1),
                attachment_count,
                boundary_usage_count,
                tags,
            })
        })
        .await
    }

    /// The customer managed policy with this ARN, with counts and tags (`GetPolicy`).
    pub async fn get_policy(&self, account: AccountId, arn: &str) -> Result<ManagedPolicy> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| load_policy(conn, account, arn))
    }

    /// Customer managed policies, ordered by name (`ListPolicies` with `Scope=Local`).
    pub async fn list_policies(
        &self,
        account: AccountId,
        filter: &PolicyListFilter,
        page: &PageRequest,
    ) -> Result<Page<ManagedPolicy>> {
        let account = &AccountKey::from(account);
        let usage = filter.only_attached.then_some(filter.usage);
        let start = page.start_key()?;
        let rows = self.read(|conn| {
            all(
                conn,
                concat!(
                    select_policies!(),
                    " WHERE q.name_key > ?2 AND substr(q.path, 1, length(?3)) = ?3 \
                     AND (?4 = 0 OR q.attachment_count > 0) AND (?5 = 0 OR q.boundary_usage_count > 0) \
                     AND (?6 = 0 OR q.attachment_count + q.boundary_usage_count > 0) ORDER BY q.name_key LIMIT ?7"
                ),
                (
                    account,
                    start,
                    filter.path_prefix.as_deref().unwrap_or("/"),
                    flag(usage == Some(Some(PolicyUsage::PermissionsPolicy))),
                    flag(usage == Some(Some(PolicyUsage::PermissionsBoundary))),
                    flag(usage == Some(None)),
                    page.fetch_limit(),
                ),
                PolicyRow::from_row,
            )
        })?;
        Page::from_rows(rows, page, |row| row.name_key.as_str()).try_map(PolicyRow::into_policy)
    }

    /// Deletes a customer managed policy (`DeletePolicy`). Refused with `DeleteConflict`
    /// while it is attached, used as a boundary, or has non-default versions.
    pub async fn delete_policy(&self, account: AccountId, arn: &str) -> Result<()> {
        let (account, arn) = (AccountKey::from(account), arn.to_owned());
        self.write(move |tx| {
            let policy = load_policy(tx, &account, &arn)?;
            let versions: i64 = one(
                tx,
                "SELECT COUNT(*) FROM policy_versions WHERE policy_id = ?1",
                [&policy.id],
                |row| row.get(0),
            )?;
            let reason = if policy.attachment_count > 0 {
                Some(ConflictReason::PolicyAttachments)
            } else if policy.boundary_usage_count > 0 {
                Some(ConflictReason::PermissionsBoundaryUsage)
            } else if versions > 1 {
                Some(ConflictReason::NonDefaultVersions)
            } else {
                None
            };
            if let Some(reason) = reason {
                return Err(StoreError::conflict(EntityKind::Policy, &arn, reason));
            }
            execute(
                tx,
                "DELETE FROM policy_versions WHERE policy_id = ?1",
                [&policy.id],
            )?;
            execute(
                tx,
                "DELETE FROM managed_policies WHERE id = ?1",
                [&policy.id],
            )?;
            tags::clear(tx, Resource::Policy, &policy.id)
        })
        .await
    }

    /// Adds a version (`CreatePolicyVersion`), numbered after every version the policy ever
    /// had; `LimitExceeded` when the policy already has the maximum number of versions.
    pub async fn create_policy_version(
        &self,
        account: AccountId,
        arn: &str,
        document: &str,
        set_as_default: bool,
        now: OffsetDateTime,
    ) -> Result<PolicyVersion> {
        let (account, arn, document) = (
            AccountKey::from(account),
            arn.to_owned(),
            document.to_owned(),
        );
        let max_versions = self.limits().versions_per_policy;
        self.write(move |tx| {
            let (id, next): (String, i64) = optional(
                tx,
                "SELECT id, next_version FROM managed_policies WHERE account = ?1 AND arn = ?2",
                (&account, &arn),
                |row| row.try_into(),
            )?
            .ok_or_else(|| StoreError::not_found(EntityKind::Policy, &arn))?;
            let existing: i64 = one(
                tx,
                "SELECT COUNT(*) FROM policy_versions WHERE policy_id = ?1",
                [&id],
                |row| row.get(0),
            )?;
            check_limit(existing, max_versions, Limit::VersionsPerPolicy)?;
            execute(
                tx,
                "INSERT INTO policy_versions (policy_id, version, document, created) VALUES (?1, ?2, ?3, ?4)",
                (&id, next, &document, epoch(now)),
            )?;
            execute(
                tx,
                "UPDATE managed_policies SET next_version = ?1 WHERE id = ?2",
                (next + 1, &id),
            )?;
            if set_as_default {
                set_default(tx, &id, VersionId(next))?;
            }
            stamp_update(tx, &id)?;
            load_version(tx, &id, VersionId(next))
        })
        .await
    }

    /// One version of a policy (`GetPolicyVersion`).
    pub async fn get_policy_version(
        &self,
        account: AccountId,
        arn: &str,
        version: VersionId,
    ) -> Result<PolicyVersion> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| {
            let id = Resource::Policy.id(conn, account, arn)?;
            load_version(conn, &id, version)
        })
    }

    /// All versions of a policy, newest first (`ListPolicyVersions`; at most 5).
    pub async fn list_policy_versions(
        &self,
        account: AccountId,
        arn: &str,
    ) -> Result<Vec<PolicyVersion>> {
        let account = &AccountKey::from(account);
        let rows = self.read_tx(|conn| {
            let id = Resource::Policy.id(conn, account, arn)?;
            all(
                conn,
                "SELECT v.version, v.document, v.created, (v.version = p.default_version) AS is_default \
                 FROM policy_versions v JOIN managed_policies p ON p.id = v.policy_id WHERE v.policy_id = ?1 ORDER BY v.version DESC",
                [&id],
                VersionRow::from_row,
            )
        })?;
        rows.into_iter().map(VersionRow::into_version).collect()
    }

    /// Deletes a non-default version (`DeletePolicyVersion`); the default one is a
    /// `DeleteConflict`.
    pub async fn delete_policy_version(
        &self,
        account: AccountId,
        arn: &str,
        version: VersionId,
    ) -> Result<()> {
        let (account, arn) = (AccountKey::from(account), arn.to_owned());
        self.write(move |tx| {
            let id = Resource::Policy.id(tx, &account, &arn)?;
            if load_version(tx, &id, version)?.is_default {
                return Err(StoreError::conflict(
                    EntityKind::PolicyVersion,
                    &version.to_string(),
                    ConflictReason::DefaultVersion,
                ));
            }
            execute(
                tx,
                "DELETE FROM policy_versions WHERE policy_id = ?1 AND version = ?2",
                (&id, version.0),
            )?;
            stamp_update(tx, &id)
        })
        .await
    }

    /// Makes a version the default (`SetDefaultPolicyVersion`).
    pub async fn set_default_policy_version(
        &self,
        account: AccountId,
        arn: &str,
        version: VersionId,
    ) -> Result<()> {
        let (account, arn) = (AccountKey::from(account), arn.to_owned());
        self.write(move |tx| {
            let id = Resource::Policy.id(tx, &account, &arn)?;
            load_version(tx, &id, version)?;
            set_default(tx, &id, version)
        })
        .await
    }
}

/// Makes `version` the default of policy `id`.
fn set_default(tx: &Conn, id: &str, version: VersionId) -> Result<()> {
    execute(
        tx,
        "UPDATE managed_policies SET default_version = ?1 WHERE id = ?2",
        (version.0, id),
    )?;
    Ok(())
}

/// Sets policy `id`'s `UpdateDate` after its versions changed, as the API reference defines
/// it (the `Policy` data type): "When a policy has only one version, this field contains the
/// date and time when the policy was created. When a policy has more than one version, this
/// field contains the date and time when the most recent policy version was created." Which
/// version is the default does not move it.
fn stamp_update(tx: &Conn, id: &str) -> Result<()> {
    execute(
        tx,
        "UPDATE managed_policies SET updated = CASE \
           WHEN (SELECT COUNT(*) FROM policy_versions WHERE policy_id = ?1) > 1 \
           THEN (SELECT MAX(created) FROM policy_versions WHERE policy_id = ?1) \
           ELSE created END \
         WHERE id = ?1",
        [id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn version_ids_parse_and_print() {
        assert_eq!("v1".parse(), Ok(VersionId(1)));
        assert_eq!("v42".parse(), Ok(VersionId(42)));
        assert_eq!(VersionId(7).to_string(), "v7");
        for bad in [
            "",
            "v",
            "v0",
            "v01",
            "1",
            "V1",
            "v1.a",
            "v-1",
            "v99999999999999999999",
        ] {
            assert_eq!(bad.parse::<VersionId>(), Err(InvalidVersionId), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn version_ids_round_trip(n in 1i64..i64::MAX) {
            prop_assert_eq!(VersionId(n).to_string().parse(), Ok(VersionId(n)));
        }

        #[test]
        fn version_id_parsing_never_panics(text in "\\PC{0,30}") {
            let _ = text.parse::<VersionId>();
        }
    }
}
