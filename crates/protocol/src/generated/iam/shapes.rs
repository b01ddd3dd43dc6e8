//! IAM shapes: one type per structure and enumeration an operation reaches.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use time::OffsetDateTime;

/// The `AcceptDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptDelegationRequestRequest {
    /// `DelegationRequestId` (delegationRequestIdType, required).
    pub delegation_request_id: String,
}

/// The `AccessAdvisorUsageGranularityType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccessAdvisorUsageGranularityType {
    /// `SERVICE_LEVEL`
    ServiceLevel,
    /// `ACTION_LEVEL`
    ActionLevel,
}

impl AccessAdvisorUsageGranularityType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::ServiceLevel, Self::ActionLevel];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ServiceLevel => "SERVICE_LEVEL",
            Self::ActionLevel => "ACTION_LEVEL",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "SERVICE_LEVEL" => Some(Self::ServiceLevel),
            "ACTION_LEVEL" => Some(Self::ActionLevel),
            _ => None,
        }
    }
}

/// The `AccessDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDetail {
    /// `ServiceName` (serviceNameType, required).
    pub service_name: String,
    /// `ServiceNamespace` (serviceNamespaceType, required).
    pub service_namespace: String,
    /// `Region` (stringType).
    pub region: Option<String>,
    /// `EntityPath` (organizationsEntityPathType).
    pub entity_path: Option<String>,
    /// `LastAuthenticatedTime` (dateType).
    pub last_authenticated_time: Option<OffsetDateTime>,
    /// `TotalAuthenticatedEntities` (integerType).
    pub total_authenticated_entities: Option<i32>,
}

/// The `AccessKey` structure.
#[derive(Clone, PartialEq)]
pub struct AccessKey {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `AccessKeyId` (accessKeyIdType, required).
    pub access_key_id: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
    /// `SecretAccessKey` (accessKeySecretType, required).
    pub secret_access_key: String,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
}

impl std::fmt::Debug for AccessKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessKey")
            .field("user_name", &self.user_name)
            .field("access_key_id", &self.access_key_id)
            .field("status", &self.status)
            .field("secret_access_key", &"*** Sensitive Data Redacted ***")
            .field("create_date", &self.create_date)
            .finish()
    }
}

/// The `AccessKeyLastUsed` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessKeyLastUsed {
    /// `LastUsedDate` (dateType).
    pub last_used_date: Option<OffsetDateTime>,
    /// `ServiceName` (stringType, required).
    pub service_name: String,
    /// `Region` (stringType, required).
    pub region: String,
}

/// The `AccessKeyMetadata` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessKeyMetadata {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `AccessKeyId` (accessKeyIdType).
    pub access_key_id: Option<String>,
    /// `Status` (statusType).
    pub status: Option<StatusType>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
}

/// The `AcquireRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcquireRoleRequest {
    /// `TemplateArn` (arnType, required).
    pub template_arn: String,
    /// `TemplateMinorVersion` (integerType).
    pub template_minor_version: Option<i32>,
    /// `ReplacementValues` (mapStringReplacementValueEntry).
    pub replacement_values: Option<Vec<(String, ReplacementValueEntry)>>,
}

/// The `AcquireRoleResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct AcquireRoleResponse {
    /// `Role` (Role, required).
    pub role: Role,
}

/// The `AddClientIDToOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddClientIDToOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
    /// `ClientID` (clientIDType, required).
    pub client_id: String,
}

/// The `AddRoleToInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddRoleToInstanceProfileRequest {
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
}

/// The `AddUserToGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddUserToGroupRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
}

/// The `AssociateDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssociateDelegationRequestRequest {
    /// `DelegationRequestId` (delegationRequestIdType, required).
    pub delegation_request_id: String,
}

/// The `AttachGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachGroupPolicyRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
}

/// The `AttachRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachRolePolicyRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
}

/// The `AttachUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachUserPolicyRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
}

/// The `AttachedPermissionsBoundary` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachedPermissionsBoundary {
    /// `PermissionsBoundaryType` (PermissionsBoundaryAttachmentType).
    pub permissions_boundary_type: Option<PermissionsBoundaryAttachmentType>,
    /// `PermissionsBoundaryArn` (arnType).
    pub permissions_boundary_arn: Option<String>,
}

/// The `AttachedPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachedPolicy {
    /// `PolicyName` (policyNameType).
    pub policy_name: Option<String>,
    /// `PolicyArn` (arnType).
    pub policy_arn: Option<String>,
}

/// The `AttachmentType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AttachmentType {
    /// `user`
    User,
    /// `group`
    Group,
    /// `role`
    Role,
}

impl AttachmentType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::User, Self::Group, Self::Role];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Role => "role",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "user" => Some(Self::User),
            "group" => Some(Self::Group),
            "role" => Some(Self::Role),
            _ => None,
        }
    }
}

/// The `ChangePasswordRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct ChangePasswordRequest {
    /// `OldPassword` (passwordType, required).
    pub old_password: String,
    /// `NewPassword` (passwordType, required).
    pub new_password: String,
}

impl std::fmt::Debug for ChangePasswordRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangePasswordRequest")
            .field("old_password", &"*** Sensitive Data Redacted ***")
            .field("new_password", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// The `ContextEntry` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContextEntry {
    /// `ContextKeyName` (ContextKeyNameType).
    pub context_key_name: Option<String>,
    /// `ContextKeyValues` (ContextKeyValueListType).
    pub context_key_values: Option<Vec<String>>,
    /// `ContextKeyType` (ContextKeyTypeEnum).
    pub context_key_type: Option<ContextKeyTypeEnum>,
}

/// The `ContextKeyTypeEnum` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContextKeyTypeEnum {
    /// `string`
    String,
    /// `stringList`
    StringList,
    /// `numeric`
    Numeric,
    /// `numericList`
    NumericList,
    /// `boolean`
    Boolean,
    /// `booleanList`
    BooleanList,
    /// `ip`
    Ip,
    /// `ipList`
    IpList,
    /// `binary`
    Binary,
    /// `binaryList`
    BinaryList,
    /// `date`
    Date,
    /// `dateList`
    DateList,
}

impl ContextKeyTypeEnum {
    /// Every value, in model order.
    pub const ALL: [Self; 12] = [
        Self::String,
        Self::StringList,
        Self::Numeric,
        Self::NumericList,
        Self::Boolean,
        Self::BooleanList,
        Self::Ip,
        Self::IpList,
        Self::Binary,
        Self::BinaryList,
        Self::Date,
        Self::DateList,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::StringList => "stringList",
            Self::Numeric => "numeric",
            Self::NumericList => "numericList",
            Self::Boolean => "boolean",
            Self::BooleanList => "booleanList",
            Self::Ip => "ip",
            Self::IpList => "ipList",
            Self::Binary => "binary",
            Self::BinaryList => "binaryList",
            Self::Date => "date",
            Self::DateList => "dateList",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "string" => Some(Self::String),
            "stringList" => Some(Self::StringList),
            "numeric" => Some(Self::Numeric),
            "numericList" => Some(Self::NumericList),
            "boolean" => Some(Self::Boolean),
            "booleanList" => Some(Self::BooleanList),
            "ip" => Some(Self::Ip),
            "ipList" => Some(Self::IpList),
            "binary" => Some(Self::Binary),
            "binaryList" => Some(Self::BinaryList),
            "date" => Some(Self::Date),
            "dateList" => Some(Self::DateList),
            _ => None,
        }
    }
}

/// The `ContextProvider` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContextProvider {
    /// `KeyDefinitionList` (keyDefinitionListType).
    pub key_definition_list: Option<Vec<ContextProviderKeyDefinition>>,
    /// `SubjectSourceKey` (contextProviderSourceKeyType, required).
    pub subject_source_key: String,
    /// `SubjectTypeValue` (subjectTypeValueType).
    pub subject_type_value: Option<String>,
    /// `SubjectTypeSourceKey` (contextProviderSourceKeyType).
    pub subject_type_source_key: Option<String>,
}

/// The `ContextProviderKeyDefinition` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContextProviderKeyDefinition {
    /// `SourceKey` (contextProviderSourceKeyType, required).
    pub source_key: String,
    /// `TargetKey` (contextProviderTargetKeyType).
    pub target_key: Option<String>,
}

/// The `CreateAccessKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAccessKeyRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
}

/// The `CreateAccessKeyResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateAccessKeyResponse {
    /// `AccessKey` (AccessKey, required).
    pub access_key: AccessKey,
}

/// The `CreateAccountAliasRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAccountAliasRequest {
    /// `AccountAlias` (accountAliasType, required).
    pub account_alias: String,
}

/// The `CreateDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDelegationRequestRequest {
    /// `OwnerAccountId` (accountIdType).
    pub owner_account_id: Option<String>,
    /// `Description` (delegationRequestDescriptionType, required).
    pub description: String,
    /// `Permissions` (DelegationPermission, required).
    pub permissions: DelegationPermission,
    /// `RequestMessage` (requestMessageType).
    pub request_message: Option<String>,
    /// `RequestorWorkflowId` (requestorWorkflowIdType, required).
    pub requestor_workflow_id: String,
    /// `RedirectUrl` (redirectUrlType).
    pub redirect_url: Option<String>,
    /// `NotificationChannel` (notificationChannelType, required).
    pub notification_channel: String,
    /// `SessionDuration` (sessionDurationType, required).
    pub session_duration: i32,
    /// `OnlySendByOwner` (booleanType).
    pub only_send_by_owner: Option<bool>,
}

/// The `CreateDelegationRequestResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDelegationRequestResponse {
    /// `ConsoleDeepLink` (consoleDeepLinkType).
    pub console_deep_link: Option<String>,
    /// `DelegationRequestId` (delegationRequestIdType).
    pub delegation_request_id: Option<String>,
}

/// The `CreateGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupRequest {
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
}

/// The `CreateGroupResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateGroupResponse {
    /// `Group` (Group, required).
    pub group: Group,
}

/// The `CreateInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateInstanceProfileRequest {
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateInstanceProfileResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInstanceProfileResponse {
    /// `InstanceProfile` (InstanceProfile, required).
    pub instance_profile: InstanceProfile,
}

/// The `CreateLoginProfileRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct CreateLoginProfileRequest {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `Password` (passwordType).
    pub password: Option<String>,
    /// `PasswordResetRequired` (booleanType).
    pub password_reset_required: Option<bool>,
    /// `MaxSigninSessionDuration` (maxSigninSessionDurationType).
    pub max_signin_session_duration: Option<i32>,
}

impl std::fmt::Debug for CreateLoginProfileRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateLoginProfileRequest")
            .field("user_name", &self.user_name)
            .field("password", &"*** Sensitive Data Redacted ***")
            .field("password_reset_required", &self.password_reset_required)
            .field(
                "max_signin_session_duration",
                &self.max_signin_session_duration,
            )
            .finish()
    }
}

/// The `CreateLoginProfileResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateLoginProfileResponse {
    /// `LoginProfile` (LoginProfile, required).
    pub login_profile: LoginProfile,
}

/// The `CreateOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOpenIDConnectProviderRequest {
    /// `Url` (OpenIDConnectProviderUrlType, required).
    pub url: String,
    /// `ClientIDList` (clientIDListType).
    pub client_id_list: Option<Vec<String>>,
    /// `ThumbprintList` (thumbprintListType).
    pub thumbprint_list: Option<Vec<String>>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `ContextProvider` (ContextProvider).
    pub context_provider: Option<ContextProvider>,
    /// `IdentityCenterInstanceArn` (identityCenterInstanceArnType).
    pub identity_center_instance_arn: Option<String>,
}

/// The `CreateOpenIDConnectProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOpenIDConnectProviderResponse {
    /// `OpenIDConnectProviderArn` (arnType).
    pub open_id_connect_provider_arn: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreatePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePolicyRequest {
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `Path` (policyPathType).
    pub path: Option<String>,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
    /// `Description` (policyDescriptionType).
    pub description: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreatePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePolicyResponse {
    /// `Policy` (Policy).
    pub policy: Option<Policy>,
}

/// The `CreatePolicyVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePolicyVersionRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
    /// `SetAsDefault` (booleanType).
    pub set_as_default: Option<bool>,
}

/// The `CreatePolicyVersionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePolicyVersionResponse {
    /// `PolicyVersion` (PolicyVersion).
    pub policy_version: Option<PolicyVersion>,
}

/// The `CreateRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateRoleRequest {
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `AssumeRolePolicyDocument` (policyDocumentType, required).
    pub assume_role_policy_document: String,
    /// `Description` (roleDescriptionType).
    pub description: Option<String>,
    /// `MaxSessionDuration` (roleMaxSessionDurationType).
    pub max_session_duration: Option<i32>,
    /// `MaxSigninSessionDuration` (maxSigninSessionDurationType).
    pub max_signin_session_duration: Option<i32>,
    /// `PermissionsBoundary` (arnType).
    pub permissions_boundary: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateRoleResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoleResponse {
    /// `Role` (Role, required).
    pub role: Role,
}

/// The `CreateSAMLProviderRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct CreateSAMLProviderRequest {
    /// `SAMLMetadataDocument` (SAMLMetadataDocumentType, required).
    pub saml_metadata_document: String,
    /// `Name` (SAMLProviderNameType, required).
    pub name: String,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `AssertionEncryptionMode` (assertionEncryptionModeType).
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// `AddPrivateKey` (privateKeyType).
    pub add_private_key: Option<String>,
    /// `ContextProvider` (ContextProvider).
    pub context_provider: Option<ContextProvider>,
    /// `IdentityCenterInstanceArn` (identityCenterInstanceArnType).
    pub identity_center_instance_arn: Option<String>,
}

impl std::fmt::Debug for CreateSAMLProviderRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSAMLProviderRequest")
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("name", &self.name)
            .field("tags", &self.tags)
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field("add_private_key", &"*** Sensitive Data Redacted ***")
            .field("context_provider", &self.context_provider)
            .field(
                "identity_center_instance_arn",
                &self.identity_center_instance_arn,
            )
            .finish()
    }
}

/// The `CreateSAMLProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSAMLProviderResponse {
    /// `SAMLProviderArn` (arnType).
    pub saml_provider_arn: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateServiceLinkedRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceLinkedRoleRequest {
    /// `AWSServiceName` (groupNameType, required).
    pub aws_service_name: String,
    /// `Description` (roleDescriptionType).
    pub description: Option<String>,
    /// `CustomSuffix` (customSuffixType).
    pub custom_suffix: Option<String>,
}

/// The `CreateServiceLinkedRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceLinkedRoleResponse {
    /// `Role` (Role).
    pub role: Option<Role>,
}

/// The `CreateServiceSpecificCredentialRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceSpecificCredentialRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `ServiceName` (serviceName, required).
    pub service_name: String,
    /// `CredentialAgeDays` (credentialAgeDays).
    pub credential_age_days: Option<i32>,
}

/// The `CreateServiceSpecificCredentialResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceSpecificCredentialResponse {
    /// `ServiceSpecificCredential` (ServiceSpecificCredential).
    pub service_specific_credential: Option<ServiceSpecificCredential>,
}

/// The `CreateUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateUserRequest {
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `PermissionsBoundary` (arnType).
    pub permissions_boundary: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateUserResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateUserResponse {
    /// `User` (User).
    pub user: Option<User>,
}

/// The `CreateVirtualMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVirtualMFADeviceRequest {
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `VirtualMFADeviceName` (virtualMFADeviceName, required).
    pub virtual_mfa_device_name: String,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateVirtualMFADeviceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVirtualMFADeviceResponse {
    /// `VirtualMFADevice` (VirtualMFADevice, required).
    pub virtual_mfa_device: VirtualMFADevice,
}

/// The `CreateWorkloadIdentityProviderOutboundSignerRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateWorkloadIdentityProviderOutboundSignerRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `OutboundSigner` (WorkloadIdentityOutboundSignerConfiguration, required).
    pub outbound_signer: WorkloadIdentityOutboundSignerConfiguration,
    /// `SigningDelayInHours` (workloadIdentitySigningDelayInHoursType).
    pub signing_delay_in_hours: Option<i32>,
}

/// The `CreateWorkloadIdentityProviderOutboundSignerResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateWorkloadIdentityProviderOutboundSignerResponse {}

/// The `CreateWorkloadIdentityProviderRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateWorkloadIdentityProviderRequest {
    /// `ProviderName` (workloadIdentityProviderNameType, required).
    pub provider_name: String,
    /// `Description` (workloadIdentityProviderDescriptionType).
    pub description: Option<String>,
    /// `Scheme` (workloadIdentityProviderSchemeType, required).
    pub scheme: WorkloadIdentityProviderSchemeType,
    /// `WorkloadIdentityDomain` (WorkloadIdentityDomainType).
    pub workload_identity_domain: Option<String>,
    /// `ResourceScope` (workloadIdentityProviderScopeType).
    pub resource_scope: Option<WorkloadIdentityProviderScopeType>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateWorkloadIdentityProviderResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateWorkloadIdentityProviderResponse {
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `ResourceScope` (workloadIdentityProviderScopeType, required).
    pub resource_scope: WorkloadIdentityProviderScopeType,
    /// `ProviderName` (workloadIdentityProviderNameType, required).
    pub provider_name: String,
    /// `ProviderId` (idType, required).
    pub provider_id: String,
    /// `Description` (workloadIdentityProviderDescriptionType).
    pub description: Option<String>,
    /// `Scheme` (workloadIdentityProviderSchemeType, required).
    pub scheme: WorkloadIdentityProviderSchemeType,
    /// `WorkloadIdentityDomain` (WorkloadIdentityDomainType).
    pub workload_identity_domain: Option<String>,
    /// `OutboundSigners` (WorkloadIdentityOutboundSigners).
    pub outbound_signers: Option<WorkloadIdentityOutboundSigners>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
}

/// The `CreateWorkloadIdentityTemplateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateWorkloadIdentityTemplateRequest {
    /// `Name` (WorkloadIdentityTemplateNameType).
    pub name: Option<String>,
    /// `Description` (WorkloadIdentityDescriptionType).
    pub description: Option<String>,
    /// `ResourceScope` (WorkloadIdentityResourceScopeType).
    pub resource_scope: Option<WorkloadIdentityResourceScopeType>,
    /// `WorkloadIdentityProviderArn` (arnType).
    pub workload_identity_provider_arn: Option<String>,
    /// `PathPrefix` (WorkloadIdentityPathPrefixType).
    pub path_prefix: Option<String>,
    /// `PathPattern` (WorkloadIdentityTemplatePathPatternType).
    pub path_pattern: Option<String>,
    /// `AttestationPolicy` (policyDocumentType).
    pub attestation_policy: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `TemplateDefinition` (WorkloadIdentityTemplateDefinitionType).
    pub template_definition: Option<WorkloadIdentityTemplateDefinitionType>,
}

/// The `CreateWorkloadIdentityTemplateResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateWorkloadIdentityTemplateResponse {
    /// `Name` (WorkloadIdentityTemplateNameType, required).
    pub name: String,
    /// `TemplateId` (idType, required).
    pub template_id: String,
    /// `Description` (WorkloadIdentityDescriptionType).
    pub description: Option<String>,
    /// `ResourceScope` (WorkloadIdentityResourceScopeType, required).
    pub resource_scope: WorkloadIdentityResourceScopeType,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `PathPrefix` (WorkloadIdentityPathPrefixType).
    pub path_prefix: Option<String>,
    /// `PathPattern` (WorkloadIdentityTemplatePathPatternType, required).
    pub path_pattern: String,
    /// `AttestationPolicy` (policyDocumentType).
    pub attestation_policy: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
}

/// The `DeactivateMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeactivateMFADeviceRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
}

/// The `DelegationPermission` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DelegationPermission {
    /// `PolicyTemplateArn` (arnType).
    pub policy_template_arn: Option<String>,
    /// `Parameters` (policyParameterListType).
    pub parameters: Option<Vec<PolicyParameter>>,
}

/// The `DelegationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DelegationRequest {
    /// `DelegationRequestId` (delegationRequestIdType).
    pub delegation_request_id: Option<String>,
    /// `OwnerAccountId` (accountIdType).
    pub owner_account_id: Option<String>,
    /// `Description` (delegationRequestDescriptionType).
    pub description: Option<String>,
    /// `RequestMessage` (requestMessageType).
    pub request_message: Option<String>,
    /// `Permissions` (DelegationPermission).
    pub permissions: Option<DelegationPermission>,
    /// `PermissionPolicy` (permissionType).
    pub permission_policy: Option<String>,
    /// `RolePermissionRestrictionArns` (rolePermissionRestrictionArnListType).
    pub role_permission_restriction_arns: Option<Vec<String>>,
    /// `OwnerId` (ownerIdType).
    pub owner_id: Option<String>,
    /// `ApproverId` (arnType).
    pub approver_id: Option<String>,
    /// `State` (stateType).
    pub state: Option<StateType>,
    /// `ExpirationTime` (dateType).
    pub expiration_time: Option<OffsetDateTime>,
    /// `RequestorId` (accountIdType).
    pub requestor_id: Option<String>,
    /// `RequestorName` (requestorNameType).
    pub requestor_name: Option<String>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `SessionDuration` (sessionDurationType).
    pub session_duration: Option<i32>,
    /// `RedirectUrl` (redirectUrlType).
    pub redirect_url: Option<String>,
    /// `Notes` (notesType).
    pub notes: Option<String>,
    /// `RejectionReason` (notesType).
    pub rejection_reason: Option<String>,
    /// `OnlySendByOwner` (booleanType).
    pub only_send_by_owner: Option<bool>,
    /// `UpdatedTime` (dateType).
    pub updated_time: Option<OffsetDateTime>,
}

/// The `DeleteAccessKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteAccessKeyRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `AccessKeyId` (accessKeyIdType, required).
    pub access_key_id: String,
}

/// The `DeleteAccountAliasRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteAccountAliasRequest {
    /// `AccountAlias` (accountAliasType, required).
    pub account_alias: String,
}

/// The `DeleteGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupPolicyRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
}

/// The `DeleteGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
}

/// The `DeleteInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteInstanceProfileRequest {
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
}

/// The `DeleteLoginProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteLoginProfileRequest {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
}

/// The `DeleteOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
}

/// The `DeletePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePolicyRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
}

/// The `DeletePolicyVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePolicyVersionRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `VersionId` (policyVersionIdType, required).
    pub version_id: String,
}

/// The `DeleteRolePermissionsBoundaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRolePermissionsBoundaryRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
}

/// The `DeleteRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRolePolicyRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
}

/// The `DeleteRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRoleRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
}

/// The `DeleteSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSAMLProviderRequest {
    /// `SAMLProviderArn` (arnType, required).
    pub saml_provider_arn: String,
}

/// The `DeleteSSHPublicKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSSHPublicKeyRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `SSHPublicKeyId` (publicKeyIdType, required).
    pub ssh_public_key_id: String,
}

/// The `DeleteServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteServerCertificateRequest {
    /// `ServerCertificateName` (serverCertificateNameType, required).
    pub server_certificate_name: String,
}

/// The `DeleteServiceLinkedRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteServiceLinkedRoleRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
}

/// The `DeleteServiceLinkedRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteServiceLinkedRoleResponse {
    /// `DeletionTaskId` (DeletionTaskIdType, required).
    pub deletion_task_id: String,
}

/// The `DeleteServiceSpecificCredentialRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteServiceSpecificCredentialRequest {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `ServiceSpecificCredentialId` (serviceSpecificCredentialId, required).
    pub service_specific_credential_id: String,
}

/// The `DeleteSigningCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSigningCertificateRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `CertificateId` (certificateIdType, required).
    pub certificate_id: String,
}

/// The `DeleteUserPermissionsBoundaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteUserPermissionsBoundaryRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
}

/// The `DeleteUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteUserPolicyRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
}

/// The `DeleteUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteUserRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
}

/// The `DeleteVirtualMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteVirtualMFADeviceRequest {
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
}

/// The `DeleteWorkloadIdentityProviderOutboundSignerRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteWorkloadIdentityProviderOutboundSignerRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `OutboundSigner` (WorkloadIdentityOutboundSignerConfiguration, required).
    pub outbound_signer: WorkloadIdentityOutboundSignerConfiguration,
}

/// The `DeleteWorkloadIdentityProviderOutboundSignerResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteWorkloadIdentityProviderOutboundSignerResponse {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `OutboundSigner` (WorkloadIdentityOutboundSignerConfiguration, required).
    pub outbound_signer: WorkloadIdentityOutboundSignerConfiguration,
    /// `Status` (workloadIdentityOutboundSignerDeletionStatusType, required).
    pub status: WorkloadIdentityOutboundSignerDeletionStatusType,
}

/// The `DeleteWorkloadIdentityProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteWorkloadIdentityProviderRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
}

/// The `DeleteWorkloadIdentityProviderResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteWorkloadIdentityProviderResourcePolicyRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
}

/// The `DeleteWorkloadIdentityProviderResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteWorkloadIdentityProviderResourcePolicyResponse {}

/// The `DeleteWorkloadIdentityProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteWorkloadIdentityProviderResponse {
    /// `DeletionTaskId` (DeletionTaskIdType).
    pub deletion_task_id: Option<String>,
}

/// The `DeleteWorkloadIdentityTemplateAttestationPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteWorkloadIdentityTemplateAttestationPolicyRequest {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
}

/// The `DeleteWorkloadIdentityTemplateAttestationPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteWorkloadIdentityTemplateAttestationPolicyResponse {}

/// The `DeleteWorkloadIdentityTemplateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteWorkloadIdentityTemplateRequest {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
}

/// The `DeleteWorkloadIdentityTemplateResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteWorkloadIdentityTemplateResponse {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
    /// `Status` (WorkloadIdentityTemplateDeletionStatusType, required).
    pub status: WorkloadIdentityTemplateDeletionStatusType,
}

/// The `DeletionTaskFailureReasonType` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletionTaskFailureReasonType {
    /// `Reason` (ReasonType).
    pub reason: Option<String>,
    /// `RoleUsageList` (RoleUsageListType).
    pub role_usage_list: Option<Vec<RoleUsageType>>,
}

/// The `DeletionTaskStatusType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeletionTaskStatusType {
    /// `SUCCEEDED`
    Succeeded,
    /// `IN_PROGRESS`
    InProgress,
    /// `FAILED`
    Failed,
    /// `NOT_STARTED`
    NotStarted,
}

impl DeletionTaskStatusType {
    /// Every value, in model order.
    pub const ALL: [Self; 4] = [
        Self::Succeeded,
        Self::InProgress,
        Self::Failed,
        Self::NotStarted,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Succeeded => "SUCCEEDED",
            Self::InProgress => "IN_PROGRESS",
            Self::Failed => "FAILED",
            Self::NotStarted => "NOT_STARTED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "SUCCEEDED" => Some(Self::Succeeded),
            "IN_PROGRESS" => Some(Self::InProgress),
            "FAILED" => Some(Self::Failed),
            "NOT_STARTED" => Some(Self::NotStarted),
            _ => None,
        }
    }
}

/// The `DetachGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachGroupPolicyRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
}

/// The `DetachRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachRolePolicyRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
}

/// The `DetachUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachUserPolicyRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
}

/// The `DisableOrganizationLevelResourcesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationLevelResourcesRequest {}

/// The `DisableOrganizationLevelResourcesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationLevelResourcesResponse {
    /// `OrganizationId` (OrganizationIdType).
    pub organization_id: Option<String>,
    /// `EnabledFeatures` (FeaturesListType).
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `DisableOrganizationsRootCredentialsManagementRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationsRootCredentialsManagementRequest {}

/// The `DisableOrganizationsRootCredentialsManagementResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationsRootCredentialsManagementResponse {
    /// `OrganizationId` (OrganizationIdType).
    pub organization_id: Option<String>,
    /// `EnabledFeatures` (FeaturesListType).
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `DisableOrganizationsRootSessionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationsRootSessionsRequest {}

/// The `DisableOrganizationsRootSessionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationsRootSessionsResponse {
    /// `OrganizationId` (OrganizationIdType).
    pub organization_id: Option<String>,
    /// `EnabledFeatures` (FeaturesListType).
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `DisableWorkloadIdentityProviderOutboundSignerRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct DisableWorkloadIdentityProviderOutboundSignerRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `SignerType` (workloadIdentityOutboundSignerTypeType, required).
    pub signer_type: WorkloadIdentityOutboundSignerTypeType,
}

/// The `DisableWorkloadIdentityProviderOutboundSignerResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableWorkloadIdentityProviderOutboundSignerResponse {}

/// The `EnableMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableMFADeviceRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `AuthenticationCode1` (authenticationCodeType, required).
    pub authentication_code1: String,
    /// `AuthenticationCode2` (authenticationCodeType, required).
    pub authentication_code2: String,
}

/// The `EnableOrganizationLevelResourcesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationLevelResourcesRequest {}

/// The `EnableOrganizationLevelResourcesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationLevelResourcesResponse {
    /// `OrganizationId` (OrganizationIdType).
    pub organization_id: Option<String>,
    /// `EnabledFeatures` (FeaturesListType).
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `EnableOrganizationsRootCredentialsManagementRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationsRootCredentialsManagementRequest {}

/// The `EnableOrganizationsRootCredentialsManagementResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationsRootCredentialsManagementResponse {
    /// `OrganizationId` (OrganizationIdType).
    pub organization_id: Option<String>,
    /// `EnabledFeatures` (FeaturesListType).
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `EnableOrganizationsRootSessionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationsRootSessionsRequest {}

/// The `EnableOrganizationsRootSessionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationsRootSessionsResponse {
    /// `OrganizationId` (OrganizationIdType).
    pub organization_id: Option<String>,
    /// `EnabledFeatures` (FeaturesListType).
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `EnableOutboundWebIdentityFederationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOutboundWebIdentityFederationResponse {
    /// `IssuerIdentifier` (stringType).
    pub issuer_identifier: Option<String>,
}

/// The `EnableWorkloadIdentityProviderOutboundSignerRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct EnableWorkloadIdentityProviderOutboundSignerRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `SignerType` (workloadIdentityOutboundSignerTypeType, required).
    pub signer_type: WorkloadIdentityOutboundSignerTypeType,
    /// `SigningDelayInHours` (workloadIdentitySigningDelayInHoursType).
    pub signing_delay_in_hours: Option<i32>,
}

/// The `EnableWorkloadIdentityProviderOutboundSignerResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableWorkloadIdentityProviderOutboundSignerResponse {}

/// The `EntityDetails` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityDetails {
    /// `EntityInfo` (EntityInfo, required).
    pub entity_info: EntityInfo,
    /// `LastAuthenticated` (dateType).
    pub last_authenticated: Option<OffsetDateTime>,
}

/// The `EntityInfo` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityInfo {
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `Name` (userNameType, required).
    pub name: String,
    /// `Type` (policyOwnerEntityType, required).
    pub r#type: PolicyOwnerEntityType,
    /// `Id` (idType, required).
    pub id: String,
    /// `Path` (pathType).
    pub path: Option<String>,
}

/// The `EntityType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    /// `User`
    User,
    /// `Role`
    Role,
    /// `Group`
    Group,
    /// `LocalManagedPolicy`
    LocalManagedPolicy,
    /// `AWSManagedPolicy`
    AWSManagedPolicy,
}

impl EntityType {
    /// Every value, in model order.
    pub const ALL: [Self; 5] = [
        Self::User,
        Self::Role,
        Self::Group,
        Self::LocalManagedPolicy,
        Self::AWSManagedPolicy,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "User",
            Self::Role => "Role",
            Self::Group => "Group",
            Self::LocalManagedPolicy => "LocalManagedPolicy",
            Self::AWSManagedPolicy => "AWSManagedPolicy",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "User" => Some(Self::User),
            "Role" => Some(Self::Role),
            "Group" => Some(Self::Group),
            "LocalManagedPolicy" => Some(Self::LocalManagedPolicy),
            "AWSManagedPolicy" => Some(Self::AWSManagedPolicy),
            _ => None,
        }
    }
}

/// The `ErrorDetails` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorDetails {
    /// `Message` (stringType, required).
    pub message: String,
    /// `Code` (stringType, required).
    pub code: String,
}

/// The `EvaluationResult` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationResult {
    /// `EvalActionName` (ActionNameType, required).
    pub eval_action_name: String,
    /// `EvalResourceName` (ResourceNameType).
    pub eval_resource_name: Option<String>,
    /// `EvalDecision` (PolicyEvaluationDecisionType, required).
    pub eval_decision: PolicyEvaluationDecisionType,
    /// `MatchedStatements` (StatementListType).
    pub matched_statements: Option<Vec<Statement>>,
    /// `MissingContextValues` (ContextKeyNamesResultListType).
    pub missing_context_values: Option<Vec<String>>,
    /// `OrganizationsDecisionDetail` (OrganizationsDecisionDetail).
    pub organizations_decision_detail: Option<OrganizationsDecisionDetail>,
    /// `PermissionsBoundaryDecisionDetail` (PermissionsBoundaryDecisionDetail).
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
    /// `EvalDecisionDetails` (EvalDecisionDetailsType).
    pub eval_decision_details: Option<Vec<(String, PolicyEvaluationDecisionType)>>,
    /// `ResourceSpecificResults` (ResourceSpecificResultListType).
    pub resource_specific_results: Option<Vec<ResourceSpecificResult>>,
}

/// The `FeatureType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FeatureType {
    /// `RootCredentialsManagement`
    RootCredentialsManagement,
    /// `RootSessions`
    RootSessions,
    /// `OrganizationIamResources`
    OrganizationIamResources,
}

impl FeatureType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [
        Self::RootCredentialsManagement,
        Self::RootSessions,
        Self::OrganizationIamResources,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::RootCredentialsManagement => "RootCredentialsManagement",
            Self::RootSessions => "RootSessions",
            Self::OrganizationIamResources => "OrganizationIamResources",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "RootCredentialsManagement" => Some(Self::RootCredentialsManagement),
            "RootSessions" => Some(Self::RootSessions),
            "OrganizationIamResources" => Some(Self::OrganizationIamResources),
            _ => None,
        }
    }
}

/// The `GenerateCredentialReportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateCredentialReportResponse {
    /// `State` (ReportStateType).
    pub state: Option<ReportStateType>,
    /// `Description` (ReportStateDescriptionType).
    pub description: Option<String>,
}

/// The `GenerateOrganizationsAccessReportRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateOrganizationsAccessReportRequest {
    /// `EntityPath` (organizationsEntityPathType, required).
    pub entity_path: String,
    /// `OrganizationsPolicyId` (organizationsPolicyIdType).
    pub organizations_policy_id: Option<String>,
}

/// The `GenerateOrganizationsAccessReportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateOrganizationsAccessReportResponse {
    /// `JobId` (jobIDType).
    pub job_id: Option<String>,
}

/// The `GenerateServiceLastAccessedDetailsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateServiceLastAccessedDetailsRequest {
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `Granularity` (AccessAdvisorUsageGranularityType).
    pub granularity: Option<AccessAdvisorUsageGranularityType>,
}

/// The `GenerateServiceLastAccessedDetailsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateServiceLastAccessedDetailsResponse {
    /// `JobId` (jobIDType).
    pub job_id: Option<String>,
}

/// The `GetAccessKeyLastUsedRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccessKeyLastUsedRequest {
    /// `AccessKeyId` (accessKeyIdType, required).
    pub access_key_id: String,
}

/// The `GetAccessKeyLastUsedResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccessKeyLastUsedResponse {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `AccessKeyLastUsed` (AccessKeyLastUsed).
    pub access_key_last_used: Option<AccessKeyLastUsed>,
}

/// The `GetAccountAuthorizationDetailsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountAuthorizationDetailsRequest {
    /// `Filter` (entityListType).
    pub filter: Option<Vec<EntityType>>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
}

/// The `GetAccountAuthorizationDetailsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountAuthorizationDetailsResponse {
    /// `UserDetailList` (userDetailListType).
    pub user_detail_list: Option<Vec<UserDetail>>,
    /// `GroupDetailList` (groupDetailListType).
    pub group_detail_list: Option<Vec<GroupDetail>>,
    /// `RoleDetailList` (roleDetailListType).
    pub role_detail_list: Option<Vec<RoleDetail>>,
    /// `Policies` (ManagedPolicyDetailListType).
    pub policies: Option<Vec<ManagedPolicyDetail>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `GetAccountPasswordPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPasswordPolicyResponse {
    /// `PasswordPolicy` (PasswordPolicy, required).
    pub password_policy: PasswordPolicy,
}

/// The `GetAccountPropertiesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPropertiesRequest {}

/// The `GetAccountPropertiesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPropertiesResponse {
    /// `Properties` (accountPropertiesMapType).
    pub properties: Option<Vec<(String, String)>>,
}

/// The `GetAccountSummaryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountSummaryResponse {
    /// `SummaryMap` (summaryMapType).
    pub summary_map: Option<Vec<(SummaryKeyType, i32)>>,
}

/// The `GetContextKeysForCustomPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetContextKeysForCustomPolicyRequest {
    /// `PolicyInputList` (SimulationPolicyListType, required).
    pub policy_input_list: Vec<String>,
}

/// The `GetContextKeysForPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetContextKeysForPolicyResponse {
    /// `ContextKeyNames` (ContextKeyNamesResultListType).
    pub context_key_names: Option<Vec<String>>,
}

/// The `GetContextKeysForPrincipalPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetContextKeysForPrincipalPolicyRequest {
    /// `PolicySourceArn` (arnType, required).
    pub policy_source_arn: String,
    /// `PolicyInputList` (SimulationPolicyListType).
    pub policy_input_list: Option<Vec<String>>,
}

/// The `GetCredentialReportResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCredentialReportResponse {
    /// `Content` (ReportContentType).
    pub content: Option<Vec<u8>>,
    /// `ReportFormat` (ReportFormatType).
    pub report_format: Option<ReportFormatType>,
    /// `GeneratedTime` (dateType).
    pub generated_time: Option<OffsetDateTime>,
}

/// The `GetDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDelegationRequestRequest {
    /// `DelegationRequestId` (delegationRequestIdType, required).
    pub delegation_request_id: String,
    /// `DelegationPermissionCheck` (booleanType).
    pub delegation_permission_check: Option<bool>,
}

/// The `GetDelegationRequestResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDelegationRequestResponse {
    /// `DelegationRequest` (DelegationRequest).
    pub delegation_request: Option<DelegationRequest>,
    /// `PermissionCheckStatus` (permissionCheckStatusType).
    pub permission_check_status: Option<PermissionCheckStatusType>,
    /// `PermissionCheckResult` (permissionCheckResultType).
    pub permission_check_result: Option<PermissionCheckResultType>,
}

/// The `GetGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupPolicyRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
}

/// The `GetGroupPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupPolicyResponse {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `GetGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `GetGroupResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetGroupResponse {
    /// `Group` (Group, required).
    pub group: Group,
    /// `Users` (userListType, required).
    pub users: Vec<User>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `GetHumanReadableSummaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetHumanReadableSummaryRequest {
    /// `EntityArn` (arnType, required).
    pub entity_arn: String,
    /// `Locale` (localeType).
    pub locale: Option<String>,
}

/// The `GetHumanReadableSummaryResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetHumanReadableSummaryResponse {
    /// `SummaryContent` (summaryContentType).
    pub summary_content: Option<String>,
    /// `Locale` (localeType).
    pub locale: Option<String>,
    /// `SummaryState` (summaryStateType).
    pub summary_state: Option<SummaryStateType>,
}

/// The `GetInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInstanceProfileRequest {
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
}

/// The `GetInstanceProfileResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetInstanceProfileResponse {
    /// `InstanceProfile` (InstanceProfile, required).
    pub instance_profile: InstanceProfile,
}

/// The `GetLoginProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetLoginProfileRequest {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
}

/// The `GetLoginProfileResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetLoginProfileResponse {
    /// `LoginProfile` (LoginProfile, required).
    pub login_profile: LoginProfile,
}

/// The `GetMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMFADeviceRequest {
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
}

/// The `GetMFADeviceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMFADeviceResponse {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `EnableDate` (dateType).
    pub enable_date: Option<OffsetDateTime>,
    /// `Certifications` (CertificationMapType).
    pub certifications: Option<Vec<(String, String)>>,
}

/// The `GetOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
}

/// The `GetOpenIDConnectProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOpenIDConnectProviderResponse {
    /// `Url` (OpenIDConnectProviderUrlType).
    pub url: Option<String>,
    /// `ClientIDList` (clientIDListType).
    pub client_id_list: Option<Vec<String>>,
    /// `ThumbprintList` (thumbprintListType).
    pub thumbprint_list: Option<Vec<String>>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `ContextProvider` (ContextProvider).
    pub context_provider: Option<ContextProvider>,
    /// `IdentityCenterInstanceArn` (identityCenterInstanceArnType).
    pub identity_center_instance_arn: Option<String>,
    /// `IdentityStoreArn` (arnType).
    pub identity_store_arn: Option<String>,
}

/// The `GetOrganizationsAccessReportRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOrganizationsAccessReportRequest {
    /// `JobId` (jobIDType, required).
    pub job_id: String,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `SortKey` (sortKeyType).
    pub sort_key: Option<SortKeyType>,
}

/// The `GetOrganizationsAccessReportResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationsAccessReportResponse {
    /// `JobStatus` (jobStatusType, required).
    pub job_status: JobStatusType,
    /// `JobCreationDate` (dateType, required).
    pub job_creation_date: OffsetDateTime,
    /// `JobCompletionDate` (dateType).
    pub job_completion_date: Option<OffsetDateTime>,
    /// `NumberOfServicesAccessible` (integerType).
    pub number_of_services_accessible: Option<i32>,
    /// `NumberOfServicesNotAccessed` (integerType).
    pub number_of_services_not_accessed: Option<i32>,
    /// `AccessDetails` (AccessDetails).
    pub access_details: Option<Vec<AccessDetail>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `ErrorDetails` (ErrorDetails).
    pub error_details: Option<ErrorDetails>,
}

/// The `GetOutboundWebIdentityFederationInfoResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOutboundWebIdentityFederationInfoResponse {
    /// `IssuerIdentifier` (stringType).
    pub issuer_identifier: Option<String>,
    /// `JwtVendingEnabled` (booleanType).
    pub jwt_vending_enabled: Option<bool>,
}

/// The `GetPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPolicyRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
}

/// The `GetPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPolicyResponse {
    /// `Policy` (Policy).
    pub policy: Option<Policy>,
}

/// The `GetPolicyVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPolicyVersionRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `VersionId` (policyVersionIdType, required).
    pub version_id: String,
}

/// The `GetPolicyVersionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPolicyVersionResponse {
    /// `PolicyVersion` (PolicyVersion).
    pub policy_version: Option<PolicyVersion>,
}

/// The `GetRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRolePolicyRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
}

/// The `GetRolePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRolePolicyResponse {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `GetRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
}

/// The `GetRoleResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetRoleResponse {
    /// `Role` (Role, required).
    pub role: Role,
}

/// The `GetRoleTemplateVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleTemplateVersionRequest {
    /// `TemplateArn` (arnType, required).
    pub template_arn: String,
    /// `MinorVersion` (minorVersionType).
    pub minor_version: Option<i32>,
}

/// The `GetRoleTemplateVersionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleTemplateVersionResponse {
    /// `RoleTemplateVersion` (RoleTemplateVersion, required).
    pub role_template_version: RoleTemplateVersion,
}

/// The `GetSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSAMLProviderRequest {
    /// `SAMLProviderArn` (arnType, required).
    pub saml_provider_arn: String,
}

/// The `GetSAMLProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSAMLProviderResponse {
    /// `SAMLProviderUUID` (privateKeyIdType).
    pub saml_provider_uuid: Option<String>,
    /// `SAMLMetadataDocument` (SAMLMetadataDocumentType).
    pub saml_metadata_document: Option<String>,
    /// `ContextProvider` (ContextProvider).
    pub context_provider: Option<ContextProvider>,
    /// `SAMLKeyHashes` (SAMLKeyHashListType).
    pub saml_key_hashes: Option<Vec<SAMLKeyHashEntry>>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `ValidUntil` (dateType).
    pub valid_until: Option<OffsetDateTime>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `AssertionEncryptionMode` (assertionEncryptionModeType).
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// `PrivateKeyList` (privateKeyList).
    pub private_key_list: Option<Vec<SAMLPrivateKey>>,
    /// `IdentityCenterInstanceArn` (identityCenterInstanceArnType).
    pub identity_center_instance_arn: Option<String>,
    /// `IdentityStoreArn` (arnType).
    pub identity_store_arn: Option<String>,
}

/// The `GetSSHPublicKeyRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetSSHPublicKeyRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `SSHPublicKeyId` (publicKeyIdType, required).
    pub ssh_public_key_id: String,
    /// `Encoding` (encodingType, required).
    pub encoding: EncodingType,
}

/// The `GetSSHPublicKeyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSSHPublicKeyResponse {
    /// `SSHPublicKey` (SSHPublicKey).
    pub ssh_public_key: Option<SSHPublicKey>,
}

/// The `GetServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServerCertificateRequest {
    /// `ServerCertificateName` (serverCertificateNameType, required).
    pub server_certificate_name: String,
}

/// The `GetServerCertificateResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServerCertificateResponse {
    /// `ServerCertificate` (ServerCertificate, required).
    pub server_certificate: ServerCertificate,
}

/// The `GetServiceLastAccessedDetailsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServiceLastAccessedDetailsRequest {
    /// `JobId` (jobIDType, required).
    pub job_id: String,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
}

/// The `GetServiceLastAccessedDetailsResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetServiceLastAccessedDetailsResponse {
    /// `JobStatus` (jobStatusType, required).
    pub job_status: JobStatusType,
    /// `JobType` (AccessAdvisorUsageGranularityType).
    pub job_type: Option<AccessAdvisorUsageGranularityType>,
    /// `JobCreationDate` (dateType, required).
    pub job_creation_date: OffsetDateTime,
    /// `ServicesLastAccessed` (ServicesLastAccessed, required).
    pub services_last_accessed: Vec<ServiceLastAccessed>,
    /// `JobCompletionDate` (dateType, required).
    pub job_completion_date: OffsetDateTime,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
    /// `Error` (ErrorDetails).
    pub error: Option<ErrorDetails>,
}

/// The `GetServiceLastAccessedDetailsWithEntitiesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServiceLastAccessedDetailsWithEntitiesRequest {
    /// `JobId` (jobIDType, required).
    pub job_id: String,
    /// `ServiceNamespace` (serviceNamespaceType, required).
    pub service_namespace: String,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
}

/// The `GetServiceLastAccessedDetailsWithEntitiesResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetServiceLastAccessedDetailsWithEntitiesResponse {
    /// `JobStatus` (jobStatusType, required).
    pub job_status: JobStatusType,
    /// `JobCreationDate` (dateType, required).
    pub job_creation_date: OffsetDateTime,
    /// `JobCompletionDate` (dateType, required).
    pub job_completion_date: OffsetDateTime,
    /// `EntityDetailsList` (entityDetailsListType, required).
    pub entity_details_list: Vec<EntityDetails>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
    /// `Error` (ErrorDetails).
    pub error: Option<ErrorDetails>,
}

/// The `GetServiceLinkedRoleDeletionStatusRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServiceLinkedRoleDeletionStatusRequest {
    /// `DeletionTaskId` (DeletionTaskIdType, required).
    pub deletion_task_id: String,
}

/// The `GetServiceLinkedRoleDeletionStatusResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetServiceLinkedRoleDeletionStatusResponse {
    /// `Status` (DeletionTaskStatusType, required).
    pub status: DeletionTaskStatusType,
    /// `Reason` (DeletionTaskFailureReasonType).
    pub reason: Option<DeletionTaskFailureReasonType>,
}

/// The `GetUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserPolicyRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
}

/// The `GetUserPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserPolicyResponse {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `GetUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
}

/// The `GetUserResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserResponse {
    /// `User` (User, required).
    pub user: User,
}

/// The `GetWorkloadIdentityProviderDeletionStatusRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWorkloadIdentityProviderDeletionStatusRequest {
    /// `DeletionTaskId` (DeletionTaskIdType, required).
    pub deletion_task_id: String,
}

/// The `GetWorkloadIdentityProviderDeletionStatusResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkloadIdentityProviderDeletionStatusResponse {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `Status` (DeletionTaskStatusType, required).
    pub status: DeletionTaskStatusType,
}

/// The `GetWorkloadIdentityProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWorkloadIdentityProviderRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
}

/// The `GetWorkloadIdentityProviderResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWorkloadIdentityProviderResourcePolicyRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
}

/// The `GetWorkloadIdentityProviderResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWorkloadIdentityProviderResourcePolicyResponse {
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `GetWorkloadIdentityProviderResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkloadIdentityProviderResponse {
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `ResourceScope` (workloadIdentityProviderScopeType, required).
    pub resource_scope: WorkloadIdentityProviderScopeType,
    /// `ProviderName` (workloadIdentityProviderNameType, required).
    pub provider_name: String,
    /// `ProviderId` (idType, required).
    pub provider_id: String,
    /// `Description` (workloadIdentityProviderDescriptionType).
    pub description: Option<String>,
    /// `Scheme` (workloadIdentityProviderSchemeType, required).
    pub scheme: WorkloadIdentityProviderSchemeType,
    /// `WorkloadIdentityDomain` (WorkloadIdentityDomainType).
    pub workload_identity_domain: Option<String>,
    /// `OutboundSigners` (WorkloadIdentityOutboundSigners).
    pub outbound_signers: Option<WorkloadIdentityOutboundSigners>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
}

/// The `GetWorkloadIdentityTemplateAttestationPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWorkloadIdentityTemplateAttestationPolicyRequest {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
}

/// The `GetWorkloadIdentityTemplateAttestationPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWorkloadIdentityTemplateAttestationPolicyResponse {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
    /// `AttestationPolicy` (policyDocumentType, required).
    pub attestation_policy: String,
}

/// The `GetWorkloadIdentityTemplateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWorkloadIdentityTemplateRequest {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
}

/// The `GetWorkloadIdentityTemplateResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWorkloadIdentityTemplateResponse {
    /// `Name` (WorkloadIdentityTemplateNameType, required).
    pub name: String,
    /// `TemplateId` (idType, required).
    pub template_id: String,
    /// `Description` (WorkloadIdentityDescriptionType).
    pub description: Option<String>,
    /// `ResourceScope` (WorkloadIdentityResourceScopeType, required).
    pub resource_scope: WorkloadIdentityResourceScopeType,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `PathPrefix` (WorkloadIdentityPathPrefixType).
    pub path_prefix: Option<String>,
    /// `PathPattern` (WorkloadIdentityTemplatePathPatternType, required).
    pub path_pattern: String,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
}

/// The `Group` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// `Path` (pathType, required).
    pub path: String,
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `GroupId` (idType, required).
    pub group_id: String,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
}

/// The `GroupDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupDetail {
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `GroupName` (groupNameType).
    pub group_name: Option<String>,
    /// `GroupId` (idType).
    pub group_id: Option<String>,
    /// `Arn` (arnType).
    pub arn: Option<String>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `GroupPolicyList` (policyDetailListType).
    pub group_policy_list: Option<Vec<PolicyDetail>>,
    /// `AttachedManagedPolicies` (attachedPoliciesListType).
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
}

