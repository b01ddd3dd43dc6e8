//! The one error type of the IAM operations, and how it becomes AWS's error.

use gatehouse_policy::PolicyError;
use gatehouse_protocol::AwsError;
use gatehouse_protocol::iam::errors;
use gatehouse_store::{ConflictReason, EntityKind, Limit, StoreError};

/// Everything an IAM operation can fail with; each variant is one AWS error code and carries
/// the message AWS sends with it.
#[derive(Debug, thiserror::Error)]
pub enum IamError {
    /// `NoSuchEntity` (404).
    #[error("{0}")]
    NoSuchEntity(String),
    /// `EntityAlreadyExists` (409).
    #[error("{0}")]
    EntityAlreadyExists(String),
    /// `DeleteConflict` (409).
    #[error("{0}")]
    DeleteConflict(String),
    /// `LimitExceeded` (409).
    #[error("{0}")]
    LimitExceeded(String),
    /// `MalformedPolicyDocument` (400), with the policy engine's AWS message.
    #[error(transparent)]
    MalformedPolicyDocument(#[from] PolicyError),
    /// `InvalidInput` (400).
    #[error("{0}")]
    InvalidInput(String),
    /// `PolicyNotAttachable` (400).
    #[error("{0}")]
    PolicyNotAttachable(String),
    /// `InvalidAuthenticationCode` (403).
    #[error("{0}")]
    InvalidAuthenticationCode(String),
    /// `UnmodifiableEntity` (400): a service-linked role.
    #[error("{0}")]
    UnmodifiableEntity(String),
    /// `PasswordPolicyViolation` (400): a password the account's password policy refuses.
    #[error("{0}")]
    PasswordPolicyViolation(String),
    /// `InvalidUserType` (400): an operation only an IAM user may call.
    #[error("{0}")]
    InvalidUserType(String),
    /// `InvalidPublicKey` (400): an SSH public key that is malformed or too short.
    #[error("{0}")]
    InvalidPublicKey(String),
    /// `UnrecognizedPublicKeyEncoding` (400): an SSH public key in neither accepted form.
    #[error("{0}")]
    UnrecognizedPublicKeyEncoding(String),
    /// `DuplicateSSHPublicKey` (400): a key the user holds already.
    #[error("{0}")]
    DuplicateSshPublicKey(String),
    /// `ValidationError` (400): a value outside what the operation accepts.
    #[error("{0}")]
    Validation(String),
    /// `AccessDenied` or another error decided outside this crate (authentication, authorization).
    #[error("{}", .0.message)]
    Denied(gatehouse_error::Error),
    /// A store failure that is not the caller's fault (`ServiceFailure`, 500).
    #[error(transparent)]
    Store(StoreError),
}

/// The operations' result type.
pub type Result<T, E = IamError> = std::result::Result<T, E>;

impl IamError {
    /// `NoSuchEntity` for a user name.
    pub fn no_such_user(name: &str) -> Self {
        Self::NoSuchEntity(format!("The user with name {name} cannot be found."))
    }

