//! Instance profiles and the (at most one) role inside each.

use time::OffsetDateTime;

use crate::Store;
use crate::db::{Conn, Resource, as_stored, count, epoch, from_epoch, name_key};
use crate::error::{ConflictReason, EntityKind, Limit, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::roles::{Role, RoleRow, select_role};
use crate::tags::{self, Tag};

/// An instance profile to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInstanceProfile {
    /// The unique id (`AIPA…`).
    pub id: String,
    /// The name, unique per account case-insensitively.
    pub name: String,
    /// The path.
    pub path: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// Initial tags.
    pub tags: Vec<Tag>,
}

/// A stored instance profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstanceProfile {
    /// The account.
    pub account: String,
    /// The unique id.
    pub id: String,
    /// The name.
    pub name: String,
    /// The path.
    pub path: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// The roles in it (at most one), without their tags.
    pub roles: Vec<Role>,
    /// The tags; empty in list results.
    pub tags: Vec<Tag>,
}

#[derive(sqlx::FromRow)]
struct ProfileRow {
    name_key: String,
    account: String,
    id: String,
    name: String,
    path: String,
    created: i64,
}

macro_rules! select_profile {
    () => {
        "SELECT p.name_key, p.account, p.id, p.name, p.path, p.created FROM instance_profiles p"
    };
}

