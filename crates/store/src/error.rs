//! The one error type of the store.

use std::fmt;

/// The kinds of stored things an error can be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// An IAM user.
    User,
    /// An IAM group.
    Group,
    /// An IAM role.
    Role,
    /// A customer managed policy.
    Policy,
    /// A version of a customer managed policy.
    PolicyVersion,
    /// An inline policy of a user, group or role.
    InlinePolicy,
    /// A managed policy attached to a user, group or role.
    PolicyAttachment,
    /// A user's membership in a group.
    GroupMembership,
    /// An access key.
    AccessKey,
    /// A virtual MFA device.
    MfaDevice,
    /// An OpenID Connect identity provider.
    OidcProvider,
    /// A SAML identity provider.
    SamlProvider,
    /// An instance profile.
    InstanceProfile,
    /// A role inside an instance profile.
    InstanceProfileRole,
    /// The account alias.
    AccountAlias,
    /// A user's login profile (console password).
    LoginProfile,
    /// The account password policy.
    PasswordPolicy,
    /// An organization (AWS Organizations).
    Organization,
    /// A root or an organizational unit of an organization.
    OrganizationParent,
    /// An account in an organization.
    OrganizationAccount,
    /// A CreateAccount request of an organization.
    CreateAccountRequest,
    /// A user's SSH public key.
    SshPublicKey,
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Role => "role",
            Self::Policy => "policy",
            Self::PolicyVersion => "policy version",
            Self::InlinePolicy => "inline policy",
            Self::PolicyAttachment => "policy attachment",
            Self::GroupMembership => "group membership",
            Self::AccessKey => "access key",
            Self::MfaDevice => "MFA device",
            Self::OidcProvider => "OpenID Connect provider",
            Self::SamlProvider => "SAML provider",
            Self::InstanceProfile => "instance profile",
            Self::InstanceProfileRole => "instance profile role",
            Self::AccountAlias => "account alias",
            Self::LoginProfile => "login profile",
            Self::PasswordPolicy => "password policy",
            Self::Organization => "organization",
            Self::OrganizationParent => "root or organizational unit",
            Self::OrganizationAccount => "organization account",
            Self::CreateAccountRequest => "create account request",
            Self::SshPublicKey => "SSH public key",
        })
    }
}

/// The quotas the store enforces atomically (see [`crate::Limits`] for their values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limit {
    /// Access keys per user, or for the account root.
    AccessKeysPerUser,
    /// Versions per customer managed policy.
    VersionsPerPolicy,
    /// Groups a user can be a member of.
    GroupsPerUser,
    /// Managed policies attached to one user.
    AttachedPoliciesPerUser,
    /// Managed policies attached to one role.
    AttachedPoliciesPerRole,
    /// Managed policies attached to one group.
    AttachedPoliciesPerGroup,
    /// MFA devices enabled for one user.
    MfaDevicesPerUser,
    /// OpenID Connect providers per account.
    OidcProvidersPerAccount,
    /// SAML providers per account.
    SamlProvidersPerAccount,
    /// Tags on one resource.
    TagsPerResource,
    /// Roles in one instance profile.
    RolesPerInstanceProfile,
    /// SSH public keys of one user.
    SshPublicKeysPerUser,
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::AccessKeysPerUser => "AccessKeysPerUser",
            Self::VersionsPerPolicy => "VersionsPerPolicy",
            Self::GroupsPerUser => "GroupsPerUser",
            Self::AttachedPoliciesPerUser => "AttachedPoliciesPerUser",
            Self::AttachedPoliciesPerRole => "AttachedPoliciesPerRole",
            Self::AttachedPoliciesPerGroup => "AttachedPoliciesPerGroup",
            Self::MfaDevicesPerUser => "MFADevicesPerUser",
            Self::OidcProvidersPerAccount => "OpenIdConnectProvidersPerAccount",
            Self::SamlProvidersPerAccount => "SAMLProvidersPerAccount",
            Self::TagsPerResource => "TagsPerResource",
            Self::RolesPerInstanceProfile => "InstanceSessionsPerInstanceProfile",
            Self::SshPublicKeysPerUser => "SSHPublicKeysPerUser",
        })
    }
}

