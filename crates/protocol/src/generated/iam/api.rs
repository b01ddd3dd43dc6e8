//! IAM handler trait and dispatcher: one method per operation, and `dispatch`.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use crate::decode::decode_input;
use crate::encode::xml_response;
use crate::{Api, AwsError, Encoded, QueryParams, ResponseFormat};

/// The IAM operations. Every method defaults to `NotImplemented` (501); implement the ones
/// the service supports.
pub trait IamApi: Sync {
    /// Per-request context (caller identity, clock, …).
    type Context: Sync;

    /// Handles `AcceptDelegationRequest`.
    fn accept_delegation_request(
        &self,
        _ctx: &Self::Context,
        _input: AcceptDelegationRequestRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("AcceptDelegationRequest")) }
    }

    /// Handles `AcquireRole`.
    fn acquire_role(
        &self,
        _ctx: &Self::Context,
        _input: AcquireRoleRequest,
    ) -> impl Future<Output = Result<AcquireRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AcquireRole")) }
    }

    /// Handles `AddClientIDToOpenIDConnectProvider`.
    fn add_client_id_to_open_id_connect_provider(
        &self,
        _ctx: &Self::Context,
        _input: AddClientIDToOpenIDConnectProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async {
            Err(AwsError::not_implemented(
                "AddClientIDToOpenIDConnectProvider",
            ))
        }
    }

    /// Handles `AddRoleToInstanceProfile`.
    fn add_role_to_instance_profile(
        &self,
        _ctx: &Self::Context,
        _input: AddRoleToInstanceProfileRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("AddRoleToInstanceProfile")) }
    }

    /// Handles `AddUserToGroup`.
    fn add_user_to_group(
        &self,
        _ctx: &Self::Context,
        _input: AddUserToGroupRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("AddUserToGroup")) }
    }

    /// Handles `AssociateDelegationRequest`.
    fn associate_delegation_request(
        &self,
        _ctx: &Self::Context,
        _input: AssociateDelegationRequestRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssociateDelegationRequest")) }
    }

    /// Handles `AttachGroupPolicy`.
    fn attach_group_policy(
        &self,
        _ctx: &Self::Context,
        _input: AttachGroupPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("AttachGroupPolicy")) }
    }

    /// Handles `AttachRolePolicy`.
    fn attach_role_policy(
        &self,
        _ctx: &Self::Context,
        _input: AttachRolePolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("AttachRolePolicy")) }
    }

    /// Handles `AttachUserPolicy`.
    fn attach_user_policy(
        &self,
        _ctx: &Self::Context,
        _input: AttachUserPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("AttachUserPolicy")) }
    }

    /// Handles `ChangePassword`.
    fn change_password(
        &self,
        _ctx: &Self::Context,
        _input: ChangePasswordRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("ChangePassword")) }
    }

    /// Handles `CreateAccessKey`.
    fn create_access_key(
        &self,
        _ctx: &Self::Context,
        _input: CreateAccessKeyRequest,
    ) -> impl Future<Output = Result<CreateAccessKeyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateAccessKey")) }
    }

    /// Handles `CreateAccountAlias`.
    fn create_account_alias(
        &self,
        _ctx: &Self::Context,
        _input: CreateAccountAliasRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateAccountAlias")) }
    }

    /// Handles `CreateDelegationRequest`.
    fn create_delegation_request(
        &self,
        _ctx: &Self::Context,
        _input: CreateDelegationRequestRequest,
    ) -> impl Future<Output = Result<CreateDelegationRequestResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateDelegationRequest")) }
    }

    /// Handles `CreateGroup`.
    fn create_group(
        &self,
        _ctx: &Self::Context,
        _input: CreateGroupRequest,
    ) -> impl Future<Output = Result<CreateGroupResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateGroup")) }
    }

    /// Handles `CreateInstanceProfile`.
    fn create_instance_profile(
        &self,
        _ctx: &Self::Context,
        _input: CreateInstanceProfileRequest,
    ) -> impl Future<Output = Result<CreateInstanceProfileResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateInstanceProfile")) }
    }

    /// Handles `CreateLoginProfile`.
    fn create_login_profile(
        &self,
        _ctx: &Self::Context,
        _input: CreateLoginProfileRequest,
    ) -> impl Future<Output = Result<CreateLoginProfileResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateLoginProfile")) }
    }

    /// Handles `CreateOpenIDConnectProvider`.
    fn create_open_id_connect_provider(
        &self,
        _ctx: &Self::Context,
        _input: CreateOpenIDConnectProviderRequest,
    ) -> impl Future<Output = Result<CreateOpenIDConnectProviderResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateOpenIDConnectProvider")) }
    }

    /// Handles `CreatePolicy`.
    fn create_policy(
        &self,
        _ctx: &Self::Context,
        _input: CreatePolicyRequest,
    ) -> impl Future<Output = Result<CreatePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreatePolicy")) }
    }

    /// Handles `CreatePolicyVersion`.
    fn create_policy_version(
        &self,
        _ctx: &Self::Context,
        _input: CreatePolicyVersionRequest,
    ) -> impl Future<Output = Result<CreatePolicyVersionResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreatePolicyVersion")) }
    }

    /// Handles `CreateRole`.
    fn create_role(
        &self,
        _ctx: &Self::Context,
        _input: CreateRoleRequest,
    ) -> impl Future<Output = Result<CreateRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateRole")) }
    }

    /// Handles `CreateSAMLProvider`.
    fn create_saml_provider(
        &self,
        _ctx: &Self::Context,
        _input: CreateSAMLProviderRequest,
    ) -> impl Future<Output = Result<CreateSAMLProviderResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateSAMLProvider")) }
    }

    /// Handles `CreateServiceLinkedRole`.
    fn create_service_linked_role(
        &self,
        _ctx: &Self::Context,
        _input: CreateServiceLinkedRoleRequest,
    ) -> impl Future<Output = Result<CreateServiceLinkedRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateServiceLinkedRole")) }
    }

    /// Handles `CreateServiceSpecificCredential`.
    fn create_service_specific_credential(
        &self,
        _ctx: &Self::Context,
        _input: CreateServiceSpecificCredentialRequest,
    ) -> impl Future<Output = Result<CreateServiceSpecificCredentialResponse, AwsError>> + Send
    {
        async { Err(AwsError::not_implemented("CreateServiceSpecificCredential")) }
    }

    /// Handles `CreateUser`.
    fn create_user(
        &self,
        _ctx: &Self::Context,
        _input: CreateUserRequest,
    ) -> impl Future<Output = Result<CreateUserResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateUser")) }
    }

    /// Handles `CreateVirtualMFADevice`.
    fn create_virtual_mfa_device(
        &self,
        _ctx: &Self::Context,
        _input: CreateVirtualMFADeviceRequest,
    ) -> impl Future<Output = Result<CreateVirtualMFADeviceResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateVirtualMFADevice")) }
    }

    /// Handles `CreateWorkloadIdentityProvider`.
    fn create_workload_identity_provider(
        &self,
        _ctx: &Self::Context,
        _input: CreateWorkloadIdentityProviderRequest,
    ) -> impl Future<Output = Result<CreateWorkloadIdentityProviderResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateWorkloadIdentityProvider")) }
    }

    /// Handles `CreateWorkloadIdentityProviderOutboundSigner`.
    fn create_workload_identity_provider_outbound_signer(
        &self,
        _ctx: &Self::Context,
        _input: CreateWorkloadIdentityProviderOutboundSignerRequest,
    ) -> impl Future<Output = Result<CreateWorkloadIdentityProviderOutboundSignerResponse, AwsError>>
    + Send {
        async {
            Err(AwsError::not_implemented(
                "CreateWorkloadIdentityProviderOutboundSigner",
            ))
        }
    }

    /// Handles `CreateWorkloadIdentityTemplate`.
    fn create_workload_identity_template(
        &self,
        _ctx: &Self::Context,
        _input: CreateWorkloadIdentityTemplateRequest,
    ) -> impl Future<Output = Result<CreateWorkloadIdentityTemplateResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateWorkloadIdentityTemplate")) }
    }

    /// Handles `DeactivateMFADevice`.
    fn deactivate_mfa_device(
        &self,
        _ctx: &Self::Context,
        _input: DeactivateMFADeviceRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeactivateMFADevice")) }
    }

    /// Handles `DeleteAccessKey`.
    fn delete_access_key(
        &self,
        _ctx: &Self::Context,
        _input: DeleteAccessKeyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteAccessKey")) }
    }

    /// Handles `DeleteAccountAlias`.
    fn delete_account_alias(
        &self,
        _ctx: &Self::Context,
        _input: DeleteAccountAliasRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteAccountAlias")) }
    }

    /// Handles `DeleteAccountPasswordPolicy`.
    fn delete_account_password_policy(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteAccountPasswordPolicy")) }
    }

    /// Handles `DeleteGroup`.
    fn delete_group(
        &self,
        _ctx: &Self::Context,
        _input: DeleteGroupRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteGroup")) }
    }

    /// Handles `DeleteGroupPolicy`.
    fn delete_group_policy(
        &self,
        _ctx: &Self::Context,
        _input: DeleteGroupPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteGroupPolicy")) }
    }

    /// Handles `DeleteInstanceProfile`.
    fn delete_instance_profile(
        &self,
        _ctx: &Self::Context,
        _input: DeleteInstanceProfileRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteInstanceProfile")) }
    }

    /// Handles `DeleteLoginProfile`.
    fn delete_login_profile(
        &self,
        _ctx: &Self::Context,
        _input: DeleteLoginProfileRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteLoginProfile")) }
    }

    /// Handles `DeleteOpenIDConnectProvider`.
    fn delete_open_id_connect_provider(
        &self,
        _ctx: &Self::Context,
        _input: DeleteOpenIDConnectProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteOpenIDConnectProvider")) }
    }

    /// Handles `DeletePolicy`.
    fn delete_policy(
        &self,
        _ctx: &Self::Context,
        _input: DeletePolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeletePolicy")) }
    }

    /// Handles `DeletePolicyVersion`.
    fn delete_policy_version(
        &self,
        _ctx: &Self::Context,
        _input: DeletePolicyVersionRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeletePolicyVersion")) }
    }

    /// Handles `DeleteRole`.
    fn delete_role(
        &self,
        _ctx: &Self::Context,
        _input: DeleteRoleRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteRole")) }
    }

    /// Handles `DeleteRolePermissionsBoundary`.
    fn delete_role_permissions_boundary(
        &self,
        _ctx: &Self::Context,
        _input: DeleteRolePermissionsBoundaryRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteRolePermissionsBoundary")) }
    }

    /// Handles `DeleteRolePolicy`.
    fn delete_role_policy(
        &self,
        _ctx: &Self::Context,
        _input: DeleteRolePolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteRolePolicy")) }
    }

    /// Handles `DeleteSAMLProvider`.
    fn delete_saml_provider(
        &self,
        _ctx: &Self::Context,
        _input: DeleteSAMLProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteSAMLProvider")) }
    }

    /// Handles `DeleteSSHPublicKey`.
    fn delete_ssh_public_key(
        &self,
        _ctx: &Self::Context,
        _input: DeleteSSHPublicKeyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteSSHPublicKey")) }
    }

    /// Handles `DeleteServerCertificate`.
    fn delete_server_certificate(
        &self,
        _ctx: &Self::Context,
        _input: DeleteServerCertificateRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteServerCertificate")) }
    }

    /// Handles `DeleteServiceLinkedRole`.
    fn delete_service_linked_role(
        &self,
        _ctx: &Self::Context,
        _input: DeleteServiceLinkedRoleRequest,
    ) -> impl Future<Output = Result<DeleteServiceLinkedRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteServiceLinkedRole")) }
    }

    /// Handles `DeleteServiceSpecificCredential`.
    fn delete_service_specific_credential(
        &self,
        _ctx: &Self::Context,
        _input: DeleteServiceSpecificCredentialRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteServiceSpecificCredential")) }
    }

    /// Handles `DeleteSigningCertificate`.
    fn delete_signing_certificate(
        &self,
        _ctx: &Self::Context,
        _input: DeleteSigningCertificateRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteSigningCertificate")) }
    }

    /// Handles `DeleteUser`.
    fn delete_user(
        &self,
        _ctx: &Self::Context,
        _input: DeleteUserRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteUser")) }
    }

    /// Handles `DeleteUserPermissionsBoundary`.
    fn delete_user_permissions_boundary(
        &self,
        _ctx: &Self::Context,
        _input: DeleteUserPermissionsBoundaryRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteUserPermissionsBoundary")) }
    }

    /// Handles `DeleteUserPolicy`.
    fn delete_user_policy(
        &self,
        _ctx: &Self::Context,
        _input: DeleteUserPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteUserPolicy")) }
    }

    /// Handles `DeleteVirtualMFADevice`.
    fn delete_virtual_mfa_device(
        &self,
        _ctx: &Self::Context,
        _input: DeleteVirtualMFADeviceRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteVirtualMFADevice")) }
    }

    /// Handles `DeleteWorkloadIdentityProvider`.
    fn delete_workload_identity_provider(
        &self,
        _ctx: &Self::Context,
        _input: DeleteWorkloadIdentityProviderRequest,
    ) -> impl Future<Output = Result<DeleteWorkloadIdentityProviderResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteWorkloadIdentityProvider")) }
    }

    /// Handles `DeleteWorkloadIdentityProviderOutboundSigner`.
    fn delete_workload_identity_provider_outbound_signer(
        &self,
        _ctx: &Self::Context,
        _input: DeleteWorkloadIdentityProviderOutboundSignerRequest,
    ) -> impl Future<Output = Result<DeleteWorkloadIdentityProviderOutboundSignerResponse, AwsError>>
    + Send {
        async {
            Err(AwsError::not_implemented(
                "DeleteWorkloadIdentityProviderOutboundSigner",
            ))
        }
    }

    /// Handles `DeleteWorkloadIdentityProviderResourcePolicy`.
    fn delete_workload_identity_provider_resource_policy(
        &self,
        _ctx: &Self::Context,
        _input: DeleteWorkloadIdentityProviderResourcePolicyRequest,
    ) -> impl Future<Output = Result<DeleteWorkloadIdentityProviderResourcePolicyResponse, AwsError>>
    + Send {
        async {
            Err(AwsError::not_implemented(
                "DeleteWorkloadIdentityProviderResourcePolicy",
            ))
        }
    }

    /// Handles `DeleteWorkloadIdentityTemplate`.
    fn delete_workload_identity_template(
        &self,
        _ctx: &Self::Context,
        _input: DeleteWorkloadIdentityTemplateRequest,
    ) -> impl Future<Output = Result<DeleteWorkloadIdentityTemplateResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteWorkloadIdentityTemplate")) }
    }

    /// Handles `DeleteWorkloadIdentityTemplateAttestationPolicy`.
    fn delete_workload_identity_template_attestation_policy(
        &self,
        _ctx: &Self::Context,
        _input: DeleteWorkloadIdentityTemplateAttestationPolicyRequest,
    ) -> impl Future<
        Output = Result<DeleteWorkloadIdentityTemplateAttestationPolicyResponse, AwsError>,
    > + Send {
        async {
            Err(AwsError::not_implemented(
                "DeleteWorkloadIdentityTemplateAttestationPolicy",
            ))
        }
    }

    /// Handles `DetachGroupPolicy`.
    fn detach_group_policy(
        &self,
        _ctx: &Self::Context,
        _input: DetachGroupPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DetachGroupPolicy")) }
    }

    /// Handles `DetachRolePolicy`.
    fn detach_role_policy(
        &self,
        _ctx: &Self::Context,
        _input: DetachRolePolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DetachRolePolicy")) }
    }

    /// Handles `DetachUserPolicy`.
    fn detach_user_policy(
        &self,
        _ctx: &Self::Context,
        _input: DetachUserPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DetachUserPolicy")) }
    }

    /// Handles `DisableOrganizationLevelResources`.
    fn disable_organization_level_resources(
        &self,
        _ctx: &Self::Context,
        _input: DisableOrganizationLevelResourcesRequest,
    ) -> impl Future<Output = Result<DisableOrganizationLevelResourcesResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "DisableOrganizationLevelResources",
            ))
        }
    }

    /// Handles `DisableOrganizationsRootCredentialsManagement`.
    fn disable_organizations_root_credentials_management(
        &self,
        _ctx: &Self::Context,
        _input: DisableOrganizationsRootCredentialsManagementRequest,
    ) -> impl Future<
        Output = Result<DisableOrganizationsRootCredentialsManagementResponse, AwsError>,
    > + Send {
        async {
            Err(AwsError::not_implemented(
                "DisableOrganizationsRootCredentialsManagement",
            ))
        }
    }

    /// Handles `DisableOrganizationsRootSessions`.
    fn disable_organizations_root_sessions(
        &self,
        _ctx: &Self::Context,
        _input: DisableOrganizationsRootSessionsRequest,
    ) -> impl Future<Output = Result<DisableOrganizationsRootSessionsResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "DisableOrganizationsRootSessions",
            ))
        }
    }

    /// Handles `DisableOutboundWebIdentityFederation`.
    fn disable_outbound_web_identity_federation(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async {
            Err(AwsError::not_implemented(
                "DisableOutboundWebIdentityFederation",
            ))
        }
    }

    /// Handles `DisableWorkloadIdentityProviderOutboundSigner`.
    fn disable_workload_identity_provider_outbound_signer(
        &self,
        _ctx: &Self::Context,
        _input: DisableWorkloadIdentityProviderOutboundSignerRequest,
    ) -> impl Future<
        Output = Result<DisableWorkloadIdentityProviderOutboundSignerResponse, AwsError>,
    > + Send {
        async {
            Err(AwsError::not_implemented(
                "DisableWorkloadIdentityProviderOutboundSigner",
            ))
        }
    }

    /// Handles `EnableMFADevice`.
    fn enable_mfa_device(
        &self,
        _ctx: &Self::Context,
        _input: EnableMFADeviceRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("EnableMFADevice")) }
    }

    /// Handles `EnableOrganizationLevelResources`.
    fn enable_organization_level_resources(
        &self,
        _ctx: &Self::Context,
        _input: EnableOrganizationLevelResourcesRequest,
    ) -> impl Future<Output = Result<EnableOrganizationLevelResourcesResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "EnableOrganizationLevelResources",
            ))
        }
    }

    /// Handles `EnableOrganizationsRootCredentialsManagement`.
    fn enable_organizations_root_credentials_management(
        &self,
        _ctx: &Self::Context,
        _input: EnableOrganizationsRootCredentialsManagementRequest,
    ) -> impl Future<Output = Result<EnableOrganizationsRootCredentialsManagementResponse, AwsError>>
    + Send {
        async {
            Err(AwsError::not_implemented(
                "EnableOrganizationsRootCredentialsManagement",
            ))
        }
    }

    /// Handles `EnableOrganizationsRootSessions`.
    fn enable_organizations_root_sessions(
        &self,
        _ctx: &Self::Context,
        _input: EnableOrganizationsRootSessionsRequest,
    ) -> impl Future<Output = Result<EnableOrganizationsRootSessionsResponse, AwsError>> + Send
    {
        async { Err(AwsError::not_implemented("EnableOrganizationsRootSessions")) }
    }

    /// Handles `EnableOutboundWebIdentityFederation`.
    fn enable_outbound_web_identity_federation(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<EnableOutboundWebIdentityFederationResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "EnableOutboundWebIdentityFederation",
            ))
        }
    }

    /// Handles `EnableWorkloadIdentityProviderOutboundSigner`.
    fn enable_workload_identity_provider_outbound_signer(
        &self,
        _ctx: &Self::Context,
        _input: EnableWorkloadIdentityProviderOutboundSignerRequest,
    ) -> impl Future<Output = Result<EnableWorkloadIdentityProviderOutboundSignerResponse, AwsError>>
    + Send {
        async {
            Err(AwsError::not_implemented(
                "EnableWorkloadIdentityProviderOutboundSigner",
            ))
        }
    }

    /// Handles `GenerateCredentialReport`.
    fn generate_credential_report(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<GenerateCredentialReportResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GenerateCredentialReport")) }
    }

    /// Handles `GenerateOrganizationsAccessReport`.
    fn generate_organizations_access_report(
        &self,
        _ctx: &Self::Context,
        _input: GenerateOrganizationsAccessReportRequest,
    ) -> impl Future<Output = Result<GenerateOrganizationsAccessReportResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "GenerateOrganizationsAccessReport",
            ))
        }
    }

    /// Handles `GenerateServiceLastAccessedDetails`.
    fn generate_service_last_accessed_details(
        &self,
        _ctx: &Self::Context,
        _input: GenerateServiceLastAccessedDetailsRequest,
    ) -> impl Future<Output = Result<GenerateServiceLastAccessedDetailsResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "GenerateServiceLastAccessedDetails",
            ))
        }
    }

    /// Handles `GetAccessKeyLastUsed`.
    fn get_access_key_last_used(
        &self,
        _ctx: &Self::Context,
        _input: GetAccessKeyLastUsedRequest,
    ) -> impl Future<Output = Result<GetAccessKeyLastUsedResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetAccessKeyLastUsed")) }
    }

    /// Handles `GetAccountAuthorizationDetails`.
    fn get_account_authorization_details(
        &self,
        _ctx: &Self::Context,
        _input: GetAccountAuthorizationDetailsRequest,
    ) -> impl Future<Output = Result<GetAccountAuthorizationDetailsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetAccountAuthorizationDetails")) }
    }

    /// Handles `GetAccountPasswordPolicy`.
    fn get_account_password_policy(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<GetAccountPasswordPolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetAccountPasswordPolicy")) }
    }

    /// Handles `GetAccountProperties`.
    fn get_account_properties(
        &self,
        _ctx: &Self::Context,
        _input: GetAccountPropertiesRequest,
    ) -> impl Future<Output = Result<GetAccountPropertiesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetAccountProperties")) }
    }

    /// Handles `GetAccountSummary`.
    fn get_account_summary(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<GetAccountSummaryResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetAccountSummary")) }
    }

    /// Handles `GetContextKeysForCustomPolicy`.
    fn get_context_keys_for_custom_policy(
        &self,
        _ctx: &Self::Context,
        _input: GetContextKeysForCustomPolicyRequest,
    ) -> impl Future<Output = Result<GetContextKeysForPolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetContextKeysForCustomPolicy")) }
    }

    /// Handles `GetContextKeysForPrincipalPolicy`.
    fn get_context_keys_for_principal_policy(
        &self,
        _ctx: &Self::Context,
        _input: GetContextKeysForPrincipalPolicyRequest,
    ) -> impl Future<Output = Result<GetContextKeysForPolicyResponse, AwsError>> + Send {
        async {
            Err(AwsError::not_implemented(
                "GetContextKeysForPrincipalPolicy",
            ))
        }
    }

    /// Handles `GetCredentialReport`.
    fn get_credential_report(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<GetCredentialReportResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetCredentialReport")) }
    }

    /// Handles `GetDelegationRequest`.
    fn get_delegation_request(
        &self,
        _ctx: &Self::Context,
        _input: GetDelegationRequestRequest,
    ) -> impl Future<Output = Result<GetDelegationRequestResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetDelegationRequest")) }
    }

    /// Handles `GetGroup`.
    fn get_group(
        &self,
        _ctx: &Self::Context,
        _input: GetGroupRequest,
    ) -> impl Future<Output = Result<GetGroupResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetGroup")) }
    }

    /// Handles `GetGroupPolicy`.
    fn get_group_policy(
        &self,
        _ctx: &Self::Context,
        _input: GetGroupPolicyRequest,
    ) -> impl Future<Output = Result<GetGroupPolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetGroupPolicy")) }
    }

    /// Handles `GetHumanReadableSummary`.
    fn get_human_readable_summary(
        &self,
        _ctx: &Self::Context,
        _input: GetHumanReadableSummaryRequest,
    ) -> impl Future<Output = Result<GetHumanReadableSummaryResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetHumanReadableSummary")) }
    }

    /// Handles `GetInstanceProfile`.
    fn get_instance_profile(
        &self,
        _ctx: &Self::Context,
        _input: GetInstanceProfileRequest,
    ) -> impl Future<Output = Result<GetInstanceProfileResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetInstanceProfile")) }
    }

    /// Handles `GetLoginProfile`.
    fn get_login_profile(
        &self,
        _ctx: &Self::Context,
        _input: GetLoginProfileRequest,
    ) -> impl Future<Output = Result<GetLoginProfileResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetLoginProfile")) }
    }

    /// Handles `GetMFADevice`.
    fn get_mfa_device(
        &self,
        _ctx: &Self::Context,
        _input: GetMFADeviceRequest,
    ) -> impl Future<Output = Result<GetMFADeviceResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetMFADevice")) }
    }

    /// Handles `GetOpenIDConnectProvider`.
    fn get_open_id_connect_provider(
        &self,
        _ctx: &Self::Context,
        _input: GetOpenIDConnectProviderRequest,
    ) -> impl Future<Output = Result<GetOpenIDConnectProviderResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetOpenIDConnectProvider")) }
    }

    /// Handles `GetOrganizationsAccessReport`.
    fn get_organizations_access_report(
        &self,
        _ctx: &Self::Context,
        _input: GetOrganizationsAccessReportRequest,
    ) -> impl Future<Output = Result<GetOrganizationsAccessReportResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetOrganizationsAccessReport")) }
    }

    /// Handles `GetOutboundWebIdentityFederationInfo`.
    fn get_outbound_web_identity_federation_info(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<GetOutboundWebIdentityFederationInfoResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "GetOutboundWebIdentityFederationInfo",
            ))
        }
    }

    /// Handles `GetPolicy`.
    fn get_policy(
        &self,
        _ctx: &Self::Context,
        _input: GetPolicyRequest,
    ) -> impl Future<Output = Result<GetPolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetPolicy")) }
    }

    /// Handles `GetPolicyVersion`.
    fn get_policy_version(
        &self,
        _ctx: &Self::Context,
        _input: GetPolicyVersionRequest,
    ) -> impl Future<Output = Result<GetPolicyVersionResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetPolicyVersion")) }
    }

    /// Handles `GetRole`.
    fn get_role(
        &self,
        _ctx: &Self::Context,
        _input: GetRoleRequest,
    ) -> impl Future<Output = Result<GetRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetRole")) }
    }

    /// Handles `GetRolePolicy`.
    fn get_role_policy(
        &self,
        _ctx: &Self::Context,
        _input: GetRolePolicyRequest,
    ) -> impl Future<Output = Result<GetRolePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetRolePolicy")) }
    }

    /// Handles `GetRoleTemplateVersion`.
    fn get_role_template_version(
        &self,
        _ctx: &Self::Context,
        _input: GetRoleTemplateVersionRequest,
    ) -> impl Future<Output = Result<GetRoleTemplateVersionResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetRoleTemplateVersion")) }
    }

    /// Handles `GetSAMLProvider`.
    fn get_saml_provider(
        &self,
        _ctx: &Self::Context,
        _input: GetSAMLProviderRequest,
    ) -> impl Future<Output = Result<GetSAMLProviderResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetSAMLProvider")) }
    }

    /// Handles `GetSSHPublicKey`.
    fn get_ssh_public_key(
        &self,
        _ctx: &Self::Context,
        _input: GetSSHPublicKeyRequest,
    ) -> impl Future<Output = Result<GetSSHPublicKeyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetSSHPublicKey")) }
    }

    /// Handles `GetServerCertificate`.
    fn get_server_certificate(
        &self,
        _ctx: &Self::Context,
        _input: GetServerCertificateRequest,
    ) -> impl Future<Output = Result<GetServerCertificateResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetServerCertificate")) }
    }

    /// Handles `GetServiceLastAccessedDetails`.
    fn get_service_last_accessed_details(
        &self,
        _ctx: &Self::Context,
        _input: GetServiceLastAccessedDetailsRequest,
    ) -> impl Future<Output = Result<GetServiceLastAccessedDetailsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetServiceLastAccessedDetails")) }
    }

    /// Handles `GetServiceLastAccessedDetailsWithEntities`.
    fn get_service_last_accessed_details_with_entities(
        &self,
        _ctx: &Self::Context,
        _input: GetServiceLastAccessedDetailsWithEntitiesRequest,
    ) -> impl Future<Output = Result<GetServiceLastAccessedDetailsWithEntitiesResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "GetServiceLastAccessedDetailsWithEntities",
            ))
        }
    }

    /// Handles `GetServiceLinkedRoleDeletionStatus`.
    fn get_service_linked_role_deletion_status(
        &self,
        _ctx: &Self::Context,
        _input: GetServiceLinkedRoleDeletionStatusRequest,
    ) -> impl Future<Output = Result<GetServiceLinkedRoleDeletionStatusResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "GetServiceLinkedRoleDeletionStatus",
            ))
        }
    }

    /// Handles `GetUser`.
    fn get_user(
        &self,
        _ctx: &Self::Context,
        _input: GetUserRequest,
    ) -> impl Future<Output = Result<GetUserResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetUser")) }
    }

    /// Handles `GetUserPolicy`.
    fn get_user_policy(
        &self,
        _ctx: &Self::Context,
        _input: GetUserPolicyRequest,
    ) -> impl Future<Output = Result<GetUserPolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetUserPolicy")) }
    }

    /// Handles `GetWorkloadIdentityProvider`.
    fn get_workload_identity_provider(
        &self,
        _ctx: &Self::Context,
        _input: GetWorkloadIdentityProviderRequest,
    ) -> impl Future<Output = Result<GetWorkloadIdentityProviderResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetWorkloadIdentityProvider")) }
    }

    /// Handles `GetWorkloadIdentityProviderDeletionStatus`.
    fn get_workload_identity_provider_deletion_status(
        &self,
        _ctx: &Self::Context,
        _input: GetWorkloadIdentityProviderDeletionStatusRequest,
    ) -> impl Future<Output = Result<GetWorkloadIdentityProviderDeletionStatusResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "GetWorkloadIdentityProviderDeletionStatus",
            ))
        }
    }

    /// Handles `GetWorkloadIdentityProviderResourcePolicy`.
    fn get_workload_identity_provider_resource_policy(
        &self,
        _ctx: &Self::Context,
        _input: GetWorkloadIdentityProviderResourcePolicyRequest,
    ) -> impl Future<Output = Result<GetWorkloadIdentityProviderResourcePolicyResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "GetWorkloadIdentityProviderResourcePolicy",
            ))
        }
    }

    /// Handles `GetWorkloadIdentityTemplate`.
    fn get_workload_identity_template(
        &self,
        _ctx: &Self::Context,
        _input: GetWorkloadIdentityTemplateRequest,
    ) -> impl Future<Output = Result<GetWorkloadIdentityTemplateResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetWorkloadIdentityTemplate")) }
    }

    /// Handles `GetWorkloadIdentityTemplateAttestationPolicy`.
    fn get_workload_identity_template_attestation_policy(
        &self,
        _ctx: &Self::Context,
        _input: GetWorkloadIdentityTemplateAttestationPolicyRequest,
    ) -> impl Future<Output = Result<GetWorkloadIdentityTemplateAttestationPolicyResponse, AwsError>>
    + Send {
        async {
            Err(AwsError::not_implemented(
                "GetWorkloadIdentityTemplateAttestationPolicy",
            ))
        }
    }

    /// Handles `ListAccessKeys`.
    fn list_access_keys(
        &self,
        _ctx: &Self::Context,
        _input: ListAccessKeysRequest,
    ) -> impl Future<Output = Result<ListAccessKeysResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListAccessKeys")) }
    }

    /// Handles `ListAccountAliases`.
    fn list_account_aliases(
        &self,
        _ctx: &Self::Context,
        _input: ListAccountAliasesRequest,
    ) -> impl Future<Output = Result<ListAccountAliasesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListAccountAliases")) }
    }

    /// Handles `ListAttachedGroupPolicies`.
    fn list_attached_group_policies(
        &self,
        _ctx: &Self::Context,
        _input: ListAttachedGroupPoliciesRequest,
    ) -> impl Future<Output = Result<ListAttachedGroupPoliciesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListAttachedGroupPolicies")) }
    }

    /// Handles `ListAttachedRolePolicies`.
    fn list_attached_role_policies(
        &self,
        _ctx: &Self::Context,
        _input: ListAttachedRolePoliciesRequest,
    ) -> impl Future<Output = Result<ListAttachedRolePoliciesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListAttachedRolePolicies")) }
    }

    /// Handles `ListAttachedUserPolicies`.
    fn list_attached_user_policies(
        &self,
        _ctx: &Self::Context,
        _input: ListAttachedUserPoliciesRequest,
    ) -> impl Future<Output = Result<ListAttachedUserPoliciesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListAttachedUserPolicies")) }
    }

    /// Handles `ListDelegationRequests`.
    fn list_delegation_requests(
        &self,
        _ctx: &Self::Context,
        _input: ListDelegationRequestsRequest,
    ) -> impl Future<Output = Result<ListDelegationRequestsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListDelegationRequests")) }
    }

    /// Handles `ListEntitiesForPolicy`.
    fn list_entities_for_policy(
        &self,
        _ctx: &Self::Context,
        _input: ListEntitiesForPolicyRequest,
    ) -> impl Future<Output = Result<ListEntitiesForPolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListEntitiesForPolicy")) }
    }

    /// Handles `ListGroupPolicies`.
    fn list_group_policies(
        &self,
        _ctx: &Self::Context,
        _input: ListGroupPoliciesRequest,
    ) -> impl Future<Output = Result<ListGroupPoliciesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListGroupPolicies")) }
    }

    /// Handles `ListGroups`.
    fn list_groups(
        &self,
        _ctx: &Self::Context,
        _input: ListGroupsRequest,
    ) -> impl Future<Output = Result<ListGroupsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListGroups")) }
    }

    /// Handles `ListGroupsForUser`.
    fn list_groups_for_user(
        &self,
        _ctx: &Self::Context,
        _input: ListGroupsForUserRequest,
    ) -> impl Future<Output = Result<ListGroupsForUserResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListGroupsForUser")) }
    }

    /// Handles `ListInstanceProfileTags`.
    fn list_instance_profile_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListInstanceProfileTagsRequest,
    ) -> impl Future<Output = Result<ListInstanceProfileTagsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListInstanceProfileTags")) }
    }

    /// Handles `ListInstanceProfiles`.
    fn list_instance_profiles(
        &self,
        _ctx: &Self::Context,
        _input: ListInstanceProfilesRequest,
    ) -> impl Future<Output = Result<ListInstanceProfilesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListInstanceProfiles")) }
    }

    /// Handles `ListInstanceProfilesForRole`.
    fn list_instance_profiles_for_role(
        &self,
        _ctx: &Self::Context,
        _input: ListInstanceProfilesForRoleRequest,
    ) -> impl Future<Output = Result<ListInstanceProfilesForRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListInstanceProfilesForRole")) }
    }

    /// Handles `ListMFADeviceTags`.
    fn list_mfa_device_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListMFADeviceTagsRequest,
    ) -> impl Future<Output = Result<ListMFADeviceTagsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListMFADeviceTags")) }
    }

    /// Handles `ListMFADevices`.
    fn list_mfa_devices(
        &self,
        _ctx: &Self::Context,
        _input: ListMFADevicesRequest,
    ) -> impl Future<Output = Result<ListMFADevicesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListMFADevices")) }
    }

    /// Handles `ListOpenIDConnectProviderTags`.
    fn list_open_id_connect_provider_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListOpenIDConnectProviderTagsRequest,
    ) -> impl Future<Output = Result<ListOpenIDConnectProviderTagsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListOpenIDConnectProviderTags")) }
    }

    /// Handles `ListOpenIDConnectProviders`.
    fn list_open_id_connect_providers(
        &self,
        _ctx: &Self::Context,
        _input: ListOpenIDConnectProvidersRequest,
    ) -> impl Future<Output = Result<ListOpenIDConnectProvidersResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListOpenIDConnectProviders")) }
    }

    /// Handles `ListOrganizationsFeatures`.
    fn list_organizations_features(
        &self,
        _ctx: &Self::Context,
        _input: ListOrganizationsFeaturesRequest,
    ) -> impl Future<Output = Result<ListOrganizationsFeaturesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListOrganizationsFeatures")) }
    }

    /// Handles `ListPolicies`.
    fn list_policies(
        &self,
        _ctx: &Self::Context,
        _input: ListPoliciesRequest,
    ) -> impl Future<Output = Result<ListPoliciesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListPolicies")) }
    }

    /// Handles `ListPoliciesGrantingServiceAccess`.
    fn list_policies_granting_service_access(
        &self,
        _ctx: &Self::Context,
        _input: ListPoliciesGrantingServiceAccessRequest,
    ) -> impl Future<Output = Result<ListPoliciesGrantingServiceAccessResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListPoliciesGrantingServiceAccess",
            ))
        }
    }

    /// Handles `ListPolicyTags`.
    fn list_policy_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListPolicyTagsRequest,
    ) -> impl Future<Output = Result<ListPolicyTagsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListPolicyTags")) }
    }

    /// Handles `ListPolicyVersions`.
    fn list_policy_versions(
        &self,
        _ctx: &Self::Context,
        _input: ListPolicyVersionsRequest,
    ) -> impl Future<Output = Result<ListPolicyVersionsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListPolicyVersions")) }
    }

    /// Handles `ListRolePolicies`.
    fn list_role_policies(
        &self,
        _ctx: &Self::Context,
        _input: ListRolePoliciesRequest,
    ) -> impl Future<Output = Result<ListRolePoliciesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListRolePolicies")) }
    }

    /// Handles `ListRoleTags`.
    fn list_role_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListRoleTagsRequest,
    ) -> impl Future<Output = Result<ListRoleTagsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListRoleTags")) }
    }

    /// Handles `ListRoles`.
    fn list_roles(
        &self,
        _ctx: &Self::Context,
        _input: ListRolesRequest,
    ) -> impl Future<Output = Result<ListRolesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListRoles")) }
    }

    /// Handles `ListSAMLProviderTags`.
    fn list_saml_provider_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListSAMLProviderTagsRequest,
    ) -> impl Future<Output = Result<ListSAMLProviderTagsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListSAMLProviderTags")) }
    }

    /// Handles `ListSAMLProviders`.
    fn list_saml_providers(
        &self,
        _ctx: &Self::Context,
        _input: ListSAMLProvidersRequest,
    ) -> impl Future<Output = Result<ListSAMLProvidersResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListSAMLProviders")) }
    }

    /// Handles `ListSSHPublicKeys`.
    fn list_ssh_public_keys(
        &self,
        _ctx: &Self::Context,
        _input: ListSSHPublicKeysRequest,
    ) -> impl Future<Output = Result<ListSSHPublicKeysResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListSSHPublicKeys")) }
    }

    /// Handles `ListServerCertificateTags`.
    fn list_server_certificate_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListServerCertificateTagsRequest,
    ) -> impl Future<Output = Result<ListServerCertificateTagsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListServerCertificateTags")) }
    }

    /// Handles `ListServerCertificates`.
    fn list_server_certificates(
        &self,
        _ctx: &Self::Context,
        _input: ListServerCertificatesRequest,
    ) -> impl Future<Output = Result<ListServerCertificatesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListServerCertificates")) }
    }

    /// Handles `ListServiceSpecificCredentials`.
    fn list_service_specific_credentials(
        &self,
        _ctx: &Self::Context,
        _input: ListServiceSpecificCredentialsRequest,
    ) -> impl Future<Output = Result<ListServiceSpecificCredentialsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListServiceSpecificCredentials")) }
    }

    /// Handles `ListSigningCertificates`.
    fn list_signing_certificates(
        &self,
        _ctx: &Self::Context,
        _input: ListSigningCertificatesRequest,
    ) -> impl Future<Output = Result<ListSigningCertificatesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListSigningCertificates")) }
    }

    /// Handles `ListUserPolicies`.
    fn list_user_policies(
        &self,
        _ctx: &Self::Context,
        _input: ListUserPoliciesRequest,
    ) -> impl Future<Output = Result<ListUserPoliciesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListUserPolicies")) }
    }

    /// Handles `ListUserTags`.
    fn list_user_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListUserTagsRequest,
    ) -> impl Future<Output = Result<ListUserTagsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListUserTags")) }
    }

    /// Handles `ListUsers`.
    fn list_users(
        &self,
        _ctx: &Self::Context,
        _input: ListUsersRequest,
    ) -> impl Future<Output = Result<ListUsersResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListUsers")) }
    }

    /// Handles `ListVirtualMFADevices`.
    fn list_virtual_mfa_devices(
        &self,
        _ctx: &Self::Context,
        _input: ListVirtualMFADevicesRequest,
    ) -> impl Future<Output = Result<ListVirtualMFADevicesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListVirtualMFADevices")) }
    }

    /// Handles `ListWorkloadIdentityProviderOutboundSigners`.
    fn list_workload_identity_provider_outbound_signers(
        &self,
        _ctx: &Self::Context,
        _input: ListWorkloadIdentityProviderOutboundSignersRequest,
    ) -> impl Future<Output = Result<ListWorkloadIdentityProviderOutboundSignersResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListWorkloadIdentityProviderOutboundSigners",
            ))
        }
    }

    /// Handles `ListWorkloadIdentityProviderTags`.
    fn list_workload_identity_provider_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListWorkloadIdentityProviderTagsRequest,
    ) -> impl Future<Output = Result<ListWorkloadIdentityProviderTagsResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListWorkloadIdentityProviderTags",
            ))
        }
    }

    /// Handles `ListWorkloadIdentityProviders`.
    fn list_workload_identity_providers(
        &self,
        _ctx: &Self::Context,
        _input: ListWorkloadIdentityProvidersRequest,
    ) -> impl Future<Output = Result<ListWorkloadIdentityProvidersResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListWorkloadIdentityProviders")) }
    }

    /// Handles `ListWorkloadIdentityTemplateTags`.
    fn list_workload_identity_template_tags(
        &self,
        _ctx: &Self::Context,
        _input: ListWorkloadIdentityTemplateTagsRequest,
    ) -> impl Future<Output = Result<ListWorkloadIdentityTemplateTagsResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListWorkloadIdentityTemplateTags",
            ))
        }
    }

    /// Handles `ListWorkloadIdentityTemplates`.
    fn list_workload_identity_templates(
        &self,
        _ctx: &Self::Context,
        _input: ListWorkloadIdentityTemplatesRequest,
    ) -> impl Future<Output = Result<ListWorkloadIdentityTemplatesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListWorkloadIdentityTemplates")) }
    }

    /// Handles `PutAccountProperties`.
    fn put_account_properties(
        &self,
        _ctx: &Self::Context,
        _input: PutAccountPropertiesRequest,
    ) -> impl Future<Output = Result<PutAccountPropertiesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("PutAccountProperties")) }
    }

    /// Handles `PutGroupPolicy`.
    fn put_group_policy(
        &self,
        _ctx: &Self::Context,
        _input: PutGroupPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("PutGroupPolicy")) }
    }

    /// Handles `PutRolePermissionsBoundary`.
    fn put_role_permissions_boundary(
        &self,
        _ctx: &Self::Context,
        _input: PutRolePermissionsBoundaryRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("PutRolePermissionsBoundary")) }
    }

    /// Handles `PutRolePolicy`.
    fn put_role_policy(
        &self,
        _ctx: &Self::Context,
        _input: PutRolePolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("PutRolePolicy")) }
    }

    /// Handles `PutUserPermissionsBoundary`.
    fn put_user_permissions_boundary(
        &self,
        _ctx: &Self::Context,
        _input: PutUserPermissionsBoundaryRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("PutUserPermissionsBoundary")) }
    }

    /// Handles `PutUserPolicy`.
    fn put_user_policy(
        &self,
        _ctx: &Self::Context,
        _input: PutUserPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("PutUserPolicy")) }
    }

    /// Handles `PutWorkloadIdentityProviderResourcePolicy`.
    fn put_workload_identity_provider_resource_policy(
        &self,
        _ctx: &Self::Context,
        _input: PutWorkloadIdentityProviderResourcePolicyRequest,
    ) -> impl Future<Output = Result<PutWorkloadIdentityProviderResourcePolicyResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "PutWorkloadIdentityProviderResourcePolicy",
            ))
        }
    }

    /// Handles `PutWorkloadIdentityTemplateAttestationPolicy`.
    fn put_workload_identity_template_attestation_policy(
        &self,
        _ctx: &Self::Context,
        _input: PutWorkloadIdentityTemplateAttestationPolicyRequest,
    ) -> impl Future<Output = Result<PutWorkloadIdentityTemplateAttestationPolicyResponse, AwsError>>
    + Send {
        async {
            Err(AwsError::not_implemented(
                "PutWorkloadIdentityTemplateAttestationPolicy",
            ))
        }
    }

    /// Handles `RejectDelegationRequest`.
    fn reject_delegation_request(
        &self,
        _ctx: &Self::Context,
        _input: RejectDelegationRequestRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("RejectDelegationRequest")) }
    }

    /// Handles `RemoveClientIDFromOpenIDConnectProvider`.
    fn remove_client_id_from_open_id_connect_provider(
        &self,
        _ctx: &Self::Context,
        _input: RemoveClientIDFromOpenIDConnectProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async {
            Err(AwsError::not_implemented(
                "RemoveClientIDFromOpenIDConnectProvider",
            ))
        }
    }

    /// Handles `RemoveRoleFromInstanceProfile`.
    fn remove_role_from_instance_profile(
        &self,
        _ctx: &Self::Context,
        _input: RemoveRoleFromInstanceProfileRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("RemoveRoleFromInstanceProfile")) }
    }

    /// Handles `RemoveUserFromGroup`.
    fn remove_user_from_group(
        &self,
        _ctx: &Self::Context,
        _input: RemoveUserFromGroupRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("RemoveUserFromGroup")) }
    }

    /// Handles `ResetServiceSpecificCredential`.
    fn reset_service_specific_credential(
        &self,
        _ctx: &Self::Context,
        _input: ResetServiceSpecificCredentialRequest,
    ) -> impl Future<Output = Result<ResetServiceSpecificCredentialResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ResetServiceSpecificCredential")) }
    }

    /// Handles `ResyncMFADevice`.
    fn resync_mfa_device(
        &self,
        _ctx: &Self::Context,
        _input: ResyncMFADeviceRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("ResyncMFADevice")) }
    }

    /// Handles `SendDelegationToken`.
    fn send_delegation_token(
        &self,
        _ctx: &Self::Context,
        _input: SendDelegationTokenRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("SendDelegationToken")) }
    }

    /// Handles `SetDefaultPolicyVersion`.
    fn set_default_policy_version(
        &self,
        _ctx: &Self::Context,
        _input: SetDefaultPolicyVersionRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("SetDefaultPolicyVersion")) }
    }

    /// Handles `SetSecurityTokenServicePreferences`.
    fn set_security_token_service_preferences(
        &self,
        _ctx: &Self::Context,
        _input: SetSecurityTokenServicePreferencesRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async {
            Err(AwsError::not_implemented(
                "SetSecurityTokenServicePreferences",
            ))
        }
    }

    /// Handles `SimulateCustomPolicy`.
    fn simulate_custom_policy(
        &self,
        _ctx: &Self::Context,
        _input: SimulateCustomPolicyRequest,
    ) -> impl Future<Output = Result<SimulatePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("SimulateCustomPolicy")) }
    }

    /// Handles `SimulatePrincipalPolicy`.
    fn simulate_principal_policy(
        &self,
        _ctx: &Self::Context,
        _input: SimulatePrincipalPolicyRequest,
    ) -> impl Future<Output = Result<SimulatePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("SimulatePrincipalPolicy")) }
    }

    /// Handles `TagInstanceProfile`.
    fn tag_instance_profile(
        &self,
        _ctx: &Self::Context,
        _input: TagInstanceProfileRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagInstanceProfile")) }
    }

    /// Handles `TagMFADevice`.
    fn tag_mfa_device(
        &self,
        _ctx: &Self::Context,
        _input: TagMFADeviceRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagMFADevice")) }
    }

    /// Handles `TagOpenIDConnectProvider`.
    fn tag_open_id_connect_provider(
        &self,
        _ctx: &Self::Context,
        _input: TagOpenIDConnectProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagOpenIDConnectProvider")) }
    }

    /// Handles `TagPolicy`.
    fn tag_policy(
        &self,
        _ctx: &Self::Context,
        _input: TagPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagPolicy")) }
    }

    /// Handles `TagRole`.
    fn tag_role(
        &self,
        _ctx: &Self::Context,
        _input: TagRoleRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagRole")) }
    }

    /// Handles `TagSAMLProvider`.
    fn tag_saml_provider(
        &self,
        _ctx: &Self::Context,
        _input: TagSAMLProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagSAMLProvider")) }
    }

    /// Handles `TagServerCertificate`.
    fn tag_server_certificate(
        &self,
        _ctx: &Self::Context,
        _input: TagServerCertificateRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagServerCertificate")) }
    }

    /// Handles `TagUser`.
    fn tag_user(
        &self,
        _ctx: &Self::Context,
        _input: TagUserRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagUser")) }
    }

    /// Handles `TagWorkloadIdentityProvider`.
    fn tag_workload_identity_provider(
        &self,
        _ctx: &Self::Context,
        _input: TagWorkloadIdentityProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagWorkloadIdentityProvider")) }
    }

    /// Handles `TagWorkloadIdentityTemplate`.
    fn tag_workload_identity_template(
        &self,
        _ctx: &Self::Context,
        _input: TagWorkloadIdentityTemplateRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagWorkloadIdentityTemplate")) }
    }

    /// Handles `UntagInstanceProfile`.
    fn untag_instance_profile(
        &self,
        _ctx: &Self::Context,
        _input: UntagInstanceProfileRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagInstanceProfile")) }
    }

    /// Handles `UntagMFADevice`.
    fn untag_mfa_device(
        &self,
        _ctx: &Self::Context,
        _input: UntagMFADeviceRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagMFADevice")) }
    }

    /// Handles `UntagOpenIDConnectProvider`.
    fn untag_open_id_connect_provider(
        &self,
        _ctx: &Self::Context,
        _input: UntagOpenIDConnectProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagOpenIDConnectProvider")) }
    }

    /// Handles `UntagPolicy`.
    fn untag_policy(
        &self,
        _ctx: &Self::Context,
        _input: UntagPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagPolicy")) }
    }

    /// Handles `UntagRole`.
    fn untag_role(
        &self,
        _ctx: &Self::Context,
        _input: UntagRoleRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagRole")) }
    }

    /// Handles `UntagSAMLProvider`.
    fn untag_saml_provider(
        &self,
        _ctx: &Self::Context,
        _input: UntagSAMLProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagSAMLProvider")) }
    }

    /// Handles `UntagServerCertificate`.
    fn untag_server_certificate(
        &self,
        _ctx: &Self::Context,
        _input: UntagServerCertificateRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagServerCertificate")) }
    }

    /// Handles `UntagUser`.
    fn untag_user(
        &self,
        _ctx: &Self::Context,
        _input: UntagUserRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagUser")) }
    }

    /// Handles `UntagWorkloadIdentityProvider`.
    fn untag_workload_identity_provider(
        &self,
        _ctx: &Self::Context,
        _input: UntagWorkloadIdentityProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagWorkloadIdentityProvider")) }
    }

    /// Handles `UntagWorkloadIdentityTemplate`.
    fn untag_workload_identity_template(
        &self,
        _ctx: &Self::Context,
        _input: UntagWorkloadIdentityTemplateRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagWorkloadIdentityTemplate")) }
    }

    /// Handles `UpdateAccessKey`.
    fn update_access_key(
        &self,
        _ctx: &Self::Context,
        _input: UpdateAccessKeyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateAccessKey")) }
    }

    /// Handles `UpdateAccountPasswordPolicy`.
    fn update_account_password_policy(
        &self,
        _ctx: &Self::Context,
        _input: UpdateAccountPasswordPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateAccountPasswordPolicy")) }
    }

    /// Handles `UpdateAssumeRolePolicy`.
    fn update_assume_role_policy(
        &self,
        _ctx: &Self::Context,
        _input: UpdateAssumeRolePolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateAssumeRolePolicy")) }
    }

    /// Handles `UpdateDelegationRequest`.
    fn update_delegation_request(
        &self,
        _ctx: &Self::Context,
        _input: UpdateDelegationRequestRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateDelegationRequest")) }
    }

    /// Handles `UpdateGroup`.
    fn update_group(
        &self,
        _ctx: &Self::Context,
        _input: UpdateGroupRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateGroup")) }
    }

    /// Handles `UpdateLoginProfile`.
    fn update_login_profile(
        &self,
        _ctx: &Self::Context,
        _input: UpdateLoginProfileRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateLoginProfile")) }
    }

    /// Handles `UpdateOpenIDConnectProvider`.
    fn update_open_id_connect_provider(
        &self,
        _ctx: &Self::Context,
        _input: UpdateOpenIDConnectProviderRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateOpenIDConnectProvider")) }
    }

    /// Handles `UpdateOpenIDConnectProviderThumbprint`.
    fn update_open_id_connect_provider_thumbprint(
        &self,
        _ctx: &Self::Context,
        _input: UpdateOpenIDConnectProviderThumbprintRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async {
            Err(AwsError::not_implemented(
                "UpdateOpenIDConnectProviderThumbprint",
            ))
        }
    }

    /// Handles `UpdateRole`.
    fn update_role(
        &self,
        _ctx: &Self::Context,
        _input: UpdateRoleRequest,
    ) -> impl Future<Output = Result<UpdateRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateRole")) }
    }

    /// Handles `UpdateRoleDescription`.
    fn update_role_description(
        &self,
        _ctx: &Self::Context,
        _input: UpdateRoleDescriptionRequest,
    ) -> impl Future<Output = Result<UpdateRoleDescriptionResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateRoleDescription")) }
    }

    /// Handles `UpdateSAMLProvider`.
    fn update_saml_provider(
        &self,
        _ctx: &Self::Context,
        _input: UpdateSAMLProviderRequest,
    ) -> impl Future<Output = Result<UpdateSAMLProviderResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateSAMLProvider")) }
    }

    /// Handles `UpdateSSHPublicKey`.
    fn update_ssh_public_key(
        &self,
        _ctx: &Self::Context,
        _input: UpdateSSHPublicKeyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateSSHPublicKey")) }
    }

    /// Handles `UpdateServerCertificate`.
    fn update_server_certificate(
        &self,
        _ctx: &Self::Context,
        _input: UpdateServerCertificateRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateServerCertificate")) }
    }

    /// Handles `UpdateServiceSpecificCredential`.
    fn update_service_specific_credential(
        &self,
        _ctx: &Self::Context,
        _input: UpdateServiceSpecificCredentialRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateServiceSpecificCredential")) }
    }

    /// Handles `UpdateSigningCertificate`.
    fn update_signing_certificate(
        &self,
        _ctx: &Self::Context,
        _input: UpdateSigningCertificateRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateSigningCertificate")) }
    }

    /// Handles `UpdateUser`.
    fn update_user(
        &self,
        _ctx: &Self::Context,
        _input: UpdateUserRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateUser")) }
    }

    /// Handles `UpdateWorkloadIdentityProviderOutboundSigner`.
    fn update_workload_identity_provider_outbound_signer(
        &self,
        _ctx: &Self::Context,
        _input: UpdateWorkloadIdentityProviderOutboundSignerRequest,
    ) -> impl Future<Output = Result<UpdateWorkloadIdentityProviderOutboundSignerResponse, AwsError>>
    + Send {
        async {
            Err(AwsError::not_implemented(
                "UpdateWorkloadIdentityProviderOutboundSigner",
            ))
        }
    }

    /// Handles `UploadSSHPublicKey`.
    fn upload_ssh_public_key(
        &self,
        _ctx: &Self::Context,
        _input: UploadSSHPublicKeyRequest,
    ) -> impl Future<Output = Result<UploadSSHPublicKeyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UploadSSHPublicKey")) }
    }

    /// Handles `UploadServerCertificate`.
    fn upload_server_certificate(
        &self,
        _ctx: &Self::Context,
        _input: UploadServerCertificateRequest,
    ) -> impl Future<Output = Result<UploadServerCertificateResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UploadServerCertificate")) }
    }

    /// Handles `UploadSigningCertificate`.
    fn upload_signing_certificate(
        &self,
        _ctx: &Self::Context,
        _input: UploadSigningCertificateRequest,
    ) -> impl Future<Output = Result<UploadSigningCertificateResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UploadSigningCertificate")) }
    }
}