/// The `InlinePolicy` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InlinePolicy {
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `InlinePolicyIdentifierType` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct InlinePolicyIdentifierType {
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `AttachmentType` (AttachmentType, required).
    pub attachment_type: AttachmentType,
    /// `AttachmentName` (AttachmentName, required).
    pub attachment_name: String,
}

/// The `InstanceProfile` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceProfile {
    /// `Path` (pathType, required).
    pub path: String,
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
    /// `InstanceProfileId` (idType, required).
    pub instance_profile_id: String,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
    /// `Roles` (roleListType, required).
    pub roles: Vec<Role>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `ListAccessKeysRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccessKeysRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListAccessKeysResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccessKeysResponse {
    /// `AccessKeyMetadata` (accessKeyMetadataListType, required).
    pub access_key_metadata: Vec<AccessKeyMetadata>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListAccountAliasesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAliasesRequest {
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListAccountAliasesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAliasesResponse {
    /// `AccountAliases` (accountAliasListType, required).
    pub account_aliases: Vec<String>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListAttachedGroupPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedGroupPoliciesRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `PathPrefix` (policyPathType).
    pub path_prefix: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListAttachedGroupPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedGroupPoliciesResponse {
    /// `AttachedPolicies` (attachedPoliciesListType).
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListAttachedRolePoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedRolePoliciesRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PathPrefix` (policyPathType).
    pub path_prefix: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListAttachedRolePoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedRolePoliciesResponse {
    /// `AttachedPolicies` (attachedPoliciesListType).
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListAttachedUserPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedUserPoliciesRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `PathPrefix` (policyPathType).
    pub path_prefix: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListAttachedUserPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedUserPoliciesResponse {
    /// `AttachedPolicies` (attachedPoliciesListType).
    pub attached_policies: Option<Vec<AttachedPolicy>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListDelegationRequestsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegationRequestsRequest {
    /// `OwnerId` (ownerIdType).
    pub owner_id: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListDelegationRequestsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegationRequestsResponse {
    /// `DelegationRequests` (delegationRequestsListType).
    pub delegation_requests: Option<Vec<DelegationRequest>>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `isTruncated` (booleanType).
    pub is_truncated: Option<bool>,
}

/// The `ListEntitiesForPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEntitiesForPolicyRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `EntityFilter` (EntityType).
    pub entity_filter: Option<EntityType>,
    /// `PathPrefix` (pathType).
    pub path_prefix: Option<String>,
    /// `PolicyUsageFilter` (PolicyUsageType).
    pub policy_usage_filter: Option<PolicyUsageType>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListEntitiesForPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEntitiesForPolicyResponse {
    /// `PolicyGroups` (PolicyGroupListType).
    pub policy_groups: Option<Vec<PolicyGroup>>,
    /// `PolicyUsers` (PolicyUserListType).
    pub policy_users: Option<Vec<PolicyUser>>,
    /// `PolicyRoles` (PolicyRoleListType).
    pub policy_roles: Option<Vec<PolicyRole>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListGroupPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupPoliciesRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListGroupPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupPoliciesResponse {
    /// `PolicyNames` (policyNameListType, required).
    pub policy_names: Vec<String>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListGroupsForUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsForUserRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListGroupsForUserResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsForUserResponse {
    /// `Groups` (groupListType, required).
    pub groups: Vec<Group>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListGroupsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsRequest {
    /// `PathPrefix` (pathPrefixType).
    pub path_prefix: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListGroupsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsResponse {
    /// `Groups` (groupListType, required).
    pub groups: Vec<Group>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListInstanceProfileTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfileTagsRequest {
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListInstanceProfileTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfileTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListInstanceProfilesForRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfilesForRoleRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListInstanceProfilesForRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfilesForRoleResponse {
    /// `InstanceProfiles` (instanceProfileListType, required).
    pub instance_profiles: Vec<InstanceProfile>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListInstanceProfilesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfilesRequest {
    /// `PathPrefix` (pathPrefixType).
    pub path_prefix: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListInstanceProfilesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfilesResponse {
    /// `InstanceProfiles` (instanceProfileListType, required).
    pub instance_profiles: Vec<InstanceProfile>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListMFADeviceTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMFADeviceTagsRequest {
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListMFADeviceTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMFADeviceTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListMFADevicesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMFADevicesRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListMFADevicesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMFADevicesResponse {
    /// `MFADevices` (mfaDeviceListType, required).
    pub mfa_devices: Vec<MFADevice>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListOpenIDConnectProviderTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOpenIDConnectProviderTagsRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListOpenIDConnectProviderTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOpenIDConnectProviderTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListOpenIDConnectProvidersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOpenIDConnectProvidersRequest {}

/// The `ListOpenIDConnectProvidersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOpenIDConnectProvidersResponse {
    /// `OpenIDConnectProviderList` (OpenIDConnectProviderListType).
    pub open_id_connect_provider_list: Option<Vec<OpenIDConnectProviderListEntry>>,
}

/// The `ListOrganizationsFeaturesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationsFeaturesRequest {}

/// The `ListOrganizationsFeaturesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationsFeaturesResponse {
    /// `OrganizationId` (OrganizationIdType).
    pub organization_id: Option<String>,
    /// `EnabledFeatures` (FeaturesListType).
    pub enabled_features: Option<Vec<FeatureType>>,
}

/// The `ListPoliciesGrantingServiceAccessEntry` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesGrantingServiceAccessEntry {
    /// `ServiceNamespace` (serviceNamespaceType).
    pub service_namespace: Option<String>,
    /// `Policies` (policyGrantingServiceAccessListType).
    pub policies: Option<Vec<PolicyGrantingServiceAccess>>,
}

/// The `ListPoliciesGrantingServiceAccessRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesGrantingServiceAccessRequest {
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `ServiceNamespaces` (serviceNamespaceListType, required).
    pub service_namespaces: Vec<String>,
}

/// The `ListPoliciesGrantingServiceAccessResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesGrantingServiceAccessResponse {
    /// `PoliciesGrantingServiceAccess` (listPolicyGrantingServiceAccessResponseListType, required).
    pub policies_granting_service_access: Vec<ListPoliciesGrantingServiceAccessEntry>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesRequest {
    /// `Scope` (policyScopeType).
    pub scope: Option<PolicyScopeType>,
    /// `OnlyAttached` (booleanType).
    pub only_attached: Option<bool>,
    /// `PathPrefix` (policyPathType).
    pub path_prefix: Option<String>,
    /// `PolicyUsageFilter` (PolicyUsageType).
    pub policy_usage_filter: Option<PolicyUsageType>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesResponse {
    /// `Policies` (policyListType).
    pub policies: Option<Vec<Policy>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListPolicyTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyTagsRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListPolicyTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListPolicyVersionsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyVersionsRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListPolicyVersionsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyVersionsResponse {
    /// `Versions` (policyDocumentVersionListType).
    pub versions: Option<Vec<PolicyVersion>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListRolePoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolePoliciesRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListRolePoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolePoliciesResponse {
    /// `PolicyNames` (policyNameListType, required).
    pub policy_names: Vec<String>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListRoleTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRoleTagsRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListRoleTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRoleTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListRolesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolesRequest {
    /// `PathPrefix` (pathPrefixType).
    pub path_prefix: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListRolesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolesResponse {
    /// `Roles` (roleListType, required).
    pub roles: Vec<Role>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListSAMLProviderTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSAMLProviderTagsRequest {
    /// `SAMLProviderArn` (arnType, required).
    pub saml_provider_arn: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListSAMLProviderTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSAMLProviderTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListSAMLProvidersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSAMLProvidersRequest {}

/// The `ListSAMLProvidersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSAMLProvidersResponse {
    /// `SAMLProviderList` (SAMLProviderListType).
    pub saml_provider_list: Option<Vec<SAMLProviderListEntry>>,
}

/// The `ListSSHPublicKeysRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSSHPublicKeysRequest {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListSSHPublicKeysResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSSHPublicKeysResponse {
    /// `SSHPublicKeys` (SSHPublicKeyListType).
    pub ssh_public_keys: Option<Vec<SSHPublicKeyMetadata>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListServerCertificateTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServerCertificateTagsRequest {
    /// `ServerCertificateName` (serverCertificateNameType, required).
    pub server_certificate_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListServerCertificateTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServerCertificateTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListServerCertificatesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServerCertificatesRequest {
    /// `PathPrefix` (pathPrefixType).
    pub path_prefix: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListServerCertificatesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServerCertificatesResponse {
    /// `ServerCertificateMetadataList` (serverCertificateMetadataListType, required).
    pub server_certificate_metadata_list: Vec<ServerCertificateMetadata>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListServiceSpecificCredentialsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServiceSpecificCredentialsRequest {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `ServiceName` (serviceName).
    pub service_name: Option<String>,
    /// `AllUsers` (allUsers).
    pub all_users: Option<bool>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListServiceSpecificCredentialsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServiceSpecificCredentialsResponse {
    /// `ServiceSpecificCredentials` (ServiceSpecificCredentialsListType).
    pub service_specific_credentials: Option<Vec<ServiceSpecificCredentialMetadata>>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
}

/// The `ListSigningCertificatesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSigningCertificatesRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListSigningCertificatesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSigningCertificatesResponse {
    /// `Certificates` (certificateListType, required).
    pub certificates: Vec<SigningCertificate>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListUserPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserPoliciesRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListUserPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserPoliciesResponse {
    /// `PolicyNames` (policyNameListType, required).
    pub policy_names: Vec<String>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListUserTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserTagsRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListUserTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListUsersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUsersRequest {
    /// `PathPrefix` (pathPrefixType).
    pub path_prefix: Option<String>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListUsersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUsersResponse {
    /// `Users` (userListType, required).
    pub users: Vec<User>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListVirtualMFADevicesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVirtualMFADevicesRequest {
    /// `AssignmentStatus` (assignmentStatusType).
    pub assignment_status: Option<AssignmentStatusType>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListVirtualMFADevicesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVirtualMFADevicesResponse {
    /// `VirtualMFADevices` (virtualMFADeviceListType, required).
    pub virtual_mfa_devices: Vec<VirtualMFADevice>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListWorkloadIdentityProviderOutboundSignersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityProviderOutboundSignersRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListWorkloadIdentityProviderOutboundSignersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityProviderOutboundSignersResponse {
    /// `OutboundSigners` (workloadIdentityOutboundSignerSummaryListType, required).
    pub outbound_signers: Vec<WorkloadIdentityOutboundSignerSummary>,
    /// `IsTruncated` (booleanType, required).
    pub is_truncated: bool,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListWorkloadIdentityProviderTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityProviderTagsRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListWorkloadIdentityProviderTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityProviderTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListWorkloadIdentityProvidersRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityProvidersRequest {
    /// `ResourceScope` (workloadIdentityProviderScopeType).
    pub resource_scope: Option<WorkloadIdentityProviderScopeType>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListWorkloadIdentityProvidersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityProvidersResponse {
    /// `WorkloadIdentityProviders` (workloadIdentityProviderListType, required).
    pub workload_identity_providers: Vec<WorkloadIdentityProviderListEntry>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListWorkloadIdentityTemplateTagsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityTemplateTagsRequest {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
}

/// The `ListWorkloadIdentityTemplateTagsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityTemplateTagsResponse {
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `ListWorkloadIdentityTemplatesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityTemplatesRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `ResourceScope` (WorkloadIdentityResourceScopeType).
    pub resource_scope: Option<WorkloadIdentityResourceScopeType>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
    /// `Filter` (workloadIdentityTemplateFilterType).
    pub filter: Option<String>,
}

/// The `ListWorkloadIdentityTemplatesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkloadIdentityTemplatesResponse {
    /// `WorkloadIdentityTemplates` (workloadIdentityTemplateSummaryListType, required).
    pub workload_identity_templates: Vec<WorkloadIdentityTemplateSummary>,
    /// `IsTruncated` (booleanType, required).
    pub is_truncated: bool,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `LoginProfile` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct LoginProfile {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
    /// `PasswordResetRequired` (booleanType).
    pub password_reset_required: Option<bool>,
    /// `MaxSigninSessionDuration` (maxSigninSessionDurationType).
    pub max_signin_session_duration: Option<i32>,
}

/// The `MFADevice` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct MFADevice {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `EnableDate` (dateType, required).
    pub enable_date: OffsetDateTime,
}

/// The `ManagedPolicyDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedPolicyDetail {
    /// `PolicyName` (policyNameType).
    pub policy_name: Option<String>,
    /// `PolicyId` (idType).
    pub policy_id: Option<String>,
    /// `Arn` (arnType).
    pub arn: Option<String>,
    /// `Path` (policyPathType).
    pub path: Option<String>,
    /// `DefaultVersionId` (policyVersionIdType).
    pub default_version_id: Option<String>,
    /// `AttachmentCount` (attachmentCountType).
    pub attachment_count: Option<i32>,
    /// `PermissionsBoundaryUsageCount` (attachmentCountType).
    pub permissions_boundary_usage_count: Option<i32>,
    /// `IsAttachable` (booleanType).
    pub is_attachable: Option<bool>,
    /// `Description` (policyDescriptionType).
    pub description: Option<String>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `UpdateDate` (dateType).
    pub update_date: Option<OffsetDateTime>,
    /// `PolicyVersionList` (policyDocumentVersionListType).
    pub policy_version_list: Option<Vec<PolicyVersion>>,
}

/// The `OpenIDConnectProviderListEntry` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OpenIDConnectProviderListEntry {
    /// `Arn` (arnType).
    pub arn: Option<String>,
    /// `IsTrustedIdentityPropagationEnabled` (booleanType).
    pub is_trusted_identity_propagation_enabled: Option<bool>,
}

/// The `OrderedOrganizationPolicyType` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderedOrganizationPolicyType {
    /// `ServiceControlPolicyInputList` (SimulationPolicyListType).
    pub service_control_policy_input_list: Option<Vec<String>>,
}

/// The `OrganizationsDecisionDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationsDecisionDetail {
    /// `AllowedByOrganizations` (booleanType).
    pub allowed_by_organizations: Option<bool>,
}

/// The `ParameterDefinition` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ParameterDefinition {
    /// `Name` (parameterNameType, required).
    pub name: String,
    /// `Type` (parameterTypeType, required).
    pub r#type: ParameterTypeType,
    /// `SubType` (parameterSubTypeType).
    pub sub_type: Option<String>,
    /// `Description` (parameterDescriptionType).
    pub description: Option<String>,
    /// `IsRequired` (booleanType).
    pub is_required: Option<bool>,
    /// `DefaultValue` (parameterDefaultValueType).
    pub default_value: Option<String>,
    /// `Immutable` (booleanType).
    pub immutable: Option<bool>,
}

/// The `PasswordPolicy` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordPolicy {
    /// `MinimumPasswordLength` (minimumPasswordLengthType).
    pub minimum_password_length: Option<i32>,
    /// `RequireSymbols` (booleanType).
    pub require_symbols: Option<bool>,
    /// `RequireNumbers` (booleanType).
    pub require_numbers: Option<bool>,
    /// `RequireUppercaseCharacters` (booleanType).
    pub require_uppercase_characters: Option<bool>,
    /// `RequireLowercaseCharacters` (booleanType).
    pub require_lowercase_characters: Option<bool>,
    /// `AllowUsersToChangePassword` (booleanType).
    pub allow_users_to_change_password: Option<bool>,
    /// `ExpirePasswords` (booleanType).
    pub expire_passwords: Option<bool>,
    /// `MaxPasswordAge` (maxPasswordAgeType).
    pub max_password_age: Option<i32>,
    /// `PasswordReusePrevention` (passwordReusePreventionType).
    pub password_reuse_prevention: Option<i32>,
    /// `HardExpiry` (booleanObjectType).
    pub hard_expiry: Option<bool>,
}

/// The `PermissionsBoundaryAttachmentType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PermissionsBoundaryAttachmentType {
    /// `PermissionsBoundaryPolicy`
    PermissionsBoundaryPolicy,
}

impl PermissionsBoundaryAttachmentType {
    /// Every value, in model order.
    pub const ALL: [Self; 1] = [Self::PermissionsBoundaryPolicy];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PermissionsBoundaryPolicy => "PermissionsBoundaryPolicy",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PermissionsBoundaryPolicy" => Some(Self::PermissionsBoundaryPolicy),
            _ => None,
        }
    }
}

/// The `PermissionsBoundaryDecisionDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PermissionsBoundaryDecisionDetail {
    /// `AllowedByPermissionsBoundary` (booleanType).
    pub allowed_by_permissions_boundary: Option<bool>,
}

/// The `Policy` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Policy {
    /// `PolicyName` (policyNameType).
    pub policy_name: Option<String>,
    /// `PolicyId` (idType).
    pub policy_id: Option<String>,
    /// `Arn` (arnType).
    pub arn: Option<String>,
    /// `Path` (policyPathType).
    pub path: Option<String>,
    /// `DefaultVersionId` (policyVersionIdType).
    pub default_version_id: Option<String>,
    /// `AttachmentCount` (attachmentCountType).
    pub attachment_count: Option<i32>,
    /// `PermissionsBoundaryUsageCount` (attachmentCountType).
    pub permissions_boundary_usage_count: Option<i32>,
    /// `IsAttachable` (booleanType).
    pub is_attachable: Option<bool>,
    /// `Description` (policyDescriptionType).
    pub description: Option<String>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `UpdateDate` (dateType).
    pub update_date: Option<OffsetDateTime>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `PolicyDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyDetail {
    /// `PolicyName` (policyNameType).
    pub policy_name: Option<String>,
    /// `PolicyDocument` (policyDocumentType).
    pub policy_document: Option<String>,
}

/// The `PolicyEvaluationDecisionType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyEvaluationDecisionType {
    /// `allowed`
    Allowed,
    /// `explicitDeny`
    ExplicitDeny,
    /// `implicitDeny`
    ImplicitDeny,
}

impl PolicyEvaluationDecisionType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Allowed, Self::ExplicitDeny, Self::ImplicitDeny];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allowed => "allowed",
            Self::ExplicitDeny => "explicitDeny",
            Self::ImplicitDeny => "implicitDeny",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "allowed" => Some(Self::Allowed),
            "explicitDeny" => Some(Self::ExplicitDeny),
            "implicitDeny" => Some(Self::ImplicitDeny),
            _ => None,
        }
    }
}

/// The `PolicyGrantingServiceAccess` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyGrantingServiceAccess {
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `PolicyType` (policyType, required).
    pub policy_type: PolicyType,
    /// `PolicyArn` (arnType).
    pub policy_arn: Option<String>,
    /// `EntityType` (policyOwnerEntityType).
    pub entity_type: Option<PolicyOwnerEntityType>,
    /// `EntityName` (entityNameType).
    pub entity_name: Option<String>,
}

/// The `PolicyGroup` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyGroup {
    /// `GroupName` (groupNameType).
    pub group_name: Option<String>,
    /// `GroupId` (idType).
    pub group_id: Option<String>,
}

/// The `PolicyIdentifier` structure (a union: set exactly one member).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyIdentifier {
    /// `PolicyType` (PolicyIdentifierPolicyType).
    pub policy_type: Option<PolicyIdentifierPolicyType>,
    /// `PolicyArn` (arnType).
    pub policy_arn: Option<String>,
    /// `InlinePolicyIdentifier` (InlinePolicyIdentifierType).
    pub inline_policy_identifier: Option<InlinePolicyIdentifierType>,
}

/// The `PolicyIdentifierPolicyType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyIdentifierPolicyType {
    /// `inline`
    Inline,
    /// `aws-managed`
    AwsManaged,
    /// `user-managed`
    UserManaged,
    /// `permission-boundary`
    PermissionBoundary,
    /// `scp`
    Scp,
    /// `rcp`
    Rcp,
}

impl PolicyIdentifierPolicyType {
    /// Every value, in model order.
    pub const ALL: [Self; 6] = [
        Self::Inline,
        Self::AwsManaged,
        Self::UserManaged,
        Self::PermissionBoundary,
        Self::Scp,
        Self::Rcp,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Inline => "inline",
            Self::AwsManaged => "aws-managed",
            Self::UserManaged => "user-managed",
            Self::PermissionBoundary => "permission-boundary",
            Self::Scp => "scp",
            Self::Rcp => "rcp",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "inline" => Some(Self::Inline),
            "aws-managed" => Some(Self::AwsManaged),
            "user-managed" => Some(Self::UserManaged),
            "permission-boundary" => Some(Self::PermissionBoundary),
            "scp" => Some(Self::Scp),
            "rcp" => Some(Self::Rcp),
            _ => None,
        }
    }
}

/// The `PolicyParameter` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyParameter {
    /// `Name` (policyParameterNameType).
    pub name: Option<String>,
    /// `Values` (policyParameterValuesListType).
    pub values: Option<Vec<String>>,
    /// `Type` (PolicyParameterTypeEnum).
    pub r#type: Option<PolicyParameterTypeEnum>,
}

/// The `PolicyParameterTypeEnum` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyParameterTypeEnum {
    /// `string`
    String,
    /// `stringList`
    StringList,
}

impl PolicyParameterTypeEnum {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::String, Self::StringList];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::StringList => "stringList",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "string" => Some(Self::String),
            "stringList" => Some(Self::StringList),
            _ => None,
        }
    }
}

/// The `PolicyRole` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyRole {
    /// `RoleName` (roleNameType).
    pub role_name: Option<String>,
    /// `RoleId` (idType).
    pub role_id: Option<String>,
}

/// The `PolicySourceType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicySourceType {
    /// `user`
    User,
    /// `group`
    Group,
    /// `role`
    Role,
    /// `aws-managed`
    AwsManaged,
    /// `user-managed`
    UserManaged,
    /// `resource`
    Resource,
    /// `none`
    None,
}

impl PolicySourceType {
    /// Every value, in model order.
    pub const ALL: [Self; 7] = [
        Self::User,
        Self::Group,
        Self::Role,
        Self::AwsManaged,
        Self::UserManaged,
        Self::Resource,
        Self::None,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Role => "role",
            Self::AwsManaged => "aws-managed",
            Self::UserManaged => "user-managed",
            Self::Resource => "resource",
            Self::None => "none",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "user" => Some(Self::User),
            "group" => Some(Self::Group),
            "role" => Some(Self::Role),
            "aws-managed" => Some(Self::AwsManaged),
            "user-managed" => Some(Self::UserManaged),
            "resource" => Some(Self::Resource),
            "none" => Some(Self::None),
            _ => None,
        }
    }
}

/// The `PolicyUsageType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyUsageType {
    /// `PermissionsPolicy`
    PermissionsPolicy,
    /// `PermissionsBoundary`
    PermissionsBoundary,
}