    /// `NoSuchEntity` for a managed policy ARN that cannot be attached or read.
    pub fn no_such_policy(arn: &str) -> Self {
        Self::NoSuchEntity(format!("Policy {arn} does not exist or is not attachable."))
    }
}

/// The AWS message for an entity that was not found, by what the store looked for.
fn not_found_message(kind: EntityKind, name: &str) -> String {
    match kind {
        EntityKind::User => format!("The user with name {name} cannot be found."),
        EntityKind::Group => format!("The group with name {name} cannot be found."),
        EntityKind::Role => format!("The role with name {name} cannot be found."),
        EntityKind::Policy => format!("Policy {name} was not found."),
        EntityKind::PolicyVersion => format!("Policy version {name} does not exist."),
        EntityKind::InlinePolicy => format!("The policy with name {name} cannot be found."),
        EntityKind::PolicyAttachment => format!("Policy {name} was not found."),
        EntityKind::GroupMembership => {
            format!("The user with name {name} cannot be found in the group.")
        }
        EntityKind::AccessKey => format!("The Access Key with id {name} cannot be found."),
        EntityKind::MfaDevice => {
            format!("VirtualMFADevice with serial number {name} doesn't exist.")
        }
        EntityKind::OidcProvider => format!("OpenIDConnect Provider not found for arn {name}"),
        EntityKind::SamlProvider => format!("Manifest not found for arn {name}"),
        EntityKind::InstanceProfile => {
            format!("Instance Profile {name} cannot be found.")
        }
        EntityKind::InstanceProfileRole => {
            format!("The role with name {name} cannot be found in the instance profile.")
        }
        EntityKind::AccountAlias => format!("The account alias {name} cannot be found."),
        EntityKind::LoginProfile => format!("Login Profile for User {name} cannot be found."),
        EntityKind::PasswordPolicy => {
            format!("The Password Policy with domain name {name} cannot be found.")
        }
        // Organizations' entities: no IAM operation looks for them.
        EntityKind::Organization
        | EntityKind::OrganizationParent
        | EntityKind::OrganizationAccount
        | EntityKind::CreateAccountRequest => format!("The {kind} {name} cannot be found."),
        // Our words, after AWS's recorded answer for an access key.
        EntityKind::SshPublicKey => format!("The Public Key with id {name} cannot be found."),
    }
}

/// The AWS message for an entity that exists already.
fn already_exists_message(kind: EntityKind, name: &str) -> String {
    match kind {
        EntityKind::User => format!("User with name {name} already exists."),
        EntityKind::Group => format!("Group with name {name} already exists."),
        EntityKind::Role => format!("Role with name {name} already exists."),
        EntityKind::Policy => {
            format!("A policy called {name} already exists. Duplicate names are not allowed.")
        }
        EntityKind::InstanceProfile => format!("Instance Profile {name} already exists."),
        // AWS's recorded CreateVirtualMFADevice answer (LocalStack's
        // test_iam_mfa.snapshot.json, create-duplicate-error).
        EntityKind::MfaDevice => "MFA device already exists.".to_owned(),
        EntityKind::OidcProvider => format!("Provider with url {name} already exists."),
        EntityKind::SamlProvider => format!("SAMLProvider {name} already exists."),
        EntityKind::AccountAlias => format!("The account alias {name} already exists."),
        EntityKind::GroupMembership => format!("The user {name} is already in the group."),
        EntityKind::LoginProfile => format!("Login Profile for user {name} already exists."),
        EntityKind::InstanceProfileRole => {
            "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1".to_owned()
        }
        other => format!("The {other} {name} already exists."),
    }
}

/// The AWS message for a refused deletion.
fn conflict_message(reason: ConflictReason) -> &'static str {
    match reason {
        ConflictReason::AccessKeys => "Cannot delete entity, must delete access keys first.",
        ConflictReason::InlinePolicies => "Cannot delete entity, must delete policies first.",
        ConflictReason::AttachedPolicies => "Cannot delete entity, must detach all policies first.",
        ConflictReason::GroupMemberships => {
            "Cannot delete entity, must remove users from group first."
        }
        ConflictReason::MfaDevices => "Cannot delete entity, must delete MFA device first.",
        ConflictReason::InstanceProfiles => {
            "Cannot delete entity, must remove roles from instance profile first."
        }
        ConflictReason::GroupMembers => "Cannot delete entity, must remove users from group first.",
        ConflictReason::PolicyAttachments => "Cannot delete a policy attached to entities.",
        ConflictReason::PermissionsBoundaryUsage => {
            "Cannot delete a policy used as a permissions boundary."
        }
        ConflictReason::NonDefaultVersions => {
            "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy."
        }
        ConflictReason::DefaultVersion => "Cannot delete the default version of a policy.",
        ConflictReason::MfaDeviceAssigned => "MFA Device is still in use",
        ConflictReason::InstanceProfileRoles => {
            "Cannot delete entity, must remove roles from instance profile first."
        }
        ConflictReason::LoginProfile => "Cannot delete entity, must delete login profile first.",
        // Organizations' conflicts: no IAM operation meets them.
        ConflictReason::MemberAccounts | ConflictReason::OrganizationalUnitChildren => {
            "Cannot delete entity, it is not empty."
        }
        // Our words, after AWS's recorded answers for access keys and login profiles.
        ConflictReason::SshPublicKeys => "Cannot delete entity, must delete SSH public keys first.",
    }
}

