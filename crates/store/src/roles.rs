//! IAM roles.

use time::OffsetDateTime;

use crate::Store;
use crate::db::{
    Conn, Resource, all, as_stored, epoch, execute, from_epoch, from_epoch_opt, name_key, optional,
};
use crate::error::{ConflictReason, EntityKind, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::tags::{self, Tag};

/// A role to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRole {
    /// The unique id (`AROA…`).
    pub id: String,
    /// The name, unique per account case-insensitively.
    pub name: String,
    /// The path.
    pub path: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// The trust policy document, as submitted (principals already rewritten to unique ids
    /// where the caller does that).
    pub trust_policy: String,
    /// The description.
    pub description: Option<String>,
    /// The maximum session duration in seconds (3600..=43200).
    pub max_session_duration: i64,
    /// The ARN of the permissions boundary policy.
    pub permissions_boundary: Option<String>,
    /// Initial tags.
    pub tags: Vec<Tag>,
}

/// When and where a role was last used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleLastUsed {
    /// When.
    pub date: OffsetDateTime,
    /// In which region.
    pub region: Option<String>,
}

/// A stored role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The account the role belongs to.
    pub account: String,
    /// The unique id.
    pub id: String,
    /// The name, in the case it was created with.
    pub name: String,
    /// The path.
    pub path: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// The trust policy document.
    pub trust_policy: String,
    /// The description.
    pub description: Option<String>,
    /// The maximum session duration in seconds.
    pub max_session_duration: i64,
    /// The ARN of the permissions boundary policy.
    pub permissions_boundary: Option<String>,
    /// When the role was last used, if ever.
    pub last_used: Option<RoleLastUsed>,
    /// The tags; empty in list results (AWS's `ListRoles` omits them too).
    pub tags: Vec<Tag>,
}

/// Changes for `UpdateRole` / `UpdateRoleDescription`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleUpdate {
    /// The new description.
    pub description: Option<String>,
    /// The new maximum session duration in seconds.
    pub max_session_duration: Option<i64>,
}

/// A row of [`select_role!`].
pub(crate) struct RoleRow {
    name_key: String,
    account: String,
    id: String,
    name: String,
    path: String,
    created: i64,
    trust_policy: String,
    description: Option<String>,
    max_session_duration: i64,
    boundary_arn: Option<String>,
    last_used: Option<i64>,
    last_used_region: Option<String>,
}

impl RoleRow {
    /// Reads the columns of [`select_role!`], in its order.
    pub(crate) fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            name_key: row.get(0)?,
            account: row.get(1)?,
            id: row.get(2)?,
            name: row.get(3)?,
            path: row.get(4)?,
            created: row.get(5)?,
            trust_policy: row.get(6)?,
            description: row.get(7)?,
            max_session_duration: row.get(8)?,
            boundary_arn: row.get(9)?,
            last_used: row.get(10)?,
            last_used_region: row.get(11)?,
        })
    }

    pub(crate) fn into_role(self) -> Result<Role> {
        let last_used = from_epoch_opt(self.last_used)?.map(|date| RoleLastUsed {
            date,
            region: self.last_used_region,
        });
        Ok(Role {
            account: self.account,
            id: self.id,
            name: self.name,
            path: self.path,
            created: from_epoch(self.created)?,
            trust_policy: self.trust_policy,
            description: self.description,
            max_session_duration: self.max_session_duration,
            permissions_boundary: self.boundary_arn,
            last_used,
            tags: Vec::new(),
        })
    }
}

/// `SELECT` of a [`RoleRow`] from `roles r`.
macro_rules! select_role {
    () => {
        "SELECT r.name_key, r.account, r.id, r.name, r.path, r.created, r.trust_policy, r.description, \
         r.max_session_duration, r.boundary_arn, r.last_used, r.last_used_region FROM roles r"
    };
}
pub(crate) use select_role;

