//! IAM shapes, codecs and dispatcher, generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

pub use crate::OperationInfo;
use crate::decode::{CountRules, Decoder, IntRules, Pattern, StringRules, decode_input};
use crate::encode::{XmlBody, XmlWriter, xml_response};
use crate::{AwsError, Encoded, QueryParams, ResponseFormat, Service};
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

static S_ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["SERVICE_LEVEL", "ACTION_LEVEL"],
    sensitive: false,
};
static C_ACTION_NAME_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static S_ACTION_NAME_TYPE: StringRules = StringRules {
    min: Some(3),
    max: Some(128),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_ATTACHMENT_NAME: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_ATTACHMENT_NAME: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_ATTACHMENT_NAME),
    values: &[],
    sensitive: false,
};
static S_ATTACHMENT_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["user", "group", "role"],
    sensitive: false,
};
static C_CONTEXT_ENTRY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static S_CONTEXT_KEY_NAME_TYPE: StringRules = StringRules {
    min: Some(5),
    max: Some(256),
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_CONTEXT_KEY_TYPE_ENUM: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "string",
        "stringList",
        "numeric",
        "numericList",
        "boolean",
        "booleanList",
        "ip",
        "ipList",
        "binary",
        "binaryList",
        "date",
        "dateList",
    ],
    sensitive: false,
};
static C_CONTEXT_KEY_VALUE_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static S_CONTEXT_KEY_VALUE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_DELETION_TASK_ID_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(1000),
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_ENTITY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "User",
        "Role",
        "Group",
        "LocalManagedPolicy",
        "AWSManagedPolicy",
    ],
    sensitive: false,
};
static S_OPEN_ID_CONNECT_PROVIDER_URL_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(255),
    pattern: None,
    values: &[],
    sensitive: false,
};
static C_ORGANIZATION_POLICY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(7),
};
static C_POLICY_EXCLUSIONS_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(256),
};
static S_POLICY_IDENTIFIER_POLICY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "inline",
        "aws-managed",
        "user-managed",
        "permission-boundary",
        "scp",
        "rcp",
    ],
    sensitive: false,
};
static S_POLICY_PARAMETER_TYPE_ENUM: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["string", "stringList"],
    sensitive: false,
};
static S_POLICY_USAGE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["PermissionsPolicy", "PermissionsBoundary"],
    sensitive: false,
};
static S_RESOURCE_HANDLING_OPTION_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: None,
    values: &[],
    sensitive: false,
};
static C_RESOURCE_NAME_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static S_RESOURCE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_SAML_METADATA_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1000),
    max: Some(10000000),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_SAML_PROVIDER_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w._-]+"#, r#"\A(?:[0-9A-Za-z_._-]+)\z"#);
static S_SAML_PROVIDER_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_SAML_PROVIDER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static C_SIMULATION_POLICY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static P_WORKLOAD_IDENTITY_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$"#,
    r#"\A(?:^[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*$)\z"#,
);
static S_WORKLOAD_IDENTITY_DESCRIPTION_TYPE: StringRules = StringRules {
    min: Some(0),
    max: Some(1000),
    pattern: Some(&P_WORKLOAD_IDENTITY_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_DOMAIN_TYPE: Pattern = Pattern::new(
    r#"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){0,31}$"#,
    r#"\A(?:^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){0,31}$)\z"#,
);
static S_WORKLOAD_IDENTITY_DOMAIN_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_WORKLOAD_IDENTITY_DOMAIN_TYPE),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE: Pattern = Pattern::new(
    r#"^(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+(?:/(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+)*$"#,
    r#"\A(?:^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)(?:/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+))*$)\z"#,
);
static S_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE),
    values: &[],
    sensitive: false,
};
static S_WORKLOAD_IDENTITY_RESOURCE_SCOPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["ACCOUNT", "ORGANIZATION"],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE: Pattern =
    Pattern::new(r#"^[A-Za-z0-9_-]+$"#, r#"\A(?:^[A-Za-z0-9_-]+$)\z"#);
static S_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE: Pattern = Pattern::new(
    r#"^(?=.*\{)(?:\{[A-Za-z0-9:/._-]+\}|(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+)(?:/(?:\{[A-Za-z0-9:/._-]+\}|(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+))*$"#,
    r#"\A(?:^(?:(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)/)*\{[A-Za-z0-9:/._-]+\}(?:/(?:\{[A-Za-z0-9:/._-]+\}|(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)))*$)\z"#,
);
static S_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE: StringRules = StringRules {
    min: Some(3),
    max: Some(16384),
    pattern: Some(&P_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE),
    values: &[],
    sensitive: false,
};
static P_ACCESS_KEY_ID_TYPE: Pattern = Pattern::new(r#"[\w]+"#, r#"\A(?:[0-9A-Za-z_]+)\z"#);
static S_ACCESS_KEY_ID_TYPE: StringRules = StringRules {
    min: Some(16),
    max: Some(128),
    pattern: Some(&P_ACCESS_KEY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_ACCOUNT_ALIAS_TYPE: Pattern = Pattern::new(
    r#"^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"#,
    r#"\A(?:^[a-z0-9](?:-?[a-z0-9])+$)\z"#,
);
static S_ACCOUNT_ALIAS_TYPE: StringRules = StringRules {
    min: Some(3),
    max: Some(63),
    pattern: Some(&P_ACCOUNT_ALIAS_TYPE),
    values: &[],
    sensitive: false,
};
static P_ACCOUNT_ID_TYPE: Pattern = Pattern::new(r#"\d{12}"#, r#"\A(?:[0-9]{12})\z"#);
static S_ACCOUNT_ID_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_ACCOUNT_ID_TYPE),
    values: &[],
    sensitive: false,
};
static C_ACCOUNT_PROPERTIES_MAP_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static P_ACCOUNT_PROPERTY_KEY_TYPE: Pattern = Pattern::new(
    r#"^[A-Za-z][A-Za-z0-9/_-]*$"#,
    r#"\A(?:^[A-Za-z][A-Za-z0-9/_-]*$)\z"#,
);
static S_ACCOUNT_PROPERTY_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(50),
    pattern: Some(&P_ACCOUNT_PROPERTY_KEY_TYPE),
    values: &[],
    sensitive: false,
};
static S_ACCOUNT_PROPERTY_VALUE_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(1024),
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_ARN_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_ASSERTION_ENCRYPTION_MODE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["Required", "Allowed"],
    sensitive: false,
};
static S_ASSIGNMENT_STATUS_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["Assigned", "Unassigned", "Any"],
    sensitive: false,
};
static P_AUTHENTICATION_CODE_TYPE: Pattern = Pattern::new(r#"[\d]+"#, r#"\A(?:[0-9]+)\z"#);
static S_AUTHENTICATION_CODE_TYPE: StringRules = StringRules {
    min: Some(6),
    max: Some(6),
    pattern: Some(&P_AUTHENTICATION_CODE_TYPE),
    values: &[],
    sensitive: false,
};
static P_CERTIFICATE_BODY_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_CERTIFICATE_BODY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(16384),
    pattern: Some(&P_CERTIFICATE_BODY_TYPE),
    values: &[],
    sensitive: false,
};
static P_CERTIFICATE_CHAIN_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_CERTIFICATE_CHAIN_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(2097152),
    pattern: Some(&P_CERTIFICATE_CHAIN_TYPE),
    values: &[],
    sensitive: false,
};
static P_CERTIFICATE_ID_TYPE: Pattern = Pattern::new(r#"[\w]+"#, r#"\A(?:[0-9A-Za-z_]+)\z"#);
static S_CERTIFICATE_ID_TYPE: StringRules = StringRules {
    min: Some(24),
    max: Some(128),
    pattern: Some(&P_CERTIFICATE_ID_TYPE),
    values: &[],
    sensitive: false,
};
static C_CLIENT_ID_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static S_CLIENT_ID_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(255),
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_CONTEXT_PROVIDER_SOURCE_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_CONTEXT_PROVIDER_TARGET_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: None,
    values: &[],
    sensitive: false,
};
static I_CREDENTIAL_AGE_DAYS: IntRules = IntRules {
    min: Some(1),
    max: Some(36600),
};
static P_CUSTOM_SUFFIX_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_CUSTOM_SUFFIX_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_CUSTOM_SUFFIX_TYPE),
    values: &[],
    sensitive: false,
};
static P_DELEGATION_REQUEST_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
static S_DELEGATION_REQUEST_DESCRIPTION_TYPE: StringRules = StringRules {
    min: None,
    max: Some(1000),
    pattern: Some(&P_DELEGATION_REQUEST_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static P_DELEGATION_REQUEST_ID_TYPE: Pattern =
    Pattern::new(r#"[\w-]+"#, r#"\A(?:[0-9A-Za-z_-]+)\z"#);
static S_DELEGATION_REQUEST_ID_TYPE: StringRules = StringRules {
    min: Some(16),
    max: Some(128),
    pattern: Some(&P_DELEGATION_REQUEST_ID_TYPE),
    values: &[],
    sensitive: false,
};
static S_ENCODING_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["SSH", "PEM"],
    sensitive: false,
};
static C_ENTITY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static P_EXISTING_USER_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_EXISTING_USER_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_EXISTING_USER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static S_GLOBAL_ENDPOINT_TOKEN_VERSION: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["v1Token", "v2Token"],
    sensitive: false,
};
static P_GROUP_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_GROUP_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_GROUP_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static S_IDENTITY_CENTER_INSTANCE_ARN_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(1224),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_INSTANCE_PROFILE_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_INSTANCE_PROFILE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_INSTANCE_PROFILE_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static I_INTEGER_TYPE: IntRules = IntRules {
    min: None,
    max: None,
};
static S_JOB_ID_TYPE: StringRules = StringRules {
    min: Some(36),
    max: Some(36),
    pattern: None,
    values: &[],
    sensitive: false,
};
static C_KEY_DEFINITION_LIST_TYPE: CountRules = CountRules {
    min: Some(0),
    max: Some(10),
};
static S_LOCALE_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(12),
    pattern: None,
    values: &[],
    sensitive: false,
};
static C_MAP_STRING_REPLACEMENT_VALUE_ENTRY: CountRules = CountRules {
    min: None,
    max: Some(30),
};
static C_MAP_STRING_WORKLOAD_IDENTITY_REPLACEMENT_VALUE_ENTRY: CountRules = CountRules {
    min: None,
    max: Some(30),
};
static P_MARKER_TYPE: Pattern =
    Pattern::new(r#"[\u0020-\u00FF]+"#, r#"\A(?:[\x{0020}-\x{00FF}]+)\z"#);
static S_MARKER_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(320),
    pattern: Some(&P_MARKER_TYPE),
    values: &[],
    sensitive: false,
};
static I_MAX_ITEMS_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(1000),
};
static I_MAX_PASSWORD_AGE_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(1095),
};
static I_MAX_SIGNIN_SESSION_DURATION_TYPE: IntRules = IntRules {
    min: Some(3600),
    max: Some(7776000),
};
static I_MINIMUM_PASSWORD_LENGTH_TYPE: IntRules = IntRules {
    min: Some(6),
    max: Some(128),
};
static I_MINOR_VERSION_TYPE: IntRules = IntRules {
    min: None,
    max: None,
};
static P_NOTES_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
static S_NOTES_TYPE: StringRules = StringRules {
    min: None,
    max: Some(500),
    pattern: Some(&P_NOTES_TYPE),
    values: &[],
    sensitive: false,
};
static P_NOTIFICATION_CHANNEL_TYPE: Pattern =
    Pattern::new(r#"^[a-zA-Z0-9:_.-]+$"#, r#"\A(?:^[a-zA-Z0-9:_.-]+$)\z"#);
static S_NOTIFICATION_CHANNEL_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(400),
    pattern: Some(&P_NOTIFICATION_CHANNEL_TYPE),
    values: &[],
    sensitive: false,
};
static P_ORGANIZATIONS_ENTITY_PATH_TYPE: Pattern = Pattern::new(
    r#"^o-[0-9a-z]{10,32}\/r-[0-9a-z]{4,32}[0-9a-z-\/]*"#,
    r#"\A(?:^o-[0-9a-z]{10,32}/r-[0-9a-z]{4,32}[0-9a-z-/]*)\z"#,
);
static S_ORGANIZATIONS_ENTITY_PATH_TYPE: StringRules = StringRules {
    min: Some(19),
    max: Some(427),
    pattern: Some(&P_ORGANIZATIONS_ENTITY_PATH_TYPE),
    values: &[],
    sensitive: false,
};
static P_ORGANIZATIONS_POLICY_ID_TYPE: Pattern = Pattern::new(
    r#"^p-[0-9a-zA-Z_]{8,128}$"#,
    r#"\A(?:^p-[0-9a-zA-Z_]{8,128}$)\z"#,
);
static S_ORGANIZATIONS_POLICY_ID_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_ORGANIZATIONS_POLICY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_OWNER_ID_TYPE: Pattern = Pattern::new(
    r#"^[a-zA-Z0-9:/+=,.@_-]+$"#,
    r#"\A(?:^[a-zA-Z0-9:/+=,.@_-]+$)\z"#,
);
static S_OWNER_ID_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(2048),
    pattern: Some(&P_OWNER_ID_TYPE),
    values: &[],
    sensitive: false,
};
static I_PASSWORD_REUSE_PREVENTION_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(24),
};
static P_PASSWORD_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_PASSWORD_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_PASSWORD_TYPE),
    values: &[],
    sensitive: true,
};
static P_PATH_PREFIX_TYPE: Pattern = Pattern::new(
    r#"\u002F[\u0021-\u007F]*"#,
    r#"\A(?:\x{002F}[\x{0021}-\x{007F}]*)\z"#,
);
static S_PATH_PREFIX_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(512),
    pattern: Some(&P_PATH_PREFIX_TYPE),
    values: &[],
    sensitive: false,
};
static P_PATH_TYPE: Pattern = Pattern::new(
    r#"(\u002F)|(\u002F[\u0021-\u007E]+\u002F)"#,
    r#"\A(?:(\x{002F})|(\x{002F}[\x{0021}-\x{007E}]+\x{002F}))\z"#,
);
static S_PATH_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(512),
    pattern: Some(&P_PATH_TYPE),
    values: &[],
    sensitive: false,
};
static S_POLICY_DESCRIPTION_TYPE: StringRules = StringRules {
    min: None,
    max: Some(1000),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_POLICY_DOCUMENT_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_POLICY_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(131072),
    pattern: Some(&P_POLICY_DOCUMENT_TYPE),
    values: &[],
    sensitive: false,
};
static P_POLICY_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_POLICY_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_POLICY_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static C_POLICY_PARAMETER_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(50),
};
static P_POLICY_PARAMETER_NAME_TYPE: Pattern = Pattern::new(r#"[ -~]+"#, r#"\A(?:[ -~]+)\z"#);
static S_POLICY_PARAMETER_NAME_TYPE: StringRules = StringRules {
    min: Some(5),
    max: Some(256),
    pattern: Some(&P_POLICY_PARAMETER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static P_POLICY_PARAMETER_VALUE_TYPE: Pattern = Pattern::new(r#"[ -~]+"#, r#"\A(?:[ -~]+)\z"#);
static S_POLICY_PARAMETER_VALUE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_POLICY_PARAMETER_VALUE_TYPE),
    values: &[],
    sensitive: false,
};
static C_POLICY_PARAMETER_VALUES_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static P_POLICY_PATH_TYPE: Pattern = Pattern::new(
    r#"((/[A-Za-z0-9\.,\+@=_-]+)*)/"#,
    r#"\A(?:((/[A-Za-z0-9\.,\+@=_-]+)*)/)\z"#,
);
static S_POLICY_PATH_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(512),
    pattern: Some(&P_POLICY_PATH_TYPE),
    values: &[],
    sensitive: false,
};
static S_POLICY_SCOPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["All", "AWS", "Local"],
    sensitive: false,
};
static P_POLICY_VERSION_ID_TYPE: Pattern = Pattern::new(
    r#"v[1-9][0-9]*(\.[A-Za-z0-9-]*)?"#,
    r#"\A(?:v[1-9][0-9]*(\.[A-Za-z0-9-]*)?)\z"#,
);
static S_POLICY_VERSION_ID_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_POLICY_VERSION_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_PRIVATE_KEY_ID_TYPE: Pattern = Pattern::new(r#"[A-Z0-9]+"#, r#"\A(?:[A-Z0-9]+)\z"#);
static S_PRIVATE_KEY_ID_TYPE: StringRules = StringRules {
    min: Some(22),
    max: Some(64),
    pattern: Some(&P_PRIVATE_KEY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_PRIVATE_KEY_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_PRIVATE_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(16384),
    pattern: Some(&P_PRIVATE_KEY_TYPE),
    values: &[],
    sensitive: true,
};
static P_PUBLIC_KEY_ID_TYPE: Pattern = Pattern::new(r#"[\w]+"#, r#"\A(?:[0-9A-Za-z_]+)\z"#);
static S_PUBLIC_KEY_ID_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(128),
    pattern: Some(&P_PUBLIC_KEY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_PUBLIC_KEY_MATERIAL_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_PUBLIC_KEY_MATERIAL_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(16384),
    pattern: Some(&P_PUBLIC_KEY_MATERIAL_TYPE),
    values: &[],
    sensitive: false,
};
static P_REDIRECT_URL_TYPE: Pattern = Pattern::new(
    r#"^http(s?)://[a-zA-Z0-9._/-]*(\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$"#,
    r#"\A(?:^http(s?)://[a-zA-Z0-9._/-]*(\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$)\z"#,
);
static S_REDIRECT_URL_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(255),
    pattern: Some(&P_REDIRECT_URL_TYPE),
    values: &[],
    sensitive: false,
};
static C_REPLACEMENT_VALUE_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(20),
};
static P_REQUEST_MESSAGE_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
static S_REQUEST_MESSAGE_TYPE: StringRules = StringRules {
    min: None,
    max: Some(200),
    pattern: Some(&P_REQUEST_MESSAGE_TYPE),
    values: &[],
    sensitive: false,
};
static P_REQUESTOR_WORKFLOW_ID_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]+)\z"#,
);
static S_REQUESTOR_WORKFLOW_ID_TYPE: StringRules = StringRules {
    min: Some(5),
    max: Some(400),
    pattern: Some(&P_REQUESTOR_WORKFLOW_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_ROLE_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
static S_ROLE_DESCRIPTION_TYPE: StringRules = StringRules {
    min: None,
    max: Some(1000),
    pattern: Some(&P_ROLE_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static I_ROLE_MAX_SESSION_DURATION_TYPE: IntRules = IntRules {
    min: Some(3600),
    max: Some(43200),
};
static P_ROLE_NAME_TYPE: Pattern = Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_ROLE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_ROLE_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static P_SERIAL_NUMBER_TYPE: Pattern =
    Pattern::new(r#"[\w+=/:,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=/:,.@-]+)\z"#);
static S_SERIAL_NUMBER_TYPE: StringRules = StringRules {
    min: Some(9),
    max: Some(256),
    pattern: Some(&P_SERIAL_NUMBER_TYPE),
    values: &[],
    sensitive: false,
};
static P_SERVER_CERTIFICATE_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_SERVER_CERTIFICATE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_SERVER_CERTIFICATE_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static S_SERVICE_NAME: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[],
    sensitive: false,
};
static C_SERVICE_NAMESPACE_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(200),
};
static P_SERVICE_NAMESPACE_TYPE: Pattern = Pattern::new(r#"[\w-]*"#, r#"\A(?:[0-9A-Za-z_-]*)\z"#);
static S_SERVICE_NAMESPACE_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_SERVICE_NAMESPACE_TYPE),
    values: &[],
    sensitive: false,
};
static P_SERVICE_SPECIFIC_CREDENTIAL_ID: Pattern =
    Pattern::new(r#"[\w]+"#, r#"\A(?:[0-9A-Za-z_]+)\z"#);
static S_SERVICE_SPECIFIC_CREDENTIAL_ID: StringRules = StringRules {
    min: Some(20),
    max: Some(128),
    pattern: Some(&P_SERVICE_SPECIFIC_CREDENTIAL_ID),
    values: &[],
    sensitive: false,
};
static I_SESSION_DURATION_TYPE: IntRules = IntRules {
    min: Some(300),
    max: Some(43200),
};
static S_SORT_KEY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "SERVICE_NAMESPACE_ASCENDING",
        "SERVICE_NAMESPACE_DESCENDING",
        "LAST_AUTHENTICATED_TIME_ASCENDING",
        "LAST_AUTHENTICATED_TIME_DESCENDING",
    ],
    sensitive: false,
};
static S_STATUS_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["Active", "Inactive", "Expired"],
    sensitive: false,
};
static S_STRING_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[],
    sensitive: false,
};
static S_SUBJECT_TYPE_VALUE_TYPE: StringRules = StringRules {
    min: Some(0),
    max: Some(128),
    pattern: None,
    values: &[],
    sensitive: false,
};
static C_TAG_KEY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(50),
};
static P_TAG_KEY_TYPE: Pattern = Pattern::new(
    r#"[\p{L}\p{Z}\p{N}_.:/=+\-@]+"#,
    r#"\A(?:[\p{L}\p{Z}\p{N}_.:/=+\-@]+)\z"#,
);
static S_TAG_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_TAG_KEY_TYPE),
    values: &[],
    sensitive: true,
};
static C_TAG_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(50),
};
static P_TAG_VALUE_TYPE: Pattern = Pattern::new(
    r#"[\p{L}\p{Z}\p{N}_.:/=+\-@]*"#,
    r#"\A(?:[\p{L}\p{Z}\p{N}_.:/=+\-@]*)\z"#,
);
static S_TAG_VALUE_TYPE: StringRules = StringRules {
    min: Some(0),
    max: Some(256),
    pattern: Some(&P_TAG_VALUE_TYPE),
    values: &[],
    sensitive: true,
};
static C_THUMBPRINT_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static S_THUMBPRINT_TYPE: StringRules = StringRules {
    min: Some(40),
    max: Some(40),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_USER_NAME_TYPE: Pattern = Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_USER_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_USER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static P_VIRTUAL_MFA_DEVICE_NAME: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
static S_VIRTUAL_MFA_DEVICE_NAME: StringRules = StringRules {
    min: Some(1),
    max: None,
    pattern: Some(&P_VIRTUAL_MFA_DEVICE_NAME),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE: Pattern =
    Pattern::new(r#"^[a-zA-Z0-9_-]+$"#, r#"\A(?:^[a-zA-Z0-9_-]+$)\z"#);
static S_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(256),
    pattern: Some(&P_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static S_WORKLOAD_IDENTITY_OUTBOUND_SIGNER_TYPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["X509", "JWT"],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$"#,
    r#"\A(?:^[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*$)\z"#,
);
static S_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE: StringRules = StringRules {
    min: None,
    max: Some(255),
    pattern: Some(&P_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE: Pattern =
    Pattern::new(r#"^[A-Za-z0-9_.-]+$"#, r#"\A(?:^[A-Za-z0-9_.-]+$)\z"#);
static S_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static S_WORKLOAD_IDENTITY_PROVIDER_SCHEME_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["NONE", "SPIFFE"],
    sensitive: false,
};
static S_WORKLOAD_IDENTITY_PROVIDER_SCOPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["ACCOUNT", "ORGANIZATION"],
    sensitive: false,
};
static C_WORKLOAD_IDENTITY_REPLACEMENT_VALUE_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(20),
};
static I_WORKLOAD_IDENTITY_SIGNING_DELAY_IN_HOURS_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(48),
};
static S_WORKLOAD_IDENTITY_TEMPLATE_FILTER_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(256),
    pattern: None,
    values: &[],
    sensitive: false,
};
impl AcceptDelegationRequestRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        Some(Self {
            group_name: group_name?,
            user_name: user_name?,
        })
    }
}

