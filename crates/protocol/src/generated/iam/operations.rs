//! IAM operations: the table of the model's operations.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::OperationInfo;

static OPERATIONS: [OperationInfo; 210] = [
    OperationInfo {
        name: "AcceptDelegationRequest",
        unsigned: false,
    },
    OperationInfo {
        name: "AcquireRole",
        unsigned: false,
    },
    OperationInfo {
        name: "AddClientIDToOpenIDConnectProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "AddRoleToInstanceProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "AddUserToGroup",
        unsigned: false,
    },
    OperationInfo {
        name: "AssociateDelegationRequest",
        unsigned: false,
    },
    OperationInfo {
        name: "AttachGroupPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "AttachRolePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "AttachUserPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "ChangePassword",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateAccessKey",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateAccountAlias",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateDelegationRequest",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateGroup",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateInstanceProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateLoginProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateOpenIDConnectProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "CreatePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "CreatePolicyVersion",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateRole",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateSAMLProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateServiceLinkedRole",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateServiceSpecificCredential",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateUser",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateVirtualMFADevice",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateWorkloadIdentityProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateWorkloadIdentityProviderOutboundSigner",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateWorkloadIdentityTemplate",
        unsigned: false,
    },
    OperationInfo {
        name: "DeactivateMFADevice",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteAccessKey",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteAccountAlias",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteAccountPasswordPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteGroup",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteGroupPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteInstanceProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteLoginProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteOpenIDConnectProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "DeletePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeletePolicyVersion",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteRole",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteRolePermissionsBoundary",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteRolePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteSAMLProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteSSHPublicKey",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteServerCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteServiceLinkedRole",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteServiceSpecificCredential",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteSigningCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteUser",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteUserPermissionsBoundary",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteUserPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteVirtualMFADevice",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteWorkloadIdentityProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteWorkloadIdentityProviderOutboundSigner",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteWorkloadIdentityProviderResourcePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteWorkloadIdentityTemplate",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteWorkloadIdentityTemplateAttestationPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DetachGroupPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DetachRolePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DetachUserPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DisableOrganizationLevelResources",
        unsigned: false,
    },
    OperationInfo {
        name: "DisableOrganizationsRootCredentialsManagement",
        unsigned: false,
    },
    OperationInfo {
        name: "DisableOrganizationsRootSessions",
        unsigned: false,
    },
    OperationInfo {
        name: "DisableOutboundWebIdentityFederation",
        unsigned: false,
    },
    OperationInfo {
        name: "DisableWorkloadIdentityProviderOutboundSigner",
        unsigned: false,
    },
    OperationInfo {
        name: "EnableMFADevice",
        unsigned: false,
    },
    OperationInfo {
        name: "EnableOrganizationLevelResources",
        unsigned: false,
    },
    OperationInfo {
        name: "EnableOrganizationsRootCredentialsManagement",
        unsigned: false,
    },
    OperationInfo {
        name: "EnableOrganizationsRootSessions",
        unsigned: false,
    },
    OperationInfo {
        name: "EnableOutboundWebIdentityFederation",
        unsigned: false,
    },
    OperationInfo {
        name: "EnableWorkloadIdentityProviderOutboundSigner",
        unsigned: false,
    },
    OperationInfo {
        name: "GenerateCredentialReport",
        unsigned: false,
    },
    OperationInfo {
        name: "GenerateOrganizationsAccessReport",
        unsigned: false,
    },
    OperationInfo {
        name: "GenerateServiceLastAccessedDetails",
        unsigned: false,
    },
    OperationInfo {
        name: "GetAccessKeyLastUsed",
        unsigned: false,
    },
    OperationInfo {
        name: "GetAccountAuthorizationDetails",
        unsigned: false,
    },
    OperationInfo {
        name: "GetAccountPasswordPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "GetAccountProperties",
        unsigned: false,
    },
    OperationInfo {
        name: "GetAccountSummary",
        unsigned: false,
    },
    OperationInfo {
        name: "GetContextKeysForCustomPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "GetContextKeysForPrincipalPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "GetCredentialReport",
        unsigned: false,
    },
    OperationInfo {
        name: "GetDelegationRequest",
        unsigned: false,
    },
    OperationInfo {
        name: "GetGroup",
        unsigned: false,
    },
    OperationInfo {
        name: "GetGroupPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "GetHumanReadableSummary",
        unsigned: false,
    },
    OperationInfo {
        name: "GetInstanceProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "GetLoginProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "GetMFADevice",
        unsigned: false,
    },
    OperationInfo {
        name: "GetOpenIDConnectProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "GetOrganizationsAccessReport",
        unsigned: false,
    },
    OperationInfo {
        name: "GetOutboundWebIdentityFederationInfo",
        unsigned: false,
    },
    OperationInfo {
        name: "GetPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "GetPolicyVersion",
        unsigned: false,
    },
    OperationInfo {
        name: "GetRole",
        unsigned: false,
    },
    OperationInfo {
        name: "GetRolePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "GetRoleTemplateVersion",
        unsigned: false,
    },
    OperationInfo {
        name: "GetSAMLProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "GetSSHPublicKey",
        unsigned: false,
    },
    OperationInfo {
        name: "GetServerCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "GetServiceLastAccessedDetails",
        unsigned: false,
    },
    OperationInfo {
        name: "GetServiceLastAccessedDetailsWithEntities",
        unsigned: false,
    },
    OperationInfo {
        name: "GetServiceLinkedRoleDeletionStatus",
        unsigned: false,
    },
    OperationInfo {
        name: "GetUser",
        unsigned: false,
    },
    OperationInfo {
        name: "GetUserPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "GetWorkloadIdentityProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "GetWorkloadIdentityProviderDeletionStatus",
        unsigned: false,
    },
    OperationInfo {
        name: "GetWorkloadIdentityProviderResourcePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "GetWorkloadIdentityTemplate",
        unsigned: false,
    },
    OperationInfo {
        name: "GetWorkloadIdentityTemplateAttestationPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAccessKeys",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAccountAliases",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAttachedGroupPolicies",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAttachedRolePolicies",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAttachedUserPolicies",
        unsigned: false,
    },
    OperationInfo {
        name: "ListDelegationRequests",
        unsigned: false,
    },
    OperationInfo {
        name: "ListEntitiesForPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "ListGroupPolicies",
        unsigned: false,
    },
    OperationInfo {
        name: "ListGroups",
        unsigned: false,
    },
    OperationInfo {
        name: "ListGroupsForUser",
        unsigned: false,
    },
    OperationInfo {
        name: "ListInstanceProfileTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListInstanceProfiles",
        unsigned: false,
    },
    OperationInfo {
        name: "ListInstanceProfilesForRole",
        unsigned: false,
    },
    OperationInfo {
        name: "ListMFADeviceTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListMFADevices",
        unsigned: false,
    },
    OperationInfo {
        name: "ListOpenIDConnectProviderTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListOpenIDConnectProviders",
        unsigned: false,
    },
    OperationInfo {
        name: "ListOrganizationsFeatures",
        unsigned: false,
    },
    OperationInfo {
        name: "ListPolicies",
        unsigned: false,
    },
    OperationInfo {
        name: "ListPoliciesGrantingServiceAccess",
        unsigned: false,
    },
    OperationInfo {
        name: "ListPolicyTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListPolicyVersions",
        unsigned: false,
    },
    OperationInfo {
        name: "ListRolePolicies",
        unsigned: false,
    },
    OperationInfo {
        name: "ListRoleTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListRoles",
        unsigned: false,
    },
    OperationInfo {
        name: "ListSAMLProviderTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListSAMLProviders",
        unsigned: false,
    },
    OperationInfo {
        name: "ListSSHPublicKeys",
        unsigned: false,
    },
    OperationInfo {
        name: "ListServerCertificateTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListServerCertificates",
        unsigned: false,
    },
    OperationInfo {
        name: "ListServiceSpecificCredentials",
        unsigned: false,
    },
    OperationInfo {
        name: "ListSigningCertificates",
        unsigned: false,
    },
    OperationInfo {
        name: "ListUserPolicies",
        unsigned: false,
    },
    OperationInfo {
        name: "ListUserTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListUsers",
        unsigned: false,
    },
    OperationInfo {
        name: "ListVirtualMFADevices",
        unsigned: false,
    },
    OperationInfo {
        name: "ListWorkloadIdentityProviderOutboundSigners",
        unsigned: false,
    },
    OperationInfo {
        name: "ListWorkloadIdentityProviderTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListWorkloadIdentityProviders",
        unsigned: false,
    },
    OperationInfo {
        name: "ListWorkloadIdentityTemplateTags",
        unsigned: false,
    },
    OperationInfo {
        name: "ListWorkloadIdentityTemplates",
        unsigned: false,
    },
    OperationInfo {
        name: "PutAccountProperties",
        unsigned: false,
    },
    OperationInfo {
        name: "PutGroupPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "PutRolePermissionsBoundary",
        unsigned: false,
    },
    OperationInfo {
        name: "PutRolePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "PutUserPermissionsBoundary",
        unsigned: false,
    },
    OperationInfo {
        name: "PutUserPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "PutWorkloadIdentityProviderResourcePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "PutWorkloadIdentityTemplateAttestationPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "RejectDelegationRequest",
        unsigned: false,
    },
    OperationInfo {
        name: "RemoveClientIDFromOpenIDConnectProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "RemoveRoleFromInstanceProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "RemoveUserFromGroup",
        unsigned: false,
    },
    OperationInfo {
        name: "ResetServiceSpecificCredential",
        unsigned: false,
    },
    OperationInfo {
        name: "ResyncMFADevice",
        unsigned: false,
    },
    OperationInfo {
        name: "SendDelegationToken",
        unsigned: false,
    },
    OperationInfo {
        name: "SetDefaultPolicyVersion",
        unsigned: false,
    },
    OperationInfo {
        name: "SetSecurityTokenServicePreferences",
        unsigned: false,
    },
    OperationInfo {
        name: "SimulateCustomPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "SimulatePrincipalPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "TagInstanceProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "TagMFADevice",
        unsigned: false,
    },
    OperationInfo {
        name: "TagOpenIDConnectProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "TagPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "TagRole",
        unsigned: false,
    },
    OperationInfo {
        name: "TagSAMLProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "TagServerCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "TagUser",
        unsigned: false,
    },
    OperationInfo {
        name: "TagWorkloadIdentityProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "TagWorkloadIdentityTemplate",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagInstanceProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagMFADevice",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagOpenIDConnectProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagRole",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagSAMLProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagServerCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagUser",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagWorkloadIdentityProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagWorkloadIdentityTemplate",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateAccessKey",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateAccountPasswordPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateAssumeRolePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateDelegationRequest",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateGroup",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateLoginProfile",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateOpenIDConnectProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateOpenIDConnectProviderThumbprint",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateRole",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateRoleDescription",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateSAMLProvider",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateSSHPublicKey",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateServerCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateServiceSpecificCredential",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateSigningCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateUser",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateWorkloadIdentityProviderOutboundSigner",
        unsigned: false,
    },
    OperationInfo {
        name: "UploadSSHPublicKey",
        unsigned: false,
    },
    OperationInfo {
        name: "UploadServerCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "UploadSigningCertificate",
        unsigned: false,
    },
];

/// The operation named `action`, if the model has it.
pub fn operation(action: &str) -> Option<&'static OperationInfo> {
    OPERATIONS
        .binary_search_by(|op| op.name.cmp(action))
        .ok()
        .and_then(|i| OPERATIONS.get(i))
}

/// Every operation of the model, sorted by name.
pub fn operations() -> &'static [OperationInfo] {
    &OPERATIONS
}
