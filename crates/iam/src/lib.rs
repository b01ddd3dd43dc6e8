//! The IAM operations of gatehouse, as an [`IamApi`] handler over the shared [`State`].
//!
//! Each family of operations lives in its own module as functions over a [`scope::Scope`]
//! (the caller's account, the store, the time); the [`IamApi`] impl only delegates. Every
//! entity lives in the caller's account. Operations not implemented here answer
//! `NotImplemented` (501), never a fake success.

mod access_keys;
mod account;
mod attachments;
mod authorization_details;
mod convert;
mod credential_report;
mod error;
mod groups;
mod inline_policies;
mod instance_profiles;
mod login_profiles;
mod mfa;
mod new_ids;
mod outbound_federation;
mod paging;
mod password_policy;
mod permission;
mod policies;
mod policy_entities;
mod providers;
mod roles;
mod scope;
mod service_linked_roles;
mod ssh_public_keys;
mod tags;
mod users;

pub use error::IamError;

use gatehouse_core::{Context, State};
use gatehouse_protocol::AwsError;
use gatehouse_protocol::iam::*;

use crate::scope::Scope;

/// The IAM handler: borrows the shared state for one request.
#[derive(Clone, Copy)]
pub struct Iam<'a> {
    state: &'a State,
}

impl<'a> Iam<'a> {
    /// The IAM operations over `service`.
    pub fn new(state: &'a State) -> Self {
        Iam { state }
    }
}

/// Implements `IamApi` methods by delegating to `module::method(&scope, input)`.
macro_rules! delegate {
    ($($module:ident :: $method:ident ( $input:ty ) -> $output:ty;)*) => {
        $(
            async fn $method(&self, ctx: &Context, input: $input) -> Result<$output, AwsError> {
                let scope = Scope::new(self.state, ctx)?;
                let resource = permission::Target::resource(&input, &scope);
                self.state
                    .authorize(ctx, &permission::action(stringify!($input)), &resource)
                    .await?;
                Ok($module::$method(&scope, input).await?)
            }
        )*
    };
}

