//! What each IAM operation is authorized against: the action is `iam:` and the operation's
//! name; the resource is the ARN of the entity the request names (Service Authorization
//! Reference, "Actions defined by AWS Identity and Access Management").
//!
//! The ARN is built from the request: for entities that exist, their path is not looked up,
//! so a policy that names a pathed entity's exact ARN is matched only by wildcards.

use gatehouse_core::Principal;
use gatehouse_protocol::iam::*;
use gatehouse_token::arn;

use crate::scope::Scope;

/// The resource a request is authorized against.
pub(crate) trait Target {
    /// The ARN AWS evaluates the request's action on.
    fn resource(&self, scope: &Scope<'_>) -> String;
}

/// `arn:aws:iam::ACCOUNT:KIND/NAME` for an entity the request names (path `/`).
fn named(scope: &Scope<'_>, kind: &str, name: &str) -> String {
    arn::iam_path_resource(scope.partition, scope.account, kind, "/", name)
}

/// The entity an optional `UserName` names, or the caller.
fn user_or_caller(scope: &Scope<'_>, name: Option<&str>) -> String {
    match (name, scope.principal) {
        (Some(name), _) => named(scope, "user", name),
        (None, Principal::User { .. }) => scope.principal.arn(scope.partition),
        (None, _) => arn::root(scope.partition, scope.account),
    }
}

/// Requests that name an entity by a required field.
macro_rules! by_name {
    ($kind:literal, $field:ident: $($input:ty),* $(,)?) => {
        $(impl Target for $input {
            fn resource(&self, scope: &Scope<'_>) -> String {
                named(scope, $kind, &self.$field)
            }
        })*
    };
}

/// Requests that carry the entity's ARN.
macro_rules! by_arn {
    ($field:ident: $($input:ty),* $(,)?) => {
        $(impl Target for $input {
            fn resource(&self, _scope: &Scope<'_>) -> String {
                self.$field.clone()
            }
        })*
    };
}

/// Requests whose optional `UserName` defaults to the caller.
macro_rules! by_user_or_caller {
    ($($input:ty),* $(,)?) => {
        $(impl Target for $input {
            fn resource(&self, scope: &Scope<'_>) -> String {
                user_or_caller(scope, self.user_name.as_deref())
            }
        })*
    };
}

/// Listings, authorized against every entity of their kind.
macro_rules! by_kind {
    ($kind:literal: $($input:ty),* $(,)?) => {
        $(impl Target for $input {
            fn resource(&self, scope: &Scope<'_>) -> String {
                named(scope, $kind, "*")
            }
        })*
    };
}

/// Account-wide requests.
macro_rules! account_wide {
    ($($input:ty),* $(,)?) => {
        $(impl Target for $input {
            fn resource(&self, _scope: &Scope<'_>) -> String {
                "*".to_owned()
            }
        })*
    };
}

/// Requests that create an entity at a path.
macro_rules! created_at_path {
    ($kind:literal, $field:ident: $($input:ty),* $(,)?) => {
        $(impl Target for $input {
            fn resource(&self, scope: &Scope<'_>) -> String {
                arn::iam_path_resource(scope.partition, scope.account, $kind, self.path.as_deref().unwrap_or("/"), &self.$field)
            }
        })*
    };
}

by_user_or_caller!(
    GetUserRequest,
    CreateAccessKeyRequest,
    ListAccessKeysRequest,
    UpdateAccessKeyRequest,
    DeleteAccessKeyRequest,
    DeactivateMFADeviceRequest,
    ListMFADevicesRequest,
    GetMFADeviceRequest,
    CreateLoginProfileRequest,
    GetLoginProfileRequest,
    DeleteLoginProfileRequest,
    ListSSHPublicKeysRequest,
);
by_name!("user", user_name:
    UpdateUserRequest, DeleteUserRequest, AttachUserPolicyRequest, DetachUserPolicyRequest,
    ListAttachedUserPoliciesRequest, PutUserPermissionsBoundaryRequest,
    DeleteUserPermissionsBoundaryRequest, PutUserPolicyRequest, GetUserPolicyRequest,
    ListUserPoliciesRequest, DeleteUserPolicyRequest, ListGroupsForUserRequest, TagUserRequest,
    UntagUserRequest, ListUserTagsRequest, EnableMFADeviceRequest, ResyncMFADeviceRequest,
    UpdateLoginProfileRequest,
    // The SSH public key actions' resource is the user (Service Authorization Reference;
    // the AWS managed policy IAMUserSSHKeys grants them on `user/${aws:username}`).
    UploadSSHPublicKeyRequest, GetSSHPublicKeyRequest, UpdateSSHPublicKeyRequest,
    DeleteSSHPublicKeyRequest,
);
by_name!("role", role_name:
    GetRoleRequest, UpdateRoleRequest, UpdateRoleDescriptionRequest, UpdateAssumeRolePolicyRequest,
    DeleteRoleRequest, AttachRolePolicyRequest, DetachRolePolicyRequest,
    ListAttachedRolePoliciesRequest, PutRolePermissionsBoundaryRequest,
    DeleteRolePermissionsBoundaryRequest, PutRolePolicyRequest, GetRolePolicyRequest,
    ListRolePoliciesRequest, DeleteRolePolicyRequest, TagRoleRequest, UntagRoleRequest,
    ListRoleTagsRequest, ListInstanceProfilesForRoleRequest,
);
by_name!("group", group_name:
    AttachGroupPolicyRequest, DetachGroupPolicyRequest, ListAttachedGroupPoliciesRequest,
    PutGroupPolicyRequest, GetGroupPolicyRequest, ListGroupPoliciesRequest, DeleteGroupPolicyRequest,
    GetGroupRequest, UpdateGroupRequest, DeleteGroupRequest, AddUserToGroupRequest,
    RemoveUserFromGroupRequest,
);
by_name!("instance-profile", instance_profile_name:
    TagInstanceProfileRequest, UntagInstanceProfileRequest, ListInstanceProfileTagsRequest,
    GetInstanceProfileRequest, DeleteInstanceProfileRequest, AddRoleToInstanceProfileRequest,
    RemoveRoleFromInstanceProfileRequest,
);
by_arn!(policy_arn:
    GetPolicyRequest, DeletePolicyRequest, CreatePolicyVersionRequest, GetPolicyVersionRequest,
    ListPolicyVersionsRequest, DeletePolicyVersionRequest, SetDefaultPolicyVersionRequest,
    TagPolicyRequest, UntagPolicyRequest, ListPolicyTagsRequest,
);
by_arn!(open_id_connect_provider_arn:
    TagOpenIDConnectProviderRequest, UntagOpenIDConnectProviderRequest,
    ListOpenIDConnectProviderTagsRequest, GetOpenIDConnectProviderRequest,
    DeleteOpenIDConnectProviderRequest, AddClientIDToOpenIDConnectProviderRequest,
    RemoveClientIDFromOpenIDConnectProviderRequest, UpdateOpenIDConnectProviderThumbprintRequest,
);
by_arn!(saml_provider_arn:
    TagSAMLProviderRequest, UntagSAMLProviderRequest, ListSAMLProviderTagsRequest,
    GetSAMLProviderRequest, UpdateSAMLProviderRequest, DeleteSAMLProviderRequest,
);
by_arn!(serial_number:
    TagMFADeviceRequest, UntagMFADeviceRequest, ListMFADeviceTagsRequest,
    DeleteVirtualMFADeviceRequest,
);
by_kind!("user": ListUsersRequest, GetAccessKeyLastUsedRequest);
by_kind!("policy": ListPoliciesRequest);
by_kind!("role": ListRolesRequest);
by_kind!("group": ListGroupsRequest);
by_kind!("mfa": ListVirtualMFADevicesRequest);
by_kind!("oidc-provider": ListOpenIDConnectProvidersRequest);
by_kind!("saml-provider": ListSAMLProvidersRequest);
by_kind!("instance-profile": ListInstanceProfilesRequest);
account_wide!(
    CreateAccountAliasRequest,
    DeleteAccountAliasRequest,
    ListAccountAliasesRequest
);
created_at_path!("user", user_name: CreateUserRequest);
created_at_path!("role", role_name: CreateRoleRequest);
created_at_path!("group", group_name: CreateGroupRequest);
created_at_path!("policy", policy_name: CreatePolicyRequest);
created_at_path!("instance-profile", instance_profile_name: CreateInstanceProfileRequest);
created_at_path!("mfa", virtual_mfa_device_name: CreateVirtualMFADeviceRequest);

impl Target for CreateOpenIDConnectProviderRequest {
    fn resource(&self, scope: &Scope<'_>) -> String {
        let host = self
            .url
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        named(scope, "oidc-provider", host)
    }
}

/// ChangePassword acts on the calling user, also through the user's GetSessionToken session.
impl Target for ChangePasswordRequest {
    fn resource(&self, scope: &Scope<'_>) -> String {
        match scope.principal {
            Principal::Session(claims) => match &claims.principal {
                gatehouse_token::SessionPrincipal::User {
                    user_name,
                    user_path,
                    ..
                } => arn::iam_path_resource(
                    scope.partition,
                    scope.account,
                    "user",
                    user_path,
                    user_name,
                ),
                _ => user_or_caller(scope, None),
            },
            _ => user_or_caller(scope, None),
        }
    }
}

impl Target for CreateSAMLProviderRequest {
    fn resource(&self, scope: &Scope<'_>) -> String {
        named(scope, "saml-provider", &self.name)
    }
}

/// `iam:` and the operation name, from the name of its input shape.
pub(crate) fn action(input_shape: &'static str) -> String {
    format!("iam:{}", input_shape.trim_end_matches("Request"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_named_after_operations() {
        assert_eq!(action("CreateUserRequest"), "iam:CreateUser");
        assert_eq!(
            action("GetContextKeysForPrincipalPolicyRequest"),
            "iam:GetContextKeysForPrincipalPolicy"
        );
    }
}