/// Loads a role with its tags by name.
pub(crate) fn load(conn: &Conn, account: &str, name: &str) -> Result<Role> {
    let row = optional(
        conn,
        concat!(select_role!(), " WHERE r.account = ?1 AND r.name_key = ?2"),
        (account, name_key(name)),
        RoleRow::from_row,
    )?;
    let mut role = row
        .ok_or_else(|| StoreError::not_found(EntityKind::Role, name))?
        .into_role()?;
    role.tags = tags::load(conn, Resource::Role, &role.id)?;
    Ok(role)
}

/// Inserts a role with its tags; `linked_service` marks a service-linked role. Returns the
/// role as [`load`] would read it back.
pub(crate) fn insert(
    tx: &Conn,
    account: &str,
    role: NewRole,
    linked_service: Option<&str>,
    max_tags: u32,
) -> Result<Role> {
    execute(
        tx,
        "INSERT INTO roles (id, account, name, name_key, path, created, trust_policy, description, max_session_duration, boundary_arn, linked_service) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        (
            &role.id,
            account,
            &role.name,
            name_key(&role.name),
            &role.path,
            epoch(role.created),
            &role.trust_policy,
            &role.description,
            role.max_session_duration,
            &role.permissions_boundary,
            linked_service,
        ),
    )
    .map_err(|err| StoreError::on_create(err, EntityKind::Role, &role.id, &role.name))?;
    let tags = tags::insert_new(tx, Resource::Role, &role.id, &role.tags, max_tags)?;
    Ok(Role {
        account: account.to_owned(),
        id: role.id,
        name: role.name,
        path: role.path,
        created: as_stored(role.created)?,
        trust_policy: role.trust_policy,
        description: role.description,
        max_session_duration: role.max_session_duration,
        permissions_boundary: role.permissions_boundary,
        last_used: None,
        tags,
    })
}

impl Store {
    /// Creates a role (`CreateRole`).
    pub async fn create_role(&self, account: &str, role: NewRole) -> Result<Role> {
        let account = account.to_owned();
        let max_tags = self.limits().tags_per_resource;
        self.write(move |tx| insert(tx, &account, role, None, max_tags))
            .await
    }

    /// The role called `name` (any case), with its tags (`GetRole`; AssumeRole's lookup).
    pub async fn get_role(&self, account: &str, name: &str) -> Result<Role> {
        self.read_tx(|conn| load(conn, account, name))
    }

    /// The role with this unique id, in whatever account (trust policies name principals by id).
    pub async fn role_by_id(&self, id: &str) -> Result<Option<Role>> {
        let row = self.read(|conn| {
            optional(
                conn,
                concat!(select_role!(), " WHERE r.id = ?1"),
                [id],
                RoleRow::from_row,
            )
        })?;
        row.map(RoleRow::into_role).transpose()
    }