impl IamApi for Iam<'_> {
    type Context = Context;

    delegate! {
        users::create_user(CreateUserRequest) -> CreateUserResponse;
        users::get_user(GetUserRequest) -> GetUserResponse;
        users::list_users(ListUsersRequest) -> ListUsersResponse;
        users::update_user(UpdateUserRequest) -> ();
        users::delete_user(DeleteUserRequest) -> ();

        access_keys::create_access_key(CreateAccessKeyRequest) -> CreateAccessKeyResponse;
        access_keys::list_access_keys(ListAccessKeysRequest) -> ListAccessKeysResponse;
        access_keys::update_access_key(UpdateAccessKeyRequest) -> ();
        access_keys::delete_access_key(DeleteAccessKeyRequest) -> ();
        access_keys::get_access_key_last_used(GetAccessKeyLastUsedRequest) -> GetAccessKeyLastUsedResponse;

        policies::create_policy(CreatePolicyRequest) -> CreatePolicyResponse;
        policies::get_policy(GetPolicyRequest) -> GetPolicyResponse;
        policies::list_policies(ListPoliciesRequest) -> ListPoliciesResponse;
        policies::delete_policy(DeletePolicyRequest) -> ();
        policies::create_policy_version(CreatePolicyVersionRequest) -> CreatePolicyVersionResponse;
        policies::get_policy_version(GetPolicyVersionRequest) -> GetPolicyVersionResponse;
        policies::list_policy_versions(ListPolicyVersionsRequest) -> ListPolicyVersionsResponse;
        policies::delete_policy_version(DeletePolicyVersionRequest) -> ();
        policies::set_default_policy_version(SetDefaultPolicyVersionRequest) -> ();

        roles::create_role(CreateRoleRequest) -> CreateRoleResponse;
        roles::get_role(GetRoleRequest) -> GetRoleResponse;
        roles::list_roles(ListRolesRequest) -> ListRolesResponse;
        roles::update_role(UpdateRoleRequest) -> UpdateRoleResponse;
        roles::update_role_description(UpdateRoleDescriptionRequest) -> UpdateRoleDescriptionResponse;
        roles::update_assume_role_policy(UpdateAssumeRolePolicyRequest) -> ();
        roles::delete_role(DeleteRoleRequest) -> ();

        attachments::attach_user_policy(AttachUserPolicyRequest) -> ();
        attachments::detach_user_policy(DetachUserPolicyRequest) -> ();
        attachments::list_attached_user_policies(ListAttachedUserPoliciesRequest) -> ListAttachedUserPoliciesResponse;
        attachments::attach_group_policy(AttachGroupPolicyRequest) -> ();
        attachments::detach_group_policy(DetachGroupPolicyRequest) -> ();
        attachments::list_attached_group_policies(ListAttachedGroupPoliciesRequest) -> ListAttachedGroupPoliciesResponse;
        attachments::attach_role_policy(AttachRolePolicyRequest) -> ();
        attachments::detach_role_policy(DetachRolePolicyRequest) -> ();
        attachments::list_attached_role_policies(ListAttachedRolePoliciesRequest) -> ListAttachedRolePoliciesResponse;
        attachments::put_user_permissions_boundary(PutUserPermissionsBoundaryRequest) -> ();
        attachments::delete_user_permissions_boundary(DeleteUserPermissionsBoundaryRequest) -> ();
        attachments::put_role_permissions_boundary(PutRolePermissionsBoundaryRequest) -> ();
        attachments::delete_role_permissions_boundary(DeleteRolePermissionsBoundaryRequest) -> ();

        inline_policies::put_user_policy(PutUserPolicyRequest) -> ();
        inline_policies::get_user_policy(GetUserPolicyRequest) -> GetUserPolicyResponse;
        inline_policies::list_user_policies(ListUserPoliciesRequest) -> ListUserPoliciesResponse;
        inline_policies::delete_user_policy(DeleteUserPolicyRequest) -> ();
        inline_policies::put_group_policy(PutGroupPolicyRequest) -> ();
        inline_policies::get_group_policy(GetGroupPolicyRequest) -> GetGroupPolicyResponse;
        inline_policies::list_group_policies(ListGroupPoliciesRequest) -> ListGroupPoliciesResponse;
        inline_policies::delete_group_policy(DeleteGroupPolicyRequest) -> ();
        inline_policies::put_role_policy(PutRolePolicyRequest) -> ();
        inline_policies::get_role_policy(GetRolePolicyRequest) -> GetRolePolicyResponse;
        inline_policies::list_role_policies(ListRolePoliciesRequest) -> ListRolePoliciesResponse;
        inline_policies::delete_role_policy(DeleteRolePolicyRequest) -> ();

        groups::create_group(CreateGroupRequest) -> CreateGroupResponse;
        groups::get_group(GetGroupRequest) -> GetGroupResponse;
        groups::list_groups(ListGroupsRequest) -> ListGroupsResponse;
        groups::update_group(UpdateGroupRequest) -> ();
        groups::delete_group(DeleteGroupRequest) -> ();
        groups::add_user_to_group(AddUserToGroupRequest) -> ();
        groups::remove_user_from_group(RemoveUserFromGroupRequest) -> ();
        groups::list_groups_for_user(ListGroupsForUserRequest) -> ListGroupsForUserResponse;

        tags::tag_user(TagUserRequest) -> ();
        tags::untag_user(UntagUserRequest) -> ();
        tags::list_user_tags(ListUserTagsRequest) -> ListUserTagsResponse;
        tags::tag_role(TagRoleRequest) -> ();
        tags::untag_role(UntagRoleRequest) -> ();
        tags::list_role_tags(ListRoleTagsRequest) -> ListRoleTagsResponse;
        tags::tag_policy(TagPolicyRequest) -> ();
        tags::untag_policy(UntagPolicyRequest) -> ();
        tags::list_policy_tags(ListPolicyTagsRequest) -> ListPolicyTagsResponse;
        tags::tag_open_id_connect_provider(TagOpenIDConnectProviderRequest) -> ();
        tags::untag_open_id_connect_provider(UntagOpenIDConnectProviderRequest) -> ();
        tags::list_open_id_connect_provider_tags(ListOpenIDConnectProviderTagsRequest) -> ListOpenIDConnectProviderTagsResponse;
        tags::tag_saml_provider(TagSAMLProviderRequest) -> ();
        tags::untag_saml_provider(UntagSAMLProviderRequest) -> ();
        tags::list_saml_provider_tags(ListSAMLProviderTagsRequest) -> ListSAMLProviderTagsResponse;
        tags::tag_mfa_device(TagMFADeviceRequest) -> ();
        tags::untag_mfa_device(UntagMFADeviceRequest) -> ();
        tags::list_mfa_device_tags(ListMFADeviceTagsRequest) -> ListMFADeviceTagsResponse;
        tags::tag_instance_profile(TagInstanceProfileRequest) -> ();
        tags::untag_instance_profile(UntagInstanceProfileRequest) -> ();
        tags::list_instance_profile_tags(ListInstanceProfileTagsRequest) -> ListInstanceProfileTagsResponse;

        mfa::create_virtual_mfa_device(CreateVirtualMFADeviceRequest) -> CreateVirtualMFADeviceResponse;
        mfa::enable_mfa_device(EnableMFADeviceRequest) -> ();
        mfa::resync_mfa_device(ResyncMFADeviceRequest) -> ();
        mfa::deactivate_mfa_device(DeactivateMFADeviceRequest) -> ();
        mfa::delete_virtual_mfa_device(DeleteVirtualMFADeviceRequest) -> ();
        mfa::list_mfa_devices(ListMFADevicesRequest) -> ListMFADevicesResponse;
        mfa::list_virtual_mfa_devices(ListVirtualMFADevicesRequest) -> ListVirtualMFADevicesResponse;

        providers::create_open_id_connect_provider(CreateOpenIDConnectProviderRequest) -> CreateOpenIDConnectProviderResponse;
        providers::get_open_id_connect_provider(GetOpenIDConnectProviderRequest) -> GetOpenIDConnectProviderResponse;
        providers::list_open_id_connect_providers(ListOpenIDConnectProvidersRequest) -> ListOpenIDConnectProvidersResponse;
        providers::delete_open_id_connect_provider(DeleteOpenIDConnectProviderRequest) -> ();
        providers::add_client_id_to_open_id_connect_provider(AddClientIDToOpenIDConnectProviderRequest) -> ();
        providers::remove_client_id_from_open_id_connect_provider(RemoveClientIDFromOpenIDConnectProviderRequest) -> ();
        providers::update_open_id_connect_provider_thumbprint(UpdateOpenIDConnectProviderThumbprintRequest) -> ();
        providers::create_saml_provider(CreateSAMLProviderRequest) -> CreateSAMLProviderResponse;
        providers::get_saml_provider(GetSAMLProviderRequest) -> GetSAMLProviderResponse;
        providers::list_saml_providers(ListSAMLProvidersRequest) -> ListSAMLProvidersResponse;
        providers::update_saml_provider(UpdateSAMLProviderRequest) -> UpdateSAMLProviderResponse;
        providers::delete_saml_provider(DeleteSAMLProviderRequest) -> ();

        instance_profiles::create_instance_profile(CreateInstanceProfileRequest) -> CreateInstanceProfileResponse;
        instance_profiles::get_instance_profile(GetInstanceProfileRequest) -> GetInstanceProfileResponse;
        instance_profiles::list_instance_profiles(ListInstanceProfilesRequest) -> ListInstanceProfilesResponse;
        instance_profiles::list_instance_profiles_for_role(ListInstanceProfilesForRoleRequest) -> ListInstanceProfilesForRoleResponse;
        instance_profiles::delete_instance_profile(DeleteInstanceProfileRequest) -> ();
        instance_profiles::add_role_to_instance_profile(AddRoleToInstanceProfileRequest) -> ();
        instance_profiles::remove_role_from_instance_profile(RemoveRoleFromInstanceProfileRequest) -> ();

        account::create_account_alias(CreateAccountAliasRequest) -> ();
        account::delete_account_alias(DeleteAccountAliasRequest) -> ();
        account::list_account_aliases(ListAccountAliasesRequest) -> ListAccountAliasesResponse;

        authorization_details::get_account_authorization_details(GetAccountAuthorizationDetailsRequest) -> GetAccountAuthorizationDetailsResponse;
        policy_entities::list_entities_for_policy(ListEntitiesForPolicyRequest) -> ListEntitiesForPolicyResponse;
        mfa::get_mfa_device(GetMFADeviceRequest) -> GetMFADeviceResponse;
        service_linked_roles::create_service_linked_role(CreateServiceLinkedRoleRequest) -> CreateServiceLinkedRoleResponse;
        service_linked_roles::delete_service_linked_role(DeleteServiceLinkedRoleRequest) -> DeleteServiceLinkedRoleResponse;
        service_linked_roles::get_service_linked_role_deletion_status(GetServiceLinkedRoleDeletionStatusRequest) -> GetServiceLinkedRoleDeletionStatusResponse;

        login_profiles::create_login_profile(CreateLoginProfileRequest) -> CreateLoginProfileResponse;
        login_profiles::get_login_profile(GetLoginProfileRequest) -> GetLoginProfileResponse;
        login_profiles::update_login_profile(UpdateLoginProfileRequest) -> ();
        login_profiles::delete_login_profile(DeleteLoginProfileRequest) -> ();

        ssh_public_keys::upload_ssh_public_key(UploadSSHPublicKeyRequest) -> UploadSSHPublicKeyResponse;
        ssh_public_keys::get_ssh_public_key(GetSSHPublicKeyRequest) -> GetSSHPublicKeyResponse;
        ssh_public_keys::list_ssh_public_keys(ListSSHPublicKeysRequest) -> ListSSHPublicKeysResponse;
        ssh_public_keys::update_ssh_public_key(UpdateSSHPublicKeyRequest) -> ();
        ssh_public_keys::delete_ssh_public_key(DeleteSSHPublicKeyRequest) -> ();
    }

    async fn get_account_summary(
        &self,
        ctx: &Context,
    ) -> Result<GetAccountSummaryResponse, AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:GetAccountSummary", "*")
            .await?;
        Ok(account::get_account_summary(&scope).await?)
    }

    async fn generate_credential_report(
        &self,
        ctx: &Context,
    ) -> Result<GenerateCredentialReportResponse, AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:GenerateCredentialReport", "*")
            .await?;
        credential_report::generate_credential_report(&scope).await
    }

    async fn get_credential_report(
        &self,
        ctx: &Context,
    ) -> Result<GetCredentialReportResponse, AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:GetCredentialReport", "*")
            .await?;
        credential_report::get_credential_report(&scope).await
    }

    async fn get_account_password_policy(
        &self,
        ctx: &Context,
    ) -> Result<GetAccountPasswordPolicyResponse, AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:GetAccountPasswordPolicy", "*")
            .await?;
        Ok(password_policy::get_account_password_policy(&scope).await?)
    }

    async fn update_account_password_policy(
        &self,
        ctx: &Context,
        input: UpdateAccountPasswordPolicyRequest,
    ) -> Result<(), AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:UpdateAccountPasswordPolicy", "*")
            .await?;
        Ok(password_policy::update_account_password_policy(&scope, input).await?)
    }

    async fn delete_account_password_policy(&self, ctx: &Context) -> Result<(), AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:DeleteAccountPasswordPolicy", "*")
            .await?;
        Ok(password_policy::delete_account_password_policy(&scope).await?)
    }

    /// An IAM user changes its own password: allowed by `iam:ChangePassword` on the user, or
    /// for every user by the password policy's `AllowUsersToChangePassword`.
    async fn change_password(
        &self,
        ctx: &Context,
        input: ChangePasswordRequest,
    ) -> Result<(), AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        let user = login_profiles::password_changer(&scope)?;
        let policy = scope
            .store
            .password_policy(scope.acct())
            .await
            .map_err(IamError::from)?;
        if !policy.is_some_and(|p| p.allow_users_to_change) {
            let resource = permission::Target::resource(&input, &scope);
            self.state
                .authorize(ctx, "iam:ChangePassword", &resource)
                .await?;
        }
        Ok(login_profiles::change_password(&scope, &user, policy, input).await?)
    }

    async fn enable_outbound_web_identity_federation(
        &self,
        ctx: &Context,
    ) -> Result<EnableOutboundWebIdentityFederationResponse, AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:EnableOutboundWebIdentityFederation", "*")
            .await?;
        outbound_federation::enable(&scope, ctx).await
    }

    async fn disable_outbound_web_identity_federation(
        &self,
        ctx: &Context,
    ) -> Result<(), AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:DisableOutboundWebIdentityFederation", "*")
            .await?;
        outbound_federation::disable(&scope).await
    }

    async fn get_outbound_web_identity_federation_info(
        &self,
        ctx: &Context,
    ) -> Result<GetOutboundWebIdentityFederationInfoResponse, AwsError> {
        let scope = Scope::new(self.state, ctx)?;
        self.state
            .authorize(ctx, "iam:GetOutboundWebIdentityFederationInfo", "*")
            .await?;
        outbound_federation::info(&scope, ctx).await
    }

    async fn simulate_custom_policy(
        &self,
        ctx: &Context,
        input: SimulateCustomPolicyRequest,
    ) -> Result<SimulatePolicyResponse, AwsError> {
        self.state
            .authorize(ctx, "iam:SimulateCustomPolicy", "*")
            .await?;
        gatehouse_simulator::simulate_custom_policy(self.state, ctx, input).await
    }

    async fn simulate_principal_policy(
        &self,
        ctx: &Context,
        input: SimulatePrincipalPolicyRequest,
    ) -> Result<SimulatePolicyResponse, AwsError> {
        self.state
            .authorize(ctx, "iam:SimulatePrincipalPolicy", &input.policy_source_arn)
            .await?;
        gatehouse_simulator::simulate_principal_policy(self.state, ctx, input).await
    }

    async fn get_context_keys_for_custom_policy(
        &self,
        ctx: &Context,
        input: GetContextKeysForCustomPolicyRequest,
    ) -> Result<GetContextKeysForPolicyResponse, AwsError> {
        self.state
            .authorize(ctx, "iam:GetContextKeysForCustomPolicy", "*")
            .await?;
        gatehouse_simulator::get_context_keys_for_custom_policy(input).await
    }

    async fn get_context_keys_for_principal_policy(
        &self,
        ctx: &Context,
        input: GetContextKeysForPrincipalPolicyRequest,
    ) -> Result<GetContextKeysForPolicyResponse, AwsError> {
        self.state
            .authorize(
                ctx,
                "iam:GetContextKeysForPrincipalPolicy",
                &input.policy_source_arn,
            )
            .await?;
        gatehouse_simulator::get_context_keys_for_principal_policy(self.state, ctx, input).await
    }
}