impl AssociateDelegationRequestRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            group_name: group_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl AttachRolePolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            role_name: role_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl AttachUserPolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            user_name: user_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl ChangePasswordRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let old_password = d.member("OldPassword", "oldPassword", true, d_password_type);
        let new_password = d.member("NewPassword", "newPassword", true, d_password_type);
        Some(Self {
            old_password: old_password?,
            new_password: new_password?,
        })
    }
}

impl ContextEntry {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        Some(Self { user_name })
    }
}

impl CreateAccountAliasRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_alias = d.member("AccountAlias", "accountAlias", true, d_account_alias_type);
        Some(Self {
            account_alias: account_alias?,
        })
    }
}

impl CreateDelegationRequestRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let path = d.member("Path", "path", false, d_path_type);
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        Some(Self {
            path,
            group_name: group_name?,
        })
    }
}

impl CreateInstanceProfileRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        Some(Self {
            user_name,
            serial_number: serial_number?,
        })
    }
}

impl DelegationPermission {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        let access_key_id = d.member("AccessKeyId", "accessKeyId", true, d_access_key_id_type);
        Some(Self {
            user_name,
            access_key_id: access_key_id?,
        })
    }
}

impl DeleteAccountAliasRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_alias = d.member("AccountAlias", "accountAlias", true, d_account_alias_type);
        Some(Self {
            account_alias: account_alias?,
        })
    }
}

impl DeleteGroupPolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            group_name: group_name?,
            policy_name: policy_name?,
        })
    }
}

impl DeleteGroupRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        Some(Self {
            group_name: group_name?,
        })
    }
}

impl DeleteInstanceProfileRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        Some(Self { user_name })
    }
}

impl DeleteOpenIDConnectProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            policy_arn: policy_arn?,
        })
    }
}

impl DeletePolicyVersionRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let version_id = d.member("VersionId", "versionId", true, d_policy_version_id_type);
        Some(Self {
            policy_arn: policy_arn?,
            version_id: version_id?,
        })
    }
}

impl DeleteRolePermissionsBoundaryRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            role_name: role_name?,
        })
    }
}

impl DeleteRolePolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            role_name: role_name?,
            policy_name: policy_name?,
        })
    }
}

impl DeleteRoleRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            role_name: role_name?,
        })
    }
}

impl DeleteSAMLProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
        })
    }
}

impl DeleteSSHPublicKeyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            role_name: role_name?,
        })
    }
}

impl DeleteServiceSpecificCredentialRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        Some(Self {
            user_name: user_name?,
        })
    }
}

impl DeleteUserPolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            user_name: user_name?,
            policy_name: policy_name?,
        })
    }
}

impl DeleteUserRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        Some(Self {
            user_name: user_name?,
        })
    }
}

impl DeleteVirtualMFADeviceRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        Some(Self {
            serial_number: serial_number?,
        })
    }
}

impl DeleteWorkloadIdentityProviderOutboundSignerRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            group_name: group_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl DetachRolePolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            role_name: role_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl DetachUserPolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_user_name_type);
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            user_name: user_name?,
            policy_arn: policy_arn?,
        })
    }
}

impl DisableOrganizationLevelResourcesRequest {
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl DisableOrganizationsRootCredentialsManagementRequest {
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl DisableOrganizationsRootSessionsRequest {
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl DisableWorkloadIdentityProviderOutboundSignerRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl EnableOrganizationsRootCredentialsManagementRequest {
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl EnableOrganizationsRootSessionsRequest {
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl EnableWorkloadIdentityProviderOutboundSignerRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let access_key_id = d.member("AccessKeyId", "accessKeyId", true, d_access_key_id_type);
        Some(Self {
            access_key_id: access_key_id?,
        })
    }
}

impl GetAccountAuthorizationDetailsRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl GetContextKeysForCustomPolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            group_name: group_name?,
            policy_name: policy_name?,
        })
    }
}

impl GetGroupRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let entity_arn = d.member("EntityArn", "entityArn", true, d_arn_type);
        let locale = d.member("Locale", "locale", false, d_locale_type);
        Some(Self {
            entity_arn: entity_arn?,
            locale,
        })
    }
}

impl GetInstanceProfileRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        Some(Self { user_name })
    }
}

impl GetMFADeviceRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let user_name = d.member("UserName", "userName", false, d_user_name_type);
        Some(Self {
            serial_number: serial_number?,
            user_name,
        })
    }
}

impl GetOpenIDConnectProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        Some(Self {
            policy_arn: policy_arn?,
        })
    }
}

impl GetPolicyVersionRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let version_id = d.member("VersionId", "versionId", true, d_policy_version_id_type);
        Some(Self {
            policy_arn: policy_arn?,
            version_id: version_id?,
        })
    }
}

impl GetRolePolicyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            role_name: role_name?,
            policy_name: policy_name?,
        })
    }
}

impl GetRoleRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        Some(Self {
            role_name: role_name?,
        })
    }
}

impl GetRoleTemplateVersionRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let template_arn = d.member("TemplateArn", "templateArn", true, d_arn_type);
        let minor_version = d.member("MinorVersion", "minorVersion", false, d_minor_version_type);
        Some(Self {
            template_arn: template_arn?,
            minor_version,
        })
    }
}

impl GetSAMLProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
        })
    }
}

impl GetSSHPublicKeyRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let policy_name = d.member("PolicyName", "policyName", true, d_policy_name_type);
        Some(Self {
            user_name: user_name?,
            policy_name: policy_name?,
        })
    }
}

impl GetUserRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", false, d_existing_user_name_type);
        Some(Self { user_name })
    }
}

impl GetWorkloadIdentityProviderDeletionStatusRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let marker = d.member("Marker", "marker", false, d_marker_type);
        let max_items = d.member("MaxItems", "maxItems", false, d_max_items_type);
        Some(Self { marker, max_items })
    }
}

impl ListAttachedGroupPoliciesRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl ListOrganizationsFeaturesRequest {
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl ListPoliciesGrantingServiceAccessRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl ListSSHPublicKeysRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let group_name = d.member("GroupName", "groupName", true, d_group_name_type);
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        Some(Self {
            group_name: group_name?,
            user_name: user_name?,
        })
    }
}

impl ReplacementValueEntry {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let values = d.member("Values", "values", true, d_replacement_value_list_type);
        Some(Self { values: values? })
    }
}

impl ResetServiceSpecificCredentialRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let version_id = d.member("VersionId", "versionId", true, d_policy_version_id_type);
        Some(Self {
            policy_arn: policy_arn?,
            version_id: version_id?,
        })
    }
}

impl SetSecurityTokenServicePreferencesRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let key = d.member("Key", "key", true, d_tag_key_type);
        let value = d.member("Value", "value", true, d_tag_value_type);
        Some(Self {
            key: key?,
            value: value?,
        })
    }
}

impl TagInstanceProfileRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            serial_number: serial_number?,
            tags: tags?,
        })
    }
}

impl TagOpenIDConnectProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            policy_arn: policy_arn?,
            tags: tags?,
        })
    }
}

impl TagRoleRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            role_name: role_name?,
            tags: tags?,
        })
    }
}

impl TagSAMLProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
            tags: tags?,
        })
    }
}

impl TagServerCertificateRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let tags = d.member("Tags", "tags", true, d_tag_list_type);
        Some(Self {
            user_name: user_name?,
            tags: tags?,
        })
    }
}

impl TagWorkloadIdentityProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let serial_number = d.member("SerialNumber", "serialNumber", true, d_serial_number_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            serial_number: serial_number?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagOpenIDConnectProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_arn = d.member("PolicyArn", "policyArn", true, d_arn_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            policy_arn: policy_arn?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagRoleRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            role_name: role_name?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagSAMLProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let saml_provider_arn = d.member("SAMLProviderArn", "sAMLProviderArn", true, d_arn_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            saml_provider_arn: saml_provider_arn?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagServerCertificateRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let user_name = d.member("UserName", "userName", true, d_existing_user_name_type);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_key_list_type);
        Some(Self {
            user_name: user_name?,
            tag_keys: tag_keys?,
        })
    }
}

impl UntagWorkloadIdentityProviderRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_name = d.member("RoleName", "roleName", true, d_role_name_type);
        let description = d.member("Description", "description", true, d_role_description_type);
        Some(Self {
            role_name: role_name?,
            description: description?,
        })
    }
}

impl UpdateRoleRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let x509 = d.member("X509", "x509", false, d_workload_identity_private_ca);
        Some(Self { x509 })
    }
}

impl WorkloadIdentityPrivateCa {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    d.list(&C_ACTION_NAME_LIST_TYPE, d_action_name_type)
}

fn d_action_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ACTION_NAME_TYPE).map(str::to_owned)
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
    d.list(&C_CONTEXT_KEY_VALUE_LIST_TYPE, d_context_key_value_type)
}

fn d_context_key_value_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CONTEXT_KEY_VALUE_TYPE).map(str::to_owned)
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
    d.list(&C_RESOURCE_NAME_LIST_TYPE, d_resource_name_type)
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
    d.list(&C_SIMULATION_POLICY_LIST_TYPE, d_policy_document_type)
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
    d.list(&C_CLIENT_ID_LIST_TYPE, d_client_id_type)
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

