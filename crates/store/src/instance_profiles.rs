//! Instance profiles and the (at most one) role inside each.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::Store;
use crate::db::{
    AccountKey, Conn, Resource, as_stored, change_existing, epoch, execute, from_epoch, name_key,
    stored_account,
};
use crate::error::{ConflictReason, EntityKind, Limit, Result, StoreError};
use crate::pathed::{self, Named, Pathed, Table};
use crate::roles::{Role, select_role};
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
    pub account: AccountId,
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

/// `SELECT` of an instance profile's row from `instance_profiles p` (see [`Table`]).
macro_rules! select_profile {
    () => {
        "SELECT p.name_key, p.account, p.id, p.name, p.path, p.created FROM instance_profiles p"
    };
}

/// The instance profiles' table: a profile cannot be deleted while it holds a role.
pub(crate) static INSTANCE_PROFILES: Table = Table::new(
    EntityKind::InstanceProfile,
    Resource::InstanceProfile,
    "instance_profiles",
    "p",
    select_profile!(),
    &[(
        "EXISTS (SELECT 1 FROM instance_profile_roles WHERE profile_id = o.id)",
        ConflictReason::InstanceProfileRoles,
    )],
    true,
);

impl Pathed for InstanceProfile {
    type Own = ();

    const READS_OTHER_TABLES: bool = true;

    const TABLE: &'static Table = &INSTANCE_PROFILES;

    fn read_own(_: &rusqlite::Row<'_>) -> rusqlite::Result<Self::Own> {
        Ok(())
    }

    /// Completes a profile's row with its roles.
    fn assemble(conn: &Conn, named: Named, (): Self::Own) -> Result<Self> {
        let roles = pathed::fetch(
            conn,
            concat!(
                select_role!(),
                " JOIN instance_profile_roles ipr ON ipr.role_id = r.id WHERE ipr.profile_id = ?1"
            ),
            [&named.id],
        )?;
        Ok(InstanceProfile {
            account: stored_account(&named.account)?,
            id: named.id,
            name: named.name,
            path: named.path,
            created: from_epoch(named.created)?,
            roles,
            tags: Vec::new(),
        })
    }

    fn set_tags(&mut self, tags: Vec<Tag>) {
        self.tags = tags;
    }
}

impl Store {
    /// Creates an empty instance profile (`CreateInstanceProfile`).
    pub async fn create_instance_profile(
        &self,
        account: AccountId,
        profile: NewInstanceProfile,
    ) -> Result<InstanceProfile> {
        let account = AccountKey::from(account);
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
            // What `get_instance_profile` would read back, without reading it: a new profile holds no role.
            Ok(InstanceProfile {
                account: account.id(),
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

    /// The instance profiles that contain a role (`ListInstanceProfilesForRole`).
    pub async fn instance_profiles_for_role(
        &self,
        account: AccountId,
        role: &str,
    ) -> Result<Vec<InstanceProfile>> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| {
            let role_id = Resource::Role.id(conn, account, role)?;
            pathed::fetch(
                conn,
                concat!(
                    select_profile!(),
                    " JOIN instance_profile_roles ipr ON ipr.profile_id = p.id WHERE ipr.role_id = ?1 ORDER BY p.name_key"
                ),
                [&role_id],
            )
        })
    }

    /// Puts a role into an instance profile (`AddRoleToInstanceProfile`); `LimitExceeded`
    /// if the profile already has a role.
    pub async fn add_role_to_instance_profile(
        &self,
        account: AccountId,
        profile: &str,
        role: &str,
    ) -> Result<()> {
        self.change_profile_role(account, profile, role, |tx, ids, role| {
            execute(
                tx,
                "INSERT INTO instance_profile_roles (profile_id, role_id) VALUES (?1, ?2)",
                ids,
            )
            .map_err(|err| {
                match StoreError::on_insert(err, EntityKind::InstanceProfileRole, role) {
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
        account: AccountId,
        profile: &str,
        role: &str,
    ) -> Result<()> {
        self.change_profile_role(account, profile, role, |tx, ids, role| {
            change_existing(
                tx,
                "DELETE FROM instance_profile_roles WHERE profile_id = ?1 AND role_id = ?2",
                ids,
                EntityKind::InstanceProfileRole,
                role,
            )
        })
        .await
    }

    /// Runs `change` in a write with the ids of instance profile `profile` and role `role`
    /// (`NotFound` for either, the profile first) and the role's name.
    async fn change_profile_role(
        &self,
        account: AccountId,
        profile: &str,
        role: &str,
        change: impl FnOnce(&Conn, (&str, &str), &str) -> Result<()> + Send + 'static,
    ) -> Result<()> {
        let (account, profile, role) = (
            AccountKey::from(account),
            profile.to_owned(),
            role.to_owned(),
        );
        self.write(move |tx| {
            let profile_id = Resource::InstanceProfile.id(tx, &account, &profile)?;
            let role_id = Resource::Role.id(tx, &account, &role)?;
            change(tx, (&profile_id, &role_id), &role)
        })
        .await
    }
}
