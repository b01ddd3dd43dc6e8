//! IAM users.

use time::OffsetDateTime;

use crate::Store;
use crate::db::{Conn, Resource, all, as_stored, epoch, execute, from_epoch, name_key, optional};
use crate::error::{ConflictReason, EntityKind, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::tags::{self, Tag};

/// A user to create. Id, name and path are validated by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    /// The unique id (`AIDA…`).
    pub id: String,
    /// The name, unique per account case-insensitively.
    pub name: String,
    /// The path (`/` by default).
    pub path: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// The ARN of the permissions boundary policy.
    pub permissions_boundary: Option<String>,
    /// Initial tags.
    pub tags: Vec<Tag>,
}

/// A stored user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// The account the user belongs to.
    pub account: String,
    /// The unique id.
    pub id: String,
    /// The name, in the case it was created with.
    pub name: String,
    /// The path.
    pub path: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// The ARN of the permissions boundary policy.
    pub permissions_boundary: Option<String>,
    /// The tags; empty in list results (AWS's `ListUsers` omits them too).
    pub tags: Vec<Tag>,
}

/// Changes for `UpdateUser`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserUpdate {
    /// The new name.
    pub new_name: Option<String>,
    /// The new path.
    pub new_path: Option<String>,
}

/// A row of [`select_user!`].
pub(crate) struct UserRow {
    /// The sort key of paged listings.
    pub(crate) name_key: String,
    account: String,
    id: String,
    name: String,
    path: String,
    created: i64,
    boundary_arn: Option<String>,
}

impl UserRow {
    /// Reads the columns of [`select_user!`], in its order.
    pub(crate) fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            name_key: row.get(0)?,
            account: row.get(1)?,
            id: row.get(2)?,
            name: row.get(3)?,
            path: row.get(4)?,
            created: row.get(5)?,
            boundary_arn: row.get(6)?,
        })
    }

    pub(crate) fn into_user(self) -> Result<User> {
        Ok(User {
            account: self.account,
            id: self.id,
            name: self.name,
            path: self.path,
            created: from_epoch(self.created)?,
            permissions_boundary: self.boundary_arn,
            tags: Vec::new(),
        })
    }
}

/// `SELECT` of a [`UserRow`] from `users u`.
macro_rules! select_user {
    () => {
        "SELECT u.name_key, u.account, u.id, u.name, u.path, u.created, u.boundary_arn FROM users u"
    };
}
pub(crate) use select_user;

/// Loads a user with its tags by name.
fn load(conn: &Conn, account: &str, name: &str) -> Result<User> {
    let row = optional(
        conn,
        concat!(select_user!(), " WHERE u.account = ?1 AND u.name_key = ?2"),
        (account, name_key(name)),
        UserRow::from_row,
    )?;
    let mut user = row
        .ok_or_else(|| StoreError::not_found(EntityKind::User, name))?
        .into_user()?;
    user.tags = tags::load(conn, Resource::User, &user.id)?;
    Ok(user)
}