fn d_policy_parameter_value_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_PARAMETER_VALUE_TYPE).map(str::to_owned)
}

fn d_policy_parameter_values_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.list(
        &C_POLICY_PARAMETER_VALUES_LIST_TYPE,
        d_policy_parameter_value_type,
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
    d.list(&C_REPLACEMENT_VALUE_LIST_TYPE, d_string_type)
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
    d.list(&C_SERVICE_NAMESPACE_LIST_TYPE, d_service_namespace_type)
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
    d.list(&C_TAG_KEY_LIST_TYPE, d_tag_key_type)
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
    d.list(&C_THUMBPRINT_LIST_TYPE, d_thumbprint_type)
}

fn d_thumbprint_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_THUMBPRINT_TYPE).map(str::to_owned)
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
    d.list(
        &C_WORKLOAD_IDENTITY_REPLACEMENT_VALUE_LIST_TYPE,
        d_string_type,
    )
}

fn d_workload_identity_signing_delay_in_hours_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_WORKLOAD_IDENTITY_SIGNING_DELAY_IN_HOURS_TYPE)
}

fn d_workload_identity_template_filter_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_TEMPLATE_FILTER_TYPE)
        .map(str::to_owned)
}

impl XmlBody for AccessDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
        {
            let v = &self.service_namespace;
            w.text("ServiceNamespace", v);
        }
        if let Some(v) = &self.region {
            w.text("Region", v);
        }
        if let Some(v) = &self.entity_path {
            w.text("EntityPath", v);
        }
        if let Some(v) = &self.last_authenticated_time {
            w.timestamp("LastAuthenticatedTime", v);
        }
        if let Some(v) = &self.total_authenticated_entities {
            w.integer("TotalAuthenticatedEntities", i64::from(*v));
        }
    }
}

impl XmlBody for AccessKey {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.access_key_id;
            w.text("AccessKeyId", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        {
            let v = &self.secret_access_key;
            w.text("SecretAccessKey", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for AccessKeyLastUsed {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.last_used_date {
            w.timestamp("LastUsedDate", v);
        }
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
        {
            let v = &self.region;
            w.text("Region", v);
        }
    }
}

impl XmlBody for AccessKeyMetadata {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        if let Some(v) = &self.access_key_id {
            w.text("AccessKeyId", v);
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for AcquireRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role;
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for AttachedPermissionsBoundary {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.permissions_boundary_type {
            w.text("PermissionsBoundaryType", v.as_str());
        }
        if let Some(v) = &self.permissions_boundary_arn {
            w.text("PermissionsBoundaryArn", v);
        }
    }
}

impl XmlBody for AttachedPolicy {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_name {
            w.text("PolicyName", v);
        }
        if let Some(v) = &self.policy_arn {
            w.text("PolicyArn", v);
        }
    }
}

impl XmlBody for ContextProvider {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.key_definition_list {
            w.open("KeyDefinitionList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("KeyDefinitionList");
        }
        {
            let v = &self.subject_source_key;
            w.text("SubjectSourceKey", v);
        }
        if let Some(v) = &self.subject_type_value {
            w.text("SubjectTypeValue", v);
        }
        if let Some(v) = &self.subject_type_source_key {
            w.text("SubjectTypeSourceKey", v);
        }
    }
}

impl XmlBody for ContextProviderKeyDefinition {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.source_key;
            w.text("SourceKey", v);
        }
        if let Some(v) = &self.target_key {
            w.text("TargetKey", v);
        }
    }
}

impl XmlBody for CreateAccessKeyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.access_key;
            w.open("AccessKey");
            v.write_xml(w);
            w.close("AccessKey");
        }
    }
}

impl XmlBody for CreateDelegationRequestResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.console_deep_link {
            w.text("ConsoleDeepLink", v);
        }
        if let Some(v) = &self.delegation_request_id {
            w.text("DelegationRequestId", v);
        }
    }
}

impl XmlBody for CreateGroupResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.group;
            w.open("Group");
            v.write_xml(w);
            w.close("Group");
        }
    }
}

impl XmlBody for CreateInstanceProfileResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.instance_profile;
            w.open("InstanceProfile");
            v.write_xml(w);
            w.close("InstanceProfile");
        }
    }
}

impl XmlBody for CreateLoginProfileResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.login_profile;
            w.open("LoginProfile");
            v.write_xml(w);
            w.close("LoginProfile");
        }
    }
}

impl XmlBody for CreateOpenIDConnectProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.open_id_connect_provider_arn {
            w.text("OpenIDConnectProviderArn", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for CreatePolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy {
            w.open("Policy");
            v.write_xml(w);
            w.close("Policy");
        }
    }
}

impl XmlBody for CreatePolicyVersionResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_version {
            w.open("PolicyVersion");
            v.write_xml(w);
            w.close("PolicyVersion");
        }
    }
}

impl XmlBody for CreateRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role;
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for CreateSAMLProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.saml_provider_arn {
            w.text("SAMLProviderArn", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for CreateServiceLinkedRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.role {
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for CreateServiceSpecificCredentialResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.service_specific_credential {
            w.open("ServiceSpecificCredential");
            v.write_xml(w);
            w.close("ServiceSpecificCredential");
        }
    }
}

impl XmlBody for CreateUserResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user {
            w.open("User");
            v.write_xml(w);
            w.close("User");
        }
    }
}

impl XmlBody for CreateVirtualMFADeviceResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.virtual_mfa_device;
            w.open("VirtualMFADevice");
            v.write_xml(w);
            w.close("VirtualMFADevice");
        }
    }
}

impl XmlBody for CreateWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for CreateWorkloadIdentityProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.provider_name;
            w.text("ProviderName", v);
        }
        {
            let v = &self.provider_id;
            w.text("ProviderId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        {
            let v = &self.scheme;
            w.text("Scheme", v.as_str());
        }
        if let Some(v) = &self.workload_identity_domain {
            w.text("WorkloadIdentityDomain", v);
        }
        if let Some(v) = &self.outbound_signers {
            w.open("OutboundSigners");
            v.write_xml(w);
            w.close("OutboundSigners");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for CreateWorkloadIdentityTemplateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.template_id;
            w.text("TemplateId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        if let Some(v) = &self.path_prefix {
            w.text("PathPrefix", v);
        }
        {
            let v = &self.path_pattern;
            w.text("PathPattern", v);
        }
        if let Some(v) = &self.attestation_policy {
            w.policy_document("AttestationPolicy", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for DelegationPermission {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_template_arn {
            w.text("PolicyTemplateArn", v);
        }
        if let Some(v) = &self.parameters {
            w.open("Parameters");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Parameters");
        }
    }
}

impl XmlBody for DelegationRequest {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.delegation_request_id {
            w.text("DelegationRequestId", v);
        }
        if let Some(v) = &self.owner_account_id {
            w.text("OwnerAccountId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.request_message {
            w.text("RequestMessage", v);
        }
        if let Some(v) = &self.permissions {
            w.open("Permissions");
            v.write_xml(w);
            w.close("Permissions");
        }
        if let Some(v) = &self.permission_policy {
            w.text("PermissionPolicy", v);
        }
        if let Some(v) = &self.role_permission_restriction_arns {
            w.open("RolePermissionRestrictionArns");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("RolePermissionRestrictionArns");
        }
        if let Some(v) = &self.owner_id {
            w.text("OwnerId", v);
        }
        if let Some(v) = &self.approver_id {
            w.text("ApproverId", v);
        }
        if let Some(v) = &self.state {
            w.text("State", v.as_str());
        }
        if let Some(v) = &self.expiration_time {
            w.timestamp("ExpirationTime", v);
        }
        if let Some(v) = &self.requestor_id {
            w.text("RequestorId", v);
        }
        if let Some(v) = &self.requestor_name {
            w.text("RequestorName", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.session_duration {
            w.integer("SessionDuration", i64::from(*v));
        }
        if let Some(v) = &self.redirect_url {
            w.text("RedirectUrl", v);
        }
        if let Some(v) = &self.notes {
            w.text("Notes", v);
        }
        if let Some(v) = &self.rejection_reason {
            w.text("RejectionReason", v);
        }
        if let Some(v) = &self.only_send_by_owner {
            w.boolean("OnlySendByOwner", *v);
        }
        if let Some(v) = &self.updated_time {
            w.timestamp("UpdatedTime", v);
        }
    }
}

impl XmlBody for DeleteServiceLinkedRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.deletion_task_id;
            w.text("DeletionTaskId", v);
        }
    }
}

impl XmlBody for DeleteWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        {
            let v = &self.outbound_signer;
            w.open("OutboundSigner");
            v.write_xml(w);
            w.close("OutboundSigner");
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
    }
}

impl XmlBody for DeleteWorkloadIdentityProviderResourcePolicyResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for DeleteWorkloadIdentityProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.deletion_task_id {
            w.text("DeletionTaskId", v);
        }
    }
}

impl XmlBody for DeleteWorkloadIdentityTemplateAttestationPolicyResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for DeleteWorkloadIdentityTemplateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_template_arn;
            w.text("WorkloadIdentityTemplateArn", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
    }
}

impl XmlBody for DeletionTaskFailureReasonType {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.reason {
            w.text("Reason", v);
        }
        if let Some(v) = &self.role_usage_list {
            w.open("RoleUsageList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("RoleUsageList");
        }
    }
}

impl XmlBody for DisableOrganizationLevelResourcesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for DisableOrganizationsRootCredentialsManagementResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for DisableOrganizationsRootSessionsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for DisableWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for EnableOrganizationLevelResourcesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for EnableOrganizationsRootCredentialsManagementResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for EnableOrganizationsRootSessionsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for EnableOutboundWebIdentityFederationResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.issuer_identifier {
            w.text("IssuerIdentifier", v);
        }
    }
}

impl XmlBody for EnableWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for EntityDetails {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.entity_info;
            w.open("EntityInfo");
            v.write_xml(w);
            w.close("EntityInfo");
        }
        if let Some(v) = &self.last_authenticated {
            w.timestamp("LastAuthenticated", v);
        }
    }
}

impl XmlBody for EntityInfo {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.r#type;
            w.text("Type", v.as_str());
        }
        {
            let v = &self.id;
            w.text("Id", v);
        }
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
    }
}

impl XmlBody for ErrorDetails {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.message;
            w.text("Message", v);
        }
        {
            let v = &self.code;
            w.text("Code", v);
        }
    }
}

impl XmlBody for EvaluationResult {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.eval_action_name;
            w.text("EvalActionName", v);
        }
        if let Some(v) = &self.eval_resource_name {
            w.text("EvalResourceName", v);
        }
        {
            let v = &self.eval_decision;
            w.text("EvalDecision", v.as_str());
        }
        if let Some(v) = &self.matched_statements {
            w.open("MatchedStatements");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("MatchedStatements");
        }
        if let Some(v) = &self.missing_context_values {
            w.open("MissingContextValues");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("MissingContextValues");
        }
        if let Some(v) = &self.organizations_decision_detail {
            w.open("OrganizationsDecisionDetail");
            v.write_xml(w);
            w.close("OrganizationsDecisionDetail");
        }
        if let Some(v) = &self.permissions_boundary_decision_detail {
            w.open("PermissionsBoundaryDecisionDetail");
            v.write_xml(w);
            w.close("PermissionsBoundaryDecisionDetail");
        }
        if let Some(v) = &self.eval_decision_details {
            w.open("EvalDecisionDetails");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0.as_str());
                w.close("entry");
            }
            w.close("EvalDecisionDetails");
        }
        if let Some(v) = &self.resource_specific_results {
            w.open("ResourceSpecificResults");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ResourceSpecificResults");
        }
    }
}

impl XmlBody for GenerateCredentialReportResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.state {
            w.text("State", v.as_str());
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
    }
}

impl XmlBody for GenerateOrganizationsAccessReportResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.job_id {
            w.text("JobId", v);
        }
    }
}

impl XmlBody for GenerateServiceLastAccessedDetailsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.job_id {
            w.text("JobId", v);
        }
    }
}

impl XmlBody for GetAccessKeyLastUsedResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        if let Some(v) = &self.access_key_last_used {
            w.open("AccessKeyLastUsed");
            v.write_xml(w);
            w.close("AccessKeyLastUsed");
        }
    }
}

impl XmlBody for GetAccountAuthorizationDetailsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_detail_list {
            w.open("UserDetailList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("UserDetailList");
        }
        if let Some(v) = &self.group_detail_list {
            w.open("GroupDetailList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("GroupDetailList");
        }
        if let Some(v) = &self.role_detail_list {
            w.open("RoleDetailList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("RoleDetailList");
        }
        if let Some(v) = &self.policies {
            w.open("Policies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Policies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for GetAccountPasswordPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.password_policy;
            w.open("PasswordPolicy");
            v.write_xml(w);
            w.close("PasswordPolicy");
        }
    }
}

impl XmlBody for GetAccountPropertiesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.properties {
            w.open("Properties");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0);
                w.close("entry");
            }
            w.close("Properties");
        }
    }
}

impl XmlBody for GetAccountSummaryResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.summary_map {
            w.open("SummaryMap");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0.as_str());
                w.integer("value", i64::from(*value0));
                w.close("entry");
            }
            w.close("SummaryMap");
        }
    }
}

impl XmlBody for GetContextKeysForPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.context_key_names {
            w.open("ContextKeyNames");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("ContextKeyNames");
        }
    }
}

impl XmlBody for GetCredentialReportResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.content {
            w.blob("Content", v);
        }
        if let Some(v) = &self.report_format {
            w.text("ReportFormat", v.as_str());
        }
        if let Some(v) = &self.generated_time {
            w.timestamp("GeneratedTime", v);
        }
    }
}

impl XmlBody for GetDelegationRequestResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.delegation_request {
            w.open("DelegationRequest");
            v.write_xml(w);
            w.close("DelegationRequest");
        }
        if let Some(v) = &self.permission_check_status {
            w.text("PermissionCheckStatus", v.as_str());
        }
        if let Some(v) = &self.permission_check_result {
            w.text("PermissionCheckResult", v.as_str());
        }
    }
}

impl XmlBody for GetGroupPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.group_name;
            w.text("GroupName", v);
        }
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for GetGroupResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.group;
            w.open("Group");
            v.write_xml(w);
            w.close("Group");
        }
        {
            let v = &self.users;
            w.open("Users");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Users");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for GetHumanReadableSummaryResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.summary_content {
            w.text("SummaryContent", v);
        }
        if let Some(v) = &self.locale {
            w.text("Locale", v);
        }
        if let Some(v) = &self.summary_state {
            w.text("SummaryState", v.as_str());
        }
    }
}

impl XmlBody for GetInstanceProfileResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.instance_profile;
            w.open("InstanceProfile");
            v.write_xml(w);
            w.close("InstanceProfile");
        }
    }
}

impl XmlBody for GetLoginProfileResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.login_profile;
            w.open("LoginProfile");
            v.write_xml(w);
            w.close("LoginProfile");
        }
    }
}

impl XmlBody for GetMFADeviceResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        {
            let v = &self.serial_number;
            w.text("SerialNumber", v);
        }
        if let Some(v) = &self.enable_date {
            w.timestamp("EnableDate", v);
        }
        if let Some(v) = &self.certifications {
            w.open("Certifications");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0);
                w.close("entry");
            }
            w.close("Certifications");
        }
    }
}

impl XmlBody for GetOpenIDConnectProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.url {
            w.text("Url", v);
        }
        if let Some(v) = &self.client_id_list {
            w.open("ClientIDList");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("ClientIDList");
        }
        if let Some(v) = &self.thumbprint_list {
            w.open("ThumbprintList");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("ThumbprintList");
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.context_provider {
            w.open("ContextProvider");
            v.write_xml(w);
            w.close("ContextProvider");
        }
        if let Some(v) = &self.identity_center_instance_arn {
            w.text("IdentityCenterInstanceArn", v);
        }
        if let Some(v) = &self.identity_store_arn {
            w.text("IdentityStoreArn", v);
        }
    }
}

impl XmlBody for GetOrganizationsAccessReportResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.job_status;
            w.text("JobStatus", v.as_str());
        }
        {
            let v = &self.job_creation_date;
            w.timestamp("JobCreationDate", v);
        }
        if let Some(v) = &self.job_completion_date {
            w.timestamp("JobCompletionDate", v);
        }
        if let Some(v) = &self.number_of_services_accessible {
            w.integer("NumberOfServicesAccessible", i64::from(*v));
        }
        if let Some(v) = &self.number_of_services_not_accessed {
            w.integer("NumberOfServicesNotAccessed", i64::from(*v));
        }
        if let Some(v) = &self.access_details {
            w.open("AccessDetails");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AccessDetails");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.error_details {
            w.open("ErrorDetails");
            v.write_xml(w);
            w.close("ErrorDetails");
        }
    }
}

impl XmlBody for GetOutboundWebIdentityFederationInfoResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.issuer_identifier {
            w.text("IssuerIdentifier", v);
        }
        if let Some(v) = &self.jwt_vending_enabled {
            w.boolean("JwtVendingEnabled", *v);
        }
    }
}

impl XmlBody for GetPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy {
            w.open("Policy");
            v.write_xml(w);
            w.close("Policy");
        }
    }
}

impl XmlBody for GetPolicyVersionResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_version {
            w.open("PolicyVersion");
            v.write_xml(w);
            w.close("PolicyVersion");
        }
    }
}

impl XmlBody for GetRolePolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role_name;
            w.text("RoleName", v);
        }
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for GetRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role;
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for GetRoleTemplateVersionResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role_template_version;
            w.open("RoleTemplateVersion");
            v.write_xml(w);
            w.close("RoleTemplateVersion");
        }
    }
}

impl XmlBody for GetSAMLProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.saml_provider_uuid {
            w.text("SAMLProviderUUID", v);
        }
        if let Some(v) = &self.saml_metadata_document {
            w.text("SAMLMetadataDocument", v);
        }
        if let Some(v) = &self.context_provider {
            w.open("ContextProvider");
            v.write_xml(w);
            w.close("ContextProvider");
        }
        if let Some(v) = &self.saml_key_hashes {
            w.open("SAMLKeyHashes");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("SAMLKeyHashes");
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.valid_until {
            w.timestamp("ValidUntil", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.assertion_encryption_mode {
            w.text("AssertionEncryptionMode", v.as_str());
        }
        if let Some(v) = &self.private_key_list {
            w.open("PrivateKeyList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PrivateKeyList");
        }
        if let Some(v) = &self.identity_center_instance_arn {
            w.text("IdentityCenterInstanceArn", v);
        }
        if let Some(v) = &self.identity_store_arn {
            w.text("IdentityStoreArn", v);
        }
    }
}

impl XmlBody for GetSSHPublicKeyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.ssh_public_key {
            w.open("SSHPublicKey");
            v.write_xml(w);
            w.close("SSHPublicKey");
        }
    }
}

impl XmlBody for GetServerCertificateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.server_certificate;
            w.open("ServerCertificate");
            v.write_xml(w);
            w.close("ServerCertificate");
        }
    }
}

impl XmlBody for GetServiceLastAccessedDetailsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.job_status;
            w.text("JobStatus", v.as_str());
        }
        if let Some(v) = &self.job_type {
            w.text("JobType", v.as_str());
        }
        {
            let v = &self.job_creation_date;
            w.timestamp("JobCreationDate", v);
        }
        {
            let v = &self.services_last_accessed;
            w.open("ServicesLastAccessed");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ServicesLastAccessed");
        }
        {
            let v = &self.job_completion_date;
            w.timestamp("JobCompletionDate", v);
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.error {
            w.open("Error");
            v.write_xml(w);
            w.close("Error");
        }
    }
}

impl XmlBody for GetServiceLastAccessedDetailsWithEntitiesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.job_status;
            w.text("JobStatus", v.as_str());
        }
        {
            let v = &self.job_creation_date;
            w.timestamp("JobCreationDate", v);
        }
        {
            let v = &self.job_completion_date;
            w.timestamp("JobCompletionDate", v);
        }
        {
            let v = &self.entity_details_list;
            w.open("EntityDetailsList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("EntityDetailsList");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.error {
            w.open("Error");
            v.write_xml(w);
            w.close("Error");
        }
    }
}

impl XmlBody for GetServiceLinkedRoleDeletionStatusResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.reason {
            w.open("Reason");
            v.write_xml(w);
            w.close("Reason");
        }
    }
}

impl XmlBody for GetUserPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for GetUserResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user;
            w.open("User");
            v.write_xml(w);
            w.close("User");
        }
    }
}

impl XmlBody for GetWorkloadIdentityProviderDeletionStatusResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
    }
}

impl XmlBody for GetWorkloadIdentityProviderResourcePolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for GetWorkloadIdentityProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.provider_name;
            w.text("ProviderName", v);
        }
        {
            let v = &self.provider_id;
            w.text("ProviderId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        {
            let v = &self.scheme;
            w.text("Scheme", v.as_str());
        }
        if let Some(v) = &self.workload_identity_domain {
            w.text("WorkloadIdentityDomain", v);
        }
        if let Some(v) = &self.outbound_signers {
            w.open("OutboundSigners");
            v.write_xml(w);
            w.close("OutboundSigners");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for GetWorkloadIdentityTemplateAttestationPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_template_arn;
            w.text("WorkloadIdentityTemplateArn", v);
        }
        {
            let v = &self.attestation_policy;
            w.policy_document("AttestationPolicy", v);
        }
    }
}

impl XmlBody for GetWorkloadIdentityTemplateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.template_id;
            w.text("TemplateId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        if let Some(v) = &self.path_prefix {
            w.text("PathPrefix", v);
        }
        {
            let v = &self.path_pattern;
            w.text("PathPattern", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for Group {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.group_name;
            w.text("GroupName", v);
        }
        {
            let v = &self.group_id;
            w.text("GroupId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for GroupDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.group_name {
            w.text("GroupName", v);
        }
        if let Some(v) = &self.group_id {
            w.text("GroupId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.group_policy_list {
            w.open("GroupPolicyList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("GroupPolicyList");
        }
        if let Some(v) = &self.attached_managed_policies {
            w.open("AttachedManagedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedManagedPolicies");
        }
    }
}

impl XmlBody for InlinePolicy {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for InstanceProfile {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.instance_profile_name;
            w.text("InstanceProfileName", v);
        }
        {
            let v = &self.instance_profile_id;
            w.text("InstanceProfileId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        {
            let v = &self.roles;
            w.open("Roles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Roles");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for ListAccessKeysResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.access_key_metadata;
            w.open("AccessKeyMetadata");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AccessKeyMetadata");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListAccountAliasesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.account_aliases;
            w.open("AccountAliases");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("AccountAliases");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListAttachedGroupPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.attached_policies {
            w.open("AttachedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedPolicies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListAttachedRolePoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.attached_policies {
            w.open("AttachedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedPolicies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListAttachedUserPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.attached_policies {
            w.open("AttachedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedPolicies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListDelegationRequestsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.delegation_requests {
            w.open("DelegationRequests");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("DelegationRequests");
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("isTruncated", *v);
        }
    }
}

impl XmlBody for ListEntitiesForPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_groups {
            w.open("PolicyGroups");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PolicyGroups");
        }
        if let Some(v) = &self.policy_users {
            w.open("PolicyUsers");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PolicyUsers");
        }
        if let Some(v) = &self.policy_roles {
            w.open("PolicyRoles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PolicyRoles");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListGroupPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_names;
            w.open("PolicyNames");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("PolicyNames");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListGroupsForUserResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.groups;
            w.open("Groups");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Groups");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListGroupsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.groups;
            w.open("Groups");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Groups");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListInstanceProfileTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListInstanceProfilesForRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.instance_profiles;
            w.open("InstanceProfiles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("InstanceProfiles");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListInstanceProfilesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.instance_profiles;
            w.open("InstanceProfiles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("InstanceProfiles");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListMFADeviceTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListMFADevicesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.mfa_devices;
            w.open("MFADevices");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("MFADevices");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListOpenIDConnectProviderTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListOpenIDConnectProvidersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.open_id_connect_provider_list {
            w.open("OpenIDConnectProviderList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("OpenIDConnectProviderList");
        }
    }
}

impl XmlBody for ListOrganizationsFeaturesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for ListPoliciesGrantingServiceAccessEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.service_namespace {
            w.text("ServiceNamespace", v);
        }
        if let Some(v) = &self.policies {
            w.open("Policies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Policies");
        }
    }
}

impl XmlBody for ListPoliciesGrantingServiceAccessResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policies_granting_service_access;
            w.open("PoliciesGrantingServiceAccess");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PoliciesGrantingServiceAccess");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policies {
            w.open("Policies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Policies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListPolicyTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListPolicyVersionsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.versions {
            w.open("Versions");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Versions");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListRolePoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_names;
            w.open("PolicyNames");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("PolicyNames");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListRoleTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListRolesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.roles;
            w.open("Roles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Roles");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListSAMLProviderTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListSAMLProvidersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.saml_provider_list {
            w.open("SAMLProviderList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("SAMLProviderList");
        }
    }
}

impl XmlBody for ListSSHPublicKeysResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.ssh_public_keys {
            w.open("SSHPublicKeys");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("SSHPublicKeys");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListServerCertificateTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListServerCertificatesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.server_certificate_metadata_list;
            w.open("ServerCertificateMetadataList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ServerCertificateMetadataList");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListServiceSpecificCredentialsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.service_specific_credentials {
            w.open("ServiceSpecificCredentials");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ServiceSpecificCredentials");
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
    }
}

impl XmlBody for ListSigningCertificatesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.certificates;
            w.open("Certificates");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Certificates");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListUserPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_names;
            w.open("PolicyNames");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("PolicyNames");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListUserTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListUsersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.users;
            w.open("Users");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Users");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListVirtualMFADevicesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.virtual_mfa_devices;
            w.open("VirtualMFADevices");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("VirtualMFADevices");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityProviderOutboundSignersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.outbound_signers;
            w.open("OutboundSigners");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("OutboundSigners");
        }
        {
            let v = &self.is_truncated;
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityProviderTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityProvidersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_providers;
            w.open("WorkloadIdentityProviders");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("WorkloadIdentityProviders");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityTemplateTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityTemplatesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_templates;
            w.open("WorkloadIdentityTemplates");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("WorkloadIdentityTemplates");
        }
        {
            let v = &self.is_truncated;
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for LoginProfile {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.password_reset_required {
            w.boolean("PasswordResetRequired", *v);
        }
        if let Some(v) = &self.max_signin_session_duration {
            w.integer("MaxSigninSessionDuration", i64::from(*v));
        }
    }
}

impl XmlBody for MFADevice {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.serial_number;
            w.text("SerialNumber", v);
        }
        {
            let v = &self.enable_date;
            w.timestamp("EnableDate", v);
        }
    }
}

impl XmlBody for ManagedPolicyDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_name {
            w.text("PolicyName", v);
        }
        if let Some(v) = &self.policy_id {
            w.text("PolicyId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.default_version_id {
            w.text("DefaultVersionId", v);
        }
        if let Some(v) = &self.attachment_count {
            w.integer("AttachmentCount", i64::from(*v));
        }
        if let Some(v) = &self.permissions_boundary_usage_count {
            w.integer("PermissionsBoundaryUsageCount", i64::from(*v));
        }
        if let Some(v) = &self.is_attachable {
            w.boolean("IsAttachable", *v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.update_date {
            w.timestamp("UpdateDate", v);
        }
        if let Some(v) = &self.policy_version_list {
            w.open("PolicyVersionList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PolicyVersionList");
        }
    }
}

impl XmlBody for OpenIDConnectProviderListEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.is_trusted_identity_propagation_enabled {
            w.boolean("IsTrustedIdentityPropagationEnabled", *v);
        }
    }
}

impl XmlBody for OrganizationsDecisionDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.allowed_by_organizations {
            w.boolean("AllowedByOrganizations", *v);
        }
    }
}

impl XmlBody for ParameterDefinition {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.r#type;
            w.text("Type", v.as_str());
        }
        if let Some(v) = &self.sub_type {
            w.text("SubType", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.is_required {
            w.boolean("IsRequired", *v);
        }
        if let Some(v) = &self.default_value {
            w.text("DefaultValue", v);
        }
        if let Some(v) = &self.immutable {
            w.boolean("Immutable", *v);
        }
    }
}

impl XmlBody for PasswordPolicy {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.minimum_password_length {
            w.integer("MinimumPasswordLength", i64::from(*v));
        }
        if let Some(v) = &self.require_symbols {
            w.boolean("RequireSymbols", *v);
        }
        if let Some(v) = &self.require_numbers {
            w.boolean("RequireNumbers", *v);
        }
        if let Some(v) = &self.require_uppercase_characters {
            w.boolean("RequireUppercaseCharacters", *v);
        }
        if let Some(v) = &self.require_lowercase_characters {
            w.boolean("RequireLowercaseCharacters", *v);
        }
        if let Some(v) = &self.allow_users_to_change_password {
            w.boolean("AllowUsersToChangePassword", *v);
        }
        if let Some(v) = &self.expire_passwords {
            w.boolean("ExpirePasswords", *v);
        }
        if let Some(v) = &self.max_password_age {
            w.integer("MaxPasswordAge", i64::from(*v));
        }
        if let Some(v) = &self.password_reuse_prevention {
            w.integer("PasswordReusePrevention", i64::from(*v));
        }
        if let Some(v) = &self.hard_expiry {
            w.boolean("HardExpiry", *v);
        }
    }
}

impl XmlBody for PermissionsBoundaryDecisionDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.allowed_by_permissions_boundary {
            w.boolean("AllowedByPermissionsBoundary", *v);
        }
    }
}

impl XmlBody for Policy {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_name {
            w.text("PolicyName", v);
        }
        if let Some(v) = &self.policy_id {
            w.text("PolicyId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.default_version_id {
            w.text("DefaultVersionId", v);
        }
        if let Some(v) = &self.attachment_count {
            w.integer("AttachmentCount", i64::from(*v));
        }
        if let Some(v) = &self.permissions_boundary_usage_count {
            w.integer("PermissionsBoundaryUsageCount", i64::from(*v));
        }
        if let Some(v) = &self.is_attachable {
            w.boolean("IsAttachable", *v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.update_date {
            w.timestamp("UpdateDate", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for PolicyDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_name {
            w.text("PolicyName", v);
        }
        if let Some(v) = &self.policy_document {
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for PolicyGrantingServiceAccess {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_type;
            w.text("PolicyType", v.as_str());
        }
        if let Some(v) = &self.policy_arn {
            w.text("PolicyArn", v);
        }
        if let Some(v) = &self.entity_type {
            w.text("EntityType", v.as_str());
        }
        if let Some(v) = &self.entity_name {
            w.text("EntityName", v);
        }
    }
}

impl XmlBody for PolicyGroup {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.group_name {
            w.text("GroupName", v);
        }
        if let Some(v) = &self.group_id {
            w.text("GroupId", v);
        }
    }
}

impl XmlBody for PolicyParameter {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.values {
            w.open("Values");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("Values");
        }
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
    }
}

impl XmlBody for PolicyRole {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.role_name {
            w.text("RoleName", v);
        }
        if let Some(v) = &self.role_id {
            w.text("RoleId", v);
        }
    }
}

impl XmlBody for PolicyUser {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        if let Some(v) = &self.user_id {
            w.text("UserId", v);
        }
    }
}

impl XmlBody for PolicyVersion {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.document {
            w.policy_document("Document", v);
        }
        if let Some(v) = &self.version_id {
            w.text("VersionId", v);
        }
        if let Some(v) = &self.is_default_version {
            w.boolean("IsDefaultVersion", *v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for Position {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.line {
            w.integer("Line", i64::from(*v));
        }
        if let Some(v) = &self.column {
            w.integer("Column", i64::from(*v));
        }
    }
}

impl XmlBody for PutAccountPropertiesResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for PutWorkloadIdentityProviderResourcePolicyResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for PutWorkloadIdentityTemplateAttestationPolicyResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for ResetServiceSpecificCredentialResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.service_specific_credential {
            w.open("ServiceSpecificCredential");
            v.write_xml(w);
            w.close("ServiceSpecificCredential");
        }
    }
}

impl XmlBody for ResourceSpecificResult {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.eval_resource_name;
            w.text("EvalResourceName", v);
        }
        {
            let v = &self.eval_resource_decision;
            w.text("EvalResourceDecision", v.as_str());
        }
        if let Some(v) = &self.matched_statements {
            w.open("MatchedStatements");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("MatchedStatements");
        }
        if let Some(v) = &self.missing_context_values {
            w.open("MissingContextValues");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("MissingContextValues");
        }
        if let Some(v) = &self.eval_decision_details {
            w.open("EvalDecisionDetails");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0.as_str());
                w.close("entry");
            }
            w.close("EvalDecisionDetails");
        }
        if let Some(v) = &self.permissions_boundary_decision_detail {
            w.open("PermissionsBoundaryDecisionDetail");
            v.write_xml(w);
            w.close("PermissionsBoundaryDecisionDetail");
        }
    }
}