/// Completes a profile row with its roles.
async fn complete(conn: &mut Conn, row: ProfileRow) -> Result<InstanceProfile> {
    let roles: Vec<RoleRow> = sqlx::query_as(concat!(
        select_role!(),
        " JOIN instance_profile_roles ipr ON ipr.role_id = r.id WHERE ipr.profile_id = $1"
    ))
    .bind(&row.id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(InstanceProfile {
        account: row.account,
        id: row.id,
        name: row.name,
        path: row.path,
        created: from_epoch(row.created)?,
        roles: roles
            .into_iter()
            .map(RoleRow::into_role)
            .collect::<Result<_>>()?,
        tags: Vec::new(),
    })
}

async fn load(conn: &mut Conn, account: &str, name: &str) -> Result<InstanceProfile> {
    let row: Option<ProfileRow> = sqlx::query_as(concat!(
        select_profile!(),
        " WHERE p.account = $1 AND p.name_key = $2"
    ))
    .bind(account)
    .bind(name_key(name))
    .fetch_optional(&mut *conn)
    .await?;
    let row = row.ok_or_else(|| StoreError::not_found(EntityKind::InstanceProfile, name))?;
    let mut profile = complete(conn, row).await?;
    profile.tags = tags::load(conn, Resource::InstanceProfile, &profile.id).await?;
    Ok(profile)
}

impl Store {
    /// Creates an empty instance profile (`CreateInstanceProfile`).
    pub async fn create_instance_profile(
        &self,
        account: &str,
        profile: NewInstanceProfile,
    ) -> Result<InstanceProfile> {
        let mut tx = self.write().await?;
        sqlx::query("INSERT INTO instance_profiles (id, account, name, name_key, path, created) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&profile.id)
            .bind(account)
            .bind(&profile.name)
            .bind(name_key(&profile.name))
            .bind(&profile.path)
            .bind(epoch(profile.created))
            .execute(&mut *tx)
            .await
            .map_err(|err| StoreError::on_insert(err, EntityKind::InstanceProfile, &profile.name))?;
        let tags = tags::insert_new(
            &mut tx,
            Resource::InstanceProfile,
            &profile.id,
            &profile.tags,
            self.limits().tags_per_resource,
        )
        .await?;
        tx.commit().await?;
        // What `load` would read back, without the round trips: a new profile holds no role.
        Ok(InstanceProfile {
            account: account.to_owned(),
            id: profile.id,
            name: profile.name,
            path: profile.path,
            created: as_stored(profile.created)?,
            roles: Vec::new(),
            tags,
        })
    }

    /// The instance profile called `name`, with its role and tags (`GetInstanceProfile`).
    pub async fn get_instance_profile(&self, account: &str, name: &str) -> Result<InstanceProfile> {
        let mut tx = self.read_tx().await?;
        load(&mut tx, account, name).await
    }

    /// Instance profiles whose path starts with `path_prefix`, by name (`ListInstanceProfiles`).
    pub async fn list_instance_profiles(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<InstanceProfile>> {
        let mut tx = self.read_tx().await?;
        let rows: Vec<ProfileRow> = sqlx::query_as(concat!(
            select_profile!(),
            " WHERE p.account = $1 AND p.name_key > $2 AND substr(p.path, 1, length($3)) = $3 ORDER BY p.name_key LIMIT $4"
        ))
        .bind(account)
        .bind(page.start_key()?)
        .bind(path_prefix.unwrap_or("/"))
        .bind(page.fetch_limit())
        .fetch_all(&mut *tx)
        .await?;
        let page_rows = Page::from_rows(rows, page, |row| row.name_key.as_str());
        let mut items = Vec::with_capacity(page_rows.items.len());
        for row in page_rows.items {
            items.push(complete(&mut tx, row).await?);
        }
        Ok(Page {
            items,
            next_marker: page_rows.next_marker,
        })
    }

    /// The instance profiles that contain a role (`ListInstanceProfilesForRole`).
    pub async fn instance_profiles_for_role(
        &self,
        account: &str,
        role: &str,
    ) -> Result<Vec<InstanceProfile>> {
        let mut tx = self.read_tx().await?;
        let role_id = Resource::Role.id(&mut tx, account, role).await?;
        let rows: Vec<ProfileRow> = sqlx::query_as(concat!(
            select_profile!(),
            " JOIN instance_profile_roles ipr ON ipr.profile_id = p.id WHERE ipr.role_id = $1 ORDER BY p.name_key"
        ))
        .bind(&role_id)
        .fetch_all(&mut *tx)
        .await?;
        let mut profiles = Vec::with_capacity(rows.len());
        for row in rows {
            profiles.push(complete(&mut tx, row).await?);
        }
        Ok(profiles)
    }

    /// Puts a role into an instance profile (`AddRoleToInstanceProfile`); `LimitExceeded`
    /// if the profile already has a role.
    pub async fn add_role_to_instance_profile(
        &self,
        account: &str,
        profile: &str,
        role: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let profile_id = Resource::InstanceProfile
            .id(&mut tx, account, profile)
            .await?;
        let role_id = Resource::Role.id(&mut tx, account, role).await?;
        sqlx::query("INSERT INTO instance_profile_roles (profile_id, role_id) VALUES ($1, $2)")
            .bind(&profile_id)
            .bind(&role_id)
            .execute(&mut *tx)
            .await
            .map_err(|err| {
                match StoreError::on_insert(err, EntityKind::InstanceProfileRole, role) {
                    StoreError::AlreadyExists { .. } => StoreError::LimitExceeded {
                        limit: Limit::RolesPerInstanceProfile,
                        max: 1,
                    },
                    other => other,
                }
            })?;
        tx.commit().await?;
        Ok(())
    }

    /// Takes a role out of an instance profile (`RemoveRoleFromInstanceProfile`).
    pub async fn remove_role_from_instance_profile(
        &self,
        account: &str,
        profile: &str,
        role: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let profile_id = Resource::InstanceProfile
            .id(&mut tx, account, profile)
            .await?;
        let role_id = Resource::Role.id(&mut tx, account, role).await?;
        let removed = sqlx::query(
            "DELETE FROM instance_profile_roles WHERE profile_id = $1 AND role_id = $2",
        )
        .bind(&profile_id)
        .bind(&role_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if removed == 0 {
            return Err(StoreError::not_found(EntityKind::InstanceProfileRole, role));
        }
        tx.commit().await?;
        Ok(())
    }

    /// Deletes an instance profile (`DeleteInstanceProfile`); `DeleteConflict` while it
    /// contains a role.
    pub async fn delete_instance_profile(&self, account: &str, name: &str) -> Result<()> {
        let mut tx = self.write().await?;
        let id = Resource::InstanceProfile.id(&mut tx, account, name).await?;
        if count(
            &mut tx,
            "SELECT COUNT(*) FROM instance_profile_roles WHERE profile_id = $1",
            &id,
        )
        .await?
            > 0
        {
            return Err(StoreError::conflict(
                EntityKind::InstanceProfile,
                name,
                ConflictReason::InstanceProfileRoles,
            ));
        }
        sqlx::query("DELETE FROM instance_profiles WHERE id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tags::clear(&mut tx, Resource::InstanceProfile, &id).await?;
        tx.commit().await?;
        Ok(())
    }
}
