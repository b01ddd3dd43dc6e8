//! IAM groups and their members.

use time::OffsetDateTime;

use crate::db::{
    Conn, Resource, all, as_stored, change_existing, count, epoch, execute, from_epoch, name_key,
    one, optional,
};
use crate::error::{ConflictReason, EntityKind, Limit, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::users::{User, UserRow, select_user};
use crate::{Store, check_limit, policies};

/// A group to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewGroup {
    /// The unique id (`AGPA…`).
    pub id: String,
    /// The name, unique per account case-insensitively.
    pub name: String,
    /// The path.
    pub path: String,
    /// The creation time.
    pub created: OffsetDateTime,
}

/// A stored group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The account the group belongs to.
    pub account: String,
    /// The unique id.
    pub id: String,
    /// The name, in the case it was created with.
    pub name: String,
    /// The path.
    pub path: String,
    /// The creation time.
    pub created: OffsetDateTime,
}

/// Changes for `UpdateGroup`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupUpdate {
    /// The new name.
    pub new_name: Option<String>,
    /// The new path.
    pub new_path: Option<String>,
}

/// A row of [`select_group!`].
pub(crate) struct GroupRow {
    name_key: String,
    account: String,
    id: String,
    name: String,
    path: String,
    created: i64,
}

impl GroupRow {
    /// Reads the columns of [`select_group!`], in its order.
    pub(crate) fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            name_key: row.get(0)?,
            account: row.get(1)?,
            id: row.get(2)?,
            name: row.get(3)?,
            path: row.get(4)?,
            created: row.get(5)?,
        })
    }

    pub(crate) fn into_group(self) -> Result<Group> {
        Ok(Group {
            account: self.account,
            id: self.id,
            name: self.name,
            path: self.path,
            created: from_epoch(self.created)?,
        })
    }
}

macro_rules! select_group {
    () => {
        "SELECT g.name_key, g.account, g.id, g.name, g.path, g.created FROM iam_groups g"
    };
}
pub(crate) use select_group;

fn load(conn: &Conn, account: &str, name: &str) -> Result<Group> {
    let row = optional(
        conn,
        concat!(select_group!(), " WHERE g.account = ?1 AND g.name_key = ?2"),
        (account, name_key(name)),
        GroupRow::from_row,
    )?;
    row.ok_or_else(|| StoreError::not_found(EntityKind::Group, name))?
        .into_group()
}