impl XmlBody for Role {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.role_name;
            w.text("RoleName", v);
        }
        {
            let v = &self.role_id;
            w.text("RoleId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.assume_role_policy_document {
            w.policy_document("AssumeRolePolicyDocument", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.max_session_duration {
            w.integer("MaxSessionDuration", i64::from(*v));
        }
        if let Some(v) = &self.max_signin_session_duration {
            w.integer("MaxSigninSessionDuration", i64::from(*v));
        }
        if let Some(v) = &self.permissions_boundary {
            w.open("PermissionsBoundary");
            v.write_xml(w);
            w.close("PermissionsBoundary");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.role_last_used {
            w.open("RoleLastUsed");
            v.write_xml(w);
            w.close("RoleLastUsed");
        }
        if let Some(v) = &self.source_role_template {
            w.open("SourceRoleTemplate");
            v.write_xml(w);
            w.close("SourceRoleTemplate");
        }
    }
}

impl XmlBody for RoleDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.role_name {
            w.text("RoleName", v);
        }
        if let Some(v) = &self.role_id {
            w.text("RoleId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.assume_role_policy_document {
            w.policy_document("AssumeRolePolicyDocument", v);
        }
        if let Some(v) = &self.instance_profile_list {
            w.open("InstanceProfileList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("InstanceProfileList");
        }
        if let Some(v) = &self.role_policy_list {
            w.open("RolePolicyList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("RolePolicyList");
        }
        if let Some(v) = &self.attached_managed_policies {
            w.open("AttachedManagedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedManagedPolicies");
        }
        if let Some(v) = &self.permissions_boundary {
            w.open("PermissionsBoundary");
            v.write_xml(w);
            w.close("PermissionsBoundary");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.role_last_used {
            w.open("RoleLastUsed");
            v.write_xml(w);
            w.close("RoleLastUsed");
        }
    }
}

impl XmlBody for RoleLastUsed {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.last_used_date {
            w.timestamp("LastUsedDate", v);
        }
        if let Some(v) = &self.region {
            w.text("Region", v);
        }
    }
}

impl XmlBody for RoleTemplateVersion {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.template_arn {
            w.text("TemplateArn", v);
        }
        if let Some(v) = &self.template_name {
            w.text("TemplateName", v);
        }
        if let Some(v) = &self.template_version_id {
            w.text("TemplateVersionId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.major_version {
            w.integer("MajorVersion", i64::from(*v));
        }
        if let Some(v) = &self.default_minor_version {
            w.integer("DefaultMinorVersion", i64::from(*v));
        }
        if let Some(v) = &self.managed_by_type {
            w.text("ManagedByType", v.as_str());
        }
        if let Some(v) = &self.managed_by_value {
            w.text("ManagedByValue", v);
        }
        if let Some(v) = &self.enabled {
            w.boolean("Enabled", *v);
        }
        if let Some(v) = &self.minor_version {
            w.integer("MinorVersion", i64::from(*v));
        }
        if let Some(v) = &self.role_name_pattern {
            w.text("RoleNamePattern", v);
        }
        if let Some(v) = &self.role_path_pattern {
            w.text("RolePathPattern", v);
        }
        if let Some(v) = &self.role_description_pattern {
            w.text("RoleDescriptionPattern", v);
        }
        if let Some(v) = &self.assume_role_policy_document_template {
            w.policy_document("AssumeRolePolicyDocumentTemplate", v);
        }
        if let Some(v) = &self.inline_policy_templates {
            w.open("InlinePolicyTemplates");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("InlinePolicyTemplates");
        }
        if let Some(v) = &self.managed_policy_arns {
            w.open("ManagedPolicyArns");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("ManagedPolicyArns");
        }
        if let Some(v) = &self.permission_boundary_arn {
            w.text("PermissionBoundaryArn", v);
        }
        if let Some(v) = &self.parameters_definition {
            w.open("ParametersDefinition");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ParametersDefinition");
        }
        if let Some(v) = &self.role_tags_template {
            w.open("RoleTagsTemplate");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("RoleTagsTemplate");
        }
        if let Some(v) = &self.max_session_duration {
            w.integer("MaxSessionDuration", i64::from(*v));
        }
        if let Some(v) = &self.version_enabled {
            w.boolean("VersionEnabled", *v);
        }
        if let Some(v) = &self.create_timestamp {
            w.timestamp("CreateTimestamp", v);
        }
        if let Some(v) = &self.update_timestamp {
            w.timestamp("UpdateTimestamp", v);
        }
    }
}

impl XmlBody for RoleUsageType {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.region {
            w.text("Region", v);
        }
        if let Some(v) = &self.resources {
            w.open("Resources");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("Resources");
        }
    }
}

impl XmlBody for SAMLKeyHashEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.issuer_url {
            w.text("IssuerURL", v);
        }
        if let Some(v) = &self.key_hashes {
            w.open("KeyHashes");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("KeyHashes");
        }
    }
}

impl XmlBody for SAMLPrivateKey {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.key_id {
            w.text("KeyId", v);
        }
        if let Some(v) = &self.timestamp {
            w.timestamp("Timestamp", v);
        }
    }
}

impl XmlBody for SAMLProviderListEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.valid_until {
            w.timestamp("ValidUntil", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.is_trusted_identity_propagation_enabled {
            w.boolean("IsTrustedIdentityPropagationEnabled", *v);
        }
    }
}

impl XmlBody for SSHPublicKey {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.ssh_public_key_id;
            w.text("SSHPublicKeyId", v);
        }
        {
            let v = &self.fingerprint;
            w.text("Fingerprint", v);
        }
        {
            let v = &self.ssh_public_key_body;
            w.text("SSHPublicKeyBody", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.upload_date {
            w.timestamp("UploadDate", v);
        }
    }
}

impl XmlBody for SSHPublicKeyMetadata {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.ssh_public_key_id;
            w.text("SSHPublicKeyId", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        {
            let v = &self.upload_date;
            w.timestamp("UploadDate", v);
        }
    }
}

impl XmlBody for ServerCertificate {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.server_certificate_metadata;
            w.open("ServerCertificateMetadata");
            v.write_xml(w);
            w.close("ServerCertificateMetadata");
        }
        {
            let v = &self.certificate_body;
            w.text("CertificateBody", v);
        }
        if let Some(v) = &self.certificate_chain {
            w.text("CertificateChain", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for ServerCertificateMetadata {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.server_certificate_name;
            w.text("ServerCertificateName", v);
        }
        {
            let v = &self.server_certificate_id;
            w.text("ServerCertificateId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        if let Some(v) = &self.upload_date {
            w.timestamp("UploadDate", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
    }
}

impl XmlBody for ServiceLastAccessed {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
        if let Some(v) = &self.last_authenticated {
            w.timestamp("LastAuthenticated", v);
        }
        {
            let v = &self.service_namespace;
            w.text("ServiceNamespace", v);
        }
        if let Some(v) = &self.last_authenticated_entity {
            w.text("LastAuthenticatedEntity", v);
        }
        if let Some(v) = &self.last_authenticated_region {
            w.text("LastAuthenticatedRegion", v);
        }
        if let Some(v) = &self.total_authenticated_entities {
            w.integer("TotalAuthenticatedEntities", i64::from(*v));
        }
        if let Some(v) = &self.tracked_actions_last_accessed {
            w.open("TrackedActionsLastAccessed");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("TrackedActionsLastAccessed");
        }
    }
}

impl XmlBody for ServiceSpecificCredential {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.expiration_date {
            w.timestamp("ExpirationDate", v);
        }
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
        if let Some(v) = &self.service_user_name {
            w.text("ServiceUserName", v);
        }
        if let Some(v) = &self.service_password {
            w.text("ServicePassword", v);
        }
        if let Some(v) = &self.service_credential_alias {
            w.text("ServiceCredentialAlias", v);
        }
        if let Some(v) = &self.service_credential_secret {
            w.text("ServiceCredentialSecret", v);
        }
        {
            let v = &self.service_specific_credential_id;
            w.text("ServiceSpecificCredentialId", v);
        }
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
    }
}

impl XmlBody for ServiceSpecificCredentialMetadata {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.service_user_name {
            w.text("ServiceUserName", v);
        }
        if let Some(v) = &self.service_credential_alias {
            w.text("ServiceCredentialAlias", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.expiration_date {
            w.timestamp("ExpirationDate", v);
        }
        {
            let v = &self.service_specific_credential_id;
            w.text("ServiceSpecificCredentialId", v);
        }
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
    }
}

impl XmlBody for SigningCertificate {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.certificate_id;
            w.text("CertificateId", v);
        }
        {
            let v = &self.certificate_body;
            w.text("CertificateBody", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.upload_date {
            w.timestamp("UploadDate", v);
        }
    }
}

impl XmlBody for SimulatePolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.evaluation_results {
            w.open("EvaluationResults");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("EvaluationResults");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for SourceRoleTemplate {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.template_arn;
            w.text("TemplateArn", v);
        }
        {
            let v = &self.template_minor_version;
            w.integer("TemplateMinorVersion", i64::from(*v));
        }
    }
}

impl XmlBody for Statement {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.source_policy_id {
            w.text("SourcePolicyId", v);
        }
        if let Some(v) = &self.source_policy_type {
            w.text("SourcePolicyType", v.as_str());
        }
        if let Some(v) = &self.start_position {
            w.open("StartPosition");
            v.write_xml(w);
            w.close("StartPosition");
        }
        if let Some(v) = &self.end_position {
            w.open("EndPosition");
            v.write_xml(w);
            w.close("EndPosition");
        }
    }
}

impl XmlBody for Tag {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.key;
            w.text("Key", v);
        }
        {
            let v = &self.value;
            w.text("Value", v);
        }
    }
}

impl XmlBody for TagTemplate {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.key;
            w.text("Key", v);
        }
        {
            let v = &self.value;
            w.text("Value", v);
        }
    }
}

impl XmlBody for TrackedActionLastAccessed {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.action_name {
            w.text("ActionName", v);
        }
        if let Some(v) = &self.last_accessed_entity {
            w.text("LastAccessedEntity", v);
        }
        if let Some(v) = &self.last_accessed_time {
            w.timestamp("LastAccessedTime", v);
        }
        if let Some(v) = &self.last_accessed_region {
            w.text("LastAccessedRegion", v);
        }
    }
}

impl XmlBody for UpdateRoleDescriptionResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.role {
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for UpdateRoleResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for UpdateSAMLProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.saml_provider_arn {
            w.text("SAMLProviderArn", v);
        }
    }
}

impl XmlBody for UpdateWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for UploadSSHPublicKeyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.ssh_public_key {
            w.open("SSHPublicKey");
            v.write_xml(w);
            w.close("SSHPublicKey");
        }
    }
}

impl XmlBody for UploadServerCertificateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.server_certificate_metadata {
            w.open("ServerCertificateMetadata");
            v.write_xml(w);
            w.close("ServerCertificateMetadata");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for UploadSigningCertificateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.certificate;
            w.open("Certificate");
            v.write_xml(w);
            w.close("Certificate");
        }
    }
}

impl XmlBody for User {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.user_id;
            w.text("UserId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.password_last_used {
            w.timestamp("PasswordLastUsed", v);
        }
        if let Some(v) = &self.permissions_boundary {
            w.open("PermissionsBoundary");
            v.write_xml(w);
            w.close("PermissionsBoundary");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for UserDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        if let Some(v) = &self.user_id {
            w.text("UserId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.user_policy_list {
            w.open("UserPolicyList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("UserPolicyList");
        }
        if let Some(v) = &self.group_list {
            w.open("GroupList");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("GroupList");
        }
        if let Some(v) = &self.attached_managed_policies {
            w.open("AttachedManagedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedManagedPolicies");
        }
        if let Some(v) = &self.permissions_boundary {
            w.open("PermissionsBoundary");
            v.write_xml(w);
            w.close("PermissionsBoundary");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for VirtualMFADevice {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.serial_number;
            w.text("SerialNumber", v);
        }
        if let Some(v) = &self.base32_string_seed {
            w.blob("Base32StringSeed", v);
        }
        if let Some(v) = &self.qr_code_png {
            w.blob("QRCodePNG", v);
        }
        if let Some(v) = &self.user {
            w.open("User");
            v.write_xml(w);
            w.close("User");
        }
        if let Some(v) = &self.enable_date {
            w.timestamp("EnableDate", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for WorkloadIdentityJwtOutboundSignerDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.signing_algorithm {
            w.text("SigningAlgorithm", v);
        }
        if let Some(v) = &self.configuration {
            w.open("Configuration");
            v.write_xml(w);
            w.close("Configuration");
        }
        if let Some(v) = &self.start_signing_time {
            w.timestamp("StartSigningTime", v);
        }
    }
}

impl XmlBody for WorkloadIdentityJwtSignerConfiguration {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.key_algorithm;
            w.text("KeyAlgorithm", v);
        }
    }
}

impl XmlBody for WorkloadIdentityOutboundSignerConfiguration {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.x509 {
            w.open("X509");
            v.write_xml(w);
            w.close("X509");
        }
    }
}

impl XmlBody for WorkloadIdentityOutboundSignerDetailConfiguration {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.x509 {
            w.open("X509");
            v.write_xml(w);
            w.close("X509");
        }
        if let Some(v) = &self.jwt {
            w.open("Jwt");
            v.write_xml(w);
            w.close("Jwt");
        }
    }
}

impl XmlBody for WorkloadIdentityOutboundSignerSummary {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.signer_type;
            w.text("SignerType", v.as_str());
        }
        if let Some(v) = &self.configuration {
            w.open("Configuration");
            v.write_xml(w);
            w.close("Configuration");
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.signing_algorithm {
            w.text("SigningAlgorithm", v);
        }
        {
            let v = &self.start_signing_time;
            w.timestamp("StartSigningTime", v);
        }
        if let Some(v) = &self.end_signing_time {
            w.timestamp("EndSigningTime", v);
        }
        if let Some(v) = &self.discovery_expiration_time {
            w.timestamp("DiscoveryExpirationTime", v);
        }
    }
}

impl XmlBody for WorkloadIdentityOutboundSigners {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.x509 {
            w.open("X509");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("X509");
        }
        if let Some(v) = &self.jwt {
            w.open("Jwt");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Jwt");
        }
        if let Some(v) = &self.oidc_issuer_uri {
            w.text("OidcIssuerUri", v);
        }
        if let Some(v) = &self.bundle_endpoint_url {
            w.text("BundleEndpointUrl", v);
        }
    }
}

impl XmlBody for WorkloadIdentityPrivateCa {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.certificate_authority_id;
            w.text("CertificateAuthorityId", v);
        }
        {
            let v = &self.account_id;
            w.text("AccountId", v);
        }
    }
}

impl XmlBody for WorkloadIdentityProviderListEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.provider_name;
            w.text("ProviderName", v);
        }
        {
            let v = &self.provider_id;
            w.text("ProviderId", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.scheme;
            w.text("Scheme", v.as_str());
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.workload_identity_domain {
            w.text("WorkloadIdentityDomain", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for WorkloadIdentityTemplateSummary {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.path_prefix {
            w.text("PathPrefix", v);
        }
        {
            let v = &self.path_pattern;
            w.text("PathPattern", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for WorkloadIdentityX509OutboundSignerDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.configuration {
            w.open("Configuration");
            v.write_xml(w);
            w.close("Configuration");
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.start_signing_time {
            w.timestamp("StartSigningTime", v);
        }
        if let Some(v) = &self.end_signing_time {
            w.timestamp("EndSigningTime", v);
        }
        if let Some(v) = &self.discovery_expiration_time {
            w.timestamp("DiscoveryExpirationTime", v);
        }
    }
}

/// Constructors for the modelled errors, with their AWS code and HTTP status.
pub mod errors {
    use crate::AwsError;

    /// `AccountNotManagementOrDelegatedAdministratorException` (400), the `AccountNotManagementOrDelegatedAdministratorException` shape.
    pub fn account_not_management_or_delegated_administrator(
        message: impl Into<String>,
    ) -> AwsError {
        AwsError::new(
            "AccountNotManagementOrDelegatedAdministratorException",
            400,
            message,
        )
    }

    /// `CallerIsNotManagementAccountException` (400), the `CallerIsNotManagementAccountException` shape.
    pub fn caller_is_not_management_account(message: impl Into<String>) -> AwsError {
        AwsError::new("CallerIsNotManagementAccountException", 400, message)
    }

    /// `ConcurrentModification` (409), the `ConcurrentModificationException` shape.
    pub fn concurrent_modification(message: impl Into<String>) -> AwsError {
        AwsError::new("ConcurrentModification", 409, message)
    }

    /// `ReportExpired` (410), the `CredentialReportExpiredException` shape.
    pub fn credential_report_expired(message: impl Into<String>) -> AwsError {
        AwsError::new("ReportExpired", 410, message)
    }

    /// `ReportNotPresent` (410), the `CredentialReportNotPresentException` shape.
    pub fn credential_report_not_present(message: impl Into<String>) -> AwsError {
        AwsError::new("ReportNotPresent", 410, message)
    }

    /// `ReportInProgress` (404), the `CredentialReportNotReadyException` shape.
    pub fn credential_report_not_ready(message: impl Into<String>) -> AwsError {
        AwsError::new("ReportInProgress", 404, message)
    }

    /// `DeleteConflict` (409), the `DeleteConflictException` shape.
    pub fn delete_conflict(message: impl Into<String>) -> AwsError {
        AwsError::new("DeleteConflict", 409, message)
    }

    /// `DuplicateCertificate` (409), the `DuplicateCertificateException` shape.
    pub fn duplicate_certificate(message: impl Into<String>) -> AwsError {
        AwsError::new("DuplicateCertificate", 409, message)
    }

    /// `DuplicateSSHPublicKey` (400), the `DuplicateSSHPublicKeyException` shape.
    pub fn duplicate_ssh_public_key(message: impl Into<String>) -> AwsError {
        AwsError::new("DuplicateSSHPublicKey", 400, message)
    }

    /// `EntityAlreadyExists` (409), the `EntityAlreadyExistsException` shape.
    pub fn entity_already_exists(message: impl Into<String>) -> AwsError {
        AwsError::new("EntityAlreadyExists", 409, message)
    }

    /// `EntityTemporarilyUnmodifiable` (409), the `EntityTemporarilyUnmodifiableException` shape.
    pub fn entity_temporarily_unmodifiable(message: impl Into<String>) -> AwsError {
        AwsError::new("EntityTemporarilyUnmodifiable", 409, message)
    }

    /// `FeatureDisabled` (404), the `FeatureDisabledException` shape.
    pub fn feature_disabled(message: impl Into<String>) -> AwsError {
        AwsError::new("FeatureDisabled", 404, message)
    }

    /// `FeatureEnabled` (409), the `FeatureEnabledException` shape.
    pub fn feature_enabled(message: impl Into<String>) -> AwsError {
        AwsError::new("FeatureEnabled", 409, message)
    }

    /// `InvalidAuthenticationCode` (403), the `InvalidAuthenticationCodeException` shape.
    pub fn invalid_authentication_code(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidAuthenticationCode", 403, message)
    }

    /// `InvalidCertificate` (400), the `InvalidCertificateException` shape.
    pub fn invalid_certificate(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidCertificate", 400, message)
    }

    /// `InvalidInput` (400), the `InvalidInputException` shape.
    pub fn invalid_input(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidInput", 400, message)
    }

    /// `InvalidPublicKey` (400), the `InvalidPublicKeyException` shape.
    pub fn invalid_public_key(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidPublicKey", 400, message)
    }

    /// `InvalidUserType` (400), the `InvalidUserTypeException` shape.
    pub fn invalid_user_type(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidUserType", 400, message)
    }

    /// `KeyPairMismatch` (400), the `KeyPairMismatchException` shape.
    pub fn key_pair_mismatch(message: impl Into<String>) -> AwsError {
        AwsError::new("KeyPairMismatch", 400, message)
    }

    /// `LimitExceeded` (409), the `LimitExceededException` shape.
    pub fn limit_exceeded(message: impl Into<String>) -> AwsError {
        AwsError::new("LimitExceeded", 409, message)
    }

    /// `MalformedCertificate` (400), the `MalformedCertificateException` shape.
    pub fn malformed_certificate(message: impl Into<String>) -> AwsError {
        AwsError::new("MalformedCertificate", 400, message)
    }

    /// `MalformedPolicyDocument` (400), the `MalformedPolicyDocumentException` shape.
    pub fn malformed_policy_document(message: impl Into<String>) -> AwsError {
        AwsError::new("MalformedPolicyDocument", 400, message)
    }

    /// `NameConflict` (409), the `NameConflictException` shape.
    pub fn name_conflict(message: impl Into<String>) -> AwsError {
        AwsError::new("NameConflict", 409, message)
    }

    /// `NoSuchEntity` (404), the `NoSuchEntityException` shape.
    pub fn no_such_entity(message: impl Into<String>) -> AwsError {
        AwsError::new("NoSuchEntity", 404, message)
    }

    /// `OpenIdIdpCommunicationError` (400), the `OpenIdIdpCommunicationErrorException` shape.
    pub fn open_id_idp_communication_error(message: impl Into<String>) -> AwsError {
        AwsError::new("OpenIdIdpCommunicationError", 400, message)
    }

    /// `OrganizationLevelResourcesExistException` (400), the `OrganizationLevelResourcesExistException` shape.
    pub fn organization_level_resources_exist(message: impl Into<String>) -> AwsError {
        AwsError::new("OrganizationLevelResourcesExistException", 400, message)
    }

    /// `OrganizationNotFoundException` (400), the `OrganizationNotFoundException` shape.
    pub fn organization_not_found(message: impl Into<String>) -> AwsError {
        AwsError::new("OrganizationNotFoundException", 400, message)
    }

    /// `OrganizationNotInAllFeaturesModeException` (400), the `OrganizationNotInAllFeaturesModeException` shape.
    pub fn organization_not_in_all_features_mode(message: impl Into<String>) -> AwsError {
        AwsError::new("OrganizationNotInAllFeaturesModeException", 400, message)
    }

    /// `PasswordPolicyViolation` (400), the `PasswordPolicyViolationException` shape.
    pub fn password_policy_violation(message: impl Into<String>) -> AwsError {
        AwsError::new("PasswordPolicyViolation", 400, message)
    }

    /// `PolicyEvaluation` (500), the `PolicyEvaluationException` shape.
    pub fn policy_evaluation(message: impl Into<String>) -> AwsError {
        AwsError::new("PolicyEvaluation", 500, message)
    }

    /// `PolicyNotAttachable` (400), the `PolicyNotAttachableException` shape.
    pub fn policy_not_attachable(message: impl Into<String>) -> AwsError {
        AwsError::new("PolicyNotAttachable", 400, message)
    }

    /// `ReportGenerationLimitExceeded` (409), the `ReportGenerationLimitExceededException` shape.
    pub fn report_generation_limit_exceeded(message: impl Into<String>) -> AwsError {
        AwsError::new("ReportGenerationLimitExceeded", 409, message)
    }

    /// `RoleModified` (409), the `RoleModifiedException` shape.
    pub fn role_modified(message: impl Into<String>) -> AwsError {
        AwsError::new("RoleModified", 409, message)
    }

    /// `RoleTemplateDisabled` (400), the `RoleTemplateDisabledException` shape.
    pub fn role_template_disabled(message: impl Into<String>) -> AwsError {
        AwsError::new("RoleTemplateDisabled", 400, message)
    }

    /// `ServiceAccessNotEnabledException` (400), the `ServiceAccessNotEnabledException` shape.
    pub fn service_access_not_enabled(message: impl Into<String>) -> AwsError {
        AwsError::new("ServiceAccessNotEnabledException", 400, message)
    }

    /// `ServiceFailure` (500), the `ServiceFailureException` shape.
    pub fn service_failure(message: impl Into<String>) -> AwsError {
        AwsError::new("ServiceFailure", 500, message)
    }

    /// `NotSupportedService` (404), the `ServiceNotSupportedException` shape.
    pub fn service_not_supported(message: impl Into<String>) -> AwsError {
        AwsError::new("NotSupportedService", 404, message)
    }

    /// `UnmodifiableEntity` (400), the `UnmodifiableEntityException` shape.
    pub fn unmodifiable_entity(message: impl Into<String>) -> AwsError {
        AwsError::new("UnmodifiableEntity", 400, message)
    }

    /// `UnrecognizedPublicKeyEncoding` (400), the `UnrecognizedPublicKeyEncodingException` shape.
    pub fn unrecognized_public_key_encoding(message: impl Into<String>) -> AwsError {
        AwsError::new("UnrecognizedPublicKeyEncoding", 400, message)
    }
}

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
    match Service::Iam.action(params)? {
        "AcceptDelegationRequest" => {
            let input = decode_input(params, AcceptDelegationRequestRequest::decode_members)?;
            handler.accept_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "AcceptDelegationRequest",
                request_id,
                None,
            ))
        }
        "AcquireRole" => {
            let input = decode_input(params, AcquireRoleRequest::decode_members)?;
            let output = handler.acquire_role(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "AddClientIDToOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "AddRoleToInstanceProfile" => {
            let input = decode_input(params, AddRoleToInstanceProfileRequest::decode_members)?;
            handler.add_role_to_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "AddRoleToInstanceProfile",
                request_id,
                None,
            ))
        }
        "AddUserToGroup" => {
            let input = decode_input(params, AddUserToGroupRequest::decode_members)?;
            handler.add_user_to_group(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "AddUserToGroup",
                request_id,
                None,
            ))
        }
        "AssociateDelegationRequest" => {
            let input = decode_input(params, AssociateDelegationRequestRequest::decode_members)?;
            handler.associate_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "AssociateDelegationRequest",
                request_id,
                None,
            ))
        }
        "AttachGroupPolicy" => {
            let input = decode_input(params, AttachGroupPolicyRequest::decode_members)?;
            handler.attach_group_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "AttachGroupPolicy",
                request_id,
                None,
            ))
        }
        "AttachRolePolicy" => {
            let input = decode_input(params, AttachRolePolicyRequest::decode_members)?;
            handler.attach_role_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "AttachRolePolicy",
                request_id,
                None,
            ))
        }
        "AttachUserPolicy" => {
            let input = decode_input(params, AttachUserPolicyRequest::decode_members)?;
            handler.attach_user_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "AttachUserPolicy",
                request_id,
                None,
            ))
        }
        "ChangePassword" => {
            let input = decode_input(params, ChangePasswordRequest::decode_members)?;
            handler.change_password(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ChangePassword",
                request_id,
                None,
            ))
        }
        "CreateAccessKey" => {
            let input = decode_input(params, CreateAccessKeyRequest::decode_members)?;
            let output = handler.create_access_key(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateAccessKey",
                request_id,
                Some(&output),
            ))
        }
        "CreateAccountAlias" => {
            let input = decode_input(params, CreateAccountAliasRequest::decode_members)?;
            handler.create_account_alias(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateAccountAlias",
                request_id,
                None,
            ))
        }
        "CreateDelegationRequest" => {
            let input = decode_input(params, CreateDelegationRequestRequest::decode_members)?;
            let output = handler.create_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateDelegationRequest",
                request_id,
                Some(&output),
            ))
        }
        "CreateGroup" => {
            let input = decode_input(params, CreateGroupRequest::decode_members)?;
            let output = handler.create_group(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateGroup",
                request_id,
                Some(&output),
            ))
        }
        "CreateInstanceProfile" => {
            let input = decode_input(params, CreateInstanceProfileRequest::decode_members)?;
            let output = handler.create_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateInstanceProfile",
                request_id,
                Some(&output),
            ))
        }
        "CreateLoginProfile" => {
            let input = decode_input(params, CreateLoginProfileRequest::decode_members)?;
            let output = handler.create_login_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateLoginProfile",
                request_id,
                Some(&output),
            ))
        }
        "CreateOpenIDConnectProvider" => {
            let input = decode_input(params, CreateOpenIDConnectProviderRequest::decode_members)?;
            let output = handler.create_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateOpenIDConnectProvider",
                request_id,
                Some(&output),
            ))
        }
        "CreatePolicy" => {
            let input = decode_input(params, CreatePolicyRequest::decode_members)?;
            let output = handler.create_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreatePolicy",
                request_id,
                Some(&output),
            ))
        }
        "CreatePolicyVersion" => {
            let input = decode_input(params, CreatePolicyVersionRequest::decode_members)?;
            let output = handler.create_policy_version(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreatePolicyVersion",
                request_id,
                Some(&output),
            ))
        }
        "CreateRole" => {
            let input = decode_input(params, CreateRoleRequest::decode_members)?;
            let output = handler.create_role(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateRole",
                request_id,
                Some(&output),
            ))
        }
        "CreateSAMLProvider" => {
            let input = decode_input(params, CreateSAMLProviderRequest::decode_members)?;
            let output = handler.create_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateSAMLProvider",
                request_id,
                Some(&output),
            ))
        }
        "CreateServiceLinkedRole" => {
            let input = decode_input(params, CreateServiceLinkedRoleRequest::decode_members)?;
            let output = handler.create_service_linked_role(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "CreateServiceSpecificCredential",
                request_id,
                Some(&output),
            ))
        }
        "CreateUser" => {
            let input = decode_input(params, CreateUserRequest::decode_members)?;
            let output = handler.create_user(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "CreateUser",
                request_id,
                Some(&output),
            ))
        }
        "CreateVirtualMFADevice" => {
            let input = decode_input(params, CreateVirtualMFADeviceRequest::decode_members)?;
            let output = handler.create_virtual_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "CreateWorkloadIdentityTemplate",
                request_id,
                Some(&output),
            ))
        }
        "DeactivateMFADevice" => {
            let input = decode_input(params, DeactivateMFADeviceRequest::decode_members)?;
            handler.deactivate_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeactivateMFADevice",
                request_id,
                None,
            ))
        }
        "DeleteAccessKey" => {
            let input = decode_input(params, DeleteAccessKeyRequest::decode_members)?;
            handler.delete_access_key(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteAccessKey",
                request_id,
                None,
            ))
        }
        "DeleteAccountAlias" => {
            let input = decode_input(params, DeleteAccountAliasRequest::decode_members)?;
            handler.delete_account_alias(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteAccountAlias",
                request_id,
                None,
            ))
        }
        "DeleteAccountPasswordPolicy" => {
            handler.delete_account_password_policy(ctx).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteAccountPasswordPolicy",
                request_id,
                None,
            ))
        }
        "DeleteGroup" => {
            let input = decode_input(params, DeleteGroupRequest::decode_members)?;
            handler.delete_group(ctx, input).await?;
            Ok(xml_response(Service::Iam, "DeleteGroup", request_id, None))
        }
        "DeleteGroupPolicy" => {
            let input = decode_input(params, DeleteGroupPolicyRequest::decode_members)?;
            handler.delete_group_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteGroupPolicy",
                request_id,
                None,
            ))
        }
        "DeleteInstanceProfile" => {
            let input = decode_input(params, DeleteInstanceProfileRequest::decode_members)?;
            handler.delete_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteInstanceProfile",
                request_id,
                None,
            ))
        }
        "DeleteLoginProfile" => {
            let input = decode_input(params, DeleteLoginProfileRequest::decode_members)?;
            handler.delete_login_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteLoginProfile",
                request_id,
                None,
            ))
        }
        "DeleteOpenIDConnectProvider" => {
            let input = decode_input(params, DeleteOpenIDConnectProviderRequest::decode_members)?;
            handler.delete_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "DeletePolicy" => {
            let input = decode_input(params, DeletePolicyRequest::decode_members)?;
            handler.delete_policy(ctx, input).await?;
            Ok(xml_response(Service::Iam, "DeletePolicy", request_id, None))
        }
        "DeletePolicyVersion" => {
            let input = decode_input(params, DeletePolicyVersionRequest::decode_members)?;
            handler.delete_policy_version(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeletePolicyVersion",
                request_id,
                None,
            ))
        }
        "DeleteRole" => {
            let input = decode_input(params, DeleteRoleRequest::decode_members)?;
            handler.delete_role(ctx, input).await?;
            Ok(xml_response(Service::Iam, "DeleteRole", request_id, None))
        }
        "DeleteRolePermissionsBoundary" => {
            let input = decode_input(params, DeleteRolePermissionsBoundaryRequest::decode_members)?;
            handler.delete_role_permissions_boundary(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteRolePermissionsBoundary",
                request_id,
                None,
            ))
        }
        "DeleteRolePolicy" => {
            let input = decode_input(params, DeleteRolePolicyRequest::decode_members)?;
            handler.delete_role_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteRolePolicy",
                request_id,
                None,
            ))
        }
        "DeleteSAMLProvider" => {
            let input = decode_input(params, DeleteSAMLProviderRequest::decode_members)?;
            handler.delete_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteSAMLProvider",
                request_id,
                None,
            ))
        }
        "DeleteSSHPublicKey" => {
            let input = decode_input(params, DeleteSSHPublicKeyRequest::decode_members)?;
            handler.delete_ssh_public_key(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteSSHPublicKey",
                request_id,
                None,
            ))
        }
        "DeleteServerCertificate" => {
            let input = decode_input(params, DeleteServerCertificateRequest::decode_members)?;
            handler.delete_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteServerCertificate",
                request_id,
                None,
            ))
        }
        "DeleteServiceLinkedRole" => {
            let input = decode_input(params, DeleteServiceLinkedRoleRequest::decode_members)?;
            let output = handler.delete_service_linked_role(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "DeleteServiceSpecificCredential",
                request_id,
                None,
            ))
        }
        "DeleteSigningCertificate" => {
            let input = decode_input(params, DeleteSigningCertificateRequest::decode_members)?;
            handler.delete_signing_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteSigningCertificate",
                request_id,
                None,
            ))
        }
        "DeleteUser" => {
            let input = decode_input(params, DeleteUserRequest::decode_members)?;
            handler.delete_user(ctx, input).await?;
            Ok(xml_response(Service::Iam, "DeleteUser", request_id, None))
        }
        "DeleteUserPermissionsBoundary" => {
            let input = decode_input(params, DeleteUserPermissionsBoundaryRequest::decode_members)?;
            handler.delete_user_permissions_boundary(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteUserPermissionsBoundary",
                request_id,
                None,
            ))
        }
        "DeleteUserPolicy" => {
            let input = decode_input(params, DeleteUserPolicyRequest::decode_members)?;
            handler.delete_user_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DeleteUserPolicy",
                request_id,
                None,
            ))
        }
        "DeleteVirtualMFADevice" => {
            let input = decode_input(params, DeleteVirtualMFADeviceRequest::decode_members)?;
            handler.delete_virtual_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "DeleteWorkloadIdentityTemplateAttestationPolicy",
                request_id,
                Some(&output),
            ))
        }
        "DetachGroupPolicy" => {
            let input = decode_input(params, DetachGroupPolicyRequest::decode_members)?;
            handler.detach_group_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DetachGroupPolicy",
                request_id,
                None,
            ))
        }
        "DetachRolePolicy" => {
            let input = decode_input(params, DetachRolePolicyRequest::decode_members)?;
            handler.detach_role_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DetachRolePolicy",
                request_id,
                None,
            ))
        }
        "DetachUserPolicy" => {
            let input = decode_input(params, DetachUserPolicyRequest::decode_members)?;
            handler.detach_user_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "DetachUserPolicy",
                request_id,
                None,
            ))
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "DisableWorkloadIdentityProviderOutboundSigner",
                request_id,
                Some(&output),
            ))
        }
        "EnableMFADevice" => {
            let input = decode_input(params, EnableMFADeviceRequest::decode_members)?;
            handler.enable_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "EnableMFADevice",
                request_id,
                None,
            ))
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "EnableOrganizationsRootSessions",
                request_id,
                Some(&output),
            ))
        }
        "EnableOutboundWebIdentityFederation" => {
            let output = handler.enable_outbound_web_identity_federation(ctx).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "EnableWorkloadIdentityProviderOutboundSigner",
                request_id,
                Some(&output),
            ))
        }
        "GenerateCredentialReport" => {
            let output = handler.generate_credential_report(ctx).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "GenerateServiceLastAccessedDetails",
                request_id,
                Some(&output),
            ))
        }
        "GetAccessKeyLastUsed" => {
            let input = decode_input(params, GetAccessKeyLastUsedRequest::decode_members)?;
            let output = handler.get_access_key_last_used(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "GetAccountAuthorizationDetails",
                request_id,
                Some(&output),
            ))
        }
        "GetAccountPasswordPolicy" => {
            let output = handler.get_account_password_policy(ctx).await?;
            Ok(xml_response(
                Service::Iam,
                "GetAccountPasswordPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetAccountProperties" => {
            let input = decode_input(params, GetAccountPropertiesRequest::decode_members)?;
            let output = handler.get_account_properties(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetAccountProperties",
                request_id,
                Some(&output),
            ))
        }
        "GetAccountSummary" => {
            let output = handler.get_account_summary(ctx).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "GetContextKeysForPrincipalPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetCredentialReport" => {
            let output = handler.get_credential_report(ctx).await?;
            Ok(xml_response(
                Service::Iam,
                "GetCredentialReport",
                request_id,
                Some(&output),
            ))
        }
        "GetDelegationRequest" => {
            let input = decode_input(params, GetDelegationRequestRequest::decode_members)?;
            let output = handler.get_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetDelegationRequest",
                request_id,
                Some(&output),
            ))
        }
        "GetGroup" => {
            let input = decode_input(params, GetGroupRequest::decode_members)?;
            let output = handler.get_group(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetGroup",
                request_id,
                Some(&output),
            ))
        }
        "GetGroupPolicy" => {
            let input = decode_input(params, GetGroupPolicyRequest::decode_members)?;
            let output = handler.get_group_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetGroupPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetHumanReadableSummary" => {
            let input = decode_input(params, GetHumanReadableSummaryRequest::decode_members)?;
            let output = handler.get_human_readable_summary(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetHumanReadableSummary",
                request_id,
                Some(&output),
            ))
        }
        "GetInstanceProfile" => {
            let input = decode_input(params, GetInstanceProfileRequest::decode_members)?;
            let output = handler.get_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetInstanceProfile",
                request_id,
                Some(&output),
            ))
        }
        "GetLoginProfile" => {
            let input = decode_input(params, GetLoginProfileRequest::decode_members)?;
            let output = handler.get_login_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetLoginProfile",
                request_id,
                Some(&output),
            ))
        }
        "GetMFADevice" => {
            let input = decode_input(params, GetMFADeviceRequest::decode_members)?;
            let output = handler.get_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetMFADevice",
                request_id,
                Some(&output),
            ))
        }
        "GetOpenIDConnectProvider" => {
            let input = decode_input(params, GetOpenIDConnectProviderRequest::decode_members)?;
            let output = handler.get_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetOpenIDConnectProvider",
                request_id,
                Some(&output),
            ))
        }
        "GetOrganizationsAccessReport" => {
            let input = decode_input(params, GetOrganizationsAccessReportRequest::decode_members)?;
            let output = handler.get_organizations_access_report(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "GetOutboundWebIdentityFederationInfo",
                request_id,
                Some(&output),
            ))
        }
        "GetPolicy" => {
            let input = decode_input(params, GetPolicyRequest::decode_members)?;
            let output = handler.get_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetPolicyVersion" => {
            let input = decode_input(params, GetPolicyVersionRequest::decode_members)?;
            let output = handler.get_policy_version(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetPolicyVersion",
                request_id,
                Some(&output),
            ))
        }
        "GetRole" => {
            let input = decode_input(params, GetRoleRequest::decode_members)?;
            let output = handler.get_role(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetRole",
                request_id,
                Some(&output),
            ))
        }
        "GetRolePolicy" => {
            let input = decode_input(params, GetRolePolicyRequest::decode_members)?;
            let output = handler.get_role_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetRolePolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetRoleTemplateVersion" => {
            let input = decode_input(params, GetRoleTemplateVersionRequest::decode_members)?;
            let output = handler.get_role_template_version(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetRoleTemplateVersion",
                request_id,
                Some(&output),
            ))
        }
        "GetSAMLProvider" => {
            let input = decode_input(params, GetSAMLProviderRequest::decode_members)?;
            let output = handler.get_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetSAMLProvider",
                request_id,
                Some(&output),
            ))
        }
        "GetSSHPublicKey" => {
            let input = decode_input(params, GetSSHPublicKeyRequest::decode_members)?;
            let output = handler.get_ssh_public_key(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetSSHPublicKey",
                request_id,
                Some(&output),
            ))
        }
        "GetServerCertificate" => {
            let input = decode_input(params, GetServerCertificateRequest::decode_members)?;
            let output = handler.get_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "GetServiceLinkedRoleDeletionStatus",
                request_id,
                Some(&output),
            ))
        }
        "GetUser" => {
            let input = decode_input(params, GetUserRequest::decode_members)?;
            let output = handler.get_user(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetUser",
                request_id,
                Some(&output),
            ))
        }
        "GetUserPolicy" => {
            let input = decode_input(params, GetUserPolicyRequest::decode_members)?;
            let output = handler.get_user_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "GetUserPolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetWorkloadIdentityProvider" => {
            let input = decode_input(params, GetWorkloadIdentityProviderRequest::decode_members)?;
            let output = handler.get_workload_identity_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "GetWorkloadIdentityProviderResourcePolicy",
                request_id,
                Some(&output),
            ))
        }
        "GetWorkloadIdentityTemplate" => {
            let input = decode_input(params, GetWorkloadIdentityTemplateRequest::decode_members)?;
            let output = handler.get_workload_identity_template(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "GetWorkloadIdentityTemplateAttestationPolicy",
                request_id,
                Some(&output),
            ))
        }
        "ListAccessKeys" => {
            let input = decode_input(params, ListAccessKeysRequest::decode_members)?;
            let output = handler.list_access_keys(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListAccessKeys",
                request_id,
                Some(&output),
            ))
        }
        "ListAccountAliases" => {
            let input = decode_input(params, ListAccountAliasesRequest::decode_members)?;
            let output = handler.list_account_aliases(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListAccountAliases",
                request_id,
                Some(&output),
            ))
        }
        "ListAttachedGroupPolicies" => {
            let input = decode_input(params, ListAttachedGroupPoliciesRequest::decode_members)?;
            let output = handler.list_attached_group_policies(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListAttachedGroupPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListAttachedRolePolicies" => {
            let input = decode_input(params, ListAttachedRolePoliciesRequest::decode_members)?;
            let output = handler.list_attached_role_policies(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListAttachedRolePolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListAttachedUserPolicies" => {
            let input = decode_input(params, ListAttachedUserPoliciesRequest::decode_members)?;
            let output = handler.list_attached_user_policies(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListAttachedUserPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListDelegationRequests" => {
            let input = decode_input(params, ListDelegationRequestsRequest::decode_members)?;
            let output = handler.list_delegation_requests(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListDelegationRequests",
                request_id,
                Some(&output),
            ))
        }
        "ListEntitiesForPolicy" => {
            let input = decode_input(params, ListEntitiesForPolicyRequest::decode_members)?;
            let output = handler.list_entities_for_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListEntitiesForPolicy",
                request_id,
                Some(&output),
            ))
        }
        "ListGroupPolicies" => {
            let input = decode_input(params, ListGroupPoliciesRequest::decode_members)?;
            let output = handler.list_group_policies(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListGroupPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListGroups" => {
            let input = decode_input(params, ListGroupsRequest::decode_members)?;
            let output = handler.list_groups(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListGroups",
                request_id,
                Some(&output),
            ))
        }
        "ListGroupsForUser" => {
            let input = decode_input(params, ListGroupsForUserRequest::decode_members)?;
            let output = handler.list_groups_for_user(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListGroupsForUser",
                request_id,
                Some(&output),
            ))
        }
        "ListInstanceProfileTags" => {
            let input = decode_input(params, ListInstanceProfileTagsRequest::decode_members)?;
            let output = handler.list_instance_profile_tags(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListInstanceProfileTags",
                request_id,
                Some(&output),
            ))
        }
        "ListInstanceProfiles" => {
            let input = decode_input(params, ListInstanceProfilesRequest::decode_members)?;
            let output = handler.list_instance_profiles(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListInstanceProfiles",
                request_id,
                Some(&output),
            ))
        }
        "ListInstanceProfilesForRole" => {
            let input = decode_input(params, ListInstanceProfilesForRoleRequest::decode_members)?;
            let output = handler.list_instance_profiles_for_role(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListInstanceProfilesForRole",
                request_id,
                Some(&output),
            ))
        }
        "ListMFADeviceTags" => {
            let input = decode_input(params, ListMFADeviceTagsRequest::decode_members)?;
            let output = handler.list_mfa_device_tags(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListMFADeviceTags",
                request_id,
                Some(&output),
            ))
        }
        "ListMFADevices" => {
            let input = decode_input(params, ListMFADevicesRequest::decode_members)?;
            let output = handler.list_mfa_devices(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "ListOpenIDConnectProviderTags",
                request_id,
                Some(&output),
            ))
        }
        "ListOpenIDConnectProviders" => {
            let input = decode_input(params, ListOpenIDConnectProvidersRequest::decode_members)?;
            let output = handler.list_open_id_connect_providers(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListOpenIDConnectProviders",
                request_id,
                Some(&output),
            ))
        }
        "ListOrganizationsFeatures" => {
            let input = decode_input(params, ListOrganizationsFeaturesRequest::decode_members)?;
            let output = handler.list_organizations_features(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListOrganizationsFeatures",
                request_id,
                Some(&output),
            ))
        }
        "ListPolicies" => {
            let input = decode_input(params, ListPoliciesRequest::decode_members)?;
            let output = handler.list_policies(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "ListPoliciesGrantingServiceAccess",
                request_id,
                Some(&output),
            ))
        }
        "ListPolicyTags" => {
            let input = decode_input(params, ListPolicyTagsRequest::decode_members)?;
            let output = handler.list_policy_tags(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListPolicyTags",
                request_id,
                Some(&output),
            ))
        }
        "ListPolicyVersions" => {
            let input = decode_input(params, ListPolicyVersionsRequest::decode_members)?;
            let output = handler.list_policy_versions(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListPolicyVersions",
                request_id,
                Some(&output),
            ))
        }
        "ListRolePolicies" => {
            let input = decode_input(params, ListRolePoliciesRequest::decode_members)?;
            let output = handler.list_role_policies(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListRolePolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListRoleTags" => {
            let input = decode_input(params, ListRoleTagsRequest::decode_members)?;
            let output = handler.list_role_tags(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListRoleTags",
                request_id,
                Some(&output),
            ))
        }
        "ListRoles" => {
            let input = decode_input(params, ListRolesRequest::decode_members)?;
            let output = handler.list_roles(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListRoles",
                request_id,
                Some(&output),
            ))
        }
        "ListSAMLProviderTags" => {
            let input = decode_input(params, ListSAMLProviderTagsRequest::decode_members)?;
            let output = handler.list_saml_provider_tags(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListSAMLProviderTags",
                request_id,
                Some(&output),
            ))
        }
        "ListSAMLProviders" => {
            let input = decode_input(params, ListSAMLProvidersRequest::decode_members)?;
            let output = handler.list_saml_providers(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListSAMLProviders",
                request_id,
                Some(&output),
            ))
        }
        "ListSSHPublicKeys" => {
            let input = decode_input(params, ListSSHPublicKeysRequest::decode_members)?;
            let output = handler.list_ssh_public_keys(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListSSHPublicKeys",
                request_id,
                Some(&output),
            ))
        }
        "ListServerCertificateTags" => {
            let input = decode_input(params, ListServerCertificateTagsRequest::decode_members)?;
            let output = handler.list_server_certificate_tags(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListServerCertificateTags",
                request_id,
                Some(&output),
            ))
        }
        "ListServerCertificates" => {
            let input = decode_input(params, ListServerCertificatesRequest::decode_members)?;
            let output = handler.list_server_certificates(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "ListServiceSpecificCredentials",
                request_id,
                Some(&output),
            ))
        }
        "ListSigningCertificates" => {
            let input = decode_input(params, ListSigningCertificatesRequest::decode_members)?;
            let output = handler.list_signing_certificates(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListSigningCertificates",
                request_id,
                Some(&output),
            ))
        }
        "ListUserPolicies" => {
            let input = decode_input(params, ListUserPoliciesRequest::decode_members)?;
            let output = handler.list_user_policies(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListUserPolicies",
                request_id,
                Some(&output),
            ))
        }
        "ListUserTags" => {
            let input = decode_input(params, ListUserTagsRequest::decode_members)?;
            let output = handler.list_user_tags(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListUserTags",
                request_id,
                Some(&output),
            ))
        }
        "ListUsers" => {
            let input = decode_input(params, ListUsersRequest::decode_members)?;
            let output = handler.list_users(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListUsers",
                request_id,
                Some(&output),
            ))
        }
        "ListVirtualMFADevices" => {
            let input = decode_input(params, ListVirtualMFADevicesRequest::decode_members)?;
            let output = handler.list_virtual_mfa_devices(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "ListWorkloadIdentityProviderTags",
                request_id,
                Some(&output),
            ))
        }
        "ListWorkloadIdentityProviders" => {
            let input = decode_input(params, ListWorkloadIdentityProvidersRequest::decode_members)?;
            let output = handler.list_workload_identity_providers(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "ListWorkloadIdentityTemplateTags",
                request_id,
                Some(&output),
            ))
        }
        "ListWorkloadIdentityTemplates" => {
            let input = decode_input(params, ListWorkloadIdentityTemplatesRequest::decode_members)?;
            let output = handler.list_workload_identity_templates(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ListWorkloadIdentityTemplates",
                request_id,
                Some(&output),
            ))
        }
        "PutAccountProperties" => {
            let input = decode_input(params, PutAccountPropertiesRequest::decode_members)?;
            let output = handler.put_account_properties(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "PutAccountProperties",
                request_id,
                Some(&output),
            ))
        }
        "PutGroupPolicy" => {
            let input = decode_input(params, PutGroupPolicyRequest::decode_members)?;
            handler.put_group_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "PutGroupPolicy",
                request_id,
                None,
            ))
        }
        "PutRolePermissionsBoundary" => {
            let input = decode_input(params, PutRolePermissionsBoundaryRequest::decode_members)?;
            handler.put_role_permissions_boundary(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "PutRolePermissionsBoundary",
                request_id,
                None,
            ))
        }
        "PutRolePolicy" => {
            let input = decode_input(params, PutRolePolicyRequest::decode_members)?;
            handler.put_role_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "PutRolePolicy",
                request_id,
                None,
            ))
        }
        "PutUserPermissionsBoundary" => {
            let input = decode_input(params, PutUserPermissionsBoundaryRequest::decode_members)?;
            handler.put_user_permissions_boundary(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "PutUserPermissionsBoundary",
                request_id,
                None,
            ))
        }
        "PutUserPolicy" => {
            let input = decode_input(params, PutUserPolicyRequest::decode_members)?;
            handler.put_user_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "PutUserPolicy",
                request_id,
                None,
            ))
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
                Service::Iam,
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
                Service::Iam,
                "PutWorkloadIdentityTemplateAttestationPolicy",
                request_id,
                Some(&output),
            ))
        }
        "RejectDelegationRequest" => {
            let input = decode_input(params, RejectDelegationRequestRequest::decode_members)?;
            handler.reject_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
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
                Service::Iam,
                "RemoveRoleFromInstanceProfile",
                request_id,
                None,
            ))
        }
        "RemoveUserFromGroup" => {
            let input = decode_input(params, RemoveUserFromGroupRequest::decode_members)?;
            handler.remove_user_from_group(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "ResetServiceSpecificCredential",
                request_id,
                Some(&output),
            ))
        }
        "ResyncMFADevice" => {
            let input = decode_input(params, ResyncMFADeviceRequest::decode_members)?;
            handler.resync_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "ResyncMFADevice",
                request_id,
                None,
            ))
        }
        "SendDelegationToken" => {
            let input = decode_input(params, SendDelegationTokenRequest::decode_members)?;
            handler.send_delegation_token(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "SendDelegationToken",
                request_id,
                None,
            ))
        }
        "SetDefaultPolicyVersion" => {
            let input = decode_input(params, SetDefaultPolicyVersionRequest::decode_members)?;
            handler.set_default_policy_version(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "SetSecurityTokenServicePreferences",
                request_id,
                None,
            ))
        }
        "SimulateCustomPolicy" => {
            let input = decode_input(params, SimulateCustomPolicyRequest::decode_members)?;
            let output = handler.simulate_custom_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "SimulateCustomPolicy",
                request_id,
                Some(&output),
            ))
        }
        "SimulatePrincipalPolicy" => {
            let input = decode_input(params, SimulatePrincipalPolicyRequest::decode_members)?;
            let output = handler.simulate_principal_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "SimulatePrincipalPolicy",
                request_id,
                Some(&output),
            ))
        }
        "TagInstanceProfile" => {
            let input = decode_input(params, TagInstanceProfileRequest::decode_members)?;
            handler.tag_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "TagInstanceProfile",
                request_id,
                None,
            ))
        }
        "TagMFADevice" => {
            let input = decode_input(params, TagMFADeviceRequest::decode_members)?;
            handler.tag_mfa_device(ctx, input).await?;
            Ok(xml_response(Service::Iam, "TagMFADevice", request_id, None))
        }
        "TagOpenIDConnectProvider" => {
            let input = decode_input(params, TagOpenIDConnectProviderRequest::decode_members)?;
            handler.tag_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "TagOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "TagPolicy" => {
            let input = decode_input(params, TagPolicyRequest::decode_members)?;
            handler.tag_policy(ctx, input).await?;
            Ok(xml_response(Service::Iam, "TagPolicy", request_id, None))
        }
        "TagRole" => {
            let input = decode_input(params, TagRoleRequest::decode_members)?;
            handler.tag_role(ctx, input).await?;
            Ok(xml_response(Service::Iam, "TagRole", request_id, None))
        }
        "TagSAMLProvider" => {
            let input = decode_input(params, TagSAMLProviderRequest::decode_members)?;
            handler.tag_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "TagSAMLProvider",
                request_id,
                None,
            ))
        }
        "TagServerCertificate" => {
            let input = decode_input(params, TagServerCertificateRequest::decode_members)?;
            handler.tag_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "TagServerCertificate",
                request_id,
                None,
            ))
        }
        "TagUser" => {
            let input = decode_input(params, TagUserRequest::decode_members)?;
            handler.tag_user(ctx, input).await?;
            Ok(xml_response(Service::Iam, "TagUser", request_id, None))
        }
        "TagWorkloadIdentityProvider" => {
            let input = decode_input(params, TagWorkloadIdentityProviderRequest::decode_members)?;
            handler.tag_workload_identity_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "TagWorkloadIdentityProvider",
                request_id,
                None,
            ))
        }
        "TagWorkloadIdentityTemplate" => {
            let input = decode_input(params, TagWorkloadIdentityTemplateRequest::decode_members)?;
            handler.tag_workload_identity_template(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "TagWorkloadIdentityTemplate",
                request_id,
                None,
            ))
        }
        "UntagInstanceProfile" => {
            let input = decode_input(params, UntagInstanceProfileRequest::decode_members)?;
            handler.untag_instance_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UntagInstanceProfile",
                request_id,
                None,
            ))
        }
        "UntagMFADevice" => {
            let input = decode_input(params, UntagMFADeviceRequest::decode_members)?;
            handler.untag_mfa_device(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UntagMFADevice",
                request_id,
                None,
            ))
        }
        "UntagOpenIDConnectProvider" => {
            let input = decode_input(params, UntagOpenIDConnectProviderRequest::decode_members)?;
            handler.untag_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UntagOpenIDConnectProvider",
                request_id,
                None,
            ))
        }
        "UntagPolicy" => {
            let input = decode_input(params, UntagPolicyRequest::decode_members)?;
            handler.untag_policy(ctx, input).await?;
            Ok(xml_response(Service::Iam, "UntagPolicy", request_id, None))
        }
        "UntagRole" => {
            let input = decode_input(params, UntagRoleRequest::decode_members)?;
            handler.untag_role(ctx, input).await?;
            Ok(xml_response(Service::Iam, "UntagRole", request_id, None))
        }
        "UntagSAMLProvider" => {
            let input = decode_input(params, UntagSAMLProviderRequest::decode_members)?;
            handler.untag_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UntagSAMLProvider",
                request_id,
                None,
            ))
        }
        "UntagServerCertificate" => {
            let input = decode_input(params, UntagServerCertificateRequest::decode_members)?;
            handler.untag_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UntagServerCertificate",
                request_id,
                None,
            ))
        }
        "UntagUser" => {
            let input = decode_input(params, UntagUserRequest::decode_members)?;
            handler.untag_user(ctx, input).await?;
            Ok(xml_response(Service::Iam, "UntagUser", request_id, None))
        }
        "UntagWorkloadIdentityProvider" => {
            let input = decode_input(params, UntagWorkloadIdentityProviderRequest::decode_members)?;
            handler.untag_workload_identity_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UntagWorkloadIdentityProvider",
                request_id,
                None,
            ))
        }
        "UntagWorkloadIdentityTemplate" => {
            let input = decode_input(params, UntagWorkloadIdentityTemplateRequest::decode_members)?;
            handler.untag_workload_identity_template(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UntagWorkloadIdentityTemplate",
                request_id,
                None,
            ))
        }
        "UpdateAccessKey" => {
            let input = decode_input(params, UpdateAccessKeyRequest::decode_members)?;
            handler.update_access_key(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateAccessKey",
                request_id,
                None,
            ))
        }
        "UpdateAccountPasswordPolicy" => {
            let input = decode_input(params, UpdateAccountPasswordPolicyRequest::decode_members)?;
            handler.update_account_password_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateAccountPasswordPolicy",
                request_id,
                None,
            ))
        }
        "UpdateAssumeRolePolicy" => {
            let input = decode_input(params, UpdateAssumeRolePolicyRequest::decode_members)?;
            handler.update_assume_role_policy(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateAssumeRolePolicy",
                request_id,
                None,
            ))
        }
        "UpdateDelegationRequest" => {
            let input = decode_input(params, UpdateDelegationRequestRequest::decode_members)?;
            handler.update_delegation_request(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateDelegationRequest",
                request_id,
                None,
            ))
        }
        "UpdateGroup" => {
            let input = decode_input(params, UpdateGroupRequest::decode_members)?;
            handler.update_group(ctx, input).await?;
            Ok(xml_response(Service::Iam, "UpdateGroup", request_id, None))
        }
        "UpdateLoginProfile" => {
            let input = decode_input(params, UpdateLoginProfileRequest::decode_members)?;
            handler.update_login_profile(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateLoginProfile",
                request_id,
                None,
            ))
        }
        "UpdateOpenIDConnectProvider" => {
            let input = decode_input(params, UpdateOpenIDConnectProviderRequest::decode_members)?;
            handler.update_open_id_connect_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "UpdateOpenIDConnectProviderThumbprint",
                request_id,
                None,
            ))
        }
        "UpdateRole" => {
            let input = decode_input(params, UpdateRoleRequest::decode_members)?;
            let output = handler.update_role(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateRole",
                request_id,
                Some(&output),
            ))
        }
        "UpdateRoleDescription" => {
            let input = decode_input(params, UpdateRoleDescriptionRequest::decode_members)?;
            let output = handler.update_role_description(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateRoleDescription",
                request_id,
                Some(&output),
            ))
        }
        "UpdateSAMLProvider" => {
            let input = decode_input(params, UpdateSAMLProviderRequest::decode_members)?;
            let output = handler.update_saml_provider(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateSAMLProvider",
                request_id,
                Some(&output),
            ))
        }
        "UpdateSSHPublicKey" => {
            let input = decode_input(params, UpdateSSHPublicKeyRequest::decode_members)?;
            handler.update_ssh_public_key(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateSSHPublicKey",
                request_id,
                None,
            ))
        }
        "UpdateServerCertificate" => {
            let input = decode_input(params, UpdateServerCertificateRequest::decode_members)?;
            handler.update_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
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
                Service::Iam,
                "UpdateServiceSpecificCredential",
                request_id,
                None,
            ))
        }
        "UpdateSigningCertificate" => {
            let input = decode_input(params, UpdateSigningCertificateRequest::decode_members)?;
            handler.update_signing_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UpdateSigningCertificate",
                request_id,
                None,
            ))
        }
        "UpdateUser" => {
            let input = decode_input(params, UpdateUserRequest::decode_members)?;
            handler.update_user(ctx, input).await?;
            Ok(xml_response(Service::Iam, "UpdateUser", request_id, None))
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
                Service::Iam,
                "UpdateWorkloadIdentityProviderOutboundSigner",
                request_id,
                Some(&output),
            ))
        }
        "UploadSSHPublicKey" => {
            let input = decode_input(params, UploadSSHPublicKeyRequest::decode_members)?;
            let output = handler.upload_ssh_public_key(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UploadSSHPublicKey",
                request_id,
                Some(&output),
            ))
        }
        "UploadServerCertificate" => {
            let input = decode_input(params, UploadServerCertificateRequest::decode_members)?;
            let output = handler.upload_server_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UploadServerCertificate",
                request_id,
                Some(&output),
            ))
        }
        "UploadSigningCertificate" => {
            let input = decode_input(params, UploadSigningCertificateRequest::decode_members)?;
            let output = handler.upload_signing_certificate(ctx, input).await?;
            Ok(xml_response(
                Service::Iam,
                "UploadSigningCertificate",
                request_id,
                Some(&output),
            ))
        }
        other => Err(AwsError::invalid_action(other, Service::Iam.version())),
    }
}