/// The AWS message for a quota that would be exceeded.
fn limit_message(limit: Limit, max: u32) -> String {
    match limit {
        Limit::VersionsPerPolicy => format!(
            "A managed policy can have up to {max} versions. Before you create a new version, you must delete an existing version."
        ),
        Limit::AttachedPoliciesPerUser => {
            format!("Cannot exceed quota for PoliciesPerUser: {max}")
        }
        Limit::AttachedPoliciesPerRole => {
            format!("Cannot exceed quota for PoliciesPerRole: {max}")
        }
        Limit::AttachedPoliciesPerGroup => {
            format!("Cannot exceed quota for PoliciesPerGroup: {max}")
        }
        // AWS's recorded answer to TagOpenIDConnectProvider past 50 tags (LocalStack's
        // test_iam_oidc.snapshot.json, tags-limit-error); the other resources' by analogy.
        Limit::TagsPerResource => "The number of tags has reached the maximum limit.".to_owned(),
        other => format!("Cannot exceed quota for {other}: {max}"),
    }
}

impl From<StoreError> for IamError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound { kind, name } => {
                Self::NoSuchEntity(not_found_message(kind, &name))
            }
            // The API reference's description of the error (AWS's message is not recorded).
            StoreError::AlreadyExists {
                kind: EntityKind::SshPublicKey,
                ..
            } => Self::DuplicateSshPublicKey(
                "The SSH public key is already associated with the specified IAM user.".to_owned(),
            ),
            StoreError::AlreadyExists { kind, name } => {
                Self::EntityAlreadyExists(already_exists_message(kind, &name))
            }
            StoreError::LimitExceeded { limit, max } => {
                Self::LimitExceeded(limit_message(limit, max))
            }
            StoreError::DeleteConflict { reason, .. } => {
                Self::DeleteConflict(conflict_message(reason).to_owned())
            }
            StoreError::InvalidMarker => Self::InvalidInput("Invalid Marker.".to_owned()),
            other => Self::Store(other),
        }
    }
}

