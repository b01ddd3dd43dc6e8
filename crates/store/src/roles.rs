//! IAM roles.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::Store;
use crate::db::{
    AccountKey, Conn, Resource, as_stored, epoch, execute, from_epoch, from_epoch_opt, name_key,
    stored_account,
};
use crate::error::{ConflictReason, EntityKind, Result, StoreError};
use crate::pathed::{self, ATTACHED_POLICIES, Bounded, INLINE_POLICIES, Named, Pathed, Table};
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
    pub account: AccountId,
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

/// `SELECT` of a role's row from `roles r` (see [`Table`]).
macro_rules! select_role {
    () => {
        "SELECT r.name_key, r.account, r.id, r.name, r.path, r.created, r.trust_policy, r.description, \
         r.max_session_duration, r.boundary_arn, r.last_used, r.last_used_region FROM roles r"
    };
}
pub(crate) use select_role;

/// The roles' table: a role cannot be deleted while an instance profile holds it or it has
/// inline or attached policies.
pub(crate) static ROLES: Table = Table::new(
    EntityKind::Role,
    Resource::Role,
    "roles",
    "r",
    select_role!(),
    &[
        (
            "EXISTS (SELECT 1 FROM instance_profile_roles WHERE role_id = o.id)",
            ConflictReason::InstanceProfiles,
        ),
        INLINE_POLICIES,
        ATTACHED_POLICIES,
    ],
    true,
);

/// A role's own columns: trust policy, description, maximum session duration, boundary,
/// last use and its region.
type RoleColumns = (
    String,
    Option<String>,
    i64,
    Option<String>,
    Option<i64>,
    Option<String>,
);

impl Pathed for Role {
    type Own = RoleColumns;

    const TABLE: &'static Table = &ROLES;

    fn read_own(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self::Own> {
        Ok((
            row.get(6)?,
            row.get(7)?,
            row.get(8)?,
            row.get(9)?,
            row.get(10)?,
            row.get(11)?,
        ))
    }

    fn assemble(_: &Conn, named: Named, own: Self::Own) -> Result<Self> {
        let (trust_policy, description, max_session_duration, boundary_arn, last_used, region) =
            own;
        let last_used = from_epoch_opt(last_used)?.map(|date| RoleLastUsed { date, region });
        Ok(Role {
            account: stored_account(&named.account)?,
            id: named.id,
            name: named.name,
            path: named.path,
            created: from_epoch(named.created)?,
            trust_policy,
            description,
            max_session_duration,
            permissions_boundary: boundary_arn,
            last_used,
            tags: Vec::new(),
        })
    }

    fn set_tags(&mut self, tags: Vec<Tag>) {
        self.tags = tags;
    }
}

impl Bounded for Role {}

/// Inserts a role with its tags; `linked_service` marks a service-linked role. Returns the
/// role as [`pathed::get`] would read it back.
pub(crate) fn insert(
    tx: &Conn,
    account: &AccountKey,
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
        account: account.id(),
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
    pub async fn create_role(&self, account: AccountId, role: NewRole) -> Result<Role> {
        let account = AccountKey::from(account);
        let max_tags = self.limits().tags_per_resource;
        self.write(move |tx| insert(tx, &account, role, None, max_tags))
            .await
    }

    /// Changes a role's description and/or maximum session duration (`UpdateRole`).
    pub async fn update_role(
        &self,
        account: AccountId,
        name: &str,
        update: RoleUpdate,
    ) -> Result<Role> {
        let (account, name) = (AccountKey::from(account), name.to_owned());
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
            pathed::get(tx, &account, &name)
        })
        .await
    }

    /// Replaces a role's trust policy (`UpdateAssumeRolePolicy`).
    pub async fn update_trust_policy(
        &self,
        account: AccountId,
        name: &str,
        document: &str,
    ) -> Result<()> {
        let (account, name, document) = (
            AccountKey::from(account),
            name.to_owned(),
            document.to_owned(),
        );
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
}