/// Why a deletion was refused: what is still attached to the entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConflictReason {
    /// The user still has access keys.
    AccessKeys,
    /// The user, group or role still has inline policies.
    InlinePolicies,
    /// The user, group or role still has managed policies attached.
    AttachedPolicies,
    /// The user is still a member of groups.
    GroupMemberships,
    /// The user still has MFA devices enabled.
    MfaDevices,
    /// The role is still in instance profiles.
    InstanceProfiles,
    /// The group still has members.
    GroupMembers,
    /// The policy is still attached to users, groups or roles.
    PolicyAttachments,
    /// The policy is still the permissions boundary of users or roles.
    PermissionsBoundaryUsage,
    /// The policy still has versions besides its default one.
    NonDefaultVersions,
    /// The version is the policy's default version.
    DefaultVersion,
    /// The MFA device is still assigned to a user.
    MfaDeviceAssigned,
    /// The instance profile still contains a role.
    InstanceProfileRoles,
    /// The user still has a login profile (console password).
    LoginProfile,
    /// The organization still has accounts besides its management account.
    MemberAccounts,
    /// The organizational unit still holds accounts or organizational units.
    OrganizationalUnitChildren,
    /// The user still has SSH public keys.
    SshPublicKeys,
}

impl fmt::Display for ConflictReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::AccessKeys => "it still has access keys",
            Self::InlinePolicies => "it still has inline policies",
            Self::AttachedPolicies => "it still has attached policies",
            Self::GroupMemberships => "it is still a member of groups",
            Self::MfaDevices => "it still has MFA devices",
            Self::InstanceProfiles => "it is still in instance profiles",
            Self::GroupMembers => "it still has members",
            Self::PolicyAttachments => "it is still attached to entities",
            Self::PermissionsBoundaryUsage => "it is still used as a permissions boundary",
            Self::NonDefaultVersions => "it still has non-default versions",
            Self::DefaultVersion => "it is the default version",
            Self::MfaDeviceAssigned => "it is still assigned to a user",
            Self::InstanceProfileRoles => "it still contains a role",
            Self::LoginProfile => "it still has a login profile",
            Self::MemberAccounts => "it still has member accounts",
            Self::OrganizationalUnitChildren => "it still holds accounts or organizational units",
            Self::SshPublicKeys => "it still has SSH public keys",
        })
    }
}