impl Store {
    /// Creates a group (`CreateGroup`).
    pub async fn create_group(&self, account: &str, group: NewGroup) -> Result<Group> {
        let account = account.to_owned();
        self.write(move |tx| {
            execute(
                tx,
                "INSERT INTO iam_groups (id, account, name, name_key, path, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &group.id,
                    &account,
                    &group.name,
                    name_key(&group.name),
                    &group.path,
                    epoch(group.created),
                ),
            )
            .map_err(|err| StoreError::on_create(err, EntityKind::Group, &group.id, &group.name))?;
            // What `load` would read back, without reading it.
            Ok(Group {
                account,
                id: group.id,
                name: group.name,
                path: group.path,
                created: as_stored(group.created)?,
            })
        })
        .await
    }

    /// The group called `name` (any case).
    pub async fn get_group(&self, account: &str, name: &str) -> Result<Group> {
        self.read(|conn| load(conn, account, name))
    }

    /// Groups whose path starts with `path_prefix`, ordered by name (`ListGroups`).
    pub async fn list_groups(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<Group>> {
        let start = page.start_key()?;
        let rows = self.read(|conn| {
            all(
                conn,
                concat!(
                    select_group!(),
                    " WHERE g.account = ?1 AND g.name_key > ?2 AND substr(g.path, 1, length(?3)) = ?3 ORDER BY g.name_key LIMIT ?4"
                ),
                (account, start, path_prefix.unwrap_or("/"), page.fetch_limit()),
                GroupRow::from_row,
            )
        })?;
        Page::from_rows(rows, page, |row| row.name_key.as_str()).try_map(GroupRow::into_group)
    }

    /// Renames and/or moves a group (`UpdateGroup`).
    pub async fn update_group(
        &self,
        account: &str,
        name: &str,
        update: GroupUpdate,
    ) -> Result<Group> {
        let (account, name) = (account.to_owned(), name.to_owned());
        self.write(move |tx| {
            let id = Resource::Group.id(tx, &account, &name)?;
            if let Some(path) = &update.new_path {
                execute(
                    tx,
                    "UPDATE iam_groups SET path = ?1 WHERE id = ?2",
                    (path, &id),
                )?;
            }
            if let Some(new_name) = &update.new_name {
                execute(
                    tx,
                    "UPDATE iam_groups SET name = ?1, name_key = ?2 WHERE id = ?3",
                    (new_name, name_key(new_name), &id),
                )
                .map_err(|err| StoreError::on_insert(err, EntityKind::Group, new_name))?;
            }
            load(tx, &account, update.new_name.as_deref().unwrap_or(&name))
        })
        .await
    }

    /// Deletes a group (`DeleteGroup`). Refused with `DeleteConflict` while it has members,
    /// inline policies or attached policies.
    pub async fn delete_group(&self, account: &str, name: &str) -> Result<()> {
        let (account, name) = (account.to_owned(), name.to_owned());
        self.write(move |tx| {
            let id = Resource::Group.id(tx, &account, &name)?;
            let held = count(
                tx,
                "SELECT COUNT(*) FROM group_members WHERE group_id = ?1",
                &id,
            )?;
            StoreError::refuse_delete(
                EntityKind::Group,
                &name,
                [(held, ConflictReason::GroupMembers)],
            )?;
            if let Some(reason) = policies::owned_policies_conflict(tx, Resource::Group, &id)? {
                return Err(StoreError::conflict(EntityKind::Group, &name, reason));
            }
            execute(tx, "DELETE FROM iam_groups WHERE id = ?1", [&id])?;
            Ok(())
        })
        .await
    }

    /// Adds a user to a group (`AddUserToGroup`); adding a member again changes nothing.
    pub async fn add_user_to_group(&self, account: &str, group: &str, user: &str) -> Result<()> {
        let (account, group, user) = (account.to_owned(), group.to_owned(), user.to_owned());
        let max = self.limits().groups_per_user;
        self.write(move |tx| {
            // Both ids, whether the user is a member already and of how many groups, in one
            // statement.
            let (group_id, user_id, already, memberships): (Option<String>, Option<String>, i64, i64) =
                one(
                    tx,
                    "WITH g AS (SELECT id FROM iam_groups WHERE account = ?1 AND name_key = ?2), \
                     u AS (SELECT id FROM users WHERE account = ?1 AND name_key = ?3) \
                     SELECT (SELECT id FROM g), (SELECT id FROM u), \
                     EXISTS (SELECT 1 FROM group_members WHERE group_id = (SELECT id FROM g) AND user_id = (SELECT id FROM u)), \
                     (SELECT COUNT(*) FROM group_members WHERE user_id = (SELECT id FROM u))",
                    (&account, name_key(&group), name_key(&user)),
                    |row| row.try_into(),
                )?;
            let group_id =
                group_id.ok_or_else(|| StoreError::not_found(EntityKind::Group, &group))?;
            let user_id = user_id.ok_or_else(|| StoreError::not_found(EntityKind::User, &user))?;
            if already != 0 {
                return Ok(());
            }
            check_limit(memberships, max, Limit::GroupsPerUser)?;
            execute(
                tx,
                "INSERT INTO group_members (group_id, user_id) VALUES (?1, ?2)",
                (&group_id, &user_id),
            )?;
            Ok(())
        })
        .await
    }

    /// Removes a user from a group (`RemoveUserFromGroup`); `NotFound` if it is no member.
    pub async fn remove_user_from_group(
        &self,
        account: &str,
        group: &str,
        user: &str,
    ) -> Result<()> {
        let (account, group, user) = (account.to_owned(), group.to_owned(), user.to_owned());
        self.write(move |tx| {
            let group_id = Resource::Group.id(tx, &account, &group)?;
            let user_id = Resource::User.id(tx, &account, &user)?;
            change_existing(
                tx,
                "DELETE FROM group_members WHERE group_id = ?1 AND user_id = ?2",
                (&group_id, &user_id),
                EntityKind::GroupMembership,
                &user,
            )
        })
        .await
    }

    /// The members of a group, ordered by name (`GetGroup`).
    pub async fn list_group_members(
        &self,
        account: &str,
        group: &str,
        page: &PageRequest,
    ) -> Result<Page<User>> {
        let rows = self.read_tx(|conn| {
            let group_id = Resource::Group.id(conn, account, group)?;
            let start = page.start_key()?;
            all(
                conn,
                concat!(
                    select_user!(),
                    " JOIN group_members m ON m.user_id = u.id WHERE m.group_id = ?1 AND u.name_key > ?2 ORDER BY u.name_key LIMIT ?3"
                ),
                (&group_id, start, page.fetch_limit()),
                UserRow::from_row,
            )
        })?;
        Page::from_rows(rows, page, |row| row.name_key.as_str()).try_map(UserRow::into_user)
    }

    /// The groups a user is a member of, ordered by name (`ListGroupsForUser`; at most 10).
    pub async fn groups_for_user(&self, account: &str, user: &str) -> Result<Vec<Group>> {
        let rows = self.read_tx(|conn| {
            let user_id = Resource::User.id(conn, account, user)?;
            all(
                conn,
                concat!(
                    select_group!(),
                    " JOIN group_members m ON m.group_id = g.id WHERE m.user_id = ?1 ORDER BY g.name_key"
                ),
                [&user_id],
                GroupRow::from_row,
            )
        })?;
        rows.into_iter().map(GroupRow::into_group).collect()
    }
}
