//! IAM users.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::Store;
use crate::db::{
    AccountKey, Conn, Resource, as_stored, epoch, execute, from_epoch, name_key, stored_account,
};
use crate::error::{ConflictReason, EntityKind, Result, StoreError};
use crate::pathed::{
    ATTACHED_POLICIES, Bounded, INLINE_POLICIES, Named, Pathed, Rename, Renamed, Table,
};
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
    pub account: AccountId,
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
pub type UserUpdate = Rename;

/// `SELECT` of a user's row from `users u` (see [`Table`]).
macro_rules! select_user {
    () => {
        "SELECT u.name_key, u.account, u.id, u.name, u.path, u.created, u.boundary_arn FROM users u"
    };
}
pub(crate) use select_user;

/// The users' table: a user cannot be deleted while it has access keys, a login profile,
/// SSH public keys, MFA devices, group memberships, inline or attached policies.
pub(crate) static USERS: Table = Table::new(
    EntityKind::User,
    Resource::User,
    "users",
    "u",
    select_user!(),
    &[
        (
            "EXISTS (SELECT 1 FROM access_keys WHERE user_id = o.id)",
            ConflictReason::AccessKeys,
        ),
        (
            "EXISTS (SELECT 1 FROM login_profiles WHERE user_id = o.id)",
            ConflictReason::LoginProfile,
        ),
        (
            "EXISTS (SELECT 1 FROM ssh_public_keys WHERE user_id = o.id)",
            ConflictReason::SshPublicKeys,
        ),
        (
            "EXISTS (SELECT 1 FROM mfa_devices WHERE user_id = o.id)",
            ConflictReason::MfaDevices,
        ),
        (
            "EXISTS (SELECT 1 FROM group_members WHERE user_id = o.id)",
            ConflictReason::GroupMemberships,
        ),
        INLINE_POLICIES,
        ATTACHED_POLICIES,
    ],
    true,
);

impl Pathed for User {
    /// The permissions boundary's ARN.
    type Own = Option<String>;

    const TABLE: &'static Table = &USERS;

    fn read_own(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self::Own> {
        row.get(6)
    }

    fn assemble(_: &Conn, named: Named, boundary_arn: Self::Own) -> Result<Self> {
        Ok(User {
            account: stored_account(&named.account)?,
            id: named.id,
            name: named.name,
            path: named.path,
            created: from_epoch(named.created)?,
            permissions_boundary: boundary_arn,
            tags: Vec::new(),
        })
    }

    fn set_tags(&mut self, tags: Vec<Tag>) {
        self.tags = tags;
    }
}

impl Renamed for User {}

impl Bounded for User {}

impl Store {
    /// Creates a user (`CreateUser`); `AlreadyExists` if the name is taken in any case.
    pub async fn create_user(&self, account: AccountId, user: NewUser) -> Result<User> {
        let account = AccountKey::from(account);
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
            // What `get_user` would read back, without reading it.
            Ok(User {
                account: account.id(),
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
}