    /// Roles whose path starts with `path_prefix`, ordered by name (`ListRoles`).
    pub async fn list_roles(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<Role>> {
        let start = page.start_key()?;
        let rows = self.read(|conn| {
            all(
                conn,
                concat!(
                    select_role!(),
                    " WHERE r.account = ?1 AND r.name_key > ?2 AND substr(r.path, 1, length(?3)) = ?3 ORDER BY r.name_key LIMIT ?4"
                ),
                (account, start, path_prefix.unwrap_or("/"), page.fetch_limit()),
                RoleRow::from_row,
            )
        })?;
        Page::from_rows(rows, page, |row| row.name_key.as_str()).try_map(RoleRow::into_role)
    }

    /// Changes a role's description and/or maximum session duration (`UpdateRole`).
    pub async fn update_role(&self, account: &str, name: &str, update: RoleUpdate) -> Result<Role> {
        let (account, name) = (account.to_owned(), name.to_owned());
        self.write(move |tx| {
            let id = Resource::Role.id(tx, &account, &name)?;
            if let Some(description) = &update.description {
                execute(
                    tx,
                    "UPDATE roles SET description = ?1 WHERE id = ?2",
                    (description, &id),
                )?;
            }
            if let Some(duration) = update.max_session_duration {
                execute(
                    tx,
                    "UPDATE roles SET max_session_duration = ?1 WHERE id = ?2",
                    (duration, &id),
                )?;
            }
            load(tx, &account, &name)
        })
        .await
    }

    /// Replaces a role's trust policy (`UpdateAssumeRolePolicy`).
    pub async fn update_trust_policy(
        &self,
        account: &str,
        name: &str,
        document: &str,
    ) -> Result<()> {
        let (account, name, document) = (account.to_owned(), name.to_owned(), document.to_owned());
        self.write(move |tx| {
            let id = Resource::Role.id(tx, &account, &name)?;
            execute(
                tx,
                "UPDATE roles SET trust_policy = ?1 WHERE id = ?2",
                (&document, &id),
            )?;
            Ok(())
        })
        .await
    }

    /// Sets or removes a role's permissions boundary (`PutRolePermissionsBoundary`,
    /// `DeleteRolePermissionsBoundary`).
    pub async fn set_role_permissions_boundary(
        &self,
        account: &str,
        name: &str,
        boundary: Option<&str>,
    ) -> Result<()> {
        let (account, name) = (account.to_owned(), name.to_owned());
        let boundary = boundary.map(str::to_owned);
        self.write(move |tx| {
            let id = Resource::Role.id(tx, &account, &name)?;
            execute(
                tx,
                "UPDATE roles SET boundary_arn = ?1 WHERE id = ?2",
                (&boundary, &id),
            )?;
            Ok(())
        })
        .await
    }

    /// Records that a role was used (`RoleLastUsed`), by its unique id.
    pub async fn record_role_used(
        &self,
        role_id: &str,
        at: OffsetDateTime,
        region: &str,
    ) -> Result<()> {
        let (role_id, region) = (role_id.to_owned(), region.to_owned());
        self.write(move |tx| {
            execute(
                tx,
                "UPDATE roles SET last_used = ?1, last_used_region = ?2 WHERE id = ?3",
                (epoch(at), &region, &role_id),
            )?;
            Ok(())
        })
        .await
    }

    /// Deletes a role (`DeleteRole`). Refused with `DeleteConflict` while it has inline or
    /// attached policies or is in an instance profile.
    pub async fn delete_role(&self, account: &str, name: &str) -> Result<()> {
        let (account, name) = (account.to_owned(), name.to_owned());
        self.write(move |tx| {
            // The role and everything that keeps it from being deleted, in one statement; the
            // first reason in this order is the one reported.
            let (id, profiles, inline, attached): (String, i64, i64, i64) = optional(
                tx,
                "SELECT r.id, \
                 EXISTS (SELECT 1 FROM instance_profile_roles WHERE role_id = r.id), \
                 EXISTS (SELECT 1 FROM inline_policies WHERE owner_kind = ?3 AND owner_id = r.id), \
                 EXISTS (SELECT 1 FROM policy_attachments WHERE owner_kind = ?3 AND owner_id = r.id) \
                 FROM roles r WHERE r.account = ?1 AND r.name_key = ?2",
                (&account, name_key(&name), Resource::Role.code()),
                |row| row.try_into(),
            )?
            .ok_or_else(|| StoreError::not_found(EntityKind::Role, &name))?;
            StoreError::refuse_delete(
                EntityKind::Role,
                &name,
                [
                    (profiles, ConflictReason::InstanceProfiles),
                    (inline, ConflictReason::InlinePolicies),
                    (attached, ConflictReason::AttachedPolicies),
                ],
            )?;
            execute(tx, "DELETE FROM roles WHERE id = ?1", [&id])?;
            tags::clear(tx, Resource::Role, &id)
        })
        .await
    }
}
