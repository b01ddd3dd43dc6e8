//! IAM query decoders: parameters to input shapes, with AWS's validation.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use super::validate::*;
use crate::decode::Decoder;

impl AcceptDelegationRequestRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let delegation_request_id = d.member(
            "DelegationRequestId",
            "delegationRequestId",
            true,
            d_delegation_request_id_type,
        );
        Some(Self {
            delegation_request_id: delegation_request_id?,
        })
    }
}

impl AcquireRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let template_arn = d.member("TemplateArn", "templateArn", true, d_arn_type);
        let template_minor_version = d.member(
            "TemplateMinorVersion",
            "templateMinorVersion",
            false,
            d_integer_type,
        );
        let replacement_values = d.member(
            "ReplacementValues",
            "replacementValues",
            false,
            d_map_string_replacement_value_entry,
        );
        Some(Self {
            template_arn: template_arn?,
            template_minor_version,
            replacement_values,
        })
    }
}

impl AddClientIDToOpenIDConnectProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        let client_id = d.member("ClientID", "clientID", true, d_client_id_type);
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
            client_id: client_id?,
        })
    }
}

impl AddRoleToInstanceProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let instance_profile_name = d.member(
            "InstanceProfileName",
            "instanceProfileName",
            true,
            d_instance_profile_name_type,
        );
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            instance_profile_name: instance_profile_name?,
            role_name: role_name?,
        })
    }
}

impl AddUserToGroupRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        Some(Self {
            group_name: group_name?,
            user_name: user_name?,
        })
    }
}

impl AssociateDelegationRequestRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let delegation_request_id = d.member(
            "DelegationRequestId",
            "delegationRequestId",
            true,
            d_delegation_request_id_type,
        );
        Some(Self {
            delegation_request_id: delegation_request_id?,
        })
    }
}

impl AttachGroupPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            group_name: group_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl AttachRolePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            role_name: role_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl AttachUserPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            user_name: user_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl ChangePasswordRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let old_password = d.member("OldPassword", "oldPassword", true, d_password_type);
        let new_password = d.member("NewPassword", "newPassword", true, d_password_type);
        Some(Self {
            old_password: old_password?,
            new_password: new_password?,
        })
    }
}

impl ContextEntry {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let context_key_name = d.member(
            "ContextKeyName",
            "contextKeyName",
            false,
            d_context_key_name_type,
        );
        let context_key_values = d.member(
            "ContextKeyValues",
            "contextKeyValues",
            false,
            d_context_key_value_list_type,
        );
        let context_key_type = d.member(
            "ContextKeyType",
            "contextKeyType",
            false,
            d_context_key_type_enum,
        );
        Some(Self {
            context_key_name,
            context_key_values,
            context_key_type,
        })
    }
}

impl ContextProvider {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let key_definition_list = d.member(
            "KeyDefinitionList",
            "keyDefinitionList",
            false,
            d_key_definition_list_type,
        );
        let subject_source_key = d.member(
            "SubjectSourceKey",
            "subjectSourceKey",
            true,
            d_context_provider_source_key_type,
        );
        let subject_type_value = d.member(
            "SubjectTypeValue",
            "subjectTypeValue",
            false,
            d_subject_type_value_type,
        );
        let subject_type_source_key = d.member(
            "SubjectTypeSourceKey",
            "subjectTypeSourceKey",
            false,
            d_context_provider_source_key_type,
        );
        Some(Self {
            key_definition_list,
            subject_source_key: subject_source_key?,
            subject_type_value,
            subject_type_source_key,
        })
    }
}

impl ContextProviderKeyDefinition {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let source_key = d.member(
            "SourceKey",
            "sourceKey",
            true,
            d_context_provider_source_key_type,
        );
        let target_key = d.member(
            "TargetKey",
            "targetKey",
            false,
            d_context_provider_target_key_type,
        );
        Some(Self {
            source_key: source_key?,
            target_key,
        })
    }
}

impl CreateAccessKeyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        Some(Self { user_name })
    }
}

impl CreateAccountAliasRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_alias = d.member("AccountAlias", "accountAlias", true, d_account_alias_type);
        Some(Self {
            account_alias: account_alias?,
        })
    }
}

impl CreateDelegationRequestRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let owner_account_id =
            d.member("OwnerAccountId", "ownerAccountId", false, d_account_id_type);
        let description = d.member(
            "Description",
            "description",
            true,
            d_delegation_request_description_type,
        );
        let permissions = d.member("Permissions", "permissions", true, d_delegation_permission);
        let request_message = d.member(
            "RequestMessage",
            "requestMessage",
            false,
            d_request_message_type,
        );
        let requestor_workflow_id = d.member(
            "RequestorWorkflowId",
            "requestorWorkflowId",
            true,
            d_requestor_workflow_id_type,
        );
        let redirect_url = d.member("RedirectUrl", "redirectUrl", false, d_redirect_url_type);
        let notification_channel = d.member(
            "NotificationChannel",
            "notificationChannel",
            true,
            d_notification_channel_type,
        );
        let session_duration = d.member(
            "SessionDuration",
            "sessionDuration",
            true,
            d_session_duration_type,
        );
        let only_send_by_owner =
            d.member("OnlySendByOwner", "onlySendByOwner", false, d_boolean_type);
        Some(Self {
            owner_account_id,
            description: description?,
            permissions: permissions?,
            request_message,
            requestor_workflow_id: requestor_workflow_id?,
            redirect_url,
            notification_channel: notification_channel?,
            session_duration: session_duration?,
            only_send_by_owner,
        })
    }
}

impl CreateGroupRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path = d.member("Path", "path", false, d_path_type);
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        Some(Self {
            path,
            group_name: group_name?,
        })
    }
}

impl CreateInstanceProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let instance_profile_name = d.member(
            "InstanceProfileName",
            "instanceProfileName",
            true,
            d_instance_profile_name_type,
        );
        let path = d.member("Path", "path", false, d_path_type);
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        Some(Self {
            instance_profile_name: instance_profile_name?,
            path,
            tags,
        })
    }
}

impl CreateLoginProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        let password = d.member("Password", "password", false, d_password_type);
        let password_reset_required = d.member(
            "PasswordResetRequired",
            "passwordResetRequired",
            false,
            d_boolean_type,
        );
        let max_signin_session_duration = d.member(
            "MaxSigninSessionDuration",
            "maxSigninSessionDuration",
            false,
            d_max_signin_session_duration_type,
        );
        Some(Self {
            user_name,
            password,
            password_reset_required,
            max_signin_session_duration,
        })
    }
}

impl CreateOpenIDConnectProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let url = d.member("Url", "url", true, d_open_id_connect_provider_url_type);
        let client_id_list = d.member("ClientIDList", "clientIDList", false, d_client_id_list_type);
        let thumbprint_list = d.member(
            "ThumbprintList",
            "thumbprintList",
            false,
            d_thumbprint_list_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        let context_provider = d.member(
            "ContextProvider",
            "contextProvider",
            false,
            d_context_provider,
        );
        let identity_center_instance_arn = d.member(
            "IdentityCenterInstanceArn",
            "identityCenterInstanceArn",
            false,
            d_identity_center_instance_arn_type,
        );
        Some(Self {
            url: url?,
            client_id_list,
            thumbprint_list,
            tags,
            context_provider,
            identity_center_instance_arn,
        })
    }
}

impl CreatePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        let path = d.member("Path", "path", false, d_policy_path_type);
        let policy_document = d.member(
            "PolicyDocument",
            "policyDocument",
            true,
            d_policy_document_type,
        );
        let description = d.member(
            "Description",
            "description",
            false,
            d_policy_description_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        Some(Self {
            policy_name: policy_name?,
            path,
            policy_document: policy_document?,
            description,
            tags,
        })
    }
}

impl CreatePolicyVersionRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let policy_document = d.member(
            "PolicyDocument",
            "policyDocument",
            true,
            d_policy_document_type,
        );
        let set_as_default = d.member("SetAsDefault", "setAsDefault", false, d_boolean_type);
        Some(Self {
            policy_arn: policy_arn?,
            policy_document: policy_document?,
            set_as_default,
        })
    }
}

impl CreateRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path = d.member("Path", "path", false, d_path_type);
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let assume_role_policy_document = d.member(
            "AssumeRolePolicyDocument",
            "assumeRolePolicyDocument",
            true,
            d_policy_document_type,
        );
        let description = d.member("Description", "description", false, d_role_description_type);
        let max_session_duration = d.member(
            "MaxSessionDuration",
            "maxSessionDuration",
            false,
            d_role_max_session_duration_type,
        );
        let max_signin_session_duration = d.member(
            "MaxSigninSessionDuration",
            "maxSigninSessionDuration",
            false,
            d_max_signin_session_duration_type,
        );
        let permissions_boundary = d.member(
            "PermissionsBoundary",
            "permissionsBoundary",
            false,
            d_arn_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        Some(Self {
            path,
            role_name: role_name?,
            assume_role_policy_document: assume_role_policy_document?,
            description,
            max_session_duration,
            max_signin_session_duration,
            permissions_boundary,
            tags,
        })
    }
}

impl CreateSAMLProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_metadata_document = d.member(
            "SAMLMetadataDocument",
            "sAMLMetadataDocument",
            true,
            d_saml_metadata_document_type,
        );
        let name = d.member("Name", "name", true, d_saml_provider_name_type);
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        let assertion_encryption_mode = d.member(
            "AssertionEncryptionMode",
            "assertionEncryptionMode",
            false,
            d_assertion_encryption_mode_type,
        );
        let add_private_key = d.member("AddPrivateKey", "addPrivateKey", false, d_private_key_type);
        let context_provider = d.member(
            "ContextProvider",
            "contextProvider",
            false,
            d_context_provider,
        );
        let identity_center_instance_arn = d.member(
            "IdentityCenterInstanceArn",
            "identityCenterInstanceArn",
            false,
            d_identity_center_instance_arn_type,
        );
        Some(Self {
            saml_metadata_document: saml_metadata_document?,
            name: name?,
            tags,
            assertion_encryption_mode,
            add_private_key,
            context_provider,
            identity_center_instance_arn,
        })
    }
}

