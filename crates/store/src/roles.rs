//! IAM roles.

use time::OffsetDateTime;

use crate::Store;
use crate::db::{Conn, Resource, as_stored, epoch, from_epoch, from_epoch_opt, name_key};
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

#[derive(sqlx::FromRow)]
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
pub(crate) async fn load(conn: &mut Conn, account: &str, name: &str) -> Result<Role> {
    let row: Option<RoleRow> = sqlx::query_as(concat!(
        select_role!(),
        " WHERE r.account = $1 AND r.name_key = $2"
    ))
    .bind(account)
    .bind(name_key(name))
    .fetch_optional(&mut *conn)
    .await?;
    let mut role = row
        .ok_or_else(|| StoreError::not_found(EntityKind::Role, name))?
        .into_role()?;
    role.tags = tags::load(conn, Resource::Role, &role.id).await?;
    Ok(role)
}

/// Inserts a role with its tags; `linked_service` marks a service-linked role. Returns the
/// role as [`load`] would read it back.
pub(crate) async fn insert(
    tx: &mut Conn,
    account: &str,
    role: NewRole,
    linked_service: Option<&str>,
    max_tags: u32,
) -> Result<Role> {
    sqlx::query(
        "INSERT INTO roles (id, account, name, name_key, path, created, trust_policy, description, max_session_duration, boundary_arn, linked_service) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&role.id)
    .bind(account)
    .bind(&role.name)
    .bind(name_key(&role.name))
    .bind(&role.path)
    .bind(epoch(role.created))
    .bind(&role.trust_policy)
    .bind(&role.description)
    .bind(role.max_session_duration)
    .bind(&role.permissions_boundary)
    .bind(linked_service)
    .execute(&mut *tx)
    .await
    .map_err(|err| StoreError::on_insert(err, EntityKind::Role, &role.name))?;
    let tags = tags::insert_new(tx, Resource::Role, &role.id, &role.tags, max_tags).await?;
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
        let mut tx = self.write().await?;
        let created = insert(
            &mut tx,
            account,
            role,
            None,
            self.limits().tags_per_resource,
        )
        .await?;
        tx.commit().await?;
        Ok(created)
    }

    /// The role called `name` (any case), with its tags (`GetRole`; AssumeRole's lookup).
    pub async fn get_role(&self, account: &str, name: &str) -> Result<Role> {
        let mut tx = self.read_tx().await?;
        load(&mut tx, account, name).await
    }

    /// The role with this unique id, in whatever account (trust policies name principals by id).
    pub async fn role_by_id(&self, id: &str) -> Result<Option<Role>> {
        let row: Option<RoleRow> = sqlx::query_as(concat!(select_role!(), " WHERE r.id = $1"))
            .bind(id)
            .fetch_optional(&mut *self.read().await?)
            .await?;
        row.map(RoleRow::into_role).transpose()
    }

    /// Roles whose path starts with `path_prefix`, ordered by name (`ListRoles`).
    pub async fn list_roles(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<Role>> {
        let rows: Vec<RoleRow> = sqlx::query_as(concat!(
            select_role!(),
            " WHERE r.account = $1 AND r.name_key > $2 AND substr(r.path, 1, length($3)) = $3 ORDER BY r.name_key LIMIT $4"
        ))
        .bind(account)
        .bind(page.start_key()?)
        .bind(path_prefix.unwrap_or("/"))
        .bind(page.fetch_limit())
        .fetch_all(&mut *self.read().await?)
        .await?;
        Page::from_rows(rows, page, |row| row.name_key.as_str()).try_map(RoleRow::into_role)
    }

    /// Changes a role's description and/or maximum session duration (`UpdateRole`).
    pub async fn update_role(&self, account: &str, name: &str, update: RoleUpdate) -> Result<Role> {
        let mut tx = self.write().await?;
        let id = Resource::Role.id(&mut tx, account, name).await?;
        if let Some(description) = &update.description {
            sqlx::query("UPDATE roles SET description = $1 WHERE id = $2")
                .bind(description)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(duration) = update.max_session_duration {
            sqlx::query("UPDATE roles SET max_session_duration = $1 WHERE id = $2")
                .bind(duration)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
        }
        let updated = load(&mut tx, account, name).await?;
        tx.commit().await?;
        Ok(updated)
    }

    /// Replaces a role's trust policy (`UpdateAssumeRolePolicy`).
    pub async fn update_trust_policy(
        &self,
        account: &str,
        name: &str,
        document: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let id = Resource::Role.id(&mut tx, account, name).await?;
        sqlx::query("UPDATE roles SET trust_policy = $1 WHERE id = $2")
            .bind(document)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Sets or removes a role's permissions boundary (`PutRolePermissionsBoundary`,
    /// `DeleteRolePermissionsBoundary`).
    pub async fn set_role_permissions_boundary(
        &self,
        account: &str,
        name: &str,
        boundary: Option<&str>,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let id = Resource::Role.id(&mut tx, account, name).await?;
        sqlx::query("UPDATE roles SET boundary_arn = $1 WHERE id = $2")
            .bind(boundary)
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that a role was used (`RoleLastUsed`), by its unique id.
    pub async fn record_role_used(
        &self,
        role_id: &str,
        at: OffsetDateTime,
        region: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query("UPDATE roles SET last_used = $1, last_used_region = $2 WHERE id = $3")
            .bind(epoch(at))
            .bind(region)
            .bind(role_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes a role (`DeleteRole`). Refused with `DeleteConflict` while it has inline or
    /// attached policies or is in an instance profile.
    pub async fn delete_role(&self, account: &str, name: &str) -> Result<()> {
        let mut tx = self.write().await?;
        // The role and everything that keeps it from being deleted, in one statement; the
        // first reason in this order is the one reported.
        let (id, profiles, inline, attached): (String, i64, i64, i64) = sqlx::query_as(
            "SELECT r.id, \
             EXISTS (SELECT 1 FROM instance_profile_roles WHERE role_id = r.id), \
             EXISTS (SELECT 1 FROM inline_policies WHERE owner_kind = $3 AND owner_id = r.id), \
             EXISTS (SELECT 1 FROM policy_attachments WHERE owner_kind = $3 AND owner_id = r.id) \
             FROM roles r WHERE r.account = $1 AND r.name_key = $2",
        )
        .bind(account)
        .bind(name_key(name))
        .bind(Resource::Role.code())
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::not_found(EntityKind::Role, name))?;
        StoreError::refuse_delete(
            EntityKind::Role,
            name,
            [
                (profiles, ConflictReason::InstanceProfiles),
                (inline, ConflictReason::InlinePolicies),
                (attached, ConflictReason::AttachedPolicies),
            ],
        )?;
        sqlx::query("DELETE FROM roles WHERE id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tags::clear(&mut tx, Resource::Role, &id).await?;
        tx.commit().await?;
        Ok(())
    }
}