impl Store {
    /// Creates a user (`CreateUser`); `AlreadyExists` if the name is taken in any case.
    pub async fn create_user(&self, account: &str, user: NewUser) -> Result<User> {
        let account = account.to_owned();
        let max_tags = self.limits().tags_per_resource;
        self.write(move |tx| {
            execute(
                tx,
                "INSERT INTO users (id, account, name, name_key, path, created, boundary_arn) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                (
                    &user.id,
                    &account,
                    &user.name,
                    name_key(&user.name),
                    &user.path,
                    epoch(user.created),
                    &user.permissions_boundary,
                ),
            )
            .map_err(|err| StoreError::on_create(err, EntityKind::User, &user.id, &user.name))?;
            let tags = tags::insert_new(tx, Resource::User, &user.id, &user.tags, max_tags)?;
            // What `load` would read back, without reading it.
            Ok(User {
                account,
                id: user.id,
                name: user.name,
                path: user.path,
                created: as_stored(user.created)?,
                permissions_boundary: user.permissions_boundary,
                tags,
            })
        })
        .await
    }

    /// The user called `name` (any case), with its tags (`GetUser`).
    pub async fn get_user(&self, account: &str, name: &str) -> Result<User> {
        self.read_tx(|conn| load(conn, account, name))
    }

    /// The user with this unique id, in whatever account (trust policies name principals by id).
    pub async fn user_by_id(&self, id: &str) -> Result<Option<User>> {
        let row = self.read(|conn| {
            optional(
                conn,
                concat!(select_user!(), " WHERE u.id = ?1"),
                [id],
                UserRow::from_row,
            )
        })?;
        row.map(UserRow::into_user).transpose()
    }

    /// Users whose path starts with `path_prefix`, ordered by name (`ListUsers`).
    pub async fn list_users(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<User>> {
        let start = page.start_key()?;
        let rows = self.read(|conn| {
            all(
                conn,
                concat!(
                    select_user!(),
                    " WHERE u.account = ?1 AND u.name_key > ?2 AND substr(u.path, 1, length(?3)) = ?3 ORDER BY u.name_key LIMIT ?4"
                ),
                (account, start, path_prefix.unwrap_or("/"), page.fetch_limit()),
                UserRow::from_row,
            )
        })?;
        Page::from_rows(rows, page, |row| row.name_key.as_str()).try_map(UserRow::into_user)
    }

    /// Renames and/or moves a user (`UpdateUser`).
    pub async fn update_user(&self, account: &str, name: &str, update: UserUpdate) -> Result<User> {
        let (account, name) = (account.to_owned(), name.to_owned());
        self.write(move |tx| {
            let id = Resource::User.id(tx, &account, &name)?;
            if let Some(path) = &update.new_path {
                execute(tx, "UPDATE users SET path = ?1 WHERE id = ?2", (path, &id))?;
            }
            if let Some(new_name) = &update.new_name {
                execute(
                    tx,
                    "UPDATE users SET name = ?1, name_key = ?2 WHERE id = ?3",
                    (new_name, name_key(new_name), &id),
                )
                .map_err(|err| StoreError::on_insert(err, EntityKind::User, new_name))?;
            }
            load(tx, &account, update.new_name.as_deref().unwrap_or(&name))
        })
        .await
    }

    /// Sets or removes a user's permissions boundary (`PutUserPermissionsBoundary`,
    /// `DeleteUserPermissionsBoundary`).
    pub async fn set_user_permissions_boundary(
        &self,
        account: &str,
        name: &str,
        boundary: Option<&str>,
    ) -> Result<()> {
        let (account, name) = (account.to_owned(), name.to_owned());
        let boundary = boundary.map(str::to_owned);
        self.write(move |tx| {
            let id = Resource::User.id(tx, &account, &name)?;
            execute(
                tx,
                "UPDATE users SET boundary_arn = ?1 WHERE id = ?2",
                (&boundary, &id),
            )?;
            Ok(())
        })
        .await
    }

    /// Deletes a user (`DeleteUser`). Refused with `DeleteConflict` while it has access keys,
    /// MFA devices, inline or attached policies, or group memberships.
    pub async fn delete_user(&self, account: &str, name: &str) -> Result<()> {
        let (account, name) = (account.to_owned(), name.to_owned());
        self.write(move |tx| {
            // The user and everything that keeps it from being deleted, in one statement; the
            // first reason in this order is the one reported.
            let (id, keys, login, mfa, groups, inline, attached): (String, i64, i64, i64, i64, i64, i64) =
                optional(
                    tx,
                    "SELECT u.id, \
                     EXISTS (SELECT 1 FROM access_keys WHERE user_id = u.id), \
                     EXISTS (SELECT 1 FROM login_profiles WHERE user_id = u.id), \
                     EXISTS (SELECT 1 FROM mfa_devices WHERE user_id = u.id), \
                     EXISTS (SELECT 1 FROM group_members WHERE user_id = u.id), \
                     EXISTS (SELECT 1 FROM inline_policies WHERE owner_kind = ?3 AND owner_id = u.id), \
                     EXISTS (SELECT 1 FROM policy_attachments WHERE owner_kind = ?3 AND owner_id = u.id) \
                     FROM users u WHERE u.account = ?1 AND u.name_key = ?2",
                    (&account, name_key(&name), Resource::User.code()),
                    |row| row.try_into(),
                )?
                .ok_or_else(|| StoreError::not_found(EntityKind::User, &name))?;
            StoreError::refuse_delete(
                EntityKind::User,
                &name,
                [
                    (keys, ConflictReason::AccessKeys),
                    (login, ConflictReason::LoginProfile),
                    (mfa, ConflictReason::MfaDevices),
                    (groups, ConflictReason::GroupMemberships),
                    (inline, ConflictReason::InlinePolicies),
                    (attached, ConflictReason::AttachedPolicies),
                ],
            )?;
            execute(tx, "DELETE FROM users WHERE id = ?1", [&id])?;
            tags::clear(tx, Resource::User, &id)
        })
        .await
    }
}
