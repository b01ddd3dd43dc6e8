//! Customer managed policies and their versions, inline policies, and attachments.

use std::fmt;
use std::str::FromStr;

use time::OffsetDateTime;

use crate::db::{
    Conn, Resource, all, change_existing, epoch, execute, from_epoch, is_aws_managed, name_key,
    one, optional,
};
use crate::error::{ConflictReason, EntityKind, Limit, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::tags::{self, Tag};
use crate::{Limits, Store, check_limit};

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
    pub account: String,
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

/// The user, group or role that owns inline policies and has managed policies attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyOwner<'a> {
    /// A user, by name.
    User(&'a str),
    /// A group, by name.
    Group(&'a str),
    /// A role, by name.
    Role(&'a str),
}

impl<'a> PolicyOwner<'a> {
    fn resource(self) -> (Resource, &'a str) {
        match self {
            Self::User(name) => (Resource::User, name),
            Self::Group(name) => (Resource::Group, name),
            Self::Role(name) => (Resource::Role, name),
        }
    }

    fn attachment_limit(self, limits: &Limits) -> (u32, Limit) {
        match self {
            Self::User(_) => (
                limits.attached_policies_per_user,
                Limit::AttachedPoliciesPerUser,
            ),
            Self::Group(_) => (
                limits.attached_policies_per_group,
                Limit::AttachedPoliciesPerGroup,
            ),
            Self::Role(_) => (
                limits.attached_policies_per_role,
                Limit::AttachedPoliciesPerRole,
            ),
        }
    }
}

/// An inline policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlinePolicy {
    /// The policy name.
    pub name: String,
    /// The document, as submitted.
    pub document: String,
}

/// A user, group or role that uses a managed policy (`ListEntitiesForPolicy`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyEntity {
    /// User, group or role.
    pub kind: EntityKind,
    /// Its unique id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its path.
    pub path: String,
    /// Whether the policy is attached to it or is its permissions boundary.
    pub usage: PolicyUsage,
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
            account: self.account,
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

/// Why an owner (user, group, role) cannot be deleted because of its policies, if it cannot.
pub(crate) fn owned_policies_conflict(
    tx: &Conn,
    owner: Resource,
    id: &str,
) -> Result<Option<ConflictReason>> {
    let checks = [
        (
            "SELECT COUNT(*) FROM inline_policies WHERE owner_kind = ?1 AND owner_id = ?2",
            ConflictReason::InlinePolicies,
        ),
        (
            "SELECT COUNT(*) FROM policy_attachments WHERE owner_kind = ?1 AND owner_id = ?2",
            ConflictReason::AttachedPolicies,
        ),
    ];
    for (sql, reason) in checks {
        let n: i64 = one(tx, sql, (owner.code(), id), |row| row.get(0))?;
        if n > 0 {
            return Ok(Some(reason));
        }
    }
    Ok(None)
}

/// A row of `other_inline_policies_sql!`: the owner's id, then an inline policy's name and
/// document (both `NULL` for an owner without any other).
type OwnerPolicyRow = (String, Option<String>, Option<String>);

/// The owner in `?2` whose name key is `?3`, from the owner table `$table`, joined to its
/// inline policies (owner kind `?1`) other than the one whose name key is `?4`: one row of
/// `NULL`s after the id when it has none, no row when there is no such owner.
macro_rules! other_inline_policies_sql {
    ($table:literal) => {
        concat!(
            "SELECT o.id, p.name, p.document FROM ",
            $table,
            " o LEFT JOIN inline_policies p ON p.owner_kind = ?1 AND p.owner_id = o.id AND p.name_key <> ?4 \
             WHERE o.account = ?2 AND o.name_key = ?3"
        )
    };
}

/// The owner in `?1` whose name key is `?2`, from the owner table `$table`, with whether the
/// customer managed policy `?4` exists in `?1`, joined to the policies attached to it
/// (owner kind `?3`).
macro_rules! attach_sql {
    ($table:literal) => {
        concat!(
            "SELECT o.id, EXISTS (SELECT 1 FROM managed_policies WHERE account = ?1 AND arn = ?4), a.policy_arn FROM ",
            $table,
            " o LEFT JOIN policy_attachments a ON a.owner_kind = ?3 AND a.owner_id = o.id \
             WHERE o.account = ?1 AND o.name_key = ?2"
        )
    };
}

fn flag(on: bool) -> i64 {
    i64::from(on)
}

impl Store {
    /// Creates a customer managed policy with its document as default version `v1`
    /// (`CreatePolicy`). `AlreadyExists` if the name (any case) or the ARN is taken.
    pub async fn create_policy(
        &self,
        account: &str,
        policy: NewManagedPolicy,
    ) -> Result<ManagedPolicy> {
        let account = account.to_owned();
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
                account,
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
    pub async fn get_policy(&self, account: &str, arn: &str) -> Result<ManagedPolicy> {
        self.read_tx(|conn| load_policy(conn, account, arn))
    }

    /// Customer managed policies, ordered by name (`ListPolicies` with `Scope=Local`).
    pub async fn list_policies(
        &self,
        account: &str,
        filter: &PolicyListFilter,
        page: &PageRequest,
    ) -> Result<Page<ManagedPolicy>> {
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
    pub async fn delete_policy(&self, account: &str, arn: &str) -> Result<()> {
        let (account, arn) = (account.to_owned(), arn.to_owned());
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
        account: &str,
        arn: &str,
        document: &str,
        set_as_default: bool,
        now: OffsetDateTime,
    ) -> Result<PolicyVersion> {
        let (account, arn, document) = (account.to_owned(), arn.to_owned(), document.to_owned());
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
                set_default(tx, &id, VersionId(next), now)?;
            }
            load_version(tx, &id, VersionId(next))
        })
        .await
    }

    /// One version of a policy (`GetPolicyVersion`).
    pub async fn get_policy_version(
        &self,
        account: &str,
        arn: &str,
        version: VersionId,
    ) -> Result<PolicyVersion> {
        self.read_tx(|conn| {
            let id = Resource::Policy.id(conn, account, arn)?;
            load_version(conn, &id, version)
        })
    }

    /// All versions of a policy, newest first (`ListPolicyVersions`; at most 5).
    pub async fn list_policy_versions(
        &self,
        account: &str,
        arn: &str,
    ) -> Result<Vec<PolicyVersion>> {
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
        account: &str,
        arn: &str,
        version: VersionId,
    ) -> Result<()> {
        let (account, arn) = (account.to_owned(), arn.to_owned());
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
            Ok(())
        })
        .await
    }

    /// Makes a version the default (`SetDefaultPolicyVersion`).
    pub async fn set_default_policy_version(
        &self,
        account: &str,
        arn: &str,
        version: VersionId,
        now: OffsetDateTime,
    ) -> Result<()> {
        let (account, arn) = (account.to_owned(), arn.to_owned());
        self.write(move |tx| {
            let id = Resource::Policy.id(tx, &account, &arn)?;
            load_version(tx, &id, version)?;
            set_default(tx, &id, version, now)
        })
        .await
    }

    /// Creates or replaces an inline policy (`PutUserPolicy`, …).
    pub async fn put_inline_policy(
        &self,
        account: &str,
        owner: PolicyOwner<'_>,
        name: &str,
        document: &str,
    ) -> Result<()> {
        self.put_inline_policy_if(account, owner, name, document, |_| true)
            .await
            .map(|_| ())
    }

    /// Creates or replaces an inline policy if `admit` accepts it beside the owner's other
    /// inline policies (all but the one of this name), which it is given; returns whether it
    /// was written. The check runs in the write's own transaction, so two puts that each fit a
    /// quota cannot together exceed it.
    pub async fn put_inline_policy_if(
        &self,
        account: &str,
        owner: PolicyOwner<'_>,
        name: &str,
        document: &str,
        admit: impl FnOnce(&[InlinePolicy]) -> bool + Send + 'static,
    ) -> Result<bool> {
        let (resource, owner_name) = owner.resource();
        let sql = match owner {
            PolicyOwner::User(_) => other_inline_policies_sql!("users"),
            PolicyOwner::Group(_) => other_inline_policies_sql!("iam_groups"),
            PolicyOwner::Role(_) => other_inline_policies_sql!("roles"),
        };
        let key = name_key(name);
        let (account, owner_name) = (account.to_owned(), owner_name.to_owned());
        let (name, document) = (name.to_owned(), document.to_owned());
        self.write(move |tx| {
            let rows: Vec<OwnerPolicyRow> = all(
                tx,
                sql,
                (resource.code(), &account, name_key(&owner_name), &key),
                |row| row.try_into(),
            )?;
            let Some(owner_id) = rows.first().map(|(id, ..)| id.clone()) else {
                return Err(StoreError::not_found(resource.entity_kind(), &owner_name));
            };
            let others: Vec<InlinePolicy> = rows
                .into_iter()
                .filter_map(|(_, name, document)| {
                    Some(InlinePolicy {
                        name: name?,
                        document: document?,
                    })
                })
                .collect();
            if !admit(&others) {
                return Ok(false);
            }
            execute(
                tx,
                "INSERT INTO inline_policies (owner_kind, owner_id, name, name_key, document) VALUES (?1, ?2, ?3, ?4, ?5) \
                 ON CONFLICT (owner_kind, owner_id, name_key) DO UPDATE SET name = excluded.name, document = excluded.document",
                (resource.code(), &owner_id, &name, &key, &document),
            )?;
            Ok(true)
        })
        .await
    }

    /// One inline policy (`GetUserPolicy`, …).
    pub async fn get_inline_policy(
        &self,
        account: &str,
        owner: PolicyOwner<'_>,
        name: &str,
    ) -> Result<InlinePolicy> {
        let (resource, owner_name) = owner.resource();
        let (name, document): (String, String) = self
            .read_tx(|conn| {
                let owner_id = resource.id(conn, account, owner_name)?;
                optional(
                    conn,
                    "SELECT name, document FROM inline_policies WHERE owner_kind = ?1 AND owner_id = ?2 AND name_key = ?3",
                    (resource.code(), &owner_id, name_key(name)),
                    |row| row.try_into(),
                )
            })?
            .ok_or_else(|| StoreError::not_found(EntityKind::InlinePolicy, name))?;
        Ok(InlinePolicy { name, document })
    }

    /// The names of an owner's inline policies, ordered (`ListUserPolicies`, …).
    pub async fn list_inline_policies(
        &self,
        account: &str,
        owner: PolicyOwner<'_>,
    ) -> Result<Vec<String>> {
        let (resource, owner_name) = owner.resource();
        self.read_tx(|conn| {
            let owner_id = resource.id(conn, account, owner_name)?;
            all(
                conn,
                "SELECT name FROM inline_policies WHERE owner_kind = ?1 AND owner_id = ?2 ORDER BY name_key",
                (resource.code(), &owner_id),
                |row| row.get(0),
            )
        })
    }

    /// Deletes an inline policy (`DeleteUserPolicy`, …).
    pub async fn delete_inline_policy(
        &self,
        account: &str,
        owner: PolicyOwner<'_>,
        name: &str,
    ) -> Result<()> {
        let (resource, owner_name) = owner.resource();
        let (account, owner_name, name) =
            (account.to_owned(), owner_name.to_owned(), name.to_owned());
        self.write(move |tx| {
            let owner_id = resource.id(tx, &account, &owner_name)?;
            change_existing(tx, "DELETE FROM inline_policies WHERE owner_kind = ?1 AND owner_id = ?2 AND name_key = ?3", (resource.code(), &owner_id, name_key(&name)), EntityKind::InlinePolicy, &name)
        })
        .await
    }

    /// Attaches a managed policy (`AttachUserPolicy`, …). A customer managed ARN must name
    /// an existing policy of the account (`NotFound` otherwise); AWS managed ARNs
    /// (`arn:aws:iam::aws:policy/…`) are taken as given. Attaching twice changes nothing.
    pub async fn attach_policy(
        &self,
        account: &str,
        owner: PolicyOwner<'_>,
        arn: &str,
    ) -> Result<()> {
        let (resource, owner_name) = owner.resource();
        // The owner, whether the customer policy exists, and what is attached already, in
        // one statement: one row per attached policy, or one with none.
        let sql = match owner {
            PolicyOwner::User(_) => attach_sql!("users"),
            PolicyOwner::Group(_) => attach_sql!("iam_groups"),
            PolicyOwner::Role(_) => attach_sql!("roles"),
        };
        let (max, limit) = owner.attachment_limit(self.limits());
        let (account, owner_name, arn) =
            (account.to_owned(), owner_name.to_owned(), arn.to_owned());
        self.write(move |tx| {
            let rows: Vec<(String, i64, Option<String>)> = all(
                tx,
                sql,
                (&account, name_key(&owner_name), resource.code(), &arn),
                |row| row.try_into(),
            )?;
            let Some((owner_id, policy_exists, _)) = rows.first().cloned() else {
                return Err(StoreError::not_found(resource.entity_kind(), &owner_name));
            };
            if !is_aws_managed(&arn) && policy_exists == 0 {
                return Err(StoreError::not_found(EntityKind::Policy, &arn));
            }
            let attached: Vec<String> = rows.into_iter().filter_map(|(_, _, arn)| arn).collect();
            if attached.contains(&arn) {
                return Ok(());
            }
            check_limit(
                i64::try_from(attached.len()).unwrap_or(i64::MAX),
                max,
                limit,
            )?;
            execute(
                tx,
                "INSERT INTO policy_attachments (owner_kind, owner_id, account, policy_arn) VALUES (?1, ?2, ?3, ?4)",
                (resource.code(), &owner_id, &account, &arn),
            )?;
            Ok(())
        })
        .await
    }

    /// Detaches a managed policy (`DetachUserPolicy`, …); `NotFound` if it was not attached.
    pub async fn detach_policy(
        &self,
        account: &str,
        owner: PolicyOwner<'_>,
        arn: &str,
    ) -> Result<()> {
        let (resource, owner_name) = owner.resource();
        let (account, owner_name, arn) =
            (account.to_owned(), owner_name.to_owned(), arn.to_owned());
        self.write(move |tx| {
            let owner_id = resource.id(tx, &account, &owner_name)?;
            change_existing(tx, "DELETE FROM policy_attachments WHERE owner_kind = ?1 AND owner_id = ?2 AND policy_arn = ?3", (resource.code(), &owner_id, &arn), EntityKind::PolicyAttachment, &arn)
        })
        .await
    }

    /// The ARNs of the managed policies attached to an owner, ordered (`ListAttached*Policies`;
    /// at most the attachment quota, so unpaged).
    pub async fn list_attached_policies(
        &self,
        account: &str,
        owner: PolicyOwner<'_>,
    ) -> Result<Vec<String>> {
        let (resource, owner_name) = owner.resource();
        self.read_tx(|conn| {
            let owner_id = resource.id(conn, account, owner_name)?;
            all(
                conn,
                "SELECT policy_arn FROM policy_attachments WHERE owner_kind = ?1 AND owner_id = ?2 ORDER BY policy_arn",
                (resource.code(), &owner_id),
                |row| row.get(0),
            )
        })
    }

    /// Every user, group and role of the account that has this policy (customer or AWS
    /// managed) attached or as permissions boundary (`ListEntitiesForPolicy`).
    pub async fn entities_for_policy(&self, account: &str, arn: &str) -> Result<Vec<PolicyEntity>> {
        let rows: Vec<(String, String, String, String, bool)> = self.read(|conn| {
            all(
                conn,
                "SELECT a.owner_kind, u.id, u.name, u.path, FALSE FROM policy_attachments a JOIN users u ON u.id = a.owner_id \
                   WHERE a.owner_kind = ?3 AND a.account = ?1 AND a.policy_arn = ?2 \
                 UNION ALL SELECT a.owner_kind, g.id, g.name, g.path, FALSE FROM policy_attachments a JOIN iam_groups g ON g.id = a.owner_id \
                   WHERE a.owner_kind = ?4 AND a.account = ?1 AND a.policy_arn = ?2 \
                 UNION ALL SELECT a.owner_kind, r.id, r.name, r.path, FALSE FROM policy_attachments a JOIN roles r ON r.id = a.owner_id \
                   WHERE a.owner_kind = ?5 AND a.account = ?1 AND a.policy_arn = ?2 \
                 UNION ALL SELECT ?3, u.id, u.name, u.path, TRUE FROM users u WHERE u.account = ?1 AND u.boundary_arn = ?2 \
                 UNION ALL SELECT ?5, r.id, r.name, r.path, TRUE FROM roles r WHERE r.account = ?1 AND r.boundary_arn = ?2 \
                 ORDER BY 1, 3",
                (
                    account,
                    arn,
                    Resource::User.code(),
                    Resource::Group.code(),
                    Resource::Role.code(),
                ),
                |row| row.try_into(),
            )
        })?;
        rows.into_iter()
            .map(|(kind, id, name, path, boundary)| {
                let kind = [Resource::User, Resource::Group, Resource::Role]
                    .into_iter()
                    .find(|resource| resource.code() == kind)
                    .ok_or_else(|| StoreError::Corrupt {
                        detail: format!("attachment owner kind {kind}"),
                    })?
                    .entity_kind();
                let usage = if boundary {
                    PolicyUsage::PermissionsBoundary
                } else {
                    PolicyUsage::PermissionsPolicy
                };
                Ok(PolicyEntity {
                    kind,
                    id,
                    name,
                    path,
                    usage,
                })
            })
            .collect()
    }
}

/// Makes `version` the default of policy `id` and stamps the update time.
fn set_default(tx: &Conn, id: &str, version: VersionId, now: OffsetDateTime) -> Result<()> {
    execute(
        tx,
        "UPDATE managed_policies SET default_version = ?1, updated = ?2 WHERE id = ?3",
        (version.0, epoch(now), id),
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
