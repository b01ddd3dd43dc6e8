//! IAM groups and their members.

use time::OffsetDateTime;

use crate::db::{Conn, Resource, as_stored, count, epoch, from_epoch, name_key};
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

#[derive(sqlx::FromRow)]
pub(crate) struct GroupRow {
    name_key: String,
    account: String,
    id: String,
    name: String,
    path: String,
    created: i64,
}

impl GroupRow {
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

async fn load(conn: &mut Conn, account: &str, name: &str) -> Result<Group> {
    let row: Option<GroupRow> = sqlx::query_as(concat!(
        select_group!(),
        " WHERE g.account = $1 AND g.name_key = $2"
    ))
    .bind(account)
    .bind(name_key(name))
    .fetch_optional(&mut *conn)
    .await?;
    row.ok_or_else(|| StoreError::not_found(EntityKind::Group, name))?
        .into_group()
}

impl Store {
    /// Creates a group (`CreateGroup`).
    pub async fn create_group(&self, account: &str, group: NewGroup) -> Result<Group> {
        let mut tx = self.write().await?;
        sqlx::query("INSERT INTO iam_groups (id, account, name, name_key, path, created) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&group.id)
            .bind(account)
            .bind(&group.name)
            .bind(name_key(&group.name))
            .bind(&group.path)
            .bind(epoch(group.created))
            .execute(&mut *tx)
            .await
            .map_err(|err| StoreError::on_insert(err, EntityKind::Group, &group.name))?;
        tx.commit().await?;
        // What `load` would read back, without the round trip.
        Ok(Group {
            account: account.to_owned(),
            id: group.id,
            name: group.name,
            path: group.path,
            created: as_stored(group.created)?,
        })
    }

    /// The group called `name` (any case).
    pub async fn get_group(&self, account: &str, name: &str) -> Result<Group> {
        load(&mut *self.read().await?, account, name).await
    }

    /// Groups whose path starts with `path_prefix`, ordered by name (`ListGroups`).
    pub async fn list_groups(
        &self,
        account: &str,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<Group>> {
        let rows: Vec<GroupRow> = sqlx::query_as(concat!(
            select_group!(),
            " WHERE g.account = $1 AND g.name_key > $2 AND substr(g.path, 1, length($3)) = $3 ORDER BY g.name_key LIMIT $4"
        ))
        .bind(account)
        .bind(page.start_key()?)
        .bind(path_prefix.unwrap_or("/"))
        .bind(page.fetch_limit())
        .fetch_all(&mut *self.read().await?)
        .await?;
        Page::from_rows(rows, page, |row| row.name_key.as_str()).try_map(GroupRow::into_group)
    }

    /// Renames and/or moves a group (`UpdateGroup`).
    pub async fn update_group(
        &self,
        account: &str,
        name: &str,
        update: GroupUpdate,
    ) -> Result<Group> {
        let mut tx = self.write().await?;
        let id = Resource::Group.id(&mut tx, account, name).await?;
        if let Some(path) = &update.new_path {
            sqlx::query("UPDATE iam_groups SET path = $1 WHERE id = $2")
                .bind(path)
                .bind(&id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(new_name) = &update.new_name {
            sqlx::query("UPDATE iam_groups SET name = $1, name_key = $2 WHERE id = $3")
                .bind(new_name)
                .bind(name_key(new_name))
                .bind(&id)
                .execute(&mut *tx)
                .await
                .map_err(|err| StoreError::on_insert(err, EntityKind::Group, new_name))?;
        }
        let updated = load(&mut tx, account, update.new_name.as_deref().unwrap_or(name)).await?;
        tx.commit().await?;
        Ok(updated)
    }

    /// Deletes a group (`DeleteGroup`). Refused with `DeleteConflict` while it has members,
    /// inline policies or attached policies.
    pub async fn delete_group(&self, account: &str, name: &str) -> Result<()> {
        let mut tx = self.write().await?;
        let id = Resource::Group.id(&mut tx, account, name).await?;
        if count(
            &mut tx,
            "SELECT COUNT(*) FROM group_members WHERE group_id = $1",
            &id,
        )
        .await?
            > 0
        {
            return Err(StoreError::conflict(
                EntityKind::Group,
                name,
                ConflictReason::GroupMembers,
            ));
        }
        if let Some(reason) =
            policies::owned_policies_conflict(&mut tx, Resource::Group, &id).await?
        {
            return Err(StoreError::conflict(EntityKind::Group, name, reason));
        }
        sqlx::query("DELETE FROM iam_groups WHERE id = $1")
            .bind(&id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a user to a group (`AddUserToGroup`); adding a member again changes nothing.
    pub async fn add_user_to_group(&self, account: &str, group: &str, user: &str) -> Result<()> {
        let mut tx = self.write().await?;
        // Both ids, whether the user is a member already and of how many groups, in one
        // statement.
        let (group_id, user_id, already, memberships): (Option<String>, Option<String>, i64, i64) =
            sqlx::query_as(
                "WITH g AS (SELECT id FROM iam_groups WHERE account = $1 AND name_key = $2), \
                 u AS (SELECT id FROM users WHERE account = $1 AND name_key = $3) \
                 SELECT (SELECT id FROM g), (SELECT id FROM u), \
                 EXISTS (SELECT 1 FROM group_members WHERE group_id = (SELECT id FROM g) AND user_id = (SELECT id FROM u)), \
                 (SELECT COUNT(*) FROM group_members WHERE user_id = (SELECT id FROM u))",
            )
            .bind(account)
            .bind(name_key(group))
            .bind(name_key(user))
            .fetch_one(&mut *tx)
            .await?;
        let group_id = group_id.ok_or_else(|| StoreError::not_found(EntityKind::Group, group))?;
        let user_id = user_id.ok_or_else(|| StoreError::not_found(EntityKind::User, user))?;
        if already != 0 {
            return Ok(());
        }
        check_limit(
            memberships,
            self.limits().groups_per_user,
            Limit::GroupsPerUser,
        )?;
        sqlx::query("INSERT INTO group_members (group_id, user_id) VALUES ($1, $2)")
            .bind(&group_id)
            .bind(&user_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a user from a group (`RemoveUserFromGroup`); `NotFound` if it is no member.
    pub async fn remove_user_from_group(
        &self,
        account: &str,
        group: &str,
        user: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let group_id = Resource::Group.id(&mut tx, account, group).await?;
        let user_id = Resource::User.id(&mut tx, account, user).await?;
        let removed = sqlx::query("DELETE FROM group_members WHERE group_id = $1 AND user_id = $2")
            .bind(&group_id)
            .bind(&user_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if removed == 0 {
            return Err(StoreError::not_found(EntityKind::GroupMembership, user));
        }
        tx.commit().await?;
        Ok(())
    }

    /// The members of a group, ordered by name (`GetGroup`).
    pub async fn list_group_members(
        &self,
        account: &str,
        group: &str,
        page: &PageRequest,
    ) -> Result<Page<User>> {
        let mut tx = self.read_tx().await?;
        let group_id = Resource::Group.id(&mut tx, account, group).await?;
        let rows: Vec<UserRow> = sqlx::query_as(concat!(
            select_user!(),
            " JOIN group_members m ON m.user_id = u.id WHERE m.group_id = $1 AND u.name_key > $2 ORDER BY u.name_key LIMIT $3"
        ))
        .bind(&group_id)
        .bind(page.start_key()?)
        .bind(page.fetch_limit())
        .fetch_all(&mut *tx)
        .await?;
        Page::from_rows(rows, page, |row| row.name_key.as_str()).try_map(UserRow::into_user)
    }

    /// The groups a user is a member of, ordered by name (`ListGroupsForUser`; at most 10).
    pub async fn groups_for_user(&self, account: &str, user: &str) -> Result<Vec<Group>> {
        let mut tx = self.read_tx().await?;
        let user_id = Resource::User.id(&mut tx, account, user).await?;
        let rows: Vec<GroupRow> = sqlx::query_as(concat!(
            select_group!(),
            " JOIN group_members m ON m.group_id = g.id WHERE m.user_id = $1 ORDER BY g.name_key"
        ))
        .bind(&user_id)
        .fetch_all(&mut *tx)
        .await?;
        rows.into_iter().map(GroupRow::into_group).collect()
    }
}