impl PolicyUsageType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::PermissionsPolicy, Self::PermissionsBoundary];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PermissionsPolicy => "PermissionsPolicy",
            Self::PermissionsBoundary => "PermissionsBoundary",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PermissionsPolicy" => Some(Self::PermissionsPolicy),
            "PermissionsBoundary" => Some(Self::PermissionsBoundary),
            _ => None,
        }
    }
}

/// The `PolicyUser` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyUser {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `UserId` (idType).
    pub user_id: Option<String>,
}

/// The `PolicyVersion` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyVersion {
    /// `Document` (policyDocumentType).
    pub document: Option<String>,
    /// `VersionId` (policyVersionIdType).
    pub version_id: Option<String>,
    /// `IsDefaultVersion` (booleanType).
    pub is_default_version: Option<bool>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
}

/// The `Position` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Position {
    /// `Line` (LineNumber).
    pub line: Option<i32>,
    /// `Column` (ColumnNumber).
    pub column: Option<i32>,
}

/// The `PutAccountPropertiesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutAccountPropertiesRequest {
    /// `Properties` (accountPropertiesMapType, required).
    pub properties: Vec<(String, String)>,
}

/// The `PutAccountPropertiesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutAccountPropertiesResponse {}

/// The `PutGroupPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutGroupPolicyRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `PutRolePermissionsBoundaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutRolePermissionsBoundaryRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PermissionsBoundary` (arnType, required).
    pub permissions_boundary: String,
}

/// The `PutRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutRolePolicyRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `PutUserPermissionsBoundaryRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutUserPermissionsBoundaryRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `PermissionsBoundary` (arnType, required).
    pub permissions_boundary: String,
}

/// The `PutUserPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutUserPolicyRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `PolicyName` (policyNameType, required).
    pub policy_name: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `PutWorkloadIdentityProviderResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutWorkloadIdentityProviderResourcePolicyRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `PutWorkloadIdentityProviderResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutWorkloadIdentityProviderResourcePolicyResponse {}

/// The `PutWorkloadIdentityTemplateAttestationPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutWorkloadIdentityTemplateAttestationPolicyRequest {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
    /// `AttestationPolicy` (policyDocumentType, required).
    pub attestation_policy: String,
}

/// The `PutWorkloadIdentityTemplateAttestationPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutWorkloadIdentityTemplateAttestationPolicyResponse {}

/// The `RejectDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RejectDelegationRequestRequest {
    /// `DelegationRequestId` (delegationRequestIdType, required).
    pub delegation_request_id: String,
    /// `Notes` (notesType).
    pub notes: Option<String>,
}

/// The `RemoveClientIDFromOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveClientIDFromOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
    /// `ClientID` (clientIDType, required).
    pub client_id: String,
}

/// The `RemoveRoleFromInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveRoleFromInstanceProfileRequest {
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
}

/// The `RemoveUserFromGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveUserFromGroupRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
}

/// The `ReplacementValueEntry` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReplacementValueEntry {
    /// `Values` (replacementValueListType, required).
    pub values: Vec<String>,
}

/// The `ReportFormatType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReportFormatType {
    /// `text/csv`
    TextCsv,
}

impl ReportFormatType {
    /// Every value, in model order.
    pub const ALL: [Self; 1] = [Self::TextCsv];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::TextCsv => "text/csv",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "text/csv" => Some(Self::TextCsv),
            _ => None,
        }
    }
}

/// The `ReportStateType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReportStateType {
    /// `STARTED`
    Started,
    /// `INPROGRESS`
    Inprogress,
    /// `COMPLETE`
    Complete,
}

impl ReportStateType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Started, Self::Inprogress, Self::Complete];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Started => "STARTED",
            Self::Inprogress => "INPROGRESS",
            Self::Complete => "COMPLETE",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "STARTED" => Some(Self::Started),
            "INPROGRESS" => Some(Self::Inprogress),
            "COMPLETE" => Some(Self::Complete),
            _ => None,
        }
    }
}

/// The `ResetServiceSpecificCredentialRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetServiceSpecificCredentialRequest {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `ServiceSpecificCredentialId` (serviceSpecificCredentialId, required).
    pub service_specific_credential_id: String,
}

/// The `ResetServiceSpecificCredentialResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetServiceSpecificCredentialResponse {
    /// `ServiceSpecificCredential` (ServiceSpecificCredential).
    pub service_specific_credential: Option<ServiceSpecificCredential>,
}

/// The `ResourceSpecificResult` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSpecificResult {
    /// `EvalResourceName` (ResourceNameType, required).
    pub eval_resource_name: String,
    /// `EvalResourceDecision` (PolicyEvaluationDecisionType, required).
    pub eval_resource_decision: PolicyEvaluationDecisionType,
    /// `MatchedStatements` (StatementListType).
    pub matched_statements: Option<Vec<Statement>>,
    /// `MissingContextValues` (ContextKeyNamesResultListType).
    pub missing_context_values: Option<Vec<String>>,
    /// `EvalDecisionDetails` (EvalDecisionDetailsType).
    pub eval_decision_details: Option<Vec<(String, PolicyEvaluationDecisionType)>>,
    /// `PermissionsBoundaryDecisionDetail` (PermissionsBoundaryDecisionDetail).
    pub permissions_boundary_decision_detail: Option<PermissionsBoundaryDecisionDetail>,
}

/// The `ResyncMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResyncMFADeviceRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `AuthenticationCode1` (authenticationCodeType, required).
    pub authentication_code1: String,
    /// `AuthenticationCode2` (authenticationCodeType, required).
    pub authentication_code2: String,
}

/// The `Role` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// `Path` (pathType, required).
    pub path: String,
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `RoleId` (idType, required).
    pub role_id: String,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
    /// `AssumeRolePolicyDocument` (policyDocumentType).
    pub assume_role_policy_document: Option<String>,
    /// `Description` (roleDescriptionType).
    pub description: Option<String>,
    /// `MaxSessionDuration` (roleMaxSessionDurationType).
    pub max_session_duration: Option<i32>,
    /// `MaxSigninSessionDuration` (maxSigninSessionDurationType).
    pub max_signin_session_duration: Option<i32>,
    /// `PermissionsBoundary` (AttachedPermissionsBoundary).
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `RoleLastUsed` (RoleLastUsed).
    pub role_last_used: Option<RoleLastUsed>,
    /// `SourceRoleTemplate` (SourceRoleTemplate).
    pub source_role_template: Option<SourceRoleTemplate>,
}

/// The `RoleDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleDetail {
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `RoleName` (roleNameType).
    pub role_name: Option<String>,
    /// `RoleId` (idType).
    pub role_id: Option<String>,
    /// `Arn` (arnType).
    pub arn: Option<String>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `AssumeRolePolicyDocument` (policyDocumentType).
    pub assume_role_policy_document: Option<String>,
    /// `InstanceProfileList` (instanceProfileListType).
    pub instance_profile_list: Option<Vec<InstanceProfile>>,
    /// `RolePolicyList` (policyDetailListType).
    pub role_policy_list: Option<Vec<PolicyDetail>>,
    /// `AttachedManagedPolicies` (attachedPoliciesListType).
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    /// `PermissionsBoundary` (AttachedPermissionsBoundary).
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `RoleLastUsed` (RoleLastUsed).
    pub role_last_used: Option<RoleLastUsed>,
}

/// The `RoleLastUsed` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleLastUsed {
    /// `LastUsedDate` (dateType).
    pub last_used_date: Option<OffsetDateTime>,
    /// `Region` (stringType).
    pub region: Option<String>,
}

/// The `RoleTemplateVersion` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleTemplateVersion {
    /// `TemplateArn` (arnType).
    pub template_arn: Option<String>,
    /// `TemplateName` (roleTemplateNameType).
    pub template_name: Option<String>,
    /// `TemplateVersionId` (idType).
    pub template_version_id: Option<String>,
    /// `Description` (roleTemplateDescriptionType).
    pub description: Option<String>,
    /// `MajorVersion` (integerType).
    pub major_version: Option<i32>,
    /// `DefaultMinorVersion` (minorVersionType).
    pub default_minor_version: Option<i32>,
    /// `ManagedByType` (managedByTypeType).
    pub managed_by_type: Option<ManagedByTypeType>,
    /// `ManagedByValue` (managedByValueType).
    pub managed_by_value: Option<String>,
    /// `Enabled` (booleanType).
    pub enabled: Option<bool>,
    /// `MinorVersion` (minorVersionType).
    pub minor_version: Option<i32>,
    /// `RoleNamePattern` (roleNamePatternType).
    pub role_name_pattern: Option<String>,
    /// `RolePathPattern` (rolePathPatternType).
    pub role_path_pattern: Option<String>,
    /// `RoleDescriptionPattern` (roleDescriptionPatternType).
    pub role_description_pattern: Option<String>,
    /// `AssumeRolePolicyDocumentTemplate` (policyDocumentType).
    pub assume_role_policy_document_template: Option<String>,
    /// `InlinePolicyTemplates` (inlinePolicyTemplateListType).
    pub inline_policy_templates: Option<Vec<InlinePolicy>>,
    /// `ManagedPolicyArns` (managedPolicyArnListType).
    pub managed_policy_arns: Option<Vec<String>>,
    /// `PermissionBoundaryArn` (arnType).
    pub permission_boundary_arn: Option<String>,
    /// `ParametersDefinition` (parametersDefinitionListType).
    pub parameters_definition: Option<Vec<ParameterDefinition>>,
    /// `RoleTagsTemplate` (tagTemplateListType).
    pub role_tags_template: Option<Vec<TagTemplate>>,
    /// `MaxSessionDuration` (roleMaxSessionDurationType).
    pub max_session_duration: Option<i32>,
    /// `VersionEnabled` (booleanType).
    pub version_enabled: Option<bool>,
    /// `CreateTimestamp` (dateType).
    pub create_timestamp: Option<OffsetDateTime>,
    /// `UpdateTimestamp` (dateType).
    pub update_timestamp: Option<OffsetDateTime>,
}

/// The `RoleUsageType` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleUsageType {
    /// `Region` (RegionNameType).
    pub region: Option<String>,
    /// `Resources` (ArnListType).
    pub resources: Option<Vec<String>>,
}

/// The `SAMLKeyHashEntry` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SAMLKeyHashEntry {
    /// `IssuerURL` (SAMLIssuerURLType).
    pub issuer_url: Option<String>,
    /// `KeyHashes` (KeyHashListType).
    pub key_hashes: Option<Vec<String>>,
}

/// The `SAMLPrivateKey` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SAMLPrivateKey {
    /// `KeyId` (privateKeyIdType).
    pub key_id: Option<String>,
    /// `Timestamp` (dateType).
    pub timestamp: Option<OffsetDateTime>,
}

/// The `SAMLProviderListEntry` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SAMLProviderListEntry {
    /// `Arn` (arnType).
    pub arn: Option<String>,
    /// `ValidUntil` (dateType).
    pub valid_until: Option<OffsetDateTime>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `IsTrustedIdentityPropagationEnabled` (booleanType).
    pub is_trusted_identity_propagation_enabled: Option<bool>,
}

/// The `SSHPublicKey` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct SSHPublicKey {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `SSHPublicKeyId` (publicKeyIdType, required).
    pub ssh_public_key_id: String,
    /// `Fingerprint` (publicKeyFingerprintType, required).
    pub fingerprint: String,
    /// `SSHPublicKeyBody` (publicKeyMaterialType, required).
    pub ssh_public_key_body: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
    /// `UploadDate` (dateType).
    pub upload_date: Option<OffsetDateTime>,
}

/// The `SSHPublicKeyMetadata` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct SSHPublicKeyMetadata {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `SSHPublicKeyId` (publicKeyIdType, required).
    pub ssh_public_key_id: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
    /// `UploadDate` (dateType, required).
    pub upload_date: OffsetDateTime,
}

/// The `SendDelegationTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendDelegationTokenRequest {
    /// `DelegationRequestId` (delegationRequestIdType, required).
    pub delegation_request_id: String,
}

