//! Instance profiles and the (at most one) role inside each.

use time::OffsetDateTime;

use crate::Store;
use crate::db::{
    Conn, Resource, all, as_stored, change_existing, count, epoch, execute, from_epoch, name_key,
    optional,
};
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

/// A row of [`select_profile!`].
struct ProfileRow {
    name_key: String,
    account: String,
    id: String,
    name: String,
    path: String,
    created: i64,
}

impl ProfileRow {
    /// Reads the columns of [`select_profile!`], in its order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            name_key: row.get(0)?,
            account: row.get(1)?,
            id: row.get(2)?,
            name: row.get(3)?,
            path: row.get(4)?,
            created: row.get(5)?,
        })
    }
}

macro_rules! select_profile {
    () => {
        "SELECT p.name_key, p.account, p.id, p.name, p.path, p.created FROM instance_profiles p"
    };
}

/// Completes a profile row with its roles.
fn complete(conn: &Conn, row: ProfileRow) -> Result<InstanceProfile> {
    let roles = all(
        conn,
        concat!(
            select_role!(),
            " JOIN instance_profile_roles ipr ON ipr.role_id = r.id WHERE ipr.profile_id = ?1"
        ),
        [&row.id],
        RoleRow::from_row,
    )?;
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

fn load(conn: &Conn, account: &str, name: &str) -> Result<InstanceProfile> {
    let row = optional(
        conn,
        concat!(
            select_profile!(),
            " WHERE p.account = ?1 AND p.name_key = ?2"
        ),
        (account, name_key(name)),
        ProfileRow::from_row,
    )?;
    let row = row.ok_or_else(|| StoreError::not_found(EntityKind::InstanceProfile, name))?;
    let mut profile = complete(conn, row)?;
    profile.tags = tags::load(conn, Resource::InstanceProfile, &profile.id)?;
    Ok(profile)
}

impl Store {
    /// Creates an empty instance profile (`CreateInstanceProfile`).
    pub async fn create_instance_profile(
        &self,
        account: &str,
        profile: NewInstanceProfile,
    ) -> Result<InstanceProfile> {
        let account = account.to_owned();
        let max_tags = self.limits().tags_per_resource;
        self.write(move |tx| {
            execute(
                tx,
                "INSERT INTO instance_profiles (id, account, name, name_key, path, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &profile.id,
                    &account,
                    &profile.name,
                    name_key(&profile.name),
                    &profile.path,
                    epoch(profile.created),
                ),
            )
            .map_err(|err| StoreError::on_create(err, EntityKind::InstanceProfile, &profile.id, &profile.name))?;
            let tags = tags::insert_new(
                tx,
                Resource::InstanceProfile,
                &profile.id,
                &profile.tags,
                max_tags,
            )?;
            // What `load` would read back, without reading it: a new profile holds no role.
            Ok(InstanceProfile {
                account,
                id: profile.id,
                name: profile.name,
                path: profile.path,
                created: as_stored(profile.created)?,
                roles: Vec::new(),
                tags,
            })
        })
        .await
    }

    /// The instance profile called `name`, with its role and tags (`GetInstanceProfile`).
    pub async fn get_instance_profile(&self, account: &str, name: &str) -> Result<InstanceProfile> {
        self.read_tx(|conn| load(conn, account, name))
    }

    /// Instance profiles whose path starts with `path_prefix`, by name (`ListInstanceProfiles`).
    pub async fn list_instance_profiles(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<InstanceProfile>> {
        let start = page.start_key()?;
        self.read_tx(|conn| {
            let rows = all(
                conn,
                concat!(
                    select_profile!(),
                    " WHERE p.account = ?1 AND p.name_key > ?2 AND substr(p.path, 1, length(?3)) = ?3 ORDER BY p.name_key LIMIT ?4"
                ),
                (account, start, path_prefix.unwrap_or("/"), page.fetch_limit()),
                ProfileRow::from_row,
            )?;
            let page_rows = Page::from_rows(rows, page, |row| row.name_key.as_str());
            let mut items = Vec::with_capacity(page_rows.items.len());
            for row in page_rows.items {
                items.push(complete(conn, row)?);
            }
            Ok(Page {
                items,
                next_marker: page_rows.next_marker,
            })
        })
    }

    /// The instance profiles that contain a role (`ListInstanceProfilesForRole`).
    pub async fn instance_profiles_for_role(
        &self,
        account: &str,
        role: &str,
    ) -> Result<Vec<InstanceProfile>> {
        self.read_tx(|conn| {
            let role_id = Resource::Role.id(conn, account, role)?;
            let rows = all(
                conn,
                concat!(
                    select_profile!(),
                    " JOIN instance_profile_roles ipr ON ipr.profile_id = p.id WHERE ipr.role_id = ?1 ORDER BY p.name_key"
                ),
                [&role_id],
                ProfileRow::from_row,
            )?;
            let mut profiles = Vec::with_capacity(rows.len());
            for row in rows {
                profiles.push(complete(conn, row)?);
            }
            Ok(profiles)
        })
    }

    /// Puts a role into an instance profile (`AddRoleToInstanceProfile`); `LimitExceeded`
    /// if the profile already has a role.
    pub async fn add_role_to_instance_profile(
        &self,
        account: &str,
        profile: &str,
        role: &str,
    ) -> Result<()> {
        let (account, profile, role) = (account.to_owned(), profile.to_owned(), role.to_owned());
        self.write(move |tx| {
            let profile_id = Resource::InstanceProfile.id(tx, &account, &profile)?;
            let role_id = Resource::Role.id(tx, &account, &role)?;
            execute(
                tx,
                "INSERT INTO instance_profile_roles (profile_id, role_id) VALUES (?1, ?2)",
                (&profile_id, &role_id),
            )
            .map_err(|err| {
                match StoreError::on_insert(err, EntityKind::InstanceProfileRole, &role) {
                    StoreError::AlreadyExists { .. } => StoreError::LimitExceeded {
                        limit: Limit::RolesPerInstanceProfile,
                        max: 1,
                    },
                    other => other,
                }
            })?;
            Ok(())
        })
        .await
    }

    /// Takes a role out of an instance profile (`RemoveRoleFromInstanceProfile`).
    pub async fn remove_role_from_instance_profile(
        &self,
        account: &str,
        profile: &str,
        role: &str,
    ) -> Result<()> {
        let (account, profile, role) = (account.to_owned(), profile.to_owned(), role.to_owned());
        self.write(move |tx| {
            let profile_id = Resource::InstanceProfile.id(tx, &account, &profile)?;
            let role_id = Resource::Role.id(tx, &account, &role)?;
            change_existing(
                tx,
                "DELETE FROM instance_profile_roles WHERE profile_id = ?1 AND role_id = ?2",
                (&profile_id, &role_id),
                EntityKind::InstanceProfileRole,
                &role,
            )
        })
        .await
    }

    /// Deletes an instance profile (`DeleteInstanceProfile`); `DeleteConflict` while it
    /// contains a role.
    pub async fn delete_instance_profile(&self, account: &str, name: &str) -> Result<()> {
        let (account, name) = (account.to_owned(), name.to_owned());
        self.write(move |tx| {
            let id = Resource::InstanceProfile.id(tx, &account, &name)?;
            let held = count(
                tx,
                "SELECT COUNT(*) FROM instance_profile_roles WHERE profile_id = ?1",
                &id,
            )?;
            StoreError::refuse_delete(
                EntityKind::InstanceProfile,
                &name,
                [(held, ConflictReason::InstanceProfileRoles)],
            )?;
            execute(tx, "DELETE FROM instance_profiles WHERE id = ?1", [&id])?;
            tags::clear(tx, Resource::InstanceProfile, &id)
        })
        .await
    }
}
