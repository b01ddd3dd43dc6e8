//! IAM groups and their members.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::db::{
    AccountKey, Conn, Resource, as_stored, change_existing, epoch, execute, from_epoch, name_key,
    one, stored_account,
};
use crate::error::{ConflictReason, EntityKind, Limit, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::pathed::{
    self, ATTACHED_POLICIES, INLINE_POLICIES, Named, Pathed, Rename, Renamed, Table,
};
use crate::users::{User, select_user};
use crate::{Store, check_limit};

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
    pub account: AccountId,
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
pub type GroupUpdate = Rename;

/// `SELECT` of a group's row from `iam_groups g` (see [`Table`]).
macro_rules! select_group {
    () => {
        "SELECT g.name_key, g.account, g.id, g.name, g.path, g.created FROM iam_groups g"
    };
}

/// The groups' table: a group cannot be deleted while it has members, inline or attached
/// policies.
pub(crate) static GROUPS: Table = Table::new(
    EntityKind::Group,
    Resource::Group,
    "iam_groups",
    "g",
    select_group!(),
    &[
        (
            "EXISTS (SELECT 1 FROM group_members WHERE group_id = o.id)",
            ConflictReason::GroupMembers,
        ),
        INLINE_POLICIES,
        ATTACHED_POLICIES,
    ],
    false,
);

impl Pathed for Group {
    type Own = ();

    const TABLE: &'static Table = &GROUPS;

    fn read_own(_: &rusqlite::Row<'_>) -> rusqlite::Result<Self::Own> {
        Ok(())
    }

    fn assemble(_: &Conn, named: Named, (): Self::Own) -> Result<Self> {
        Ok(Group {
            account: stored_account(&named.account)?,
            id: named.id,
            name: named.name,
            path: named.path,
            created: from_epoch(named.created)?,
        })
    }
}

impl Renamed for Group {}

impl Store {
    /// Creates a group (`CreateGroup`).
    pub async fn create_group(&self, account: AccountId, group: NewGroup) -> Result<Group> {
        let account = AccountKey::from(account);
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
            // What `get_group` would read back, without reading it.
            Ok(Group {
                account: account.id(),
                id: group.id,
                name: group.name,
                path: group.path,
                created: as_stored(group.created)?,
            })
        })
        .await
    }

    /// Adds a user to a group (`AddUserToGroup`); adding a member again changes nothing.
    pub async fn add_user_to_group(
        &self,
        account: AccountId,
        group: &str,
        user: &str,
    ) -> Result<()> {
        let (account, group, user) = (AccountKey::from(account), group.to_owned(), user.to_owned());
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
        account: AccountId,
        group: &str,
        user: &str,
    ) -> Result<()> {
        let (account, group, user) = (AccountKey::from(account), group.to_owned(), user.to_owned());
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
        account: AccountId,
        group: &str,
        page: &PageRequest,
    ) -> Result<Page<User>> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| {
            let group_id = Resource::Group.id(conn, account, group)?;
            let start = page.start_key()?;
            pathed::fetch_page(
                conn,
                concat!(
                    select_user!(),
                    " JOIN group_members m ON m.user_id = u.id WHERE m.group_id = ?1 AND u.name_key > ?2 ORDER BY u.name_key LIMIT ?3"
                ),
                (&group_id, start, page.fetch_limit()),
                page,
            )
        })
    }

    /// The groups a user is a member of, ordered by name (`ListGroupsForUser`; at most 10).
    pub async fn groups_for_user(&self, account: AccountId, user: &str) -> Result<Vec<Group>> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| {
            let user_id = Resource::User.id(conn, account, user)?;
            pathed::fetch(
                conn,
                concat!(
                    select_group!(),
                    " JOIN group_members m ON m.group_id = g.id WHERE m.user_id = ?1 ORDER BY g.name_key"
                ),
                [&user_id],
            )
        })
    }
}