/// The `ServerCertificate` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerCertificate {
    /// `ServerCertificateMetadata` (ServerCertificateMetadata, required).
    pub server_certificate_metadata: ServerCertificateMetadata,
    /// `CertificateBody` (certificateBodyType, required).
    pub certificate_body: String,
    /// `CertificateChain` (certificateChainType).
    pub certificate_chain: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `ServerCertificateMetadata` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerCertificateMetadata {
    /// `Path` (pathType, required).
    pub path: String,
    /// `ServerCertificateName` (serverCertificateNameType, required).
    pub server_certificate_name: String,
    /// `ServerCertificateId` (idType, required).
    pub server_certificate_id: String,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `UploadDate` (dateType).
    pub upload_date: Option<OffsetDateTime>,
    /// `Expiration` (dateType).
    pub expiration: Option<OffsetDateTime>,
}

/// The `ServiceLastAccessed` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceLastAccessed {
    /// `ServiceName` (serviceNameType, required).
    pub service_name: String,
    /// `LastAuthenticated` (dateType).
    pub last_authenticated: Option<OffsetDateTime>,
    /// `ServiceNamespace` (serviceNamespaceType, required).
    pub service_namespace: String,
    /// `LastAuthenticatedEntity` (arnType).
    pub last_authenticated_entity: Option<String>,
    /// `LastAuthenticatedRegion` (stringType).
    pub last_authenticated_region: Option<String>,
    /// `TotalAuthenticatedEntities` (integerType).
    pub total_authenticated_entities: Option<i32>,
    /// `TrackedActionsLastAccessed` (TrackedActionsLastAccessed).
    pub tracked_actions_last_accessed: Option<Vec<TrackedActionLastAccessed>>,
}

/// The `ServiceSpecificCredential` structure.
#[derive(Clone, PartialEq)]
pub struct ServiceSpecificCredential {
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
    /// `ExpirationDate` (dateType).
    pub expiration_date: Option<OffsetDateTime>,
    /// `ServiceName` (serviceName, required).
    pub service_name: String,
    /// `ServiceUserName` (serviceUserName).
    pub service_user_name: Option<String>,
    /// `ServicePassword` (servicePassword).
    pub service_password: Option<String>,
    /// `ServiceCredentialAlias` (serviceCredentialAlias).
    pub service_credential_alias: Option<String>,
    /// `ServiceCredentialSecret` (serviceCredentialSecret).
    pub service_credential_secret: Option<String>,
    /// `ServiceSpecificCredentialId` (serviceSpecificCredentialId, required).
    pub service_specific_credential_id: String,
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
}

impl std::fmt::Debug for ServiceSpecificCredential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceSpecificCredential")
            .field("create_date", &self.create_date)
            .field("expiration_date", &self.expiration_date)
            .field("service_name", &self.service_name)
            .field("service_user_name", &self.service_user_name)
            .field("service_password", &"*** Sensitive Data Redacted ***")
            .field("service_credential_alias", &self.service_credential_alias)
            .field(
                "service_credential_secret",
                &"*** Sensitive Data Redacted ***",
            )
            .field(
                "service_specific_credential_id",
                &self.service_specific_credential_id,
            )
            .field("user_name", &self.user_name)
            .field("status", &self.status)
            .finish()
    }
}

/// The `ServiceSpecificCredentialMetadata` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceSpecificCredentialMetadata {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
    /// `ServiceUserName` (serviceUserName).
    pub service_user_name: Option<String>,
    /// `ServiceCredentialAlias` (serviceCredentialAlias).
    pub service_credential_alias: Option<String>,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
    /// `ExpirationDate` (dateType).
    pub expiration_date: Option<OffsetDateTime>,
    /// `ServiceSpecificCredentialId` (serviceSpecificCredentialId, required).
    pub service_specific_credential_id: String,
    /// `ServiceName` (serviceName, required).
    pub service_name: String,
}

/// The `SetDefaultPolicyVersionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetDefaultPolicyVersionRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `VersionId` (policyVersionIdType, required).
    pub version_id: String,
}

/// The `SetSecurityTokenServicePreferencesRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct SetSecurityTokenServicePreferencesRequest {
    /// `GlobalEndpointTokenVersion` (globalEndpointTokenVersion, required).
    pub global_endpoint_token_version: GlobalEndpointTokenVersion,
}

/// The `SigningCertificate` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct SigningCertificate {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `CertificateId` (certificateIdType, required).
    pub certificate_id: String,
    /// `CertificateBody` (certificateBodyType, required).
    pub certificate_body: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
    /// `UploadDate` (dateType).
    pub upload_date: Option<OffsetDateTime>,
}

/// The `SimulateCustomPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimulateCustomPolicyRequest {
    /// `PolicyInputList` (SimulationPolicyListType, required).
    pub policy_input_list: Vec<String>,
    /// `PermissionsBoundaryPolicyInputList` (SimulationPolicyListType).
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    /// `OrderedOrganizationPolicyInputList` (OrganizationPolicyListType).
    pub ordered_organization_policy_input_list: Option<Vec<OrderedOrganizationPolicyType>>,
    /// `ActionNames` (ActionNameListType, required).
    pub action_names: Vec<String>,
    /// `ResourceArns` (ResourceNameListType).
    pub resource_arns: Option<Vec<String>>,
    /// `ResourcePolicy` (policyDocumentType).
    pub resource_policy: Option<String>,
    /// `ResourceOwner` (ResourceNameType).
    pub resource_owner: Option<String>,
    /// `CallerArn` (ResourceNameType).
    pub caller_arn: Option<String>,
    /// `ContextEntries` (ContextEntryListType).
    pub context_entries: Option<Vec<ContextEntry>>,
    /// `ResourceHandlingOption` (ResourceHandlingOptionType).
    pub resource_handling_option: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
}

/// The `SimulatePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimulatePolicyResponse {
    /// `EvaluationResults` (EvaluationResultsListType).
    pub evaluation_results: Option<Vec<EvaluationResult>>,
    /// `IsTruncated` (booleanType).
    pub is_truncated: Option<bool>,
    /// `Marker` (responseMarkerType).
    pub marker: Option<String>,
}

/// The `SimulatePrincipalPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimulatePrincipalPolicyRequest {
    /// `PolicySourceArn` (arnType, required).
    pub policy_source_arn: String,
    /// `PolicyInputList` (SimulationPolicyListType).
    pub policy_input_list: Option<Vec<String>>,
    /// `PermissionsBoundaryPolicyInputList` (SimulationPolicyListType).
    pub permissions_boundary_policy_input_list: Option<Vec<String>>,
    /// `PolicyExclusionList` (PolicyExclusionsListType).
    pub policy_exclusion_list: Option<Vec<PolicyIdentifier>>,
    /// `ActionNames` (ActionNameListType, required).
    pub action_names: Vec<String>,
    /// `ResourceArns` (ResourceNameListType).
    pub resource_arns: Option<Vec<String>>,
    /// `ResourcePolicy` (policyDocumentType).
    pub resource_policy: Option<String>,
    /// `ResourceOwner` (ResourceNameType).
    pub resource_owner: Option<String>,
    /// `CallerArn` (ResourceNameType).
    pub caller_arn: Option<String>,
    /// `ContextEntries` (ContextEntryListType).
    pub context_entries: Option<Vec<ContextEntry>>,
    /// `ResourceHandlingOption` (ResourceHandlingOptionType).
    pub resource_handling_option: Option<String>,
    /// `MaxItems` (maxItemsType).
    pub max_items: Option<i32>,
    /// `Marker` (markerType).
    pub marker: Option<String>,
}

/// The `SourceRoleTemplate` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceRoleTemplate {
    /// `TemplateArn` (arnType, required).
    pub template_arn: String,
    /// `TemplateMinorVersion` (integerType, required).
    pub template_minor_version: i32,
}

/// The `Statement` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Statement {
    /// `SourcePolicyId` (PolicyIdentifierType).
    pub source_policy_id: Option<String>,
    /// `SourcePolicyType` (PolicySourceType).
    pub source_policy_type: Option<PolicySourceType>,
    /// `StartPosition` (Position).
    pub start_position: Option<Position>,
    /// `EndPosition` (Position).
    pub end_position: Option<Position>,
}

/// The `Tag` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    /// `Key` (tagKeyType, required).
    pub key: String,
    /// `Value` (tagValueType, required).
    pub value: String,
}

/// The `TagInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagInstanceProfileRequest {
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagMFADeviceRequest {
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagPolicyRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagRoleRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagSAMLProviderRequest {
    /// `SAMLProviderArn` (arnType, required).
    pub saml_provider_arn: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagServerCertificateRequest {
    /// `ServerCertificateName` (serverCertificateNameType, required).
    pub server_certificate_name: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagTemplate` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagTemplate {
    /// `Key` (tagTemplateKeyType, required).
    pub key: String,
    /// `Value` (tagTemplateValueType, required).
    pub value: String,
}

/// The `TagUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagUserRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagWorkloadIdentityProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagWorkloadIdentityProviderRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TagWorkloadIdentityTemplateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagWorkloadIdentityTemplateRequest {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
    /// `Tags` (tagListType, required).
    pub tags: Vec<Tag>,
}

/// The `TrackedActionLastAccessed` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedActionLastAccessed {
    /// `ActionName` (stringType).
    pub action_name: Option<String>,
    /// `LastAccessedEntity` (arnType).
    pub last_accessed_entity: Option<String>,
    /// `LastAccessedTime` (dateType).
    pub last_accessed_time: Option<OffsetDateTime>,
    /// `LastAccessedRegion` (stringType).
    pub last_accessed_region: Option<String>,
}

/// The `UntagInstanceProfileRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagInstanceProfileRequest {
    /// `InstanceProfileName` (instanceProfileNameType, required).
    pub instance_profile_name: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagMFADeviceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagMFADeviceRequest {
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagPolicyRequest {
    /// `PolicyArn` (arnType, required).
    pub policy_arn: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagRoleRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagSAMLProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagSAMLProviderRequest {
    /// `SAMLProviderArn` (arnType, required).
    pub saml_provider_arn: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagServerCertificateRequest {
    /// `ServerCertificateName` (serverCertificateNameType, required).
    pub server_certificate_name: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagUserRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagWorkloadIdentityProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagWorkloadIdentityProviderRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UntagWorkloadIdentityTemplateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagWorkloadIdentityTemplateRequest {
    /// `WorkloadIdentityTemplateArn` (arnType, required).
    pub workload_identity_template_arn: String,
    /// `TagKeys` (tagKeyListType, required).
    pub tag_keys: Vec<String>,
}

/// The `UpdateAccessKeyRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAccessKeyRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `AccessKeyId` (accessKeyIdType, required).
    pub access_key_id: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
}

/// The `UpdateAccountPasswordPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateAccountPasswordPolicyRequest {
    /// `MinimumPasswordLength` (minimumPasswordLengthType).
    pub minimum_password_length: Option<i32>,
    /// `RequireSymbols` (booleanType).
    pub require_symbols: Option<bool>,
    /// `RequireNumbers` (booleanType).
    pub require_numbers: Option<bool>,
    /// `RequireUppercaseCharacters` (booleanType).
    pub require_uppercase_characters: Option<bool>,
    /// `RequireLowercaseCharacters` (booleanType).
    pub require_lowercase_characters: Option<bool>,
    /// `AllowUsersToChangePassword` (booleanType).
    pub allow_users_to_change_password: Option<bool>,
    /// `MaxPasswordAge` (maxPasswordAgeType).
    pub max_password_age: Option<i32>,
    /// `PasswordReusePrevention` (passwordReusePreventionType).
    pub password_reuse_prevention: Option<i32>,
    /// `HardExpiry` (booleanObjectType).
    pub hard_expiry: Option<bool>,
}

/// The `UpdateAssumeRolePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateAssumeRolePolicyRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `PolicyDocument` (policyDocumentType, required).
    pub policy_document: String,
}

/// The `UpdateDelegationRequestRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateDelegationRequestRequest {
    /// `DelegationRequestId` (delegationRequestIdType, required).
    pub delegation_request_id: String,
    /// `Notes` (notesType).
    pub notes: Option<String>,
}

/// The `UpdateGroupRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateGroupRequest {
    /// `GroupName` (groupNameType, required).
    pub group_name: String,
    /// `NewPath` (pathType).
    pub new_path: Option<String>,
    /// `NewGroupName` (groupNameType).
    pub new_group_name: Option<String>,
}

/// The `UpdateLoginProfileRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct UpdateLoginProfileRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `Password` (passwordType).
    pub password: Option<String>,
    /// `PasswordResetRequired` (booleanObjectType).
    pub password_reset_required: Option<bool>,
    /// `MaxSigninSessionDuration` (maxSigninSessionDurationType).
    pub max_signin_session_duration: Option<i32>,
    /// `ResetMaxSigninSessionDuration` (booleanObjectType).
    pub reset_max_signin_session_duration: Option<bool>,
}

impl std::fmt::Debug for UpdateLoginProfileRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateLoginProfileRequest")
            .field("user_name", &self.user_name)
            .field("password", &"*** Sensitive Data Redacted ***")
            .field("password_reset_required", &self.password_reset_required)
            .field(
                "max_signin_session_duration",
                &self.max_signin_session_duration,
            )
            .field(
                "reset_max_signin_session_duration",
                &self.reset_max_signin_session_duration,
            )
            .finish()
    }
}

/// The `UpdateOpenIDConnectProviderRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOpenIDConnectProviderRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
    /// `ContextProvider` (ContextProvider).
    pub context_provider: Option<ContextProvider>,
    /// `IdentityCenterInstanceArn` (identityCenterInstanceArnType).
    pub identity_center_instance_arn: Option<String>,
    /// `RemoveContextProvider` (booleanType).
    pub remove_context_provider: Option<bool>,
    /// `RemoveIdentityCenterInstance` (booleanType).
    pub remove_identity_center_instance: Option<bool>,
}

/// The `UpdateOpenIDConnectProviderThumbprintRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOpenIDConnectProviderThumbprintRequest {
    /// `OpenIDConnectProviderArn` (arnType, required).
    pub open_id_connect_provider_arn: String,
    /// `ThumbprintList` (thumbprintListType, required).
    pub thumbprint_list: Vec<String>,
}

/// The `UpdateRoleDescriptionRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRoleDescriptionRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `Description` (roleDescriptionType, required).
    pub description: String,
}

/// The `UpdateRoleDescriptionResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRoleDescriptionResponse {
    /// `Role` (Role).
    pub role: Option<Role>,
}

/// The `UpdateRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRoleRequest {
    /// `RoleName` (roleNameType, required).
    pub role_name: String,
    /// `Description` (roleDescriptionType).
    pub description: Option<String>,
    /// `MaxSessionDuration` (roleMaxSessionDurationType).
    pub max_session_duration: Option<i32>,
    /// `MaxSigninSessionDuration` (maxSigninSessionDurationType).
    pub max_signin_session_duration: Option<i32>,
    /// `ResetMaxSigninSessionDuration` (booleanObjectType).
    pub reset_max_signin_session_duration: Option<bool>,
}

/// The `UpdateRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRoleResponse {}

/// The `UpdateSAMLProviderRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct UpdateSAMLProviderRequest {
    /// `SAMLMetadataDocument` (SAMLMetadataDocumentType).
    pub saml_metadata_document: Option<String>,
    /// `SAMLProviderArn` (arnType, required).
    pub saml_provider_arn: String,
    /// `AssertionEncryptionMode` (assertionEncryptionModeType).
    pub assertion_encryption_mode: Option<AssertionEncryptionModeType>,
    /// `AddPrivateKey` (privateKeyType).
    pub add_private_key: Option<String>,
    /// `RemovePrivateKey` (privateKeyIdType).
    pub remove_private_key: Option<String>,
    /// `ContextProvider` (ContextProvider).
    pub context_provider: Option<ContextProvider>,
    /// `IdentityCenterInstanceArn` (identityCenterInstanceArnType).
    pub identity_center_instance_arn: Option<String>,
    /// `RemoveContextProvider` (booleanType).
    pub remove_context_provider: Option<bool>,
    /// `RemoveIdentityCenterInstance` (booleanType).
    pub remove_identity_center_instance: Option<bool>,
}

impl std::fmt::Debug for UpdateSAMLProviderRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateSAMLProviderRequest")
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("saml_provider_arn", &self.saml_provider_arn)
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field("add_private_key", &"*** Sensitive Data Redacted ***")
            .field("remove_private_key", &self.remove_private_key)
            .field("context_provider", &self.context_provider)
            .field(
                "identity_center_instance_arn",
                &self.identity_center_instance_arn,
            )
            .field("remove_context_provider", &self.remove_context_provider)
            .field(
                "remove_identity_center_instance",
                &self.remove_identity_center_instance,
            )
            .finish()
    }
}

/// The `UpdateSAMLProviderResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateSAMLProviderResponse {
    /// `SAMLProviderArn` (arnType).
    pub saml_provider_arn: Option<String>,
}

/// The `UpdateSSHPublicKeyRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSSHPublicKeyRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `SSHPublicKeyId` (publicKeyIdType, required).
    pub ssh_public_key_id: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
}

/// The `UpdateServerCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateServerCertificateRequest {
    /// `ServerCertificateName` (serverCertificateNameType, required).
    pub server_certificate_name: String,
    /// `NewPath` (pathType).
    pub new_path: Option<String>,
    /// `NewServerCertificateName` (serverCertificateNameType).
    pub new_server_certificate_name: Option<String>,
}

/// The `UpdateServiceSpecificCredentialRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateServiceSpecificCredentialRequest {
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `ServiceSpecificCredentialId` (serviceSpecificCredentialId, required).
    pub service_specific_credential_id: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
}

/// The `UpdateSigningCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSigningCertificateRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `CertificateId` (certificateIdType, required).
    pub certificate_id: String,
    /// `Status` (statusType, required).
    pub status: StatusType,
}

/// The `UpdateUserRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateUserRequest {
    /// `UserName` (existingUserNameType, required).
    pub user_name: String,
    /// `NewPath` (pathType).
    pub new_path: Option<String>,
    /// `NewUserName` (userNameType).
    pub new_user_name: Option<String>,
}

/// The `UpdateWorkloadIdentityProviderOutboundSignerRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateWorkloadIdentityProviderOutboundSignerRequest {
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `OutboundSigner` (WorkloadIdentityOutboundSignerConfiguration, required).
    pub outbound_signer: WorkloadIdentityOutboundSignerConfiguration,
    /// `SigningDelayInHours` (workloadIdentitySigningDelayInHoursType).
    pub signing_delay_in_hours: Option<i32>,
}

/// The `UpdateWorkloadIdentityProviderOutboundSignerResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateWorkloadIdentityProviderOutboundSignerResponse {}

/// The `UploadSSHPublicKeyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadSSHPublicKeyRequest {
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `SSHPublicKeyBody` (publicKeyMaterialType, required).
    pub ssh_public_key_body: String,
}

/// The `UploadSSHPublicKeyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadSSHPublicKeyResponse {
    /// `SSHPublicKey` (SSHPublicKey).
    pub ssh_public_key: Option<SSHPublicKey>,
}

/// The `UploadServerCertificateRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct UploadServerCertificateRequest {
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `ServerCertificateName` (serverCertificateNameType, required).
    pub server_certificate_name: String,
    /// `CertificateBody` (certificateBodyType, required).
    pub certificate_body: String,
    /// `PrivateKey` (privateKeyType, required).
    pub private_key: String,
    /// `CertificateChain` (certificateChainType).
    pub certificate_chain: Option<String>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

impl std::fmt::Debug for UploadServerCertificateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UploadServerCertificateRequest")
            .field("path", &self.path)
            .field("server_certificate_name", &self.server_certificate_name)
            .field("certificate_body", &self.certificate_body)
            .field("private_key", &"*** Sensitive Data Redacted ***")
            .field("certificate_chain", &self.certificate_chain)
            .field("tags", &self.tags)
            .finish()
    }
}

/// The `UploadServerCertificateResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadServerCertificateResponse {
    /// `ServerCertificateMetadata` (ServerCertificateMetadata).
    pub server_certificate_metadata: Option<ServerCertificateMetadata>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `UploadSigningCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadSigningCertificateRequest {
    /// `UserName` (existingUserNameType).
    pub user_name: Option<String>,
    /// `CertificateBody` (certificateBodyType, required).
    pub certificate_body: String,
}

/// The `UploadSigningCertificateResponse` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadSigningCertificateResponse {
    /// `Certificate` (SigningCertificate, required).
    pub certificate: SigningCertificate,
}

/// The `User` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    /// `Path` (pathType, required).
    pub path: String,
    /// `UserName` (userNameType, required).
    pub user_name: String,
    /// `UserId` (idType, required).
    pub user_id: String,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
    /// `PasswordLastUsed` (dateType).
    pub password_last_used: Option<OffsetDateTime>,
    /// `PermissionsBoundary` (AttachedPermissionsBoundary).
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `UserDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserDetail {
    /// `Path` (pathType).
    pub path: Option<String>,
    /// `UserName` (userNameType).
    pub user_name: Option<String>,
    /// `UserId` (idType).
    pub user_id: Option<String>,
    /// `Arn` (arnType).
    pub arn: Option<String>,
    /// `CreateDate` (dateType).
    pub create_date: Option<OffsetDateTime>,
    /// `UserPolicyList` (policyDetailListType).
    pub user_policy_list: Option<Vec<PolicyDetail>>,
    /// `GroupList` (groupNameListType).
    pub group_list: Option<Vec<String>>,
    /// `AttachedManagedPolicies` (attachedPoliciesListType).
    pub attached_managed_policies: Option<Vec<AttachedPolicy>>,
    /// `PermissionsBoundary` (AttachedPermissionsBoundary).
    pub permissions_boundary: Option<AttachedPermissionsBoundary>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

/// The `VirtualMFADevice` structure.
#[derive(Clone, PartialEq, Default)]
pub struct VirtualMFADevice {
    /// `SerialNumber` (serialNumberType, required).
    pub serial_number: String,
    /// `Base32StringSeed` (BootstrapDatum).
    pub base32_string_seed: Option<Vec<u8>>,
    /// `QRCodePNG` (BootstrapDatum).
    pub qr_code_png: Option<Vec<u8>>,
    /// `User` (User).
    pub user: Option<User>,
    /// `EnableDate` (dateType).
    pub enable_date: Option<OffsetDateTime>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
}

impl std::fmt::Debug for VirtualMFADevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VirtualMFADevice")
            .field("serial_number", &self.serial_number)
            .field("base32_string_seed", &"*** Sensitive Data Redacted ***")
            .field("qr_code_png", &"*** Sensitive Data Redacted ***")
            .field("user", &self.user)
            .field("enable_date", &self.enable_date)
            .field("tags", &self.tags)
            .finish()
    }
}

/// The `WorkloadIdentityJwtOutboundSignerDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityJwtOutboundSignerDetail {
    /// `SigningAlgorithm` (workloadIdentitySignerAlgorithmType).
    pub signing_algorithm: Option<String>,
    /// `Configuration` (WorkloadIdentityJwtSignerConfiguration).
    pub configuration: Option<WorkloadIdentityJwtSignerConfiguration>,
    /// `StartSigningTime` (dateType).
    pub start_signing_time: Option<OffsetDateTime>,
}

/// The `WorkloadIdentityJwtSignerConfiguration` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityJwtSignerConfiguration {
    /// `KeyAlgorithm` (workloadIdentitySignerAlgorithmType, required).
    pub key_algorithm: String,
}

/// The `WorkloadIdentityOutboundSignerConfiguration` structure (a union: set exactly one member).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityOutboundSignerConfiguration {
    /// `X509` (WorkloadIdentityPrivateCa).
    pub x509: Option<WorkloadIdentityPrivateCa>,
}

/// The `WorkloadIdentityOutboundSignerDetailConfiguration` structure (a union: set exactly one member).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityOutboundSignerDetailConfiguration {
    /// `X509` (WorkloadIdentityPrivateCa).
    pub x509: Option<WorkloadIdentityPrivateCa>,
    /// `Jwt` (WorkloadIdentityJwtSignerConfiguration).
    pub jwt: Option<WorkloadIdentityJwtSignerConfiguration>,
}

/// The `WorkloadIdentityOutboundSignerSummary` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkloadIdentityOutboundSignerSummary {
    /// `SignerType` (workloadIdentityOutboundSignerTypeType, required).
    pub signer_type: WorkloadIdentityOutboundSignerTypeType,
    /// `Configuration` (WorkloadIdentityOutboundSignerDetailConfiguration).
    pub configuration: Option<WorkloadIdentityOutboundSignerDetailConfiguration>,
    /// `Status` (workloadIdentityOutboundSignerStatusType).
    pub status: Option<WorkloadIdentityOutboundSignerStatusType>,
    /// `SigningAlgorithm` (workloadIdentitySignerAlgorithmType).
    pub signing_algorithm: Option<String>,
    /// `StartSigningTime` (dateType, required).
    pub start_signing_time: OffsetDateTime,
    /// `EndSigningTime` (dateType).
    pub end_signing_time: Option<OffsetDateTime>,
    /// `DiscoveryExpirationTime` (dateType).
    pub discovery_expiration_time: Option<OffsetDateTime>,
}

/// The `WorkloadIdentityOutboundSigners` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityOutboundSigners {
    /// `X509` (workloadIdentityX509OutboundSignerListType).
    pub x509: Option<Vec<WorkloadIdentityX509OutboundSignerDetail>>,
    /// `Jwt` (workloadIdentityJwtOutboundSignerListType).
    pub jwt: Option<Vec<WorkloadIdentityJwtOutboundSignerDetail>>,
    /// `OidcIssuerUri` (workloadIdentitySignerUriType).
    pub oidc_issuer_uri: Option<String>,
    /// `BundleEndpointUrl` (workloadIdentitySignerUriType).
    pub bundle_endpoint_url: Option<String>,
}

/// The `WorkloadIdentityPrivateCa` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityPrivateCa {
    /// `CertificateAuthorityId` (workloadIdentityCertificateAuthorityIdType, required).
    pub certificate_authority_id: String,
    /// `AccountId` (accountIdType, required).
    pub account_id: String,
}

/// The `WorkloadIdentityProviderListEntry` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkloadIdentityProviderListEntry {
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `ProviderName` (workloadIdentityProviderNameType, required).
    pub provider_name: String,
    /// `ProviderId` (idType, required).
    pub provider_id: String,
    /// `ResourceScope` (workloadIdentityProviderScopeType, required).
    pub resource_scope: WorkloadIdentityProviderScopeType,
    /// `Scheme` (workloadIdentityProviderSchemeType, required).
    pub scheme: WorkloadIdentityProviderSchemeType,
    /// `Description` (workloadIdentityProviderDescriptionType).
    pub description: Option<String>,
    /// `WorkloadIdentityDomain` (WorkloadIdentityDomainType).
    pub workload_identity_domain: Option<String>,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
}

/// The `WorkloadIdentityReplacementValueEntry` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityReplacementValueEntry {
    /// `Values` (workloadIdentityReplacementValueListType, required).
    pub values: Vec<String>,
}

/// The `WorkloadIdentityResourceScopeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkloadIdentityResourceScopeType {
    /// `ACCOUNT`
    Account,
    /// `ORGANIZATION`
    Organization,
}

impl WorkloadIdentityResourceScopeType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Account, Self::Organization];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Organization => "ORGANIZATION",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACCOUNT" => Some(Self::Account),
            "ORGANIZATION" => Some(Self::Organization),
            _ => None,
        }
    }
}

/// The `WorkloadIdentityTemplateDefinitionType` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityTemplateDefinitionType {
    /// `TemplateDefinitionArn` (arnType, required).
    pub template_definition_arn: String,
    /// `ReplacementValues` (mapStringWorkloadIdentityReplacementValueEntry).
    pub replacement_values: Option<Vec<(String, WorkloadIdentityReplacementValueEntry)>>,
}

/// The `WorkloadIdentityTemplateDeletionStatusType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkloadIdentityTemplateDeletionStatusType {
    /// `SUCCEEDED`
    Succeeded,
}

impl WorkloadIdentityTemplateDeletionStatusType {
    /// Every value, in model order.
    pub const ALL: [Self; 1] = [Self::Succeeded];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Succeeded => "SUCCEEDED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "SUCCEEDED" => Some(Self::Succeeded),
            _ => None,
        }
    }
}

/// The `WorkloadIdentityTemplateSummary` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkloadIdentityTemplateSummary {
    /// `Name` (WorkloadIdentityTemplateNameType, required).
    pub name: String,
    /// `Arn` (arnType, required).
    pub arn: String,
    /// `WorkloadIdentityProviderArn` (arnType, required).
    pub workload_identity_provider_arn: String,
    /// `ResourceScope` (WorkloadIdentityResourceScopeType, required).
    pub resource_scope: WorkloadIdentityResourceScopeType,
    /// `Description` (WorkloadIdentityDescriptionType).
    pub description: Option<String>,
    /// `PathPrefix` (WorkloadIdentityPathPrefixType).
    pub path_prefix: Option<String>,
    /// `PathPattern` (WorkloadIdentityTemplatePathPatternType, required).
    pub path_pattern: String,
    /// `CreateDate` (dateType, required).
    pub create_date: OffsetDateTime,
}

/// The `WorkloadIdentityX509OutboundSignerDetail` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkloadIdentityX509OutboundSignerDetail {
    /// `Configuration` (WorkloadIdentityPrivateCa).
    pub configuration: Option<WorkloadIdentityPrivateCa>,
    /// `Status` (workloadIdentityOutboundSignerStatusType).
    pub status: Option<WorkloadIdentityOutboundSignerStatusType>,
    /// `StartSigningTime` (dateType).
    pub start_signing_time: Option<OffsetDateTime>,
    /// `EndSigningTime` (dateType).
    pub end_signing_time: Option<OffsetDateTime>,
    /// `DiscoveryExpirationTime` (dateType).
    pub discovery_expiration_time: Option<OffsetDateTime>,
}

/// The `assertionEncryptionModeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AssertionEncryptionModeType {
    /// `Required`
    Required,
    /// `Allowed`
    Allowed,
}

impl AssertionEncryptionModeType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Required, Self::Allowed];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Required => "Required",
            Self::Allowed => "Allowed",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "Required" => Some(Self::Required),
            "Allowed" => Some(Self::Allowed),
            _ => None,
        }
    }
}

/// The `assignmentStatusType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AssignmentStatusType {
    /// `Assigned`
    Assigned,
    /// `Unassigned`
    Unassigned,
    /// `Any`
    Any,
}

impl AssignmentStatusType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Assigned, Self::Unassigned, Self::Any];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Assigned => "Assigned",
            Self::Unassigned => "Unassigned",
            Self::Any => "Any",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "Assigned" => Some(Self::Assigned),
            "Unassigned" => Some(Self::Unassigned),
            "Any" => Some(Self::Any),
            _ => None,
        }
    }
}

/// The `encodingType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EncodingType {
    /// `SSH`
    Ssh,
    /// `PEM`
    Pem,
}

impl EncodingType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Ssh, Self::Pem];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ssh => "SSH",
            Self::Pem => "PEM",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "SSH" => Some(Self::Ssh),
            "PEM" => Some(Self::Pem),
            _ => None,
        }
    }
}

/// The `globalEndpointTokenVersion` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GlobalEndpointTokenVersion {
    /// `v1Token`
    V1Token,
    /// `v2Token`
    V2Token,
}

impl GlobalEndpointTokenVersion {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::V1Token, Self::V2Token];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::V1Token => "v1Token",
            Self::V2Token => "v2Token",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "v1Token" => Some(Self::V1Token),
            "v2Token" => Some(Self::V2Token),
            _ => None,
        }
    }
}

/// The `jobStatusType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobStatusType {
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
}

impl JobStatusType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::InProgress, Self::Completed, Self::Failed];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "IN_PROGRESS" => Some(Self::InProgress),
            "COMPLETED" => Some(Self::Completed),
            "FAILED" => Some(Self::Failed),
            _ => None,
        }
    }
}

/// The `managedByTypeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ManagedByTypeType {
    /// `Service`
    Service,
}

impl ManagedByTypeType {
    /// Every value, in model order.
    pub const ALL: [Self; 1] = [Self::Service];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Service => "Service",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "Service" => Some(Self::Service),
            _ => None,
        }
    }
}

/// The `parameterTypeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParameterTypeType {
    /// `String`
    String,
    /// `StringList`
    StringList,
    /// `Number`
    Number,
    /// `NumberList`
    NumberList,
    /// `Arn`
    Arn,
    /// `ArnList`
    ArnList,
}

impl ParameterTypeType {
    /// Every value, in model order.
    pub const ALL: [Self; 6] = [
        Self::String,
        Self::StringList,
        Self::Number,
        Self::NumberList,
        Self::Arn,
        Self::ArnList,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::String => "String",
            Self::StringList => "StringList",
            Self::Number => "Number",
            Self::NumberList => "NumberList",
            Self::Arn => "Arn",
            Self::ArnList => "ArnList",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "String" => Some(Self::String),
            "StringList" => Some(Self::StringList),
            "Number" => Some(Self::Number),
            "NumberList" => Some(Self::NumberList),
            "Arn" => Some(Self::Arn),
            "ArnList" => Some(Self::ArnList),
            _ => None,
        }
    }
}

/// The `permissionCheckResultType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PermissionCheckResultType {
    /// `ALLOWED`
    Allowed,
    /// `DENIED`
    Denied,
    /// `UNSURE`
    Unsure,
}

impl PermissionCheckResultType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Allowed, Self::Denied, Self::Unsure];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allowed => "ALLOWED",
            Self::Denied => "DENIED",
            Self::Unsure => "UNSURE",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ALLOWED" => Some(Self::Allowed),
            "DENIED" => Some(Self::Denied),
            "UNSURE" => Some(Self::Unsure),
            _ => None,
        }
    }
}

/// The `permissionCheckStatusType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PermissionCheckStatusType {
    /// `COMPLETE`
    Complete,
    /// `IN_PROGRESS`
    InProgress,
    /// `FAILED`
    Failed,
}

impl PermissionCheckStatusType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Complete, Self::InProgress, Self::Failed];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Complete => "COMPLETE",
            Self::InProgress => "IN_PROGRESS",
            Self::Failed => "FAILED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "COMPLETE" => Some(Self::Complete),
            "IN_PROGRESS" => Some(Self::InProgress),
            "FAILED" => Some(Self::Failed),
            _ => None,
        }
    }
}