impl CreateServiceLinkedRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let aws_service_name =
            d.member("AWSServiceName", "aWSServiceName", true, d_group_name_type);
        let description = d.member("Description", "description", false, d_role_description_type);
        let custom_suffix = d.member("CustomSuffix", "customSuffix", false, d_custom_suffix_type);
        Some(Self {
            aws_service_name: aws_service_name?,
            description,
            custom_suffix,
        })
    }
}

impl CreateServiceSpecificCredentialRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let service_name = d.member("ServiceName", "serviceName", true, d_service_name);
        let credential_age_days = d.member(
            "CredentialAgeDays",
            "credentialAgeDays",
            false,
            d_credential_age_days,
        );
        Some(Self {
            user_name: user_name?,
            service_name: service_name?,
            credential_age_days,
        })
    }
}

impl CreateUserRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path = d.member("Path", "path", false, d_path_type);
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let permissions_boundary = d.member(
            "PermissionsBoundary",
            "permissionsBoundary",
            false,
            d_arn_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        Some(Self {
            path,
            user_name: user_name?,
            permissions_boundary,
            tags,
        })
    }
}

impl CreateVirtualMFADeviceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path = d.member("Path", "path", false, d_path_type);
        let virtual_mfa_device_name = d.member(
            "VirtualMFADeviceName",
            "virtualMFADeviceName",
            true,
            d_virtual_mfa_device_name,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        Some(Self {
            path,
            virtual_mfa_device_name: virtual_mfa_device_name?,
            tags,
        })
    }
}

impl CreateWorkloadIdentityProviderOutboundSignerRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let outbound_signer = d.member(
            "OutboundSigner",
            "outboundSigner",
            true,
            d_workload_identity_outbound_signer_configuration,
        );
        let signing_delay_in_hours = d.member(
            "SigningDelayInHours",
            "signingDelayInHours",
            false,
            d_workload_identity_signing_delay_in_hours_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            outbound_signer: outbound_signer?,
            signing_delay_in_hours,
        })
    }
}

impl CreateWorkloadIdentityProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let provider_name = d.member(
            "ProviderName",
            "providerName",
            true,
            d_workload_identity_provider_name_type,
        );
        let description = d.member(
            "Description",
            "description",
            false,
            d_workload_identity_provider_description_type,
        );
        let scheme = d.member(
            "Scheme",
            "scheme",
            true,
            d_workload_identity_provider_scheme_type,
        );
        let workload_identity_domain = d.member(
            "WorkloadIdentityDomain",
            "workloadIdentityDomain",
            false,
            d_workload_identity_domain_type,
        );
        let resource_scope = d.member(
            "ResourceScope",
            "resourceScope",
            false,
            d_workload_identity_provider_scope_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        Some(Self {
            provider_name: provider_name?,
            description,
            scheme: scheme?,
            workload_identity_domain,
            resource_scope,
            tags,
        })
    }
}

impl CreateWorkloadIdentityTemplateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let name = d.member(
            "Name",
            "name",
            false,
            d_workload_identity_template_name_type,
        );
        let description = d.member(
            "Description",
            "description",
            false,
            d_workload_identity_description_type,
        );
        let resource_scope = d.member(
            "ResourceScope",
            "resourceScope",
            false,
            d_workload_identity_resource_scope_type,
        );
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            false,
            d_arn_type,
        );
        let path_prefix = d.member(
            "PathPrefix",
            "pathPrefix",
            false,
            d_workload_identity_path_prefix_type,
        );
        let path_pattern = d.member(
            "PathPattern",
            "pathPattern",
            false,
            d_workload_identity_template_path_pattern_type,
        );
        let attestation_policy = d.member(
            "AttestationPolicy",
            "attestationPolicy",
            false,
            d_policy_document_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        let template_definition = d.member(
            "TemplateDefinition",
            "templateDefinition",
            false,
            d_workload_identity_template_definition_type,
        );
        Some(Self {
            name,
            description,
            resource_scope,
            workload_identity_provider_arn,
            path_prefix,
            path_pattern,
            attestation_policy,
            tags,
            template_definition,
        })
    }
}

impl DeactivateMFADeviceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        Some(Self {
            user_name,
            serial_number: serial_number?,
        })
    }
}

impl DelegationPermission {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_template_arn =
            d.member("PolicyTemplateArn", "policyTemplateArn", false, d_arn_type);
        let parameters = d.member(
            "Parameters",
            "parameters",
            false,
            d_policy_parameter_list_type,
        );
        Some(Self {
            policy_template_arn,
            parameters,
        })
    }
}

impl DeleteAccessKeyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let access_key_id = d.member("AccessKeyId", "accessKeyId", true, d_access_key_id_type);
        Some(Self {
            user_name,
            access_key_id: access_key_id?,
        })
    }
}

impl DeleteAccountAliasRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_alias = d.member("AccountAlias", "accountAlias", true, d_account_alias_type);
        Some(Self {
            account_alias: account_alias?,
        })
    }
}

impl DeleteGroupPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            group_name: group_name?,
            policy_name: policy_name?,
        })
    }
}

impl DeleteGroupRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        Some(Self {
            group_name: group_name?,
        })
    }
}

impl DeleteInstanceProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let instance_profile_name = d.member(
            "InstanceProfileName",
            "instanceProfileName",
            true,
            d_instance_profile_name_type,
        );
        Some(Self {
            instance_profile_name: instance_profile_name?,
        })
    }
}

impl DeleteLoginProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        Some(Self { user_name })
    }
}

impl DeleteOpenIDConnectProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
        })
    }
}

impl DeletePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            policy_arn: policy_arn?,
        })
    }
}

impl DeletePolicyVersionRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let version_id = d.member("VersionId", "versionId", true, d_policy_version_id_type);
        Some(Self {
            policy_arn: policy_arn?,
            version_id: version_id?,
        })
    }
}

impl DeleteRolePermissionsBoundaryRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            role_name: role_name?,
        })
    }
}

impl DeleteRolePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            role_name: role_name?,
            policy_name: policy_name?,
        })
    }
}

impl DeleteRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            role_name: role_name?,
        })
    }
}

impl DeleteSAMLProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
        })
    }
}

impl DeleteSSHPublicKeyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let ssh_public_key_id = d.member(
            "SSHPublicKeyId",
            "sSHPublicKeyId",
            true,
            d_public_key_id_type,
        );
        Some(Self {
            user_name: user_name?,
            ssh_public_key_id: ssh_public_key_id?,
        })
    }
}

impl DeleteServerCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let server_certificate_name = d.member(
            "ServerCertificateName",
            "serverCertificateName",
            true,
            d_server_certificate_name_type,
        );
        Some(Self {
            server_certificate_name: server_certificate_name?,
        })
    }
}

impl DeleteServiceLinkedRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            role_name: role_name?,
        })
    }
}

impl DeleteServiceSpecificCredentialRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        let service_specific_credential_id = d.member(
            "ServiceSpecificCredentialId",
            "serviceSpecificCredentialId",
            true,
            d_service_specific_credential_id,
        );
        Some(Self {
            user_name,
            service_specific_credential_id: service_specific_credential_id?,
        })
    }
}

impl DeleteSigningCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let certificate_id = d.member(
            "CertificateId",
            "certificateId",
            true,
            d_certificate_id_type,
        );
        Some(Self {
            user_name,
            certificate_id: certificate_id?,
        })
    }
}

impl DeleteUserPermissionsBoundaryRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        Some(Self {
            user_name: user_name?,
        })
    }
}

impl DeleteUserPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            user_name: user_name?,
            policy_name: policy_name?,
        })
    }
}

impl DeleteUserRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        Some(Self {
            user_name: user_name?,
        })
    }
}

impl DeleteVirtualMFADeviceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        Some(Self {
            serial_number: serial_number?,
        })
    }
}

impl DeleteWorkloadIdentityProviderOutboundSignerRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let outbound_signer = d.member(
            "OutboundSigner",
            "outboundSigner",
            true,
            d_workload_identity_outbound_signer_configuration,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            outbound_signer: outbound_signer?,
        })
    }
}

impl DeleteWorkloadIdentityProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
        })
    }
}

impl DeleteWorkloadIdentityProviderResourcePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
        })
    }
}

impl DeleteWorkloadIdentityTemplateAttestationPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            true,
            d_arn_type,
        );
        Some(Self {
            workload_identity_template_arn: workload_identity_template_arn?,
        })
    }
}

impl DeleteWorkloadIdentityTemplateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            true,
            d_arn_type,
        );
        Some(Self {
            workload_identity_template_arn: workload_identity_template_arn?,
        })
    }
}

impl DetachGroupPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            group_name: group_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl DetachRolePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            role_name: role_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl DetachUserPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            user_name: user_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl DisableOrganizationLevelResourcesRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl DisableOrganizationsRootCredentialsManagementRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl DisableOrganizationsRootSessionsRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl DisableWorkloadIdentityProviderOutboundSignerRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let signer_type = d.member(
            "SignerType",
            "signerType",
            true,
            d_workload_identity_outbound_signer_type_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            signer_type: signer_type?,
        })
    }
}

impl EnableMFADeviceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let authentication_code1 = d.member(
            "AuthenticationCode1",
            "authenticationCode1",
            true,
            d_authentication_code_type,
        );
        let authentication_code2 = d.member(
            "AuthenticationCode2",
            "authenticationCode2",
            true,
            d_authentication_code_type,
        );
        Some(Self {
            user_name: user_name?,
            serial_number: serial_number?,
            authentication_code1: authentication_code1?,
            authentication_code2: authentication_code2?,
        })
    }
}

impl EnableOrganizationLevelResourcesRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl EnableOrganizationsRootCredentialsManagementRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl EnableOrganizationsRootSessionsRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl EnableWorkloadIdentityProviderOutboundSignerRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let signer_type = d.member(
            "SignerType",
            "signerType",
            true,
            d_workload_identity_outbound_signer_type_type,
        );
        let signing_delay_in_hours = d.member(
            "SigningDelayInHours",
            "signingDelayInHours",
            false,
            d_workload_identity_signing_delay_in_hours_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            signer_type: signer_type?,
            signing_delay_in_hours,
        })
    }
}

impl GenerateOrganizationsAccessReportRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let entity_path = d.member(
            "EntityPath",
            "entityPath",
            true,
            d_organizations_entity_path_type,
        );
        let organizations_policy_id = d.member(
            "OrganizationsPolicyId",
            "organizationsPolicyId",
            false,
            d_organizations_policy_id_type,
        );
        Some(Self {
            entity_path: entity_path?,
            organizations_policy_id,
        })
    }
}

impl GenerateServiceLastAccessedDetailsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let arn = d.member("Arn", "arn", true, d_arn_type);
        let granularity = d.member(
            "Granularity",
            "granularity",
            false,
            d_access_advisor_usage_granularity_type,
        );
        Some(Self {
            arn: arn?,
            granularity,
        })
    }
}

impl GetAccessKeyLastUsedRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let access_key_id = d.member("AccessKeyId", "accessKeyId", true, d_access_key_id_type);
        Some(Self {
            access_key_id: access_key_id?,
        })
    }
}

impl GetAccountAuthorizationDetailsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let filter = d.member("Filter", "filter", false, d_entity_list_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        Some(Self {
            filter,
            max_items,
            marker,
        })
    }
}

impl GetAccountPropertiesRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl GetContextKeysForCustomPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_input_list = d.member(
            "PolicyInputList",
            "policyInputList",
            true,
            d_simulation_policy_list_type,
        );
        Some(Self {
            policy_input_list: policy_input_list?,
        })
    }
}

impl GetContextKeysForPrincipalPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_source_arn = d.member("PolicySourceArn", "policySourceArn", true, d_arn_type);
        let policy_input_list = d.member(
            "PolicyInputList",
            "policyInputList",
            false,
            d_simulation_policy_list_type,
        );
        Some(Self {
            policy_source_arn: policy_source_arn?,
            policy_input_list,
        })
    }
}

impl GetDelegationRequestRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let delegation_request_id = d.member(
            "DelegationRequestId",
            "delegationRequestId",
            true,
            d_delegation_request_id_type,
        );
        let delegation_permission_check = d.member(
            "DelegationPermissionCheck",
            "delegationPermissionCheck",
            false,
            d_boolean_type,
        );
        Some(Self {
            delegation_request_id: delegation_request_id?,
            delegation_permission_check,
        })
    }
}

impl GetGroupPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            group_name: group_name?,
            policy_name: policy_name?,
        })
    }
}

impl GetGroupRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            group_name: group_name?,
            marker,
            max_items,
        })
    }
}

impl GetHumanReadableSummaryRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let entity_arn = d.member("EntityArn", "entityArn", true, d_arn_type);
        let locale = d.member("Locale", "locale", false, d_locale_type);
        Some(Self {
            entity_arn: entity_arn?,
            locale,
        })
    }
}

impl GetInstanceProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let instance_profile_name = d.member(
            "InstanceProfileName",
            "instanceProfileName",
            true,
            d_instance_profile_name_type,
        );
        Some(Self {
            instance_profile_name: instance_profile_name?,
        })
    }
}

impl GetLoginProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        Some(Self { user_name })
    }
}

impl GetMFADeviceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        Some(Self {
            serial_number: serial_number?,
            user_name,
        })
    }
}

impl GetOpenIDConnectProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
        })
    }
}

impl GetOrganizationsAccessReportRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let job_id = d.member("JobId", "jobId", true, d_job_id_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let sort_key = d.member("SortKey", "sortKey", false, d_sort_key_type);
        Some(Self {
            job_id: job_id?,
            max_items,
            marker,
            sort_key,
        })
    }
}

impl GetPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            policy_arn: policy_arn?,
        })
    }
}

impl GetPolicyVersionRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let version_id = d.member("VersionId", "versionId", true, d_policy_version_id_type);
        Some(Self {
            policy_arn: policy_arn?,
            version_id: version_id?,
        })
    }
}

impl GetRolePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            role_name: role_name?,
            policy_name: policy_name?,
        })
    }
}

impl GetRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            role_name: role_name?,
        })
    }
}

impl GetRoleTemplateVersionRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let template_arn = d.member("TemplateArn", "templateArn", true, d_arn_type);
        let minor_version = d.member("MinorVersion", "minorVersion", false, d_minor_version_type);
        Some(Self {
            template_arn: template_arn?,
            minor_version,
        })
    }
}

impl GetSAMLProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
        })
    }
}

impl GetSSHPublicKeyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let ssh_public_key_id = d.member(
            "SSHPublicKeyId",
            "sSHPublicKeyId",
            true,
            d_public_key_id_type,
        );
        let encoding = d.member("Encoding", "encoding", true, d_encoding_type);
        Some(Self {
            user_name: user_name?,
            ssh_public_key_id: ssh_public_key_id?,
            encoding: encoding?,
        })
    }
}

impl GetServerCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let server_certificate_name = d.member(
            "ServerCertificateName",
            "serverCertificateName",
            true,
            d_server_certificate_name_type,
        );
        Some(Self {
            server_certificate_name: server_certificate_name?,
        })
    }
}

impl GetServiceLastAccessedDetailsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let job_id = d.member("JobId", "jobId", true, d_job_id_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        Some(Self {
            job_id: job_id?,
            max_items,
            marker,
        })
    }
}

impl GetServiceLastAccessedDetailsWithEntitiesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let job_id = d.member("JobId", "jobId", true, d_job_id_type);
        let service_namespace = d.member(
            "ServiceNamespace",
            "serviceNamespace",
            true,
            d_service_namespace_type,
        );
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        Some(Self {
            job_id: job_id?,
            service_namespace: service_namespace?,
            max_items,
            marker,
        })
    }
}

impl GetServiceLinkedRoleDeletionStatusRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let deletion_task_id = d.member(
            "DeletionTaskId",
            "deletionTaskId",
            true,
            d_deletion_task_id_type,
        );
        Some(Self {
            deletion_task_id: deletion_task_id?,
        })
    }
}

impl GetUserPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            user_name: user_name?,
            policy_name: policy_name?,
        })
    }
}

impl GetUserRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        Some(Self { user_name })
    }
}

impl GetWorkloadIdentityProviderDeletionStatusRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let deletion_task_id = d.member(
            "DeletionTaskId",
            "deletionTaskId",
            true,
            d_deletion_task_id_type,
        );
        Some(Self {
            deletion_task_id: deletion_task_id?,
        })
    }
}

impl GetWorkloadIdentityProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
        })
    }
}

impl GetWorkloadIdentityProviderResourcePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
        })
    }
}

impl GetWorkloadIdentityTemplateAttestationPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            true,
            d_arn_type,
        );
        Some(Self {
            workload_identity_template_arn: workload_identity_template_arn?,
        })
    }
}

impl GetWorkloadIdentityTemplateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            true,
            d_arn_type,
        );
        Some(Self {
            workload_identity_template_arn: workload_identity_template_arn?,
        })
    }
}

impl InlinePolicyIdentifierType {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        let attachment_type = d.member("AttachmentType", "attachmentType", true, d_attachment_type);
        let attachment_name = d.member("AttachmentName", "attachmentName", true, d_attachment_name);
        Some(Self {
            policy_name: policy_name?,
            attachment_type: attachment_type?,
            attachment_name: attachment_name?,
        })
    }
}

impl ListAccessKeysRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name,
            marker,
            max_items,
        })
    }
}

impl ListAccountAliasesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self { marker, max_items })
    }
}

impl ListAttachedGroupPoliciesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_policy_path_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            group_name: group_name?,
            path_prefix,
            marker,
            max_items,
        })
    }
}

impl ListAttachedRolePoliciesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_policy_path_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            role_name: role_name?,
            path_prefix,
            marker,
            max_items,
        })
    }
}

impl ListAttachedUserPoliciesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_policy_path_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name: user_name?,
            path_prefix,
            marker,
            max_items,
        })
    }
}

impl ListDelegationRequestsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let owner_id = d.member("OwnerId", "ownerId", false, d_owner_id_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            owner_id,
            marker,
            max_items,
        })
    }
}

impl ListEntitiesForPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let entity_filter = d.member("EntityFilter", "entityFilter", false, d_entity_type);
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_path_type);
        let policy_usage_filter = d.member(
            "PolicyUsageFilter",
            "policyUsageFilter",
            false,
            d_policy_usage_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            policy_arn: policy_arn?,
            entity_filter,
            path_prefix,
            policy_usage_filter,
            marker,
            max_items,
        })
    }
}

impl ListGroupPoliciesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            group_name: group_name?,
            marker,
            max_items,
        })
    }
}

impl ListGroupsForUserRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name: user_name?,
            marker,
            max_items,
        })
    }
}

impl ListGroupsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_path_prefix_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

impl ListInstanceProfileTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let instance_profile_name = d.member(
            "InstanceProfileName",
            "instanceProfileName",
            true,
            d_instance_profile_name_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            instance_profile_name: instance_profile_name?,
            marker,
            max_items,
        })
    }
}

impl ListInstanceProfilesForRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            role_name: role_name?,
            marker,
            max_items,
        })
    }
}

impl ListInstanceProfilesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_path_prefix_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

impl ListMFADeviceTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            serial_number: serial_number?,
            marker,
            max_items,
        })
    }
}