impl From<IamError> for AwsError {
    fn from(err: IamError) -> Self {
        match err {
            IamError::NoSuchEntity(message) => errors::no_such_entity(message),
            IamError::EntityAlreadyExists(message) => errors::entity_already_exists(message),
            IamError::DeleteConflict(message) => errors::delete_conflict(message),
            IamError::LimitExceeded(message) => errors::limit_exceeded(message),
            IamError::MalformedPolicyDocument(policy) => {
                errors::malformed_policy_document(policy.to_string())
            }
            IamError::InvalidInput(message) => errors::invalid_input(message),
            IamError::PolicyNotAttachable(message) => errors::policy_not_attachable(message),
            IamError::InvalidAuthenticationCode(message) => {
                errors::invalid_authentication_code(message)
            }
            IamError::UnmodifiableEntity(message) => errors::unmodifiable_entity(message),
            IamError::PasswordPolicyViolation(message) => {
                errors::password_policy_violation(message)
            }
            IamError::InvalidUserType(message) => errors::invalid_user_type(message),
            IamError::InvalidPublicKey(message) => errors::invalid_public_key(message),
            IamError::UnrecognizedPublicKeyEncoding(message) => {
                errors::unrecognized_public_key_encoding(message)
            }
            IamError::DuplicateSshPublicKey(message) => errors::duplicate_ssh_public_key(message),
            IamError::Validation(message) => {
                gatehouse_error::Error::new(gatehouse_error::ErrorCode::ValidationError, message)
                    .into()
            }
            IamError::Denied(error) => error.into(),
            IamError::Store(store) => gatehouse_core::error::store_failure(store).into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aws(err: impl Into<IamError>) -> AwsError {
        AwsError::from(err.into())
    }

    #[test]
    fn store_errors_become_aws_errors_with_aws_texts() {
        let err = aws(StoreError::NotFound {
            kind: EntityKind::User,
            name: "bob".into(),
        });
        assert_eq!(err.code, "NoSuchEntity");
        assert_eq!(err.status, 404);
        assert_eq!(err.message, "The user with name bob cannot be found.");

        let err = aws(StoreError::AlreadyExists {
            kind: EntityKind::Role,
            name: "r".into(),
        });
        assert_eq!(err.code, "EntityAlreadyExists");
        assert_eq!(err.status, 409);
        assert_eq!(err.message, "Role with name r already exists.");

        let err = aws(StoreError::DeleteConflict {
            kind: EntityKind::User,
            name: "bob".into(),
            reason: ConflictReason::AccessKeys,
        });
        assert_eq!(err.code, "DeleteConflict");
        assert_eq!(
            err.message,
            "Cannot delete entity, must delete access keys first."
        );

        let err = aws(StoreError::LimitExceeded {
            limit: Limit::AccessKeysPerUser,
            max: 2,
        });
        assert_eq!(err.code, "LimitExceeded");
        assert_eq!(err.status, 409);
        assert_eq!(err.message, "Cannot exceed quota for AccessKeysPerUser: 2");
    }

    #[test]
    fn too_many_tags_in_aws_words() {
        let err = aws(StoreError::LimitExceeded {
            limit: Limit::TagsPerResource,
            max: 50,
        });
        assert_eq!((err.code.as_ref(), err.status), ("LimitExceeded", 409));
        assert_eq!(
            err.message,
            "The number of tags has reached the maximum limit."
        );
    }

    #[test]
    fn malformed_policies_keep_the_engine_message() {
        let err = aws(PolicyError::NoPrincipal);
        assert_eq!(err.code, "MalformedPolicyDocument");
        assert_eq!(err.status, 400);
        assert_eq!(
            err.message,
            "The passed in policy has a statement with no principals!"
        );
    }

    #[test]
    fn protected_roles_are_unmodifiable_entities() {
        let err = aws(IamError::UnmodifiableEntity("protected".into()));
        assert_eq!((err.code.as_ref(), err.status), ("UnmodifiableEntity", 400));
        assert_eq!(err.message, "protected");
    }

    #[test]
    fn ssh_public_key_errors_have_their_own_codes() {
        // UploadSSHPublicKey's errors, as the API reference lists them, each 400 but
        // LimitExceeded (409):
        // https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html
        let err = aws(StoreError::AlreadyExists {
            kind: EntityKind::SshPublicKey,
            name: "APKAEXAMPLE".into(),
        });
        assert_eq!(
            (err.code.as_ref(), err.status),
            ("DuplicateSSHPublicKey", 400)
        );
        assert_eq!(
            err.message,
            "The SSH public key is already associated with the specified IAM user."
        );
        let err = aws(IamError::InvalidPublicKey("bad".into()));
        assert_eq!((err.code.as_ref(), err.status), ("InvalidPublicKey", 400));
        let err = aws(IamError::UnrecognizedPublicKeyEncoding("bad".into()));
        assert_eq!(
            (err.code.as_ref(), err.status),
            ("UnrecognizedPublicKeyEncoding", 400)
        );
        let err = aws(StoreError::LimitExceeded {
            limit: Limit::SshPublicKeysPerUser,
            max: 5,
        });
        assert_eq!((err.code.as_ref(), err.status), ("LimitExceeded", 409));
        assert_eq!(
            err.message,
            "Cannot exceed quota for SSHPublicKeysPerUser: 5"
        );
        let err = aws(StoreError::NotFound {
            kind: EntityKind::SshPublicKey,
            name: "APKAEXAMPLE".into(),
        });
        assert_eq!((err.code.as_ref(), err.status), ("NoSuchEntity", 404));
        assert_eq!(
            err.message,
            "The Public Key with id APKAEXAMPLE cannot be found."
        );
        let err = aws(StoreError::DeleteConflict {
            kind: EntityKind::User,
            name: "sam".into(),
            reason: ConflictReason::SshPublicKeys,
        });
        assert_eq!((err.code.as_ref(), err.status), ("DeleteConflict", 409));
    }

    #[test]
    fn bad_markers_are_invalid_input() {
        let err = aws(StoreError::InvalidMarker);
        assert_eq!((err.code.as_ref(), err.status), ("InvalidInput", 400));
    }
}