/// The `policyOwnerEntityType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyOwnerEntityType {
    /// `USER`
    User,
    /// `ROLE`
    Role,
    /// `GROUP`
    Group,
}

impl PolicyOwnerEntityType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::User, Self::Role, Self::Group];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "USER",
            Self::Role => "ROLE",
            Self::Group => "GROUP",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "USER" => Some(Self::User),
            "ROLE" => Some(Self::Role),
            "GROUP" => Some(Self::Group),
            _ => None,
        }
    }
}

/// The `policyScopeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyScopeType {
    /// `All`
    All,
    /// `AWS`
    Aws,
    /// `Local`
    Local,
}

impl PolicyScopeType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::All, Self::Aws, Self::Local];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "All",
            Self::Aws => "AWS",
            Self::Local => "Local",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "All" => Some(Self::All),
            "AWS" => Some(Self::Aws),
            "Local" => Some(Self::Local),
            _ => None,
        }
    }
}

/// The `policyType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyType {
    /// `INLINE`
    Inline,
    /// `MANAGED`
    Managed,
}

impl PolicyType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Inline, Self::Managed];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Inline => "INLINE",
            Self::Managed => "MANAGED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "INLINE" => Some(Self::Inline),
            "MANAGED" => Some(Self::Managed),
            _ => None,
        }
    }
}

/// The `sortKeyType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SortKeyType {
    /// `SERVICE_NAMESPACE_ASCENDING`
    ServiceNamespaceAscending,
    /// `SERVICE_NAMESPACE_DESCENDING`
    ServiceNamespaceDescending,
    /// `LAST_AUTHENTICATED_TIME_ASCENDING`
    LastAuthenticatedTimeAscending,
    /// `LAST_AUTHENTICATED_TIME_DESCENDING`
    LastAuthenticatedTimeDescending,
}

impl SortKeyType {
    /// Every value, in model order.
    pub const ALL: [Self; 4] = [
        Self::ServiceNamespaceAscending,
        Self::ServiceNamespaceDescending,
        Self::LastAuthenticatedTimeAscending,
        Self::LastAuthenticatedTimeDescending,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ServiceNamespaceAscending => "SERVICE_NAMESPACE_ASCENDING",
            Self::ServiceNamespaceDescending => "SERVICE_NAMESPACE_DESCENDING",
            Self::LastAuthenticatedTimeAscending => "LAST_AUTHENTICATED_TIME_ASCENDING",
            Self::LastAuthenticatedTimeDescending => "LAST_AUTHENTICATED_TIME_DESCENDING",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "SERVICE_NAMESPACE_ASCENDING" => Some(Self::ServiceNamespaceAscending),
            "SERVICE_NAMESPACE_DESCENDING" => Some(Self::ServiceNamespaceDescending),
            "LAST_AUTHENTICATED_TIME_ASCENDING" => Some(Self::LastAuthenticatedTimeAscending),
            "LAST_AUTHENTICATED_TIME_DESCENDING" => Some(Self::LastAuthenticatedTimeDescending),
            _ => None,
        }
    }
}

/// The `stateType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StateType {
    /// `UNASSIGNED`
    Unassigned,
    /// `ASSIGNED`
    Assigned,
    /// `PENDING_APPROVAL`
    PendingApproval,
    /// `FINALIZED`
    Finalized,
    /// `ACCEPTED`
    Accepted,
    /// `REJECTED`
    Rejected,
    /// `EXPIRED`
    Expired,
}

impl StateType {
    /// Every value, in model order.
    pub const ALL: [Self; 7] = [
        Self::Unassigned,
        Self::Assigned,
        Self::PendingApproval,
        Self::Finalized,
        Self::Accepted,
        Self::Rejected,
        Self::Expired,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unassigned => "UNASSIGNED",
            Self::Assigned => "ASSIGNED",
            Self::PendingApproval => "PENDING_APPROVAL",
            Self::Finalized => "FINALIZED",
            Self::Accepted => "ACCEPTED",
            Self::Rejected => "REJECTED",
            Self::Expired => "EXPIRED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "UNASSIGNED" => Some(Self::Unassigned),
            "ASSIGNED" => Some(Self::Assigned),
            "PENDING_APPROVAL" => Some(Self::PendingApproval),
            "FINALIZED" => Some(Self::Finalized),
            "ACCEPTED" => Some(Self::Accepted),
            "REJECTED" => Some(Self::Rejected),
            "EXPIRED" => Some(Self::Expired),
            _ => None,
        }
    }
}

/// The `statusType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusType {
    /// `Active`
    Active,
    /// `Inactive`
    Inactive,
    /// `Expired`
    Expired,
}

impl StatusType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Active, Self::Inactive, Self::Expired];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "Active",
            Self::Inactive => "Inactive",
            Self::Expired => "Expired",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "Active" => Some(Self::Active),
            "Inactive" => Some(Self::Inactive),
            "Expired" => Some(Self::Expired),
            _ => None,
        }
    }
}

/// The `summaryKeyType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SummaryKeyType {
    /// `Users`
    Users,
    /// `UsersQuota`
    UsersQuota,
    /// `Groups`
    Groups,
    /// `GroupsQuota`
    GroupsQuota,
    /// `ServerCertificates`
    ServerCertificates,
    /// `ServerCertificatesQuota`
    ServerCertificatesQuota,
    /// `UserPolicySizeQuota`
    UserPolicySizeQuota,
    /// `GroupPolicySizeQuota`
    GroupPolicySizeQuota,
    /// `GroupsPerUserQuota`
    GroupsPerUserQuota,
    /// `SigningCertificatesPerUserQuota`
    SigningCertificatesPerUserQuota,
    /// `AccessKeysPerUserQuota`
    AccessKeysPerUserQuota,
    /// `MFADevices`
    MFADevices,
    /// `MFADevicesInUse`
    MFADevicesInUse,
    /// `AccountMFAEnabled`
    AccountMFAEnabled,
    /// `AccountAccessKeysPresent`
    AccountAccessKeysPresent,
    /// `AccountPasswordPresent`
    AccountPasswordPresent,
    /// `AccountSigningCertificatesPresent`
    AccountSigningCertificatesPresent,
    /// `AttachedPoliciesPerGroupQuota`
    AttachedPoliciesPerGroupQuota,
    /// `AttachedPoliciesPerRoleQuota`
    AttachedPoliciesPerRoleQuota,
    /// `AttachedPoliciesPerUserQuota`
    AttachedPoliciesPerUserQuota,
    /// `Policies`
    Policies,
    /// `PoliciesQuota`
    PoliciesQuota,
    /// `PolicySizeQuota`
    PolicySizeQuota,
    /// `PolicyVersionsInUse`
    PolicyVersionsInUse,
    /// `PolicyVersionsInUseQuota`
    PolicyVersionsInUseQuota,
    /// `VersionsPerPolicyQuota`
    VersionsPerPolicyQuota,
    /// `GlobalEndpointTokenVersion`
    GlobalEndpointTokenVersion,
    /// `AssumeRolePolicySizeQuota`
    AssumeRolePolicySizeQuota,
    /// `InstanceProfiles`
    InstanceProfiles,
    /// `InstanceProfilesQuota`
    InstanceProfilesQuota,
    /// `Providers`
    Providers,
    /// `RolePolicySizeQuota`
    RolePolicySizeQuota,
    /// `Roles`
    Roles,
    /// `RolesQuota`
    RolesQuota,
}

impl SummaryKeyType {
    /// Every value, in model order.
    pub const ALL: [Self; 34] = [
        Self::Users,
        Self::UsersQuota,
        Self::Groups,
        Self::GroupsQuota,
        Self::ServerCertificates,
        Self::ServerCertificatesQuota,
        Self::UserPolicySizeQuota,
        Self::GroupPolicySizeQuota,
        Self::GroupsPerUserQuota,
        Self::SigningCertificatesPerUserQuota,
        Self::AccessKeysPerUserQuota,
        Self::MFADevices,
        Self::MFADevicesInUse,
        Self::AccountMFAEnabled,
        Self::AccountAccessKeysPresent,
        Self::AccountPasswordPresent,
        Self::AccountSigningCertificatesPresent,
        Self::AttachedPoliciesPerGroupQuota,
        Self::AttachedPoliciesPerRoleQuota,
        Self::AttachedPoliciesPerUserQuota,
        Self::Policies,
        Self::PoliciesQuota,
        Self::PolicySizeQuota,
        Self::PolicyVersionsInUse,
        Self::PolicyVersionsInUseQuota,
        Self::VersionsPerPolicyQuota,
        Self::GlobalEndpointTokenVersion,
        Self::AssumeRolePolicySizeQuota,
        Self::InstanceProfiles,
        Self::InstanceProfilesQuota,
        Self::Providers,
        Self::RolePolicySizeQuota,
        Self::Roles,
        Self::RolesQuota,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Users => "Users",
            Self::UsersQuota => "UsersQuota",
            Self::Groups => "Groups",
            Self::GroupsQuota => "GroupsQuota",
            Self::ServerCertificates => "ServerCertificates",
            Self::ServerCertificatesQuota => "ServerCertificatesQuota",
            Self::UserPolicySizeQuota => "UserPolicySizeQuota",
            Self::GroupPolicySizeQuota => "GroupPolicySizeQuota",
            Self::GroupsPerUserQuota => "GroupsPerUserQuota",
            Self::SigningCertificatesPerUserQuota => "SigningCertificatesPerUserQuota",
            Self::AccessKeysPerUserQuota => "AccessKeysPerUserQuota",
            Self::MFADevices => "MFADevices",
            Self::MFADevicesInUse => "MFADevicesInUse",
            Self::AccountMFAEnabled => "AccountMFAEnabled",
            Self::AccountAccessKeysPresent => "AccountAccessKeysPresent",
            Self::AccountPasswordPresent => "AccountPasswordPresent",
            Self::AccountSigningCertificatesPresent => "AccountSigningCertificatesPresent",
            Self::AttachedPoliciesPerGroupQuota => "AttachedPoliciesPerGroupQuota",
            Self::AttachedPoliciesPerRoleQuota => "AttachedPoliciesPerRoleQuota",
            Self::AttachedPoliciesPerUserQuota => "AttachedPoliciesPerUserQuota",
            Self::Policies => "Policies",
            Self::PoliciesQuota => "PoliciesQuota",
            Self::PolicySizeQuota => "PolicySizeQuota",
            Self::PolicyVersionsInUse => "PolicyVersionsInUse",
            Self::PolicyVersionsInUseQuota => "PolicyVersionsInUseQuota",
            Self::VersionsPerPolicyQuota => "VersionsPerPolicyQuota",
            Self::GlobalEndpointTokenVersion => "GlobalEndpointTokenVersion",
            Self::AssumeRolePolicySizeQuota => "AssumeRolePolicySizeQuota",
            Self::InstanceProfiles => "InstanceProfiles",
            Self::InstanceProfilesQuota => "InstanceProfilesQuota",
            Self::Providers => "Providers",
            Self::RolePolicySizeQuota => "RolePolicySizeQuota",
            Self::Roles => "Roles",
            Self::RolesQuota => "RolesQuota",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "Users" => Some(Self::Users),
            "UsersQuota" => Some(Self::UsersQuota),
            "Groups" => Some(Self::Groups),
            "GroupsQuota" => Some(Self::GroupsQuota),
            "ServerCertificates" => Some(Self::ServerCertificates),
            "ServerCertificatesQuota" => Some(Self::ServerCertificatesQuota),
            "UserPolicySizeQuota" => Some(Self::UserPolicySizeQuota),
            "GroupPolicySizeQuota" => Some(Self::GroupPolicySizeQuota),
            "GroupsPerUserQuota" => Some(Self::GroupsPerUserQuota),
            "SigningCertificatesPerUserQuota" => Some(Self::SigningCertificatesPerUserQuota),
            "AccessKeysPerUserQuota" => Some(Self::AccessKeysPerUserQuota),
            "MFADevices" => Some(Self::MFADevices),
            "MFADevicesInUse" => Some(Self::MFADevicesInUse),
            "AccountMFAEnabled" => Some(Self::AccountMFAEnabled),
            "AccountAccessKeysPresent" => Some(Self::AccountAccessKeysPresent),
            "AccountPasswordPresent" => Some(Self::AccountPasswordPresent),
            "AccountSigningCertificatesPresent" => Some(Self::AccountSigningCertificatesPresent),
            "AttachedPoliciesPerGroupQuota" => Some(Self::AttachedPoliciesPerGroupQuota),
            "AttachedPoliciesPerRoleQuota" => Some(Self::AttachedPoliciesPerRoleQuota),
            "AttachedPoliciesPerUserQuota" => Some(Self::AttachedPoliciesPerUserQuota),
            "Policies" => Some(Self::Policies),
            "PoliciesQuota" => Some(Self::PoliciesQuota),
            "PolicySizeQuota" => Some(Self::PolicySizeQuota),
            "PolicyVersionsInUse" => Some(Self::PolicyVersionsInUse),
            "PolicyVersionsInUseQuota" => Some(Self::PolicyVersionsInUseQuota),
            "VersionsPerPolicyQuota" => Some(Self::VersionsPerPolicyQuota),
            "GlobalEndpointTokenVersion" => Some(Self::GlobalEndpointTokenVersion),
            "AssumeRolePolicySizeQuota" => Some(Self::AssumeRolePolicySizeQuota),
            "InstanceProfiles" => Some(Self::InstanceProfiles),
            "InstanceProfilesQuota" => Some(Self::InstanceProfilesQuota),
            "Providers" => Some(Self::Providers),
            "RolePolicySizeQuota" => Some(Self::RolePolicySizeQuota),
            "Roles" => Some(Self::Roles),
            "RolesQuota" => Some(Self::RolesQuota),
            _ => None,
        }
    }
}

/// The `summaryStateType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SummaryStateType {
    /// `AVAILABLE`
    Available,
    /// `NOT_AVAILABLE`
    NotAvailable,
    /// `NOT_SUPPORTED`
    NotSupported,
    /// `FAILED`
    Failed,
}

impl SummaryStateType {
    /// Every value, in model order.
    pub const ALL: [Self; 4] = [
        Self::Available,
        Self::NotAvailable,
        Self::NotSupported,
        Self::Failed,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Available => "AVAILABLE",
            Self::NotAvailable => "NOT_AVAILABLE",
            Self::NotSupported => "NOT_SUPPORTED",
            Self::Failed => "FAILED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "AVAILABLE" => Some(Self::Available),
            "NOT_AVAILABLE" => Some(Self::NotAvailable),
            "NOT_SUPPORTED" => Some(Self::NotSupported),
            "FAILED" => Some(Self::Failed),
            _ => None,
        }
    }
}

/// The `workloadIdentityOutboundSignerDeletionStatusType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkloadIdentityOutboundSignerDeletionStatusType {
    /// `SUCCEEDED`
    Succeeded,
}

impl WorkloadIdentityOutboundSignerDeletionStatusType {
    /// Every value, in model order.
    pub const ALL: [Self; 1] = [Self::Succeeded];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Succeeded => "SUCCEEDED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "SUCCEEDED" => Some(Self::Succeeded),
            _ => None,
        }
    }
}

/// The `workloadIdentityOutboundSignerStatusType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkloadIdentityOutboundSignerStatusType {
    /// `IN_TRANSITION`
    InTransition,
    /// `ACTIVE`
    Active,
    /// `VALIDATING`
    Validating,
    /// `INACTIVE`
    Inactive,
}

impl WorkloadIdentityOutboundSignerStatusType {
    /// Every value, in model order.
    pub const ALL: [Self; 4] = [
        Self::InTransition,
        Self::Active,
        Self::Validating,
        Self::Inactive,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InTransition => "IN_TRANSITION",
            Self::Active => "ACTIVE",
            Self::Validating => "VALIDATING",
            Self::Inactive => "INACTIVE",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "IN_TRANSITION" => Some(Self::InTransition),
            "ACTIVE" => Some(Self::Active),
            "VALIDATING" => Some(Self::Validating),
            "INACTIVE" => Some(Self::Inactive),
            _ => None,
        }
    }
}

/// The `workloadIdentityOutboundSignerTypeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkloadIdentityOutboundSignerTypeType {
    /// `X509`
    X509,
    /// `JWT`
    Jwt,
}

impl WorkloadIdentityOutboundSignerTypeType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::X509, Self::Jwt];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::X509 => "X509",
            Self::Jwt => "JWT",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "X509" => Some(Self::X509),
            "JWT" => Some(Self::Jwt),
            _ => None,
        }
    }
}

/// The `workloadIdentityProviderSchemeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkloadIdentityProviderSchemeType {
    /// `NONE`
    None,
    /// `SPIFFE`
    Spiffe,
}

impl WorkloadIdentityProviderSchemeType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::None, Self::Spiffe];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "NONE",
            Self::Spiffe => "SPIFFE",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "NONE" => Some(Self::None),
            "SPIFFE" => Some(Self::Spiffe),
            _ => None,
        }
    }
}

/// The `workloadIdentityProviderScopeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkloadIdentityProviderScopeType {
    /// `ACCOUNT`
    Account,
    /// `ORGANIZATION`
    Organization,
}

impl WorkloadIdentityProviderScopeType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Account, Self::Organization];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Organization => "ORGANIZATION",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACCOUNT" => Some(Self::Account),
            "ORGANIZATION" => Some(Self::Organization),
            _ => None,
        }
    }
}