impl ListMFADevicesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name,
            marker,
            max_items,
        })
    }
}

impl ListOpenIDConnectProviderTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
            marker,
            max_items,
        })
    }
}

impl ListOpenIDConnectProvidersRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl ListOrganizationsFeaturesRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl ListPoliciesGrantingServiceAccessRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let arn = d.member("Arn", "arn", true, d_arn_type);
        let service_namespaces = d.member(
            "ServiceNamespaces",
            "serviceNamespaces",
            true,
            d_service_namespace_list_type,
        );
        Some(Self {
            marker,
            arn: arn?,
            service_namespaces: service_namespaces?,
        })
    }
}

impl ListPoliciesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let scope = d.member("Scope", "scope", false, d_policy_scope_type);
        let only_attached = d.member("OnlyAttached", "onlyAttached", false, d_boolean_type);
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_policy_path_type);
        let policy_usage_filter = d.member(
            "PolicyUsageFilter",
            "policyUsageFilter",
            false,
            d_policy_usage_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            scope,
            only_attached,
            path_prefix,
            policy_usage_filter,
            marker,
            max_items,
        })
    }
}

impl ListPolicyTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            policy_arn: policy_arn?,
            marker,
            max_items,
        })
    }
}

impl ListPolicyVersionsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            policy_arn: policy_arn?,
            marker,
            max_items,
        })
    }
}

impl ListRolePoliciesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            role_name: role_name?,
            marker,
            max_items,
        })
    }
}

impl ListRoleTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            role_name: role_name?,
            marker,
            max_items,
        })
    }
}

impl ListRolesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_path_prefix_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

impl ListSAMLProviderTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
            marker,
            max_items,
        })
    }
}

impl ListSAMLProvidersRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl ListSSHPublicKeysRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name,
            marker,
            max_items,
        })
    }
}

impl ListServerCertificateTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let server_certificate_name = d.member(
            "ServerCertificateName",
            "serverCertificateName",
            true,
            d_server_certificate_name_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            server_certificate_name: server_certificate_name?,
            marker,
            max_items,
        })
    }
}

impl ListServerCertificatesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_path_prefix_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

impl ListServiceSpecificCredentialsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        let service_name = d.member("ServiceName", "serviceName", false, d_service_name);
        let all_users = d.member("AllUsers", "allUsers", false, d_all_users);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name,
            service_name,
            all_users,
            marker,
            max_items,
        })
    }
}

impl ListSigningCertificatesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name,
            marker,
            max_items,
        })
    }
}

impl ListUserPoliciesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name: user_name?,
            marker,
            max_items,
        })
    }
}

impl ListUserTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            user_name: user_name?,
            marker,
            max_items,
        })
    }
}

impl ListUsersRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path_prefix = d.member("PathPrefix", "pathPrefix", false, d_path_prefix_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            path_prefix,
            marker,
            max_items,
        })
    }
}

impl ListVirtualMFADevicesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let assignment_status = d.member(
            "AssignmentStatus",
            "assignmentStatus",
            false,
            d_assignment_status_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            assignment_status,
            marker,
            max_items,
        })
    }
}

impl ListWorkloadIdentityProviderOutboundSignersRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            marker,
            max_items,
        })
    }
}

impl ListWorkloadIdentityProviderTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            marker,
            max_items,
        })
    }
}

impl ListWorkloadIdentityProvidersRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let resource_scope = d.member(
            "ResourceScope",
            "resourceScope",
            false,
            d_workload_identity_provider_scope_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            resource_scope,
            marker,
            max_items,
        })
    }
}

impl ListWorkloadIdentityTemplateTagsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            true,
            d_arn_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self {
            workload_identity_template_arn: workload_identity_template_arn?,
            marker,
            max_items,
        })
    }
}

impl ListWorkloadIdentityTemplatesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let resource_scope = d.member(
            "ResourceScope",
            "resourceScope",
            false,
            d_workload_identity_resource_scope_type,
        );
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        let filter = d.member(
            "Filter",
            "filter",
            false,
            d_workload_identity_template_filter_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            resource_scope,
            marker,
            max_items,
            filter,
        })
    }
}

impl OrderedOrganizationPolicyType {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let service_control_policy_input_list = d.member(
            "ServiceControlPolicyInputList",
            "serviceControlPolicyInputList",
            false,
            d_simulation_policy_list_type,
        );
        Some(Self {
            service_control_policy_input_list,
        })
    }
}

impl PolicyIdentifier {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_type = d.member(
            "PolicyType",
            "policyType",
            false,
            d_policy_identifier_policy_type,
        );
        let policy_arn = d.member("PolicyArn", "policyArn", false, d_arn_type);
        let inline_policy_identifier = d.member(
            "InlinePolicyIdentifier",
            "inlinePolicyIdentifier",
            false,
            d_inline_policy_identifier_type,
        );
        Some(Self {
            policy_type,
            policy_arn,
            inline_policy_identifier,
        })
    }
}

impl PolicyParameter {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let name = d.member("Name", "name", false, d_policy_parameter_name_type);
        let values = d.member(
            "Values",
            "values",
            false,
            d_policy_parameter_values_list_type,
        );
        let r#type = d.member("Type", "type", false, d_policy_parameter_type_enum);
        Some(Self {
            name,
            values,
            r#type,
        })
    }
}

impl PutAccountPropertiesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let properties = d.member(
            "Properties",
            "properties",
            true,
            d_account_properties_map_type,
        );
        Some(Self {
            properties: properties?,
        })
    }
}

impl PutGroupPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        let policy_document = d.member(
            "PolicyDocument",
            "policyDocument",
            true,
            d_policy_document_type,
        );
        Some(Self {
            group_name: group_name?,
            policy_name: policy_name?,
            policy_document: policy_document?,
        })
    }
}

impl PutRolePermissionsBoundaryRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let permissions_boundary = d.member(
            "PermissionsBoundary",
            "permissionsBoundary",
            true,
            d_arn_type,
        );
        Some(Self {
            role_name: role_name?,
            permissions_boundary: permissions_boundary?,
        })
    }
}

impl PutRolePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        let policy_document = d.member(
            "PolicyDocument",
            "policyDocument",
            true,
            d_policy_document_type,
        );
        Some(Self {
            role_name: role_name?,
            policy_name: policy_name?,
            policy_document: policy_document?,
        })
    }
}

impl PutUserPermissionsBoundaryRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let permissions_boundary = d.member(
            "PermissionsBoundary",
            "permissionsBoundary",
            true,
            d_arn_type,
        );
        Some(Self {
            user_name: user_name?,
            permissions_boundary: permissions_boundary?,
        })
    }
}

impl PutUserPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        let policy_document = d.member(
            "PolicyDocument",
            "policyDocument",
            true,
            d_policy_document_type,
        );
        Some(Self {
            user_name: user_name?,
            policy_name: policy_name?,
            policy_document: policy_document?,
        })
    }
}

impl PutWorkloadIdentityProviderResourcePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let policy_document = d.member(
            "PolicyDocument",
            "policyDocument",
            true,
            d_policy_document_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            policy_document: policy_document?,
        })
    }
}

impl PutWorkloadIdentityTemplateAttestationPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            true,
            d_arn_type,
        );
        let attestation_policy = d.member(
            "AttestationPolicy",
            "attestationPolicy",
            true,
            d_policy_document_type,
        );
        Some(Self {
            workload_identity_template_arn: workload_identity_template_arn?,
            attestation_policy: attestation_policy?,
        })
    }
}

impl RejectDelegationRequestRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let delegation_request_id = d.member(
            "DelegationRequestId",
            "delegationRequestId",
            true,
            d_delegation_request_id_type,
        );
        let notes = d.member("Notes", "notes", false, d_notes_type);
        Some(Self {
            delegation_request_id: delegation_request_id?,
            notes,
        })
    }
}

impl RemoveClientIDFromOpenIDConnectProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        let client_id = d.member("ClientID", "clientID", true, d_client_id_type);
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
            client_id: client_id?,
        })
    }
}

impl RemoveRoleFromInstanceProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let instance_profile_name = d.member(
            "InstanceProfileName",
            "instanceProfileName",
            true,
            d_instance_profile_name_type,
        );
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            instance_profile_name: instance_profile_name?,
            role_name: role_name?,
        })
    }
}

impl RemoveUserFromGroupRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        Some(Self {
            group_name: group_name?,
            user_name: user_name?,
        })
    }
}

impl ReplacementValueEntry {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let values = d.member("Values", "values", true, d_replacement_value_list_type);
        Some(Self { values: values? })
    }
}

impl ResetServiceSpecificCredentialRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        let service_specific_credential_id = d.member(
            "ServiceSpecificCredentialId",
            "serviceSpecificCredentialId",
            true,
            d_service_specific_credential_id,
        );
        Some(Self {
            user_name,
            service_specific_credential_id: service_specific_credential_id?,
        })
    }
}

impl ResyncMFADeviceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let authentication_code1 = d.member(
            "AuthenticationCode1",
            "authenticationCode1",
            true,
            d_authentication_code_type,
        );
        let authentication_code2 = d.member(
            "AuthenticationCode2",
            "authenticationCode2",
            true,
            d_authentication_code_type,
        );
        Some(Self {
            user_name: user_name?,
            serial_number: serial_number?,
            authentication_code1: authentication_code1?,
            authentication_code2: authentication_code2?,
        })
    }
}

impl SendDelegationTokenRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let delegation_request_id = d.member(
            "DelegationRequestId",
            "delegationRequestId",
            true,
            d_delegation_request_id_type,
        );
        Some(Self {
            delegation_request_id: delegation_request_id?,
        })
    }
}

impl SetDefaultPolicyVersionRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let version_id = d.member("VersionId", "versionId", true, d_policy_version_id_type);
        Some(Self {
            policy_arn: policy_arn?,
            version_id: version_id?,
        })
    }
}

impl SetSecurityTokenServicePreferencesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let global_endpoint_token_version = d.member(
            "GlobalEndpointTokenVersion",
            "globalEndpointTokenVersion",
            true,
            d_global_endpoint_token_version,
        );
        Some(Self {
            global_endpoint_token_version: global_endpoint_token_version?,
        })
    }
}

impl SimulateCustomPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_input_list = d.member(
            "PolicyInputList",
            "policyInputList",
            true,
            d_simulation_policy_list_type,
        );
        let permissions_boundary_policy_input_list = d.member(
            "PermissionsBoundaryPolicyInputList",
            "permissionsBoundaryPolicyInputList",
            false,
            d_simulation_policy_list_type,
        );
        let ordered_organization_policy_input_list = d.member(
            "OrderedOrganizationPolicyInputList",
            "orderedOrganizationPolicyInputList",
            false,
            d_organization_policy_list_type,
        );
        let action_names = d.member("ActionNames", "actionNames", true, d_action_name_list_type);
        let resource_arns = d.member(
            "ResourceArns",
            "resourceArns",
            false,
            d_resource_name_list_type,
        );
        let resource_policy = d.member(
            "ResourcePolicy",
            "resourcePolicy",
            false,
            d_policy_document_type,
        );
        let resource_owner = d.member(
            "ResourceOwner",
            "resourceOwner",
            false,
            d_resource_name_type,
        );
        let caller_arn = d.member("CallerArn", "callerArn", false, d_resource_name_type);
        let context_entries = d.member(
            "ContextEntries",
            "contextEntries",
            false,
            d_context_entry_list_type,
        );
        let resource_handling_option = d.member(
            "ResourceHandlingOption",
            "resourceHandlingOption",
            false,
            d_resource_handling_option_type,
        );
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        Some(Self {
            policy_input_list: policy_input_list?,
            permissions_boundary_policy_input_list,
            ordered_organization_policy_input_list,
            action_names: action_names?,
            resource_arns,
            resource_policy,
            resource_owner,
            caller_arn,
            context_entries,
            resource_handling_option,
            max_items,
            marker,
        })
    }
}

impl SimulatePrincipalPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_source_arn = d.member("PolicySourceArn", "policySourceArn", true, d_arn_type);
        let policy_input_list = d.member(
            "PolicyInputList",
            "policyInputList",
            false,
            d_simulation_policy_list_type,
        );
        let permissions_boundary_policy_input_list = d.member(
            "PermissionsBoundaryPolicyInputList",
            "permissionsBoundaryPolicyInputList",
            false,
            d_simulation_policy_list_type,
        );
        let policy_exclusion_list = d.member(
            "PolicyExclusionList",
            "policyExclusionList",
            false,
            d_policy_exclusions_list_type,
        );
        let action_names = d.member("ActionNames", "actionNames", true, d_action_name_list_type);
        let resource_arns = d.member(
            "ResourceArns",
            "resourceArns",
            false,
            d_resource_name_list_type,
        );
        let resource_policy = d.member(
            "ResourcePolicy",
            "resourcePolicy",
            false,
            d_policy_document_type,
        );
        let resource_owner = d.member(
            "ResourceOwner",
            "resourceOwner",
            false,
            d_resource_name_type,
        );
        let caller_arn = d.member("CallerArn", "callerArn", false, d_resource_name_type);
        let context_entries = d.member(
            "ContextEntries",
            "contextEntries",
            false,
            d_context_entry_list_type,
        );
        let resource_handling_option = d.member(
            "ResourceHandlingOption",
            "resourceHandlingOption",
            false,
            d_resource_handling_option_type,
        );
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        let marker = d.member("Marker", "marker", false, d_marker_type);
        Some(Self {
            policy_source_arn: policy_source_arn?,
            policy_input_list,
            permissions_boundary_policy_input_list,
            policy_exclusion_list,
            action_names: action_names?,
            resource_arns,
            resource_policy,
            resource_owner,
            caller_arn,
            context_entries,
            resource_handling_option,
            max_items,
            marker,
        })
    }
}

impl Tag {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let key = d.member("Key", "key", true, d_tag_key_type);
        let value = d.member("Value", "value", true, d_tag_value_type);
        Some(Self {
            key: key?,
            value: value?,
        })
    }
}

impl TagInstanceProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let instance_profile_name = d.member(
            "InstanceProfileName",
            "instanceProfileName",
            true,
            d_instance_profile_name_type,
        );
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            instance_profile_name: instance_profile_name?,
            tags: tags?,
        })
    }
}

impl TagMFADeviceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            serial_number: serial_number?,
            tags: tags?,
        })
    }
}

impl TagOpenIDConnectProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
            tags: tags?,
        })
    }
}

impl TagPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            policy_arn: policy_arn?,
            tags: tags?,
        })
    }
}

impl TagRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            role_name: role_name?,
            tags: tags?,
        })
    }
}

impl TagSAMLProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
            tags: tags?,
        })
    }
}

impl TagServerCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let server_certificate_name = d.member(
            "ServerCertificateName",
            "serverCertificateName",
            true,
            d_server_certificate_name_type,
        );
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            server_certificate_name: server_certificate_name?,
            tags: tags?,
        })
    }
}

impl TagUserRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            user_name: user_name?,
            tags: tags?,
        })
    }
}

impl TagWorkloadIdentityProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            tags: tags?,
        })
    }
}

impl TagWorkloadIdentityTemplateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            true,
            d_arn_type,
        );
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            workload_identity_template_arn: workload_identity_template_arn?,
            tags: tags?,
        })
    }
}

impl UntagInstanceProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let instance_profile_name = d.member(
            "InstanceProfileName",
            "instanceProfileName",
            true,
            d_instance_profile_name_type,
        );
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            instance_profile_name: instance_profile_name?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagMFADeviceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            serial_number: serial_number?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagOpenIDConnectProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            policy_arn: policy_arn?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            role_name: role_name?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagSAMLProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagServerCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let server_certificate_name = d.member(
            "ServerCertificateName",
            "serverCertificateName",
            true,
            d_server_certificate_name_type,
        );
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            server_certificate_name: server_certificate_name?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagUserRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            user_name: user_name?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagWorkloadIdentityProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagWorkloadIdentityTemplateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            true,
            d_arn_type,
        );
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            workload_identity_template_arn: workload_identity_template_arn?,
            tag_keys: tag_keys?,
        })
    }
}

impl UpdateAccessKeyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let access_key_id = d.member("AccessKeyId", "accessKeyId", true, d_access_key_id_type);
        let status = d.member("Status", "status", true, d_status_type);
        Some(Self {
            user_name,
            access_key_id: access_key_id?,
            status: status?,
        })
    }
}

impl UpdateAccountPasswordPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let minimum_password_length = d.member(
            "MinimumPasswordLength",
            "minimumPasswordLength",
            false,
            d_minimum_password_length_type,
        );
        let require_symbols = d.member("RequireSymbols", "requireSymbols", false, d_boolean_type);
        let require_numbers = d.member("RequireNumbers", "requireNumbers", false, d_boolean_type);
        let require_uppercase_characters = d.member(
            "RequireUppercaseCharacters",
            "requireUppercaseCharacters",
            false,
            d_boolean_type,
        );
        let require_lowercase_characters = d.member(
            "RequireLowercaseCharacters",
            "requireLowercaseCharacters",
            false,
            d_boolean_type,
        );
        let allow_users_to_change_password = d.member(
            "AllowUsersToChangePassword",
            "allowUsersToChangePassword",
            false,
            d_boolean_type,
        );
        let max_password_age = d.member(
            "MaxPasswordAge",
            "maxPasswordAge",
            false,
            d_max_password_age_type,
        );
        let password_reuse_prevention = d.member(
            "PasswordReusePrevention",
            "passwordReusePrevention",
            false,
            d_password_reuse_prevention_type,
        );
        let hard_expiry = d.member("HardExpiry", "hardExpiry", false, d_boolean_object_type);
        Some(Self {
            minimum_password_length,
            require_symbols,
            require_numbers,
            require_uppercase_characters,
            require_lowercase_characters,
            allow_users_to_change_password,
            max_password_age,
            password_reuse_prevention,
            hard_expiry,
        })
    }
}

impl UpdateAssumeRolePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_document = d.member(
            "PolicyDocument",
            "policyDocument",
            true,
            d_policy_document_type,
        );
        Some(Self {
            role_name: role_name?,
            policy_document: policy_document?,
        })
    }
}

impl UpdateDelegationRequestRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let delegation_request_id = d.member(
            "DelegationRequestId",
            "delegationRequestId",
            true,
            d_delegation_request_id_type,
        );
        let notes = d.member("Notes", "notes", false, d_notes_type);
        Some(Self {
            delegation_request_id: delegation_request_id?,
            notes,
        })
    }
}

impl UpdateGroupRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let new_path = d.member("NewPath", "newPath", false, d_path_type);
        let new_group_name = d.member("NewGroupName", "newGroupName", false, d_group_name_type);
        Some(Self {
            group_name: group_name?,
            new_path,
            new_group_name,
        })
    }
}

impl UpdateLoginProfileRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let password = d.member("Password", "password", false, d_password_type);
        let password_reset_required = d.member(
            "PasswordResetRequired",
            "passwordResetRequired",
            false,
            d_boolean_object_type,
        );
        let max_signin_session_duration = d.member(
            "MaxSigninSessionDuration",
            "maxSigninSessionDuration",
            false,
            d_max_signin_session_duration_type,
        );
        let reset_max_signin_session_duration = d.member(
            "ResetMaxSigninSessionDuration",
            "resetMaxSigninSessionDuration",
            false,
            d_boolean_object_type,
        );
        Some(Self {
            user_name: user_name?,
            password,
            password_reset_required,
            max_signin_session_duration,
            reset_max_signin_session_duration,
        })
    }
}

impl UpdateOpenIDConnectProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        let context_provider = d.member(
            "ContextProvider",
            "contextProvider",
            false,
            d_context_provider,
        );
        let identity_center_instance_arn = d.member(
            "IdentityCenterInstanceArn",
            "identityCenterInstanceArn",
            false,
            d_identity_center_instance_arn_type,
        );
        let remove_context_provider = d.member(
            "RemoveContextProvider",
            "removeContextProvider",
            false,
            d_boolean_type,
        );
        let remove_identity_center_instance = d.member(
            "RemoveIdentityCenterInstance",
            "removeIdentityCenterInstance",
            false,
            d_boolean_type,
        );
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
            context_provider,
            identity_center_instance_arn,
            remove_context_provider,
            remove_identity_center_instance,
        })
    }
}

impl UpdateOpenIDConnectProviderThumbprintRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let open_id_connect_provider_arn = d.member(
            "OpenIDConnectProviderArn",
            "openIDConnectProviderArn",
            true,
            d_arn_type,
        );
        let thumbprint_list = d.member(
            "ThumbprintList",
            "thumbprintList",
            true,
            d_thumbprint_list_type,
        );
        Some(Self {
            open_id_connect_provider_arn: open_id_connect_provider_arn?,
            thumbprint_list: thumbprint_list?,
        })
    }
}

impl UpdateRoleDescriptionRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let description = d.member("Description", "description", true, d_role_description_type);
        Some(Self {
            role_name: role_name?,
            description: description?,
        })
    }
}

impl UpdateRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let description = d.member("Description", "description", false, d_role_description_type);
        let max_session_duration = d.member(
            "MaxSessionDuration",
            "maxSessionDuration",
            false,
            d_role_max_session_duration_type,
        );
        let max_signin_session_duration = d.member(
            "MaxSigninSessionDuration",
            "maxSigninSessionDuration",
            false,
            d_max_signin_session_duration_type,
        );
        let reset_max_signin_session_duration = d.member(
            "ResetMaxSigninSessionDuration",
            "resetMaxSigninSessionDuration",
            false,
            d_boolean_object_type,
        );
        Some(Self {
            role_name: role_name?,
            description,
            max_session_duration,
            max_signin_session_duration,
            reset_max_signin_session_duration,
        })
    }
}

impl UpdateSAMLProviderRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_metadata_document = d.member(
            "SAMLMetadataDocument",
            "sAMLMetadataDocument",
            false,
            d_saml_metadata_document_type,
        );
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        let assertion_encryption_mode = d.member(
            "AssertionEncryptionMode",
            "assertionEncryptionMode",
            false,
            d_assertion_encryption_mode_type,
        );
        let add_private_key = d.member("AddPrivateKey", "addPrivateKey", false, d_private_key_type);
        let remove_private_key = d.member(
            "RemovePrivateKey",
            "removePrivateKey",
            false,
            d_private_key_id_type,
        );
        let context_provider = d.member(
            "ContextProvider",
            "contextProvider",
            false,
            d_context_provider,
        );
        let identity_center_instance_arn = d.member(
            "IdentityCenterInstanceArn",
            "identityCenterInstanceArn",
            false,
            d_identity_center_instance_arn_type,
        );
        let remove_context_provider = d.member(
            "RemoveContextProvider",
            "removeContextProvider",
            false,
            d_boolean_type,
        );
        let remove_identity_center_instance = d.member(
            "RemoveIdentityCenterInstance",
            "removeIdentityCenterInstance",
            false,
            d_boolean_type,
        );
        Some(Self {
            saml_metadata_document,
            saml_provider_arn: saml_provider_arn?,
            assertion_encryption_mode,
            add_private_key,
            remove_private_key,
            context_provider,
            identity_center_instance_arn,
            remove_context_provider,
            remove_identity_center_instance,
        })
    }
}

impl UpdateSSHPublicKeyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let ssh_public_key_id = d.member(
            "SSHPublicKeyId",
            "sSHPublicKeyId",
            true,
            d_public_key_id_type,
        );
        let status = d.member("Status", "status", true, d_status_type);
        Some(Self {
            user_name: user_name?,
            ssh_public_key_id: ssh_public_key_id?,
            status: status?,
        })
    }
}

impl UpdateServerCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let server_certificate_name = d.member(
            "ServerCertificateName",
            "serverCertificateName",
            true,
            d_server_certificate_name_type,
        );
        let new_path = d.member("NewPath", "newPath", false, d_path_type);
        let new_server_certificate_name = d.member(
            "NewServerCertificateName",
            "newServerCertificateName",
            false,
            d_server_certificate_name_type,
        );
        Some(Self {
            server_certificate_name: server_certificate_name?,
            new_path,
            new_server_certificate_name,
        })
    }
}

impl UpdateServiceSpecificCredentialRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        let service_specific_credential_id = d.member(
            "ServiceSpecificCredentialId",
            "serviceSpecificCredentialId",
            true,
            d_service_specific_credential_id,
        );
        let status = d.member("Status", "status", true, d_status_type);
        Some(Self {
            user_name,
            service_specific_credential_id: service_specific_credential_id?,
            status: status?,
        })
    }
}

impl UpdateSigningCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let certificate_id = d.member(
            "CertificateId",
            "certificateId",
            true,
            d_certificate_id_type,
        );
        let status = d.member("Status", "status", true, d_status_type);
        Some(Self {
            user_name,
            certificate_id: certificate_id?,
            status: status?,
        })
    }
}

impl UpdateUserRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let new_path = d.member("NewPath", "newPath", false, d_path_type);
        let new_user_name = d.member("NewUserName", "newUserName", false, d_user_name_type);
        Some(Self {
            user_name: user_name?,
            new_path,
            new_user_name,
        })
    }
}

impl UpdateWorkloadIdentityProviderOutboundSignerRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_provider_arn = d.member(
            "WorkloadIdentityProviderArn",
            "workloadIdentityProviderArn",
            true,
            d_arn_type,
        );
        let outbound_signer = d.member(
            "OutboundSigner",
            "outboundSigner",
            true,
            d_workload_identity_outbound_signer_configuration,
        );
        let signing_delay_in_hours = d.member(
            "SigningDelayInHours",
            "signingDelayInHours",
            false,
            d_workload_identity_signing_delay_in_hours_type,
        );
        Some(Self {
            workload_identity_provider_arn: workload_identity_provider_arn?,
            outbound_signer: outbound_signer?,
            signing_delay_in_hours,
        })
    }
}

impl UploadSSHPublicKeyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let ssh_public_key_body = d.member(
            "SSHPublicKeyBody",
            "sSHPublicKeyBody",
            true,
            d_public_key_material_type,
        );
        Some(Self {
            user_name: user_name?,
            ssh_public_key_body: ssh_public_key_body?,
        })
    }
}

impl UploadServerCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path = d.member("Path", "path", false, d_path_type);
        let server_certificate_name = d.member(
            "ServerCertificateName",
            "serverCertificateName",
            true,
            d_server_certificate_name_type,
        );
        let certificate_body = d.member(
            "CertificateBody",
            "certificateBody",
            true,
            d_certificate_body_type,
        );
        let private_key = d.member("PrivateKey", "privateKey", true, d_private_key_type);
        let certificate_chain = d.member(
            "CertificateChain",
            "certificateChain",
            false,
            d_certificate_chain_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        Some(Self {
            path,
            server_certificate_name: server_certificate_name?,
            certificate_body: certificate_body?,
            private_key: private_key?,
            certificate_chain,
            tags,
        })
    }
}

impl UploadSigningCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let certificate_body = d.member(
            "CertificateBody",
            "certificateBody",
            true,
            d_certificate_body_type,
        );
        Some(Self {
            user_name,
            certificate_body: certificate_body?,
        })
    }
}

impl WorkloadIdentityOutboundSignerConfiguration {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let x509 = d.member("X509", "x509", false, d_workload_identity_private_ca);
        Some(Self { x509 })
    }
}

impl WorkloadIdentityPrivateCa {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let certificate_authority_id = d.member(
            "CertificateAuthorityId",
            "certificateAuthorityId",
            true,
            d_workload_identity_certificate_authority_id_type,
        );
        let account_id = d.member("AccountId", "accountId", true, d_account_id_type);
        Some(Self {
            certificate_authority_id: certificate_authority_id?,
            account_id: account_id?,
        })
    }
}

impl WorkloadIdentityReplacementValueEntry {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let values = d.member(
            "Values",
            "values",
            true,
            d_workload_identity_replacement_value_list_type,
        );
        Some(Self { values: values? })
    }
}

impl WorkloadIdentityTemplateDefinitionType {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let template_definition_arn = d.member(
            "TemplateDefinitionArn",
            "templateDefinitionArn",
            true,
            d_arn_type,
        );
        let replacement_values = d.member(
            "ReplacementValues",
            "replacementValues",
            false,
            d_map_string_workload_identity_replacement_value_entry,
        );
        Some(Self {
            template_definition_arn: template_definition_arn?,
            replacement_values,
        })
    }
}

fn d_access_advisor_usage_granularity_type(
    d: &mut Decoder<'_>,
) -> Option<AccessAdvisorUsageGranularityType> {
    d.text(&S_ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE)
        .and_then(AccessAdvisorUsageGranularityType::parse)
}

fn d_action_name_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_ACTION_NAME_LIST_TYPE, &S_ACTION_NAME_TYPE)
}

fn d_attachment_name(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ATTACHMENT_NAME).map(str::to_owned)
}

fn d_attachment_type(d: &mut Decoder<'_>) -> Option<AttachmentType> {
    d.text(&S_ATTACHMENT_TYPE).and_then(AttachmentType::parse)
}

fn d_context_entry(d: &mut Decoder<'_>) -> Option<ContextEntry> {
    if !d.has_children() {
        return None;
    }
    ContextEntry::decode_members(d)
}