/// Everything a store operation can fail with.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The entity does not exist (AWS `NoSuchEntity`).
    #[error("{kind} {name} not found")]
    NotFound {
        /// What was looked for.
        kind: EntityKind,
        /// Its name, ARN or id, as given.
        name: String,
    },
    /// The entity exists already (AWS `EntityAlreadyExists`).
    #[error("{kind} {name} already exists")]
    AlreadyExists {
        /// What was being created.
        kind: EntityKind,
        /// Its name, ARN or id, as given.
        name: String,
    },
    /// The new entity's generated id is already another's (a primary-key conflict, not a name
    /// conflict): the caller retries with a new id.
    #[error("{kind} id {id} is taken")]
    IdTaken {
        /// What was being created.
        kind: EntityKind,
        /// The id that clashed.
        id: String,
    },
    /// A quota would be exceeded (AWS `LimitExceeded`).
    #[error("cannot exceed quota for {limit}: {max}")]
    LimitExceeded {
        /// Which quota.
        limit: Limit,
        /// Its value.
        max: u32,
    },
    /// A deletion refused because something is still attached (AWS `DeleteConflict`).
    #[error("cannot delete {kind} {name}: {reason}")]
    DeleteConflict {
        /// What was being deleted.
        kind: EntityKind,
        /// Its name, ARN or id, as given.
        name: String,
        /// What is still attached.
        reason: ConflictReason,
    },
    /// A pagination marker that this store did not hand out (AWS `InvalidInput`).
    #[error("invalid pagination marker")]
    InvalidMarker,
    /// Stored data that cannot be read back (AWS `ServiceFailure`).
    #[error("stored data is corrupt: {detail}")]
    Corrupt {
        /// What could not be decoded.
        detail: String,
    },
    /// The database failed (AWS `ServiceFailure`).
    #[error("storage backend failure: {0}")]
    Backend(#[from] rusqlite::Error),
    /// The write transaction a write was part of failed to commit (AWS `ServiceFailure`).
    #[error("the write could not be committed: {0}")]
    Commit(String),
    /// The store was closed, or its writer stopped (AWS `ServiceFailure`).
    #[error("the store is closed")]
    Closed,
    /// The schema could not be migrated (fatal at startup).
    #[error("schema migration failure: {0}")]
    Migration(String),
    /// The database is damaged (fatal at startup; `gatehouse check` tells more).
    #[error("the database is damaged: {0}")]
    Damaged(String),
    /// A file of the store cannot be read, or is not where it should be.
    #[error("cannot use {}: {source}", path.display())]
    Unreadable {
        /// The file.
        path: std::path::PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// The store's result type.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    pub(crate) fn not_found(kind: EntityKind, name: &str) -> Self {
        Self::NotFound {
            kind,
            name: name.to_owned(),
        }
    }

    pub(crate) fn already_exists(kind: EntityKind, name: &str) -> Self {
        Self::AlreadyExists {
            kind,
            name: name.to_owned(),
        }
    }

    pub(crate) fn conflict(kind: EntityKind, name: &str, reason: ConflictReason) -> Self {
        Self::DeleteConflict {
            kind,
            name: name.to_owned(),
            reason,
        }
    }

    /// `DeleteConflict` with the first reason whose count (or `EXISTS` flag) is not zero, in
    /// the order given; `Ok` when none holds.
    pub(crate) fn refuse_delete(
        kind: EntityKind,
        name: &str,
        reasons: impl IntoIterator<Item = (i64, ConflictReason)>,
    ) -> Result<(), Self> {
        match reasons.into_iter().find(|(held, _)| *held != 0) {
            Some((_, reason)) => Err(Self::conflict(kind, name, reason)),
            None => Ok(()),
        }
    }

    /// For the insert of a new entity under a generated `id`: a primary-key violation is
    /// `IdTaken`, any other unique-constraint violation `AlreadyExists` for `name`.
    pub(crate) fn on_create(err: StoreError, kind: EntityKind, id: &str, name: &str) -> Self {
        match &err {
            Self::Backend(rusqlite::Error::SqliteFailure(failure, _))
                if failure.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
            {
                Self::IdTaken {
                    kind,
                    id: id.to_owned(),
                }
            }
            _ => Self::on_insert(err, kind, name),
        }
    }

    /// Turns a unique-constraint violation into `AlreadyExists`, anything else into `Backend`.
    pub(crate) fn on_insert(err: StoreError, kind: EntityKind, name: &str) -> Self {
        match &err {
            Self::Backend(rusqlite::Error::SqliteFailure(failure, _))
                if matches!(
                    failure.extended_code,
                    rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                        | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
                ) =>
            {
                Self::already_exists(kind, name)
            }
            _ => err,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_entity_and_the_reason() {
        let err = StoreError::conflict(EntityKind::User, "alice", ConflictReason::AccessKeys);
        assert_eq!(
            err.to_string(),
            "cannot delete user alice: it still has access keys"
        );
        let err = StoreError::LimitExceeded {
            limit: Limit::VersionsPerPolicy,
            max: 5,
        };
        assert_eq!(
            err.to_string(),
            "cannot exceed quota for VersionsPerPolicy: 5"
        );
    }

    #[test]
    fn non_unique_errors_stay_backend_errors() {
        let err = StoreError::on_insert(
            StoreError::Backend(rusqlite::Error::QueryReturnedNoRows),
            EntityKind::Role,
            "r",
        );
        assert!(matches!(err, StoreError::Backend(_)));
    }
}