#[cfg(test)]
mod pattern_tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        let patterns: [&Pattern; 56] = [
            &P_ATTACHMENT_NAME,
            &P_SAML_PROVIDER_NAME_TYPE,
            &P_WORKLOAD_IDENTITY_DESCRIPTION_TYPE,
            &P_WORKLOAD_IDENTITY_DOMAIN_TYPE,
            &P_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE,
            &P_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE,
            &P_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE,
            &P_ACCESS_KEY_ID_TYPE,
            &P_ACCOUNT_ALIAS_TYPE,
            &P_ACCOUNT_ID_TYPE,
            &P_ACCOUNT_PROPERTY_KEY_TYPE,
            &P_AUTHENTICATION_CODE_TYPE,
            &P_CERTIFICATE_BODY_TYPE,
            &P_CERTIFICATE_CHAIN_TYPE,
            &P_CERTIFICATE_ID_TYPE,
            &P_CUSTOM_SUFFIX_TYPE,
            &P_DELEGATION_REQUEST_DESCRIPTION_TYPE,
            &P_DELEGATION_REQUEST_ID_TYPE,
            &P_EXISTING_USER_NAME_TYPE,
            &P_GROUP_NAME_TYPE,
            &P_INSTANCE_PROFILE_NAME_TYPE,
            &P_MARKER_TYPE,
            &P_NOTES_TYPE,
            &P_NOTIFICATION_CHANNEL_TYPE,
            &P_ORGANIZATIONS_ENTITY_PATH_TYPE,
            &P_ORGANIZATIONS_POLICY_ID_TYPE,
            &P_OWNER_ID_TYPE,
            &P_PASSWORD_TYPE,
            &P_PATH_PREFIX_TYPE,
            &P_PATH_TYPE,
            &P_POLICY_DOCUMENT_TYPE,
            &P_POLICY_NAME_TYPE,
            &P_POLICY_PARAMETER_NAME_TYPE,
            &P_POLICY_PARAMETER_VALUE_TYPE,
            &P_POLICY_PATH_TYPE,
            &P_POLICY_VERSION_ID_TYPE,
            &P_PRIVATE_KEY_ID_TYPE,
            &P_PRIVATE_KEY_TYPE,
            &P_PUBLIC_KEY_ID_TYPE,
            &P_PUBLIC_KEY_MATERIAL_TYPE,
            &P_REDIRECT_URL_TYPE,
            &P_REQUEST_MESSAGE_TYPE,
            &P_REQUESTOR_WORKFLOW_ID_TYPE,
            &P_ROLE_DESCRIPTION_TYPE,
            &P_ROLE_NAME_TYPE,
            &P_SERIAL_NUMBER_TYPE,
            &P_SERVER_CERTIFICATE_NAME_TYPE,
            &P_SERVICE_NAMESPACE_TYPE,
            &P_SERVICE_SPECIFIC_CREDENTIAL_ID,
            &P_TAG_KEY_TYPE,
            &P_TAG_VALUE_TYPE,
            &P_USER_NAME_TYPE,
            &P_VIRTUAL_MFA_DEVICE_NAME,
            &P_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE,
            &P_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE,
            &P_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE,
        ];
        for p in patterns {
            assert!(p.regex().is_some(), "{p:?}");
        }
    }
}