/// Decodes and validates the input for the request's action, calls the handler and encodes
/// its output in the success envelope (always XML: IAM has no JSON mode).
pub async fn dispatch<H: IamApi>(
    handler: &H,
    ctx: &H::Context,
    params: &QueryParams,
    request_id: &str,
    _format: ResponseFormat,
) -> Result<Encoded, AwsError> {
    match Api::Iam.action(params)? {
        "AcceptDelegationRequest" => {
            let input = decode_input(params, AcceptDelegationRequestRequest::decode_members)?;
            handler.accept_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "AcceptDelegationRequest",
                request_id,
                None,
            ))
        }
        "AcquireRole" => {
            let input = decode_input(params, AcquireRoleRequest::decode_members)?;
            let output = handler.acquire_role(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "AcquireRole",
                request_id,
                Some(&output),
            ))
        }
        "AddClientIDToOpenIDConnectProvider" => {
            let input = decode_input(
                params,
                AddClientIDToOpenIDConnectProviderRequest::decode_members,
            )?;
            handler
                .add_client_id_to_open_id_connect_provider(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "AddClientIDToOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "AddRoleToInstanceProfile" => {
            let input = decode_input(params, AddRoleToInstanceProfileRequest::decode_members)?;
            handler.add_role_to_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "AddRoleToInstanceProfile",
                request_id,
                None,
            ))
        }
        "AddUserToGroup" => {
            let input = decode_input(params, AddUserToGroupRequest::decode_members)?;
            handler.add_user_to_group(ctx, input).await?;
            Ok(xml_response(Api::Iam, "AddUserToGroup", request_id, None))
        }
        "AssociateDelegationRequest" => {
            let input = decode_input(params, AssociateDelegationRequestRequest::decode_members)?;
            handler.associate_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "AssociateDelegationRequest",
                request_id,
                None,
            ))
        }
        "AttachGroupPolicy" => {
            let input = decode_input(params, AttachGroupPolicyRequest::decode_members)?;
            handler.attach_group_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "AttachGroupPolicy",
                request_id,
                None,
            ))
        }
        "AttachRolePolicy" => {
            let input = decode_input(params, AttachRolePolicyRequest::decode_members)?;
            handler.attach_role_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "AttachRolePolicy", request_id, None))
        }
        "AttachUserPolicy" => {
            let input = decode_input(params, AttachUserPolicyRequest::decode_members)?;
            handler.attach_user_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "AttachUserPolicy", request_id, None))
        }
        "ChangePassword" => {
            let input = decode_input(params, ChangePasswordRequest::decode_members)?;
            handler.change_password(ctx, input).await?;
            Ok(xml_response(Api::Iam, "ChangePassword", request_id, None))
        }
        "CreateAccessKey" => {
            let input = decode_input(params, CreateAccessKeyRequest::decode_members)?;
            let output = handler.create_access_key(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateAccessKey",
                request_id,
                Some(&output),
            ))
        }
        "CreateAccountAlias" => {
            let input = decode_input(params, CreateAccountAliasRequest::decode_members)?;
            handler.create_account_alias(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateAccountAlias",
                request_id,
                None,
            ))
        }
        "CreateDelegationRequest" => {
            let input = decode_input(params, CreateDelegationRequestRequest::decode_members)?;
            let output = handler.create_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateDelegationRequest",
                request_id,
                Some(&output),
            ))
        }
        "CreateGroup" => {
            let input = decode_input(params, CreateGroupRequest::decode_members)?;
            let output = handler.create_group(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateGroup",
                request_id,
                Some(&output),
            ))
        }
        "CreateInstanceProfile" => {
            let input = decode_input(params, CreateInstanceProfileRequest::decode_members)?;
            let output = handler.create_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateInstanceProfile",
                request_id,
                Some(&output),
            ))
        }
        "CreateLoginProfile" => {
            let input = decode_input(params, CreateLoginProfileRequest::decode_members)?;
            let output = handler.create_login_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateLoginProfile",
                request_id,
                Some(&output),
            ))
        }
        "CreateOpenIDConnectProvider" => {
            let input = decode_input(params, CreateOpenIDConnectProviderRequest::decode_members)?;
            let output = handler.create_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateOpenIDConnectProvider",
                request_id,
                Some(&output),
            ))
        }
        "CreatePolicy" => {
            let input = decode_input(params, CreatePolicyRequest::decode_members)?;
            let output = handler.create_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreatePolicy",
                request_id,
                Some(&output),
            ))
        }
        "CreatePolicyVersion" => {
            let input = decode_input(params, CreatePolicyVersionRequest::decode_members)?;
            let output = handler.create_policy_version(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreatePolicyVersion",
                request_id,
                Some(&output),
            ))
        }
        "CreateRole" => {
            let input = decode_input(params, CreateRoleRequest::decode_members)?;
            let output = handler.create_role(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateRole",
                request_id,
                Some(&output),
            ))
        }
        "CreateSAMLProvider" => {
            let input = decode_input(params, CreateSAMLProviderRequest::decode_members)?;
            let output = handler.create_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateSAMLProvider",
                request_id,
                Some(&output),
            ))
        }
        "CreateServiceLinkedRole" => {
            let input = decode_input(params, CreateServiceLinkedRoleRequest::decode_members)?;
            let output = handler.create_service_linked_role(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateServiceLinkedRole",
                request_id,
                Some(&output),
            ))
        }
        "CreateServiceSpecificCredential" => {
            let input = decode_input(
                params,
                CreateServiceSpecificCredentialRequest::decode_members,
            )?;
            let output = handler
                .create_service_specific_credential(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "CreateServiceSpecificCredential",
                request_id,
                Some(&output),
            ))
        }
        "CreateUser" => {
            let input = decode_input(params, CreateUserRequest::decode_members)?;
            let output = handler.create_user(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateUser",
                request_id,
                Some(&output),
            ))
        }
        "CreateVirtualMFADevice" => {
            let input = decode_input(params, CreateVirtualMFADeviceRequest::decode_members)?;
            let output = handler.create_virtual_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "CreateVirtualMFADevice",
                request_id,
                Some(&output),
            ))
        }
        "CreateWorkloadIdentityProvider" => {
            let input = decode_input(
                params,
                CreateWorkloadIdentityProviderRequest::decode_members,
            )?;
            let output = handler
                .create_workload_identity_provider(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "CreateWorkloadIdentityProvider",
                request_id,
                Some(&output),
            ))
        }
        "CreateWorkloadIdentityProviderOutboundSigner" => {
            let input = decode_input(
                params,
                CreateWorkloadIdentityProviderOutboundSignerRequest::decode_members,
            )?;
            let output = handler
                .create_workload_identity_provider_outbound_signer(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "CreateWorkloadIdentityProviderOutboundSigner",
                request_id,
                Some(&output),
            ))
        }
        "CreateWorkloadIdentityTemplate" => {
            let input = decode_input(
                params,
                CreateWorkloadIdentityTemplateRequest::decode_members,
            )?;
            let output = handler
                .create_workload_identity_template(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "CreateWorkloadIdentityTemplate",
                request_id,
                Some(&output),
            ))
        }
        "DeactivateMFADevice" => {
            let input = decode_input(params, DeactivateMFADeviceRequest::decode_members)?;
            handler.deactivate_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeactivateMFADevice",
                request_id,
                None,
            ))
        }
        "DeleteAccessKey" => {
            let input = decode_input(params, DeleteAccessKeyRequest::decode_members)?;
            handler.delete_access_key(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DeleteAccessKey", request_id, None))
        }
        "DeleteAccountAlias" => {
            let input = decode_input(params, DeleteAccountAliasRequest::decode_members)?;
            handler.delete_account_alias(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteAccountAlias",
                request_id,
                None,
            ))
        }
        "DeleteAccountPasswordPolicy" => {
            handler.delete_account_password_policy(ctx).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteAccountPasswordPolicy",
                request_id,
                None,
            ))
        }
        "DeleteGroup" => {
            let input = decode_input(params, DeleteGroupRequest::decode_members)?;
            handler.delete_group(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DeleteGroup", request_id, None))
        }
        "DeleteGroupPolicy" => {
            let input = decode_input(params, DeleteGroupPolicyRequest::decode_members)?;
            handler.delete_group_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteGroupPolicy",
                request_id,
                None,
            ))
        }
        "DeleteInstanceProfile" => {
            let input = decode_input(params, DeleteInstanceProfileRequest::decode_members)?;
            handler.delete_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteInstanceProfile",
                request_id,
                None,
            ))
        }
        "DeleteLoginProfile" => {
            let input = decode_input(params, DeleteLoginProfileRequest::decode_members)?;
            handler.delete_login_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteLoginProfile",
                request_id,
                None,
            ))
        }
        "DeleteOpenIDConnectProvider" => {
            let input = decode_input(params, DeleteOpenIDConnectProviderRequest::decode_members)?;
            handler.delete_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "DeletePolicy" => {
            let input = decode_input(params, DeletePolicyRequest::decode_members)?;
            handler.delete_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DeletePolicy", request_id, None))
        }
        "DeletePolicyVersion" => {
            let input = decode_input(params, DeletePolicyVersionRequest::decode_members)?;
            handler.delete_policy_version(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeletePolicyVersion",
                request_id,
                None,
            ))
        }
        "DeleteRole" => {
            let input = decode_input(params, DeleteRoleRequest::decode_members)?;
            handler.delete_role(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DeleteRole", request_id, None))
        }
        "DeleteRolePermissionsBoundary" => {
            let input = decode_input(params, DeleteRolePermissionsBoundaryRequest::decode_members)?;
            handler.delete_role_permissions_boundary(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteRolePermissionsBoundary",
                request_id,
                None,
            ))
        }
        "DeleteRolePolicy" => {
            let input = decode_input(params, DeleteRolePolicyRequest::decode_members)?;
            handler.delete_role_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DeleteRolePolicy", request_id, None))
        }
        "DeleteSAMLProvider" => {
            let input = decode_input(params, DeleteSAMLProviderRequest::decode_members)?;
            handler.delete_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteSAMLProvider",
                request_id,
                None,
            ))
        }
        "DeleteSSHPublicKey" => {
            let input = decode_input(params, DeleteSSHPublicKeyRequest::decode_members)?;
            handler.delete_ssh_public_key(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteSSHPublicKey",
                request_id,
                None,
            ))
        }
        "DeleteServerCertificate" => {
            let input = decode_input(params, DeleteServerCertificateRequest::decode_members)?;
            handler.delete_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteServerCertificate",
                request_id,
                None,
            ))
        }
        "DeleteServiceLinkedRole" => {
            let input = decode_input(params, DeleteServiceLinkedRoleRequest::decode_members)?;
            let output = handler.delete_service_linked_role(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteServiceLinkedRole",
                request_id,
                Some(&output),
            ))
        }
        "DeleteServiceSpecificCredential" => {
            let input = decode_input(
                params,
                DeleteServiceSpecificCredentialRequest::decode_members,
            )?;
            handler
                .delete_service_specific_credential(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteServiceSpecificCredential",
                request_id,
                None,
            ))
        }
        "DeleteSigningCertificate" => {
            let input = decode_input(params, DeleteSigningCertificateRequest::decode_members)?;
            handler.delete_signing_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteSigningCertificate",
                request_id,
                None,
            ))
        }
        "DeleteUser" => {
            let input = decode_input(params, DeleteUserRequest::decode_members)?;
            handler.delete_user(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DeleteUser", request_id, None))
        }
        "DeleteUserPermissionsBoundary" => {
            let input = decode_input(params, DeleteUserPermissionsBoundaryRequest::decode_members)?;
            handler.delete_user_permissions_boundary(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteUserPermissionsBoundary",
                request_id,
                None,
            ))
        }
        "DeleteUserPolicy" => {
            let input = decode_input(params, DeleteUserPolicyRequest::decode_members)?;
            handler.delete_user_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DeleteUserPolicy", request_id, None))
        }
        "DeleteVirtualMFADevice" => {
            let input = decode_input(params, DeleteVirtualMFADeviceRequest::decode_members)?;
            handler.delete_virtual_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteVirtualMFADevice",
                request_id,
                None,
            ))
        }
        "DeleteWorkloadIdentityProvider" => {
            let input = decode_input(
                params,
                DeleteWorkloadIdentityProviderRequest::decode_members,
            )?;
            let output = handler
                .delete_workload_identity_provider(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteWorkloadIdentityProvider",
                request_id,
                Some(&output),
            ))
        }
        "DeleteWorkloadIdentityProviderOutboundSigner" => {
            let input = decode_input(
                params,
                DeleteWorkloadIdentityProviderOutboundSignerRequest::decode_members,
            )?;
            let output = handler
                .delete_workload_identity_provider_outbound_signer(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteWorkloadIdentityProviderOutboundSigner",
                request_id,
                Some(&output),
            ))
        }
        "DeleteWorkloadIdentityProviderResourcePolicy" => {
            let input = decode_input(
                params,
                DeleteWorkloadIdentityProviderResourcePolicyRequest::decode_members,
            )?;
            let output = handler
                .delete_workload_identity_provider_resource_policy(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteWorkloadIdentityProviderResourcePolicy",
                request_id,
                Some(&output),
            ))
        }
        "DeleteWorkloadIdentityTemplate" => {
            let input = decode_input(
                params,
                DeleteWorkloadIdentityTemplateRequest::decode_members,
            )?;
            let output = handler
                .delete_workload_identity_template(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteWorkloadIdentityTemplate",
                request_id,
                Some(&output),
            ))
        }
        "DeleteWorkloadIdentityTemplateAttestationPolicy" => {
            let input = decode_input(
                params,
                DeleteWorkloadIdentityTemplateAttestationPolicyRequest::decode_members,
            )?;
            let output = handler
                .delete_workload_identity_template_attestation_policy(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DeleteWorkloadIdentityTemplateAttestationPolicy",
                request_id,
                Some(&output),
            ))
        }
        "DetachGroupPolicy" => {
            let input = decode_input(params, DetachGroupPolicyRequest::decode_members)?;
            handler.detach_group_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "DetachGroupPolicy",
                request_id,
                None,
            ))
        }
        "DetachRolePolicy" => {
            let input = decode_input(params, DetachRolePolicyRequest::decode_members)?;
            handler.detach_role_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DetachRolePolicy", request_id, None))
        }
        "DetachUserPolicy" => {
            let input = decode_input(params, DetachUserPolicyRequest::decode_members)?;
            handler.detach_user_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "DetachUserPolicy", request_id, None))
        }
        "DisableOrganizationLevelResources" => {
            let input = decode_input(
                params,
                DisableOrganizationLevelResourcesRequest::decode_members,
            )?;
            let output = handler
                .disable_organization_level_resources(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DisableOrganizationLevelResources",
                request_id,
                Some(&output),
            ))
        }
        "DisableOrganizationsRootCredentialsManagement" => {
            let input = decode_input(
                params,
                DisableOrganizationsRootCredentialsManagementRequest::decode_members,
            )?;
            let output = handler
                .disable_organizations_root_credentials_management(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DisableOrganizationsRootCredentialsManagement",
                request_id,
                Some(&output),
            ))
        }
        "DisableOrganizationsRootSessions" => {
            let input = decode_input(
                params,
                DisableOrganizationsRootSessionsRequest::decode_members,
            )?;
            let output = handler
                .disable_organizations_root_sessions(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DisableOrganizationsRootSessions",
                request_id,
                Some(&output),
            ))
        }
        "DisableOutboundWebIdentityFederation" => {
            handler
                .disable_outbound_web_identity_federation(ctx)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DisableOutboundWebIdentityFederation",
                request_id,
                None,
            ))
        }
        "DisableWorkloadIdentityProviderOutboundSigner" => {
            let input = decode_input(
                params,
                DisableWorkloadIdentityProviderOutboundSignerRequest::decode_members,
            )?;
            let output = handler
                .disable_workload_identity_provider_outbound_signer(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "DisableWorkloadIdentityProviderOutboundSigner",
                request_id,
                Some(&output),
            ))
        }
        "EnableMFADevice" => {
            let input = decode_input(params, EnableMFADeviceRequest::decode_members)?;
            handler.enable_mfa_device(ctx, input).await?;
            Ok(xml_response(Api::Iam, "EnableMFADevice", request_id, None))
        }
        "EnableOrganizationLevelResources" => {
            let input = decode_input(
                params,
                EnableOrganizationLevelResourcesRequest::decode_members,
            )?;
            let output = handler
                .enable_organization_level_resources(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "EnableOrganizationLevelResources",
                request_id,
                Some(&output),
            ))
        }
        "EnableOrganizationsRootCredentialsManagement" => {
            let input = decode_input(
                params,
                EnableOrganizationsRootCredentialsManagementRequest::decode_members,
            )?;
            let output = handler
                .enable_organizations_root_credentials_management(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "EnableOrganizationsRootCredentialsManagement",
                request_id,
                Some(&output),
            ))
        }
        "EnableOrganizationsRootSessions" => {
            let input = decode_input(
                params,
                EnableOrganizationsRootSessionsRequest::decode_members,
            )?;
            let output = handler
                .enable_organizations_root_sessions(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "EnableOrganizationsRootSessions",
                request_id,
                Some(&output),
            ))
        }
        "EnableOutboundWebIdentityFederation" => {
            let output = handler.enable_outbound_web_identity_federation(ctx).await?;
            Ok(xml_response(
                Api::Iam,
                "EnableOutboundWebIdentityFederation",
                request_id,
                Some(&output),
            ))
        }
        "EnableWorkloadIdentityProviderOutboundSigner" => {
            let input = decode_input(
                params,
                EnableWorkloadIdentityProviderOutboundSignerRequest::decode_members,
            )?;
            let output = handler
                .enable_workload_identity_provider_outbound_signer(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "EnableWorkloadIdentityProviderOutboundSigner",
                request_id,
                Some(&output),
            ))
        }
        "GenerateCredentialReport" => {
            let output = handler.generate_credential_report(ctx).await?;
            Ok(xml_response(
                Api::Iam,
                "GenerateCredentialReport",
                request_id,
                Some(&output),
            ))
        }
        "GenerateOrganizationsAccessReport" => {
            let input = decode_input(
                params,
                GenerateOrganizationsAccessReportRequest::decode_members,
            )?;
            let output = handler
                .generate_organizations_access_report(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GenerateOrganizationsAccessReport",
                request_id,
                Some(&output),
            ))
        }
        "GenerateServiceLastAccessedDetails" => {
            let input = decode_input(
                params,
                GenerateServiceLastAccessedDetailsRequest::decode_members,
            )?;
            let output = handler
                .generate_service_last_accessed_details(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GenerateServiceLastAccessedDetails",
                request_id,
                Some(&output),
            ))
        }
        "GetAccessKeyLastUsed" => {
            let input = decode_input(params, GetAccessKeyLastUsedRequest::decode_members)?;
            let output = handler.get_access_key_last_used(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetAccessKeyLastUsed",
                request_id,
                Some(&output),
            ))
        }
        "GetAccountAuthorizationDetails" => {
            let input = decode_input(
                params,
                GetAccountAuthorizationDetailsRequest::decode_members,
            )?;
            let output = handler
                .get_account_authorization_details(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetAccountAuthorizationDetails",
                request_id,
                Some(&output),
            ))
        }
        "GetAccountPasswordPolicy" => {
            let output = handler.get_account_password_policy(ctx).await?;
            Ok(xml_response(
                Api::Iam,
                "GetAccountPasswordPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetAccountProperties" => {
            let input = decode_input(params, GetAccountPropertiesRequest::decode_members)?;
            let output = handler.get_account_properties(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetAccountProperties",
                request_id,
                Some(&output),
            ))
        }
        "GetAccountSummary" => {
            let output = handler.get_account_summary(ctx).await?;
            Ok(xml_response(
                Api::Iam,
                "GetAccountSummary",
                request_id,
                Some(&output),
            ))
        }
        "GetContextKeysForCustomPolicy" => {
            let input = decode_input(params, GetContextKeysForCustomPolicyRequest::decode_members)?;
            let output = handler
                .get_context_keys_for_custom_policy(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetContextKeysForCustomPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetContextKeysForPrincipalPolicy" => {
            let input = decode_input(
                params,
                GetContextKeysForPrincipalPolicyRequest::decode_members,
            )?;
            let output = handler
                .get_context_keys_for_principal_policy(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetContextKeysForPrincipalPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetCredentialReport" => {
            let output = handler.get_credential_report(ctx).await?;
            Ok(xml_response(
                Api::Iam,
                "GetCredentialReport",
                request_id,
                Some(&output),
            ))
        }
        "GetDelegationRequest" => {
            let input = decode_input(params, GetDelegationRequestRequest::decode_members)?;
            let output = handler.get_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetDelegationRequest",
                request_id,
                Some(&output),
            ))
        }
        "GetGroup" => {
            let input = decode_input(params, GetGroupRequest::decode_members)?;
            let output = handler.get_group(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetGroup",
                request_id,
                Some(&output),
            ))
        }
        "GetGroupPolicy" => {
            let input = decode_input(params, GetGroupPolicyRequest::decode_members)?;
            let output = handler.get_group_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetGroupPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetHumanReadableSummary" => {
            let input = decode_input(params, GetHumanReadableSummaryRequest::decode_members)?;
            let output = handler.get_human_readable_summary(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetHumanReadableSummary",
                request_id,
                Some(&output),
            ))
        }
        "GetInstanceProfile" => {
            let input = decode_input(params, GetInstanceProfileRequest::decode_members)?;
            let output = handler.get_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetInstanceProfile",
                request_id,
                Some(&output),
            ))
        }
        "GetLoginProfile" => {
            let input = decode_input(params, GetLoginProfileRequest::decode_members)?;
            let output = handler.get_login_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetLoginProfile",
                request_id,
                Some(&output),
            ))
        }
        "GetMFADevice" => {
            let input = decode_input(params, GetMFADeviceRequest::decode_members)?;
            let output = handler.get_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetMFADevice",
                request_id,
                Some(&output),
            ))
        }
        "GetOpenIDConnectProvider" => {
            let input = decode_input(params, GetOpenIDConnectProviderRequest::decode_members)?;
            let output = handler.get_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetOpenIDConnectProvider",
                request_id,
                Some(&output),
            ))
        }
        "GetOrganizationsAccessReport" => {
            let input = decode_input(params, GetOrganizationsAccessReportRequest::decode_members)?;
            let output = handler.get_organizations_access_report(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetOrganizationsAccessReport",
                request_id,
                Some(&output),
            ))
        }
        "GetOutboundWebIdentityFederationInfo" => {
            let output = handler
                .get_outbound_web_identity_federation_info(ctx)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetOutboundWebIdentityFederationInfo",
                request_id,
                Some(&output),
            ))
        }
        "GetPolicy" => {
            let input = decode_input(params, GetPolicyRequest::decode_members)?;
            let output = handler.get_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetPolicyVersion" => {
            let input = decode_input(params, GetPolicyVersionRequest::decode_members)?;
            let output = handler.get_policy_version(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetPolicyVersion",
                request_id,
                Some(&output),
            ))
        }
        "GetRole" => {
            let input = decode_input(params, GetRoleRequest::decode_members)?;
            let output = handler.get_role(ctx, input).await?;
            Ok(xml_response(Api::Iam, "GetRole", request_id, Some(&output)))
        }
        "GetRolePolicy" => {
            let input = decode_input(params, GetRolePolicyRequest::decode_members)?;
            let output = handler.get_role_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetRolePolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetRoleTemplateVersion" => {
            let input = decode_input(params, GetRoleTemplateVersionRequest::decode_members)?;
            let output = handler.get_role_template_version(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetRoleTemplateVersion",
                request_id,
                Some(&output),
            ))
        }
        "GetSAMLProvider" => {
            let input = decode_input(params, GetSAMLProviderRequest::decode_members)?;
            let output = handler.get_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetSAMLProvider",
                request_id,
                Some(&output),
            ))
        }
        "GetSSHPublicKey" => {
            let input = decode_input(params, GetSSHPublicKeyRequest::decode_members)?;
            let output = handler.get_ssh_public_key(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetSSHPublicKey",
                request_id,
                Some(&output),
            ))
        }
        "GetServerCertificate" => {
            let input = decode_input(params, GetServerCertificateRequest::decode_members)?;
            let output = handler.get_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetServerCertificate",
                request_id,
                Some(&output),
            ))
        }
        "GetServiceLastAccessedDetails" => {
            let input = decode_input(params, GetServiceLastAccessedDetailsRequest::decode_members)?;
            let output = handler
                .get_service_last_accessed_details(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetServiceLastAccessedDetails",
                request_id,
                Some(&output),
            ))
        }
        "GetServiceLastAccessedDetailsWithEntities" => {
            let input = decode_input(
                params,
                GetServiceLastAccessedDetailsWithEntitiesRequest::decode_members,
            )?;
            let output = handler
                .get_service_last_accessed_details_with_entities(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetServiceLastAccessedDetailsWithEntities",
                request_id,
                Some(&output),
            ))
        }
        "GetServiceLinkedRoleDeletionStatus" => {
            let input = decode_input(
                params,
                GetServiceLinkedRoleDeletionStatusRequest::decode_members,
            )?;
            let output = handler
                .get_service_linked_role_deletion_status(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetServiceLinkedRoleDeletionStatus",
                request_id,
                Some(&output),
            ))
        }
        "GetUser" => {
            let input = decode_input(params, GetUserRequest::decode_members)?;
            let output = handler.get_user(ctx, input).await?;
            Ok(xml_response(Api::Iam, "GetUser", request_id, Some(&output)))
        }
        "GetUserPolicy" => {
            let input = decode_input(params, GetUserPolicyRequest::decode_members)?;
            let output = handler.get_user_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetUserPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetWorkloadIdentityProvider" => {
            let input = decode_input(params, GetWorkloadIdentityProviderRequest::decode_members)?;
            let output = handler.get_workload_identity_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetWorkloadIdentityProvider",
                request_id,
                Some(&output),
            ))
        }
        "GetWorkloadIdentityProviderDeletionStatus" => {
            let input = decode_input(
                params,
                GetWorkloadIdentityProviderDeletionStatusRequest::decode_members,
            )?;
            let output = handler
                .get_workload_identity_provider_deletion_status(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetWorkloadIdentityProviderDeletionStatus",
                request_id,
                Some(&output),
            ))
        }
        "GetWorkloadIdentityProviderResourcePolicy" => {
            let input = decode_input(
                params,
                GetWorkloadIdentityProviderResourcePolicyRequest::decode_members,
            )?;
            let output = handler
                .get_workload_identity_provider_resource_policy(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetWorkloadIdentityProviderResourcePolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetWorkloadIdentityTemplate" => {
            let input = decode_input(params, GetWorkloadIdentityTemplateRequest::decode_members)?;
            let output = handler.get_workload_identity_template(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "GetWorkloadIdentityTemplate",
                request_id,
                Some(&output),
            ))
        }
        "GetWorkloadIdentityTemplateAttestationPolicy" => {
            let input = decode_input(
                params,
                GetWorkloadIdentityTemplateAttestationPolicyRequest::decode_members,
            )?;
            let output = handler
                .get_workload_identity_template_attestation_policy(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "GetWorkloadIdentityTemplateAttestationPolicy",
                request_id,
                Some(&output),
            ))
        }
        "ListAccessKeys" => {
            let input = decode_input(params, ListAccessKeysRequest::decode_members)?;
            let output = handler.list_access_keys(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListAccessKeys",
                request_id,
                Some(&output),
            ))
        }
        "ListAccountAliases" => {
            let input = decode_input(params, ListAccountAliasesRequest::decode_members)?;
            let output = handler.list_account_aliases(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListAccountAliases",
                request_id,
                Some(&output),
            ))
        }
        "ListAttachedGroupPolicies" => {
            let input = decode_input(params, ListAttachedGroupPoliciesRequest::decode_members)?;
            let output = handler.list_attached_group_policies(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListAttachedGroupPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListAttachedRolePolicies" => {
            let input = decode_input(params, ListAttachedRolePoliciesRequest::decode_members)?;
            let output = handler.list_attached_role_policies(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListAttachedRolePolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListAttachedUserPolicies" => {
            let input = decode_input(params, ListAttachedUserPoliciesRequest::decode_members)?;
            let output = handler.list_attached_user_policies(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListAttachedUserPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListDelegationRequests" => {
            let input = decode_input(params, ListDelegationRequestsRequest::decode_members)?;
            let output = handler.list_delegation_requests(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListDelegationRequests",
                request_id,
                Some(&output),
            ))
        }
        "ListEntitiesForPolicy" => {
            let input = decode_input(params, ListEntitiesForPolicyRequest::decode_members)?;
            let output = handler.list_entities_for_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListEntitiesForPolicy",
                request_id,
                Some(&output),
            ))
        }
        "ListGroupPolicies" => {
            let input = decode_input(params, ListGroupPoliciesRequest::decode_members)?;
            let output = handler.list_group_policies(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListGroupPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListGroups" => {
            let input = decode_input(params, ListGroupsRequest::decode_members)?;
            let output = handler.list_groups(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListGroups",
                request_id,
                Some(&output),
            ))
        }
        "ListGroupsForUser" => {
            let input = decode_input(params, ListGroupsForUserRequest::decode_members)?;
            let output = handler.list_groups_for_user(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListGroupsForUser",
                request_id,
                Some(&output),
            ))
        }
        "ListInstanceProfileTags" => {
            let input = decode_input(params, ListInstanceProfileTagsRequest::decode_members)?;
            let output = handler.list_instance_profile_tags(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListInstanceProfileTags",
                request_id,
                Some(&output),
            ))
        }
        "ListInstanceProfiles" => {
            let input = decode_input(params, ListInstanceProfilesRequest::decode_members)?;
            let output = handler.list_instance_profiles(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListInstanceProfiles",
                request_id,
                Some(&output),
            ))
        }
        "ListInstanceProfilesForRole" => {
            let input = decode_input(params, ListInstanceProfilesForRoleRequest::decode_members)?;
            let output = handler.list_instance_profiles_for_role(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListInstanceProfilesForRole",
                request_id,
                Some(&output),
            ))
        }
        "ListMFADeviceTags" => {
            let input = decode_input(params, ListMFADeviceTagsRequest::decode_members)?;
            let output = handler.list_mfa_device_tags(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListMFADeviceTags",
                request_id,
                Some(&output),
            ))
        }
        "ListMFADevices" => {
            let input = decode_input(params, ListMFADevicesRequest::decode_members)?;
            let output = handler.list_mfa_devices(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListMFADevices",
                request_id,
                Some(&output),
            ))
        }
        "ListOpenIDConnectProviderTags" => {
            let input = decode_input(params, ListOpenIDConnectProviderTagsRequest::decode_members)?;
            let output = handler
                .list_open_id_connect_provider_tags(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "ListOpenIDConnectProviderTags",
                request_id,
                Some(&output),
            ))
        }
        "ListOpenIDConnectProviders" => {
            let input = decode_input(params, ListOpenIDConnectProvidersRequest::decode_members)?;
            let output = handler.list_open_id_connect_providers(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListOpenIDConnectProviders",
                request_id,
                Some(&output),
            ))
        }
        "ListOrganizationsFeatures" => {
            let input = decode_input(params, ListOrganizationsFeaturesRequest::decode_members)?;
            let output = handler.list_organizations_features(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListOrganizationsFeatures",
                request_id,
                Some(&output),
            ))
        }
        "ListPolicies" => {
            let input = decode_input(params, ListPoliciesRequest::decode_members)?;
            let output = handler.list_policies(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListPoliciesGrantingServiceAccess" => {
            let input = decode_input(
                params,
                ListPoliciesGrantingServiceAccessRequest::decode_members,
            )?;
            let output = handler
                .list_policies_granting_service_access(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "ListPoliciesGrantingServiceAccess",
                request_id,
                Some(&output),
            ))
        }
        "ListPolicyTags" => {
            let input = decode_input(params, ListPolicyTagsRequest::decode_members)?;
            let output = handler.list_policy_tags(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListPolicyTags",
                request_id,
                Some(&output),
            ))
        }
        "ListPolicyVersions" => {
            let input = decode_input(params, ListPolicyVersionsRequest::decode_members)?;
            let output = handler.list_policy_versions(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListPolicyVersions",
                request_id,
                Some(&output),
            ))
        }
        "ListRolePolicies" => {
            let input = decode_input(params, ListRolePoliciesRequest::decode_members)?;
            let output = handler.list_role_policies(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListRolePolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListRoleTags" => {
            let input = decode_input(params, ListRoleTagsRequest::decode_members)?;
            let output = handler.list_role_tags(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListRoleTags",
                request_id,
                Some(&output),
            ))
        }
        "ListRoles" => {
            let input = decode_input(params, ListRolesRequest::decode_members)?;
            let output = handler.list_roles(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListRoles",
                request_id,
                Some(&output),
            ))
        }
        "ListSAMLProviderTags" => {
            let input = decode_input(params, ListSAMLProviderTagsRequest::decode_members)?;
            let output = handler.list_saml_provider_tags(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListSAMLProviderTags",
                request_id,
                Some(&output),
            ))
        }
        "ListSAMLProviders" => {
            let input = decode_input(params, ListSAMLProvidersRequest::decode_members)?;
            let output = handler.list_saml_providers(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListSAMLProviders",
                request_id,
                Some(&output),
            ))
        }
        "ListSSHPublicKeys" => {
            let input = decode_input(params, ListSSHPublicKeysRequest::decode_members)?;
            let output = handler.list_ssh_public_keys(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListSSHPublicKeys",
                request_id,
                Some(&output),
            ))
        }
        "ListServerCertificateTags" => {
            let input = decode_input(params, ListServerCertificateTagsRequest::decode_members)?;
            let output = handler.list_server_certificate_tags(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListServerCertificateTags",
                request_id,
                Some(&output),
            ))
        }
        "ListServerCertificates" => {
            let input = decode_input(params, ListServerCertificatesRequest::decode_members)?;
            let output = handler.list_server_certificates(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListServerCertificates",
                request_id,
                Some(&output),
            ))
        }
        "ListServiceSpecificCredentials" => {
            let input = decode_input(
                params,
                ListServiceSpecificCredentialsRequest::decode_members,
            )?;
            let output = handler
                .list_service_specific_credentials(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "ListServiceSpecificCredentials",
                request_id,
                Some(&output),
            ))
        }
        "ListSigningCertificates" => {
            let input = decode_input(params, ListSigningCertificatesRequest::decode_members)?;
            let output = handler.list_signing_certificates(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListSigningCertificates",
                request_id,
                Some(&output),
            ))
        }
        "ListUserPolicies" => {
            let input = decode_input(params, ListUserPoliciesRequest::decode_members)?;
            let output = handler.list_user_policies(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListUserPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListUserTags" => {
            let input = decode_input(params, ListUserTagsRequest::decode_members)?;
            let output = handler.list_user_tags(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListUserTags",
                request_id,
                Some(&output),
            ))
        }
        "ListUsers" => {
            let input = decode_input(params, ListUsersRequest::decode_members)?;
            let output = handler.list_users(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListUsers",
                request_id,
                Some(&output),
            ))
        }
        "ListVirtualMFADevices" => {
            let input = decode_input(params, ListVirtualMFADevicesRequest::decode_members)?;
            let output = handler.list_virtual_mfa_devices(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListVirtualMFADevices",
                request_id,
                Some(&output),
            ))
        }
        "ListWorkloadIdentityProviderOutboundSigners" => {
            let input = decode_input(
                params,
                ListWorkloadIdentityProviderOutboundSignersRequest::decode_members,
            )?;
            let output = handler
                .list_workload_identity_provider_outbound_signers(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "ListWorkloadIdentityProviderOutboundSigners",
                request_id,
                Some(&output),
            ))
        }
        "ListWorkloadIdentityProviderTags" => {
            let input = decode_input(
                params,
                ListWorkloadIdentityProviderTagsRequest::decode_members,
            )?;
            let output = handler
                .list_workload_identity_provider_tags(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "ListWorkloadIdentityProviderTags",
                request_id,
                Some(&output),
            ))
        }
        "ListWorkloadIdentityProviders" => {
            let input = decode_input(params, ListWorkloadIdentityProvidersRequest::decode_members)?;
            let output = handler.list_workload_identity_providers(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListWorkloadIdentityProviders",
                request_id,
                Some(&output),
            ))
        }
        "ListWorkloadIdentityTemplateTags" => {
            let input = decode_input(
                params,
                ListWorkloadIdentityTemplateTagsRequest::decode_members,
            )?;
            let output = handler
                .list_workload_identity_template_tags(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "ListWorkloadIdentityTemplateTags",
                request_id,
                Some(&output),
            ))
        }
        "ListWorkloadIdentityTemplates" => {
            let input = decode_input(params, ListWorkloadIdentityTemplatesRequest::decode_members)?;
            let output = handler.list_workload_identity_templates(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "ListWorkloadIdentityTemplates",
                request_id,
                Some(&output),
            ))
        }
        "PutAccountProperties" => {
            let input = decode_input(params, PutAccountPropertiesRequest::decode_members)?;
            let output = handler.put_account_properties(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "PutAccountProperties",
                request_id,
                Some(&output),
            ))
        }
        "PutGroupPolicy" => {
            let input = decode_input(params, PutGroupPolicyRequest::decode_members)?;
            handler.put_group_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "PutGroupPolicy", request_id, None))
        }
        "PutRolePermissionsBoundary" => {
            let input = decode_input(params, PutRolePermissionsBoundaryRequest::decode_members)?;
            handler.put_role_permissions_boundary(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "PutRolePermissionsBoundary",
                request_id,
                None,
            ))
        }
        "PutRolePolicy" => {
            let input = decode_input(params, PutRolePolicyRequest::decode_members)?;
            handler.put_role_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "PutRolePolicy", request_id, None))
        }
        "PutUserPermissionsBoundary" => {
            let input = decode_input(params, PutUserPermissionsBoundaryRequest::decode_members)?;
            handler.put_user_permissions_boundary(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "PutUserPermissionsBoundary",
                request_id,
                None,
            ))
        }
        "PutUserPolicy" => {
            let input = decode_input(params, PutUserPolicyRequest::decode_members)?;
            handler.put_user_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "PutUserPolicy", request_id, None))
        }
        "PutWorkloadIdentityProviderResourcePolicy" => {
            let input = decode_input(
                params,
                PutWorkloadIdentityProviderResourcePolicyRequest::decode_members,
            )?;
            let output = handler
                .put_workload_identity_provider_resource_policy(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "PutWorkloadIdentityProviderResourcePolicy",
                request_id,
                Some(&output),
            ))
        }
        "PutWorkloadIdentityTemplateAttestationPolicy" => {
            let input = decode_input(
                params,
                PutWorkloadIdentityTemplateAttestationPolicyRequest::decode_members,
            )?;
            let output = handler
                .put_workload_identity_template_attestation_policy(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "PutWorkloadIdentityTemplateAttestationPolicy",
                request_id,
                Some(&output),
            ))
        }
        "RejectDelegationRequest" => {
            let input = decode_input(params, RejectDelegationRequestRequest::decode_members)?;
            handler.reject_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "RejectDelegationRequest",
                request_id,
                None,
            ))
        }
        "RemoveClientIDFromOpenIDConnectProvider" => {
            let input = decode_input(
                params,
                RemoveClientIDFromOpenIDConnectProviderRequest::decode_members,
            )?;
            handler
                .remove_client_id_from_open_id_connect_provider(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "RemoveClientIDFromOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "RemoveRoleFromInstanceProfile" => {
            let input = decode_input(params, RemoveRoleFromInstanceProfileRequest::decode_members)?;
            handler
                .remove_role_from_instance_profile(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "RemoveRoleFromInstanceProfile",
                request_id,
                None,
            ))
        }
        "RemoveUserFromGroup" => {
            let input = decode_input(params, RemoveUserFromGroupRequest::decode_members)?;
            handler.remove_user_from_group(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "RemoveUserFromGroup",
                request_id,
                None,
            ))
        }
        "ResetServiceSpecificCredential" => {
            let input = decode_input(
                params,
                ResetServiceSpecificCredentialRequest::decode_members,
            )?;
            let output = handler
                .reset_service_specific_credential(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "ResetServiceSpecificCredential",
                request_id,
                Some(&output),
            ))
        }
        "ResyncMFADevice" => {
            let input = decode_input(params, ResyncMFADeviceRequest::decode_members)?;
            handler.resync_mfa_device(ctx, input).await?;
            Ok(xml_response(Api::Iam, "ResyncMFADevice", request_id, None))
        }
        "SendDelegationToken" => {
            let input = decode_input(params, SendDelegationTokenRequest::decode_members)?;
            handler.send_delegation_token(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "SendDelegationToken",
                request_id,
                None,
            ))
        }
        "SetDefaultPolicyVersion" => {
            let input = decode_input(params, SetDefaultPolicyVersionRequest::decode_members)?;
            handler.set_default_policy_version(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "SetDefaultPolicyVersion",
                request_id,
                None,
            ))
        }
        "SetSecurityTokenServicePreferences" => {
            let input = decode_input(
                params,
                SetSecurityTokenServicePreferencesRequest::decode_members,
            )?;
            handler
                .set_security_token_service_preferences(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "SetSecurityTokenServicePreferences",
                request_id,
                None,
            ))
        }
        "SimulateCustomPolicy" => {
            let input = decode_input(params, SimulateCustomPolicyRequest::decode_members)?;
            let output = handler.simulate_custom_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "SimulateCustomPolicy",
                request_id,
                Some(&output),
            ))
        }
        "SimulatePrincipalPolicy" => {
            let input = decode_input(params, SimulatePrincipalPolicyRequest::decode_members)?;
            let output = handler.simulate_principal_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "SimulatePrincipalPolicy",
                request_id,
                Some(&output),
            ))
        }
        "TagInstanceProfile" => {
            let input = decode_input(params, TagInstanceProfileRequest::decode_members)?;
            handler.tag_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "TagInstanceProfile",
                request_id,
                None,
            ))
        }
        "TagMFADevice" => {
            let input = decode_input(params, TagMFADeviceRequest::decode_members)?;
            handler.tag_mfa_device(ctx, input).await?;
            Ok(xml_response(Api::Iam, "TagMFADevice", request_id, None))
        }
        "TagOpenIDConnectProvider" => {
            let input = decode_input(params, TagOpenIDConnectProviderRequest::decode_members)?;
            handler.tag_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "TagOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "TagPolicy" => {
            let input = decode_input(params, TagPolicyRequest::decode_members)?;
            handler.tag_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "TagPolicy", request_id, None))
        }
        "TagRole" => {
            let input = decode_input(params, TagRoleRequest::decode_members)?;
            handler.tag_role(ctx, input).await?;
            Ok(xml_response(Api::Iam, "TagRole", request_id, None))
        }
        "TagSAMLProvider" => {
            let input = decode_input(params, TagSAMLProviderRequest::decode_members)?;
            handler.tag_saml_provider(ctx, input).await?;
            Ok(xml_response(Api::Iam, "TagSAMLProvider", request_id, None))
        }
        "TagServerCertificate" => {
            let input = decode_input(params, TagServerCertificateRequest::decode_members)?;
            handler.tag_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "TagServerCertificate",
                request_id,
                None,
            ))
        }
        "TagUser" => {
            let input = decode_input(params, TagUserRequest::decode_members)?;
            handler.tag_user(ctx, input).await?;
            Ok(xml_response(Api::Iam, "TagUser", request_id, None))
        }
        "TagWorkloadIdentityProvider" => {
            let input = decode_input(params, TagWorkloadIdentityProviderRequest::decode_members)?;
            handler.tag_workload_identity_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "TagWorkloadIdentityProvider",
                request_id,
                None,
            ))
        }
        "TagWorkloadIdentityTemplate" => {
            let input = decode_input(params, TagWorkloadIdentityTemplateRequest::decode_members)?;
            handler.tag_workload_identity_template(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "TagWorkloadIdentityTemplate",
                request_id,
                None,
            ))
        }
        "UntagInstanceProfile" => {
            let input = decode_input(params, UntagInstanceProfileRequest::decode_members)?;
            handler.untag_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UntagInstanceProfile",
                request_id,
                None,
            ))
        }
        "UntagMFADevice" => {
            let input = decode_input(params, UntagMFADeviceRequest::decode_members)?;
            handler.untag_mfa_device(ctx, input).await?;
            Ok(xml_response(Api::Iam, "UntagMFADevice", request_id, None))
        }
        "UntagOpenIDConnectProvider" => {
            let input = decode_input(params, UntagOpenIDConnectProviderRequest::decode_members)?;
            handler.untag_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UntagOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "UntagPolicy" => {
            let input = decode_input(params, UntagPolicyRequest::decode_members)?;
            handler.untag_policy(ctx, input).await?;
            Ok(xml_response(Api::Iam, "UntagPolicy", request_id, None))
        }
        "UntagRole" => {
            let input = decode_input(params, UntagRoleRequest::decode_members)?;
            handler.untag_role(ctx, input).await?;
            Ok(xml_response(Api::Iam, "UntagRole", request_id, None))
        }
        "UntagSAMLProvider" => {
            let input = decode_input(params, UntagSAMLProviderRequest::decode_members)?;
            handler.untag_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UntagSAMLProvider",
                request_id,
                None,
            ))
        }
        "UntagServerCertificate" => {
            let input = decode_input(params, UntagServerCertificateRequest::decode_members)?;
            handler.untag_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UntagServerCertificate",
                request_id,
                None,
            ))
        }
        "UntagUser" => {
            let input = decode_input(params, UntagUserRequest::decode_members)?;
            handler.untag_user(ctx, input).await?;
            Ok(xml_response(Api::Iam, "UntagUser", request_id, None))
        }
        "UntagWorkloadIdentityProvider" => {
            let input = decode_input(params, UntagWorkloadIdentityProviderRequest::decode_members)?;
            handler.untag_workload_identity_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UntagWorkloadIdentityProvider",
                request_id,
                None,
            ))
        }
        "UntagWorkloadIdentityTemplate" => {
            let input = decode_input(params, UntagWorkloadIdentityTemplateRequest::decode_members)?;
            handler.untag_workload_identity_template(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UntagWorkloadIdentityTemplate",
                request_id,
                None,
            ))
        }
        "UpdateAccessKey" => {
            let input = decode_input(params, UpdateAccessKeyRequest::decode_members)?;
            handler.update_access_key(ctx, input).await?;
            Ok(xml_response(Api::Iam, "UpdateAccessKey", request_id, None))
        }
        "UpdateAccountPasswordPolicy" => {
            let input = decode_input(params, UpdateAccountPasswordPolicyRequest::decode_members)?;
            handler.update_account_password_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateAccountPasswordPolicy",
                request_id,
                None,
            ))
        }
        "UpdateAssumeRolePolicy" => {
            let input = decode_input(params, UpdateAssumeRolePolicyRequest::decode_members)?;
            handler.update_assume_role_policy(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateAssumeRolePolicy",
                request_id,
                None,
            ))
        }
        "UpdateDelegationRequest" => {
            let input = decode_input(params, UpdateDelegationRequestRequest::decode_members)?;
            handler.update_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateDelegationRequest",
                request_id,
                None,
            ))
        }
        "UpdateGroup" => {
            let input = decode_input(params, UpdateGroupRequest::decode_members)?;
            handler.update_group(ctx, input).await?;
            Ok(xml_response(Api::Iam, "UpdateGroup", request_id, None))
        }
        "UpdateLoginProfile" => {
            let input = decode_input(params, UpdateLoginProfileRequest::decode_members)?;
            handler.update_login_profile(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateLoginProfile",
                request_id,
                None,
            ))
        }
        "UpdateOpenIDConnectProvider" => {
            let input = decode_input(params, UpdateOpenIDConnectProviderRequest::decode_members)?;
            handler.update_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "UpdateOpenIDConnectProviderThumbprint" => {
            let input = decode_input(
                params,
                UpdateOpenIDConnectProviderThumbprintRequest::decode_members,
            )?;
            handler
                .update_open_id_connect_provider_thumbprint(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateOpenIDConnectProviderThumbprint",
                request_id,
                None,
            ))
        }
        "UpdateRole" => {
            let input = decode_input(params, UpdateRoleRequest::decode_members)?;
            let output = handler.update_role(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateRole",
                request_id,
                Some(&output),
            ))
        }
        "UpdateRoleDescription" => {
            let input = decode_input(params, UpdateRoleDescriptionRequest::decode_members)?;
            let output = handler.update_role_description(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateRoleDescription",
                request_id,
                Some(&output),
            ))
        }
        "UpdateSAMLProvider" => {
            let input = decode_input(params, UpdateSAMLProviderRequest::decode_members)?;
            let output = handler.update_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateSAMLProvider",
                request_id,
                Some(&output),
            ))
        }
        "UpdateSSHPublicKey" => {
            let input = decode_input(params, UpdateSSHPublicKeyRequest::decode_members)?;
            handler.update_ssh_public_key(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateSSHPublicKey",
                request_id,
                None,
            ))
        }
        "UpdateServerCertificate" => {
            let input = decode_input(params, UpdateServerCertificateRequest::decode_members)?;
            handler.update_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateServerCertificate",
                request_id,
                None,
            ))
        }
        "UpdateServiceSpecificCredential" => {
            let input = decode_input(
                params,
                UpdateServiceSpecificCredentialRequest::decode_members,
            )?;
            handler
                .update_service_specific_credential(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateServiceSpecificCredential",
                request_id,
                None,
            ))
        }
        "UpdateSigningCertificate" => {
            let input = decode_input(params, UpdateSigningCertificateRequest::decode_members)?;
            handler.update_signing_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateSigningCertificate",
                request_id,
                None,
            ))
        }
        "UpdateUser" => {
            let input = decode_input(params, UpdateUserRequest::decode_members)?;
            handler.update_user(ctx, input).await?;
            Ok(xml_response(Api::Iam, "UpdateUser", request_id, None))
        }
        "UpdateWorkloadIdentityProviderOutboundSigner" => {
            let input = decode_input(
                params,
                UpdateWorkloadIdentityProviderOutboundSignerRequest::decode_members,
            )?;
            let output = handler
                .update_workload_identity_provider_outbound_signer(ctx, input)
                .await?;
            Ok(xml_response(
                Api::Iam,
                "UpdateWorkloadIdentityProviderOutboundSigner",
                request_id,
                Some(&output),
            ))
        }
        "UploadSSHPublicKey" => {
            let input = decode_input(params, UploadSSHPublicKeyRequest::decode_members)?;
            let output = handler.upload_ssh_public_key(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UploadSSHPublicKey",
                request_id,
                Some(&output),
            ))
        }
        "UploadServerCertificate" => {
            let input = decode_input(params, UploadServerCertificateRequest::decode_members)?;
            let output = handler.upload_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UploadServerCertificate",
                request_id,
                Some(&output),
            ))
        }
        "UploadSigningCertificate" => {
            let input = decode_input(params, UploadSigningCertificateRequest::decode_members)?;
            let output = handler.upload_signing_certificate(ctx, input).await?;
            Ok(xml_response(
                Api::Iam,
                "UploadSigningCertificate",
                request_id,
                Some(&output),
            ))
        }
        other => Err(AwsError::invalid_action(other, Api::Iam.version())),
    }
}