fn d_context_entry_list_type(d: &mut Decoder<'_>) -> Option<Vec<ContextEntry>> {
    d.list(&C_CONTEXT_ENTRY_LIST_TYPE, d_context_entry)
}

fn d_context_key_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CONTEXT_KEY_NAME_TYPE).map(str::to_owned)
}

fn d_context_key_type_enum(d: &mut Decoder<'_>) -> Option<ContextKeyTypeEnum> {
    d.text(&S_CONTEXT_KEY_TYPE_ENUM)
        .and_then(ContextKeyTypeEnum::parse)
}

fn d_context_key_value_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_CONTEXT_KEY_VALUE_LIST_TYPE, &S_CONTEXT_KEY_VALUE_TYPE)
}

fn d_context_provider(d: &mut Decoder<'_>) -> Option<ContextProvider> {
    if !d.has_children() {
        return None;
    }
    ContextProvider::decode_members(d)
}

fn d_context_provider_key_definition(d: &mut Decoder<'_>) -> Option<ContextProviderKeyDefinition> {
    if !d.has_children() {
        return None;
    }
    ContextProviderKeyDefinition::decode_members(d)
}

fn d_delegation_permission(d: &mut Decoder<'_>) -> Option<DelegationPermission> {
    if !d.has_children() {
        return None;
    }
    DelegationPermission::decode_members(d)
}

fn d_deletion_task_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_DELETION_TASK_ID_TYPE).map(str::to_owned)
}

fn d_entity_type(d: &mut Decoder<'_>) -> Option<EntityType> {
    d.text(&S_ENTITY_TYPE).and_then(EntityType::parse)
}

fn d_inline_policy_identifier_type(d: &mut Decoder<'_>) -> Option<InlinePolicyIdentifierType> {
    if !d.has_children() {
        return None;
    }
    InlinePolicyIdentifierType::decode_members(d)
}

fn d_open_id_connect_provider_url_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_OPEN_ID_CONNECT_PROVIDER_URL_TYPE)
        .map(str::to_owned)
}

fn d_ordered_organization_policy_type(
    d: &mut Decoder<'_>,
) -> Option<OrderedOrganizationPolicyType> {
    if !d.has_children() {
        return None;
    }
    OrderedOrganizationPolicyType::decode_members(d)
}

fn d_organization_policy_list_type(
    d: &mut Decoder<'_>,
) -> Option<Vec<OrderedOrganizationPolicyType>> {
    d.list(
        &C_ORGANIZATION_POLICY_LIST_TYPE,
        d_ordered_organization_policy_type,
    )
}

fn d_policy_exclusions_list_type(d: &mut Decoder<'_>) -> Option<Vec<PolicyIdentifier>> {
    d.list(&C_POLICY_EXCLUSIONS_LIST_TYPE, d_policy_identifier)
}

fn d_policy_identifier(d: &mut Decoder<'_>) -> Option<PolicyIdentifier> {
    if !d.has_children() {
        return None;
    }
    PolicyIdentifier::decode_members(d)
}

fn d_policy_identifier_policy_type(d: &mut Decoder<'_>) -> Option<PolicyIdentifierPolicyType> {
    d.text(&S_POLICY_IDENTIFIER_POLICY_TYPE)
        .and_then(PolicyIdentifierPolicyType::parse)
}

fn d_policy_parameter(d: &mut Decoder<'_>) -> Option<PolicyParameter> {
    if !d.has_children() {
        return None;
    }
    PolicyParameter::decode_members(d)
}

fn d_policy_parameter_type_enum(d: &mut Decoder<'_>) -> Option<PolicyParameterTypeEnum> {
    d.text(&S_POLICY_PARAMETER_TYPE_ENUM)
        .and_then(PolicyParameterTypeEnum::parse)
}

fn d_policy_usage_type(d: &mut Decoder<'_>) -> Option<PolicyUsageType> {
    d.text(&S_POLICY_USAGE_TYPE)
        .and_then(PolicyUsageType::parse)
}

fn d_replacement_value_entry(d: &mut Decoder<'_>) -> Option<ReplacementValueEntry> {
    if !d.has_children() {
        return None;
    }
    ReplacementValueEntry::decode_members(d)
}

fn d_resource_handling_option_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_RESOURCE_HANDLING_OPTION_TYPE).map(str::to_owned)
}

fn d_resource_name_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_RESOURCE_NAME_LIST_TYPE, &S_RESOURCE_NAME_TYPE)
}

fn d_resource_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_RESOURCE_NAME_TYPE).map(str::to_owned)
}

fn d_saml_metadata_document_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SAML_METADATA_DOCUMENT_TYPE).map(str::to_owned)
}

fn d_saml_provider_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SAML_PROVIDER_NAME_TYPE).map(str::to_owned)
}

fn d_simulation_policy_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_SIMULATION_POLICY_LIST_TYPE, &S_POLICY_DOCUMENT_TYPE)
}

fn d_tag(d: &mut Decoder<'_>) -> Option<Tag> {
    if !d.has_children() {
        return None;
    }
    Tag::decode_members(d)
}

fn d_workload_identity_description_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_DESCRIPTION_TYPE)
        .map(str::to_owned)
}

fn d_workload_identity_domain_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_DOMAIN_TYPE).map(str::to_owned)
}

fn d_workload_identity_outbound_signer_configuration(
    d: &mut Decoder<'_>,
) -> Option<WorkloadIdentityOutboundSignerConfiguration> {
    if !d.has_children() {
        return None;
    }
    WorkloadIdentityOutboundSignerConfiguration::decode_members(d)
}

fn d_workload_identity_path_prefix_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE)
        .map(str::to_owned)
}

fn d_workload_identity_private_ca(d: &mut Decoder<'_>) -> Option<WorkloadIdentityPrivateCa> {
    if !d.has_children() {
        return None;
    }
    WorkloadIdentityPrivateCa::decode_members(d)
}

fn d_workload_identity_replacement_value_entry(
    d: &mut Decoder<'_>,
) -> Option<WorkloadIdentityReplacementValueEntry> {
    if !d.has_children() {
        return None;
    }
    WorkloadIdentityReplacementValueEntry::decode_members(d)
}

fn d_workload_identity_resource_scope_type(
    d: &mut Decoder<'_>,
) -> Option<WorkloadIdentityResourceScopeType> {
    d.text(&S_WORKLOAD_IDENTITY_RESOURCE_SCOPE_TYPE)
        .and_then(WorkloadIdentityResourceScopeType::parse)
}

fn d_workload_identity_template_definition_type(
    d: &mut Decoder<'_>,
) -> Option<WorkloadIdentityTemplateDefinitionType> {
    if !d.has_children() {
        return None;
    }
    WorkloadIdentityTemplateDefinitionType::decode_members(d)
}

fn d_workload_identity_template_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE)
        .map(str::to_owned)
}

fn d_workload_identity_template_path_pattern_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE)
        .map(str::to_owned)
}

fn d_access_key_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ACCESS_KEY_ID_TYPE).map(str::to_owned)
}

fn d_account_alias_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ACCOUNT_ALIAS_TYPE).map(str::to_owned)
}

fn d_account_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ACCOUNT_ID_TYPE).map(str::to_owned)
}

fn d_account_properties_map_type(d: &mut Decoder<'_>) -> Option<Vec<(String, String)>> {
    d.map(
        &C_ACCOUNT_PROPERTIES_MAP_TYPE,
        d_account_property_key_type,
        d_account_property_value_type,
    )
}

fn d_account_property_key_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ACCOUNT_PROPERTY_KEY_TYPE).map(str::to_owned)
}

fn d_account_property_value_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ACCOUNT_PROPERTY_VALUE_TYPE).map(str::to_owned)
}

fn d_all_users(d: &mut Decoder<'_>) -> Option<bool> {
    d.boolean()
}

fn d_arn_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ARN_TYPE).map(str::to_owned)
}

fn d_assertion_encryption_mode_type(d: &mut Decoder<'_>) -> Option<AssertionEncryptionModeType> {
    d.text(&S_ASSERTION_ENCRYPTION_MODE_TYPE)
        .and_then(AssertionEncryptionModeType::parse)
}

fn d_assignment_status_type(d: &mut Decoder<'_>) -> Option<AssignmentStatusType> {
    d.text(&S_ASSIGNMENT_STATUS_TYPE)
        .and_then(AssignmentStatusType::parse)
}

fn d_authentication_code_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_AUTHENTICATION_CODE_TYPE).map(str::to_owned)
}

fn d_boolean_object_type(d: &mut Decoder<'_>) -> Option<bool> {
    d.boolean()
}

fn d_boolean_type(d: &mut Decoder<'_>) -> Option<bool> {
    d.boolean()
}

fn d_certificate_body_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CERTIFICATE_BODY_TYPE).map(str::to_owned)
}

fn d_certificate_chain_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CERTIFICATE_CHAIN_TYPE).map(str::to_owned)
}

fn d_certificate_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CERTIFICATE_ID_TYPE).map(str::to_owned)
}

fn d_client_id_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_CLIENT_ID_LIST_TYPE, &S_CLIENT_ID_TYPE)
}

fn d_client_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CLIENT_ID_TYPE).map(str::to_owned)
}

fn d_context_provider_source_key_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CONTEXT_PROVIDER_SOURCE_KEY_TYPE)
        .map(str::to_owned)
}

fn d_context_provider_target_key_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CONTEXT_PROVIDER_TARGET_KEY_TYPE)
        .map(str::to_owned)
}

fn d_credential_age_days(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_CREDENTIAL_AGE_DAYS)
}

fn d_custom_suffix_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CUSTOM_SUFFIX_TYPE).map(str::to_owned)
}

fn d_delegation_request_description_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_DELEGATION_REQUEST_DESCRIPTION_TYPE)
        .map(str::to_owned)
}

fn d_delegation_request_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_DELEGATION_REQUEST_ID_TYPE).map(str::to_owned)
}

fn d_encoding_type(d: &mut Decoder<'_>) -> Option<EncodingType> {
    d.text(&S_ENCODING_TYPE).and_then(EncodingType::parse)
}

fn d_entity_list_type(d: &mut Decoder<'_>) -> Option<Vec<EntityType>> {
    d.list(&C_ENTITY_LIST_TYPE, d_entity_type)
}

fn d_existing_user_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_EXISTING_USER_NAME_TYPE).map(str::to_owned)
}

fn d_global_endpoint_token_version(d: &mut Decoder<'_>) -> Option<GlobalEndpointTokenVersion> {
    d.text(&S_GLOBAL_ENDPOINT_TOKEN_VERSION)
        .and_then(GlobalEndpointTokenVersion::parse)
}

fn d_group_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_GROUP_NAME_TYPE).map(str::to_owned)
}

fn d_identity_center_instance_arn_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_IDENTITY_CENTER_INSTANCE_ARN_TYPE)
        .map(str::to_owned)
}

fn d_instance_profile_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_INSTANCE_PROFILE_NAME_TYPE).map(str::to_owned)
}

fn d_integer_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_INTEGER_TYPE)
}

fn d_job_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_JOB_ID_TYPE).map(str::to_owned)
}

fn d_key_definition_list_type(d: &mut Decoder<'_>) -> Option<Vec<ContextProviderKeyDefinition>> {
    d.list(
        &C_KEY_DEFINITION_LIST_TYPE,
        d_context_provider_key_definition,
    )
}

fn d_locale_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_LOCALE_TYPE).map(str::to_owned)
}

fn d_map_string_replacement_value_entry(
    d: &mut Decoder<'_>,
) -> Option<Vec<(String, ReplacementValueEntry)>> {
    d.map(
        &C_MAP_STRING_REPLACEMENT_VALUE_ENTRY,
        d_string_type,
        d_replacement_value_entry,
    )
}

fn d_map_string_workload_identity_replacement_value_entry(
    d: &mut Decoder<'_>,
) -> Option<Vec<(String, WorkloadIdentityReplacementValueEntry)>> {
    d.map(
        &C_MAP_STRING_WORKLOAD_IDENTITY_REPLACEMENT_VALUE_ENTRY,
        d_string_type,
        d_workload_identity_replacement_value_entry,
    )
}

fn d_marker_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_MARKER_TYPE).map(str::to_owned)
}

fn d_max_items_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_MAX_ITEMS_TYPE)
}

fn d_max_password_age_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_MAX_PASSWORD_AGE_TYPE)
}

fn d_max_signin_session_duration_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_MAX_SIGNIN_SESSION_DURATION_TYPE)
}

fn d_minimum_password_length_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_MINIMUM_PASSWORD_LENGTH_TYPE)
}

fn d_minor_version_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_MINOR_VERSION_TYPE)
}

fn d_notes_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_NOTES_TYPE).map(str::to_owned)
}

fn d_notification_channel_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_NOTIFICATION_CHANNEL_TYPE).map(str::to_owned)
}

fn d_organizations_entity_path_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ORGANIZATIONS_ENTITY_PATH_TYPE).map(str::to_owned)
}

fn d_organizations_policy_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ORGANIZATIONS_POLICY_ID_TYPE).map(str::to_owned)
}

fn d_owner_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_OWNER_ID_TYPE).map(str::to_owned)
}

fn d_password_reuse_prevention_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_PASSWORD_REUSE_PREVENTION_TYPE)
}

fn d_password_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_PASSWORD_TYPE).map(str::to_owned)
}

fn d_path_prefix_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_PATH_PREFIX_TYPE).map(str::to_owned)
}

fn d_path_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_PATH_TYPE).map(str::to_owned)
}

fn d_policy_description_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_DESCRIPTION_TYPE).map(str::to_owned)
}

fn d_policy_document_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_DOCUMENT_TYPE).map(str::to_owned)
}

fn d_policy_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_NAME_TYPE).map(str::to_owned)
}

fn d_policy_parameter_list_type(d: &mut Decoder<'_>) -> Option<Vec<PolicyParameter>> {
    d.list(&C_POLICY_PARAMETER_LIST_TYPE, d_policy_parameter)
}

fn d_policy_parameter_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_PARAMETER_NAME_TYPE).map(str::to_owned)
}

fn d_policy_parameter_values_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(
        &C_POLICY_PARAMETER_VALUES_LIST_TYPE,
        &S_POLICY_PARAMETER_VALUE_TYPE,
    )
}

fn d_policy_path_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_PATH_TYPE).map(str::to_owned)
}

fn d_policy_scope_type(d: &mut Decoder<'_>) -> Option<PolicyScopeType> {
    d.text(&S_POLICY_SCOPE_TYPE)
        .and_then(PolicyScopeType::parse)
}

fn d_policy_version_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_VERSION_ID_TYPE).map(str::to_owned)
}

fn d_private_key_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_PRIVATE_KEY_ID_TYPE).map(str::to_owned)
}

fn d_private_key_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_PRIVATE_KEY_TYPE).map(str::to_owned)
}

fn d_public_key_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_PUBLIC_KEY_ID_TYPE).map(str::to_owned)
}

fn d_public_key_material_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_PUBLIC_KEY_MATERIAL_TYPE).map(str::to_owned)
}

fn d_redirect_url_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_REDIRECT_URL_TYPE).map(str::to_owned)
}

fn d_replacement_value_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_REPLACEMENT_VALUE_LIST_TYPE, &S_STRING_TYPE)
}

fn d_request_message_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_REQUEST_MESSAGE_TYPE).map(str::to_owned)
}

fn d_requestor_workflow_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_REQUESTOR_WORKFLOW_ID_TYPE).map(str::to_owned)
}

fn d_role_description_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ROLE_DESCRIPTION_TYPE).map(str::to_owned)
}

fn d_role_max_session_duration_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_ROLE_MAX_SESSION_DURATION_TYPE)
}

fn d_role_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ROLE_NAME_TYPE).map(str::to_owned)
}

fn d_serial_number_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SERIAL_NUMBER_TYPE).map(str::to_owned)
}

fn d_server_certificate_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SERVER_CERTIFICATE_NAME_TYPE).map(str::to_owned)
}

fn d_service_name(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SERVICE_NAME).map(str::to_owned)
}

fn d_service_namespace_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_SERVICE_NAMESPACE_LIST_TYPE, &S_SERVICE_NAMESPACE_TYPE)
}

fn d_service_namespace_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SERVICE_NAMESPACE_TYPE).map(str::to_owned)
}

fn d_service_specific_credential_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SERVICE_SPECIFIC_CREDENTIAL_ID).map(str::to_owned)
}

fn d_session_duration_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_SESSION_DURATION_TYPE)
}

fn d_sort_key_type(d: &mut Decoder<'_>) -> Option<SortKeyType> {
    d.text(&S_SORT_KEY_TYPE).and_then(SortKeyType::parse)
}

fn d_status_type(d: &mut Decoder<'_>) -> Option<StatusType> {
    d.text(&S_STATUS_TYPE).and_then(StatusType::parse)
}

fn d_string_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_STRING_TYPE).map(str::to_owned)
}

fn d_subject_type_value_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SUBJECT_TYPE_VALUE_TYPE).map(str::to_owned)
}

fn d_tag_key_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_TAG_KEY_LIST_TYPE, &S_TAG_KEY_TYPE)
}

fn d_tag_key_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_TAG_KEY_TYPE).map(str::to_owned)
}

fn d_tag_list_type(d: &mut Decoder<'_>) -> Option<Vec<Tag>> {
    d.list(&C_TAG_LIST_TYPE, d_tag)
}

fn d_tag_value_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_TAG_VALUE_TYPE).map(str::to_owned)
}

fn d_thumbprint_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_THUMBPRINT_LIST_TYPE, &S_THUMBPRINT_TYPE)
}

fn d_user_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_USER_NAME_TYPE).map(str::to_owned)
}

fn d_virtual_mfa_device_name(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_VIRTUAL_MFA_DEVICE_NAME).map(str::to_owned)
}

fn d_workload_identity_certificate_authority_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE)
        .map(str::to_owned)
}

fn d_workload_identity_outbound_signer_type_type(
    d: &mut Decoder<'_>,
) -> Option<WorkloadIdentityOutboundSignerTypeType> {
    d.text(&S_WORKLOAD_IDENTITY_OUTBOUND_SIGNER_TYPE_TYPE)
        .and_then(WorkloadIdentityOutboundSignerTypeType::parse)
}

fn d_workload_identity_provider_description_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE)
        .map(str::to_owned)
}

fn d_workload_identity_provider_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE)
        .map(str::to_owned)
}

fn d_workload_identity_provider_scheme_type(
    d: &mut Decoder<'_>,
) -> Option<WorkloadIdentityProviderSchemeType> {
    d.text(&S_WORKLOAD_IDENTITY_PROVIDER_SCHEME_TYPE)
        .and_then(WorkloadIdentityProviderSchemeType::parse)
}

fn d_workload_identity_provider_scope_type(
    d: &mut Decoder<'_>,
) -> Option<WorkloadIdentityProviderScopeType> {
    d.text(&S_WORKLOAD_IDENTITY_PROVIDER_SCOPE_TYPE)
        .and_then(WorkloadIdentityProviderScopeType::parse)
}

fn d_workload_identity_replacement_value_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(
        &C_WORKLOAD_IDENTITY_REPLACEMENT_VALUE_LIST_TYPE,
        &S_STRING_TYPE,
    )
}

fn d_workload_identity_signing_delay_in_hours_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_WORKLOAD_IDENTITY_SIGNING_DELAY_IN_HOURS_TYPE)
}

fn d_workload_identity_template_filter_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_TEMPLATE_FILTER_TYPE)
        .map(str::to_owned)
}
