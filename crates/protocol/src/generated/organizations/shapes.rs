//! ORGANIZATIONS shapes: one type per structure and enumeration an operation reaches.
//!
//! Generated from `models/organizations-2016-11-28.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use time::OffsetDateTime;

/// The `AcceptHandshakeRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptHandshakeRequest {
    /// `HandshakeId` (HandshakeId, required).
    pub handshake_id: String,
}

/// The `AcceptHandshakeResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptHandshakeResponse {
    /// `Handshake` (Handshake).
    pub handshake: Option<Handshake>,
}

/// The `Account` structure.
#[derive(Clone, PartialEq, Default)]
pub struct Account {
    /// `Id` (AccountId).
    pub id: Option<String>,
    /// `Arn` (AccountArn).
    pub arn: Option<String>,
    /// `Email` (Email).
    pub email: Option<String>,
    /// `Name` (AccountName).
    pub name: Option<String>,
    /// `Status` (AccountStatus).
    pub status: Option<AccountStatus>,
    /// `State` (AccountState).
    pub state: Option<AccountState>,
    /// `Paths` (Paths).
    pub paths: Option<Vec<String>>,
    /// `JoinedMethod` (AccountJoinedMethod).
    pub joined_method: Option<AccountJoinedMethod>,
    /// `JoinedTimestamp` (Timestamp).
    pub joined_timestamp: Option<OffsetDateTime>,
}

impl std::fmt::Debug for Account {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Account")
            .field("id", &self.id)
            .field("arn", &self.arn)
            .field("email", &"*** Sensitive Data Redacted ***")
            .field("name", &"*** Sensitive Data Redacted ***")
            .field("status", &self.status)
            .field("state", &self.state)
            .field("paths", &self.paths)
            .field("joined_method", &self.joined_method)
            .field("joined_timestamp", &self.joined_timestamp)
            .finish()
    }
}

/// The `AccountJoinedMethod` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountJoinedMethod {
    /// `INVITED`
    Invited,
    /// `CREATED`
    Created,
}

impl AccountJoinedMethod {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Invited, Self::Created];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invited => "INVITED",
            Self::Created => "CREATED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "INVITED" => Some(Self::Invited),
            "CREATED" => Some(Self::Created),
            _ => None,
        }
    }
}

/// The `AccountState` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountState {
    /// `PENDING_ACTIVATION`
    PendingActivation,
    /// `ACTIVE`
    Active,
    /// `SUSPENDED`
    Suspended,
    /// `PENDING_CLOSURE`
    PendingClosure,
    /// `CLOSED`
    Closed,
}

impl AccountState {
    /// Every value, in model order.
    pub const ALL: [Self; 5] = [
        Self::PendingActivation,
        Self::Active,
        Self::Suspended,
        Self::PendingClosure,
        Self::Closed,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::PendingActivation => "PENDING_ACTIVATION",
            Self::Active => "ACTIVE",
            Self::Suspended => "SUSPENDED",
            Self::PendingClosure => "PENDING_CLOSURE",
            Self::Closed => "CLOSED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PENDING_ACTIVATION" => Some(Self::PendingActivation),
            "ACTIVE" => Some(Self::Active),
            "SUSPENDED" => Some(Self::Suspended),
            "PENDING_CLOSURE" => Some(Self::PendingClosure),
            "CLOSED" => Some(Self::Closed),
            _ => None,
        }
    }
}

/// The `AccountStatus` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountStatus {
    /// `ACTIVE`
    Active,
    /// `SUSPENDED`
    Suspended,
    /// `PENDING_CLOSURE`
    PendingClosure,
}

impl AccountStatus {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Active, Self::Suspended, Self::PendingClosure];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Suspended => "SUSPENDED",
            Self::PendingClosure => "PENDING_CLOSURE",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(Self::Active),
            "SUSPENDED" => Some(Self::Suspended),
            "PENDING_CLOSURE" => Some(Self::PendingClosure),
            _ => None,
        }
    }
}

/// The `ActionType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActionType {
    /// `INVITE`
    Invite,
    /// `ENABLE_ALL_FEATURES`
    EnableAllFeatures,
    /// `APPROVE_ALL_FEATURES`
    ApproveAllFeatures,
    /// `ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE`
    AddOrganizationsServiceLinkedRole,
    /// `TRANSFER_RESPONSIBILITY`
    TransferResponsibility,
}

impl ActionType {
    /// Every value, in model order.
    pub const ALL: [Self; 5] = [
        Self::Invite,
        Self::EnableAllFeatures,
        Self::ApproveAllFeatures,
        Self::AddOrganizationsServiceLinkedRole,
        Self::TransferResponsibility,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invite => "INVITE",
            Self::EnableAllFeatures => "ENABLE_ALL_FEATURES",
            Self::ApproveAllFeatures => "APPROVE_ALL_FEATURES",
            Self::AddOrganizationsServiceLinkedRole => "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
            Self::TransferResponsibility => "TRANSFER_RESPONSIBILITY",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "INVITE" => Some(Self::Invite),
            "ENABLE_ALL_FEATURES" => Some(Self::EnableAllFeatures),
            "APPROVE_ALL_FEATURES" => Some(Self::ApproveAllFeatures),
            "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE" => {
                Some(Self::AddOrganizationsServiceLinkedRole)
            }
            "TRANSFER_RESPONSIBILITY" => Some(Self::TransferResponsibility),
            _ => None,
        }
    }
}

/// The `AttachPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachPolicyRequest {
    /// `PolicyId` (PolicyId, required).
    pub policy_id: String,
    /// `TargetId` (PolicyTargetId, required).
    pub target_id: String,
}

/// The `CancelHandshakeRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelHandshakeRequest {
    /// `HandshakeId` (HandshakeId, required).
    pub handshake_id: String,
}

/// The `CancelHandshakeResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelHandshakeResponse {
    /// `Handshake` (Handshake).
    pub handshake: Option<Handshake>,
}

/// The `Child` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Child {
    /// `Id` (ChildId).
    pub id: Option<String>,
    /// `Type` (ChildType).
    pub r#type: Option<ChildType>,
}

/// The `ChildType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChildType {
    /// `ACCOUNT`
    Account,
    /// `ORGANIZATIONAL_UNIT`
    OrganizationalUnit,
}

impl ChildType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Account, Self::OrganizationalUnit];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Account => "ACCOUNT",
            Self::OrganizationalUnit => "ORGANIZATIONAL_UNIT",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACCOUNT" => Some(Self::Account),
            "ORGANIZATIONAL_UNIT" => Some(Self::OrganizationalUnit),
            _ => None,
        }
    }
}

/// The `CloseAccountRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloseAccountRequest {
    /// `AccountId` (AccountId, required).
    pub account_id: String,
}

/// The `CreateAccountFailureReason` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateAccountFailureReason {
    /// `ACCOUNT_LIMIT_EXCEEDED`
    AccountLimitExceeded,
    /// `EMAIL_ALREADY_EXISTS`
    EmailAlreadyExists,
    /// `INVALID_ADDRESS`
    InvalidAddress,
    /// `INVALID_EMAIL`
    InvalidEmail,
    /// `CONCURRENT_ACCOUNT_MODIFICATION`
    ConcurrentAccountModification,
    /// `INTERNAL_FAILURE`
    InternalFailure,
    /// `GOVCLOUD_ACCOUNT_ALREADY_EXISTS`
    GovcloudAccountAlreadyExists,
    /// `MISSING_BUSINESS_VALIDATION`
    MissingBusinessValidation,
    /// `FAILED_BUSINESS_VALIDATION`
    FailedBusinessValidation,
    /// `PENDING_BUSINESS_VALIDATION`
    PendingBusinessValidation,
    /// `INVALID_IDENTITY_FOR_BUSINESS_VALIDATION`
    InvalidIdentityForBusinessValidation,
    /// `UNKNOWN_BUSINESS_VALIDATION`
    UnknownBusinessValidation,
    /// `MISSING_PAYMENT_INSTRUMENT`
    MissingPaymentInstrument,
    /// `INVALID_PAYMENT_INSTRUMENT`
    InvalidPaymentInstrument,
    /// `UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED`
    UpdateExistingResourcePolicyWithTagsNotSupported,
}

impl CreateAccountFailureReason {
    /// Every value, in model order.
    pub const ALL: [Self; 15] = [
        Self::AccountLimitExceeded,
        Self::EmailAlreadyExists,
        Self::InvalidAddress,
        Self::InvalidEmail,
        Self::ConcurrentAccountModification,
        Self::InternalFailure,
        Self::GovcloudAccountAlreadyExists,
        Self::MissingBusinessValidation,
        Self::FailedBusinessValidation,
        Self::PendingBusinessValidation,
        Self::InvalidIdentityForBusinessValidation,
        Self::UnknownBusinessValidation,
        Self::MissingPaymentInstrument,
        Self::InvalidPaymentInstrument,
        Self::UpdateExistingResourcePolicyWithTagsNotSupported,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AccountLimitExceeded => "ACCOUNT_LIMIT_EXCEEDED",
            Self::EmailAlreadyExists => "EMAIL_ALREADY_EXISTS",
            Self::InvalidAddress => "INVALID_ADDRESS",
            Self::InvalidEmail => "INVALID_EMAIL",
            Self::ConcurrentAccountModification => "CONCURRENT_ACCOUNT_MODIFICATION",
            Self::InternalFailure => "INTERNAL_FAILURE",
            Self::GovcloudAccountAlreadyExists => "GOVCLOUD_ACCOUNT_ALREADY_EXISTS",
            Self::MissingBusinessValidation => "MISSING_BUSINESS_VALIDATION",
            Self::FailedBusinessValidation => "FAILED_BUSINESS_VALIDATION",
            Self::PendingBusinessValidation => "PENDING_BUSINESS_VALIDATION",
            Self::InvalidIdentityForBusinessValidation => {
                "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION"
            }
            Self::UnknownBusinessValidation => "UNKNOWN_BUSINESS_VALIDATION",
            Self::MissingPaymentInstrument => "MISSING_PAYMENT_INSTRUMENT",
            Self::InvalidPaymentInstrument => "INVALID_PAYMENT_INSTRUMENT",
            Self::UpdateExistingResourcePolicyWithTagsNotSupported => {
                "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED"
            }
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACCOUNT_LIMIT_EXCEEDED" => Some(Self::AccountLimitExceeded),
            "EMAIL_ALREADY_EXISTS" => Some(Self::EmailAlreadyExists),
            "INVALID_ADDRESS" => Some(Self::InvalidAddress),
            "INVALID_EMAIL" => Some(Self::InvalidEmail),
            "CONCURRENT_ACCOUNT_MODIFICATION" => Some(Self::ConcurrentAccountModification),
            "INTERNAL_FAILURE" => Some(Self::InternalFailure),
            "GOVCLOUD_ACCOUNT_ALREADY_EXISTS" => Some(Self::GovcloudAccountAlreadyExists),
            "MISSING_BUSINESS_VALIDATION" => Some(Self::MissingBusinessValidation),
            "FAILED_BUSINESS_VALIDATION" => Some(Self::FailedBusinessValidation),
            "PENDING_BUSINESS_VALIDATION" => Some(Self::PendingBusinessValidation),
            "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION" => {
                Some(Self::InvalidIdentityForBusinessValidation)
            }
            "UNKNOWN_BUSINESS_VALIDATION" => Some(Self::UnknownBusinessValidation),
            "MISSING_PAYMENT_INSTRUMENT" => Some(Self::MissingPaymentInstrument),
            "INVALID_PAYMENT_INSTRUMENT" => Some(Self::InvalidPaymentInstrument),
            "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED" => {
                Some(Self::UpdateExistingResourcePolicyWithTagsNotSupported)
            }
            _ => None,
        }
    }
}

/// The `CreateAccountRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct CreateAccountRequest {
    /// `Email` (Email, required).
    pub email: String,
    /// `AccountName` (CreateAccountName, required).
    pub account_name: String,
    /// `RoleName` (RoleName).
    pub role_name: Option<String>,
    /// `IamUserAccessToBilling` (IAMUserAccessToBilling).
    pub iam_user_access_to_billing: Option<IAMUserAccessToBilling>,
    /// `Tags` (Tags).
    pub tags: Option<Vec<Tag>>,
}

impl std::fmt::Debug for CreateAccountRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAccountRequest")
            .field("email", &"*** Sensitive Data Redacted ***")
            .field("account_name", &"*** Sensitive Data Redacted ***")
            .field("role_name", &self.role_name)
            .field(
                "iam_user_access_to_billing",
                &self.iam_user_access_to_billing,
            )
            .field("tags", &self.tags)
            .finish()
    }
}

/// The `CreateAccountResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAccountResponse {
    /// `CreateAccountStatus` (CreateAccountStatus).
    pub create_account_status: Option<CreateAccountStatus>,
}

/// The `CreateAccountState` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateAccountState {
    /// `IN_PROGRESS`
    InProgress,
    /// `SUCCEEDED`
    Succeeded,
    /// `FAILED`
    Failed,
}

impl CreateAccountState {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::InProgress, Self::Succeeded, Self::Failed];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "IN_PROGRESS" => Some(Self::InProgress),
            "SUCCEEDED" => Some(Self::Succeeded),
            "FAILED" => Some(Self::Failed),
            _ => None,
        }
    }
}

/// The `CreateAccountStatus` structure.
#[derive(Clone, PartialEq, Default)]
pub struct CreateAccountStatus {
    /// `Id` (CreateAccountRequestId).
    pub id: Option<String>,
    /// `AccountName` (CreateAccountName).
    pub account_name: Option<String>,
    /// `State` (CreateAccountState).
    pub state: Option<CreateAccountState>,
    /// `RequestedTimestamp` (Timestamp).
    pub requested_timestamp: Option<OffsetDateTime>,
    /// `CompletedTimestamp` (Timestamp).
    pub completed_timestamp: Option<OffsetDateTime>,
    /// `AccountId` (AccountId).
    pub account_id: Option<String>,
    /// `GovCloudAccountId` (AccountId).
    pub gov_cloud_account_id: Option<String>,
    /// `FailureReason` (CreateAccountFailureReason).
    pub failure_reason: Option<CreateAccountFailureReason>,
}

impl std::fmt::Debug for CreateAccountStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAccountStatus")
            .field("id", &self.id)
            .field("account_name", &"*** Sensitive Data Redacted ***")
            .field("state", &self.state)
            .field("requested_timestamp", &self.requested_timestamp)
            .field("completed_timestamp", &self.completed_timestamp)
            .field("account_id", &self.account_id)
            .field("gov_cloud_account_id", &self.gov_cloud_account_id)
            .field("failure_reason", &self.failure_reason)
            .finish()
    }
}

/// The `CreateGovCloudAccountRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct CreateGovCloudAccountRequest {
    /// `Email` (Email, required).
    pub email: String,
    /// `AccountName` (CreateAccountName, required).
    pub account_name: String,
    /// `RoleName` (RoleName).
    pub role_name: Option<String>,
    /// `IamUserAccessToBilling` (IAMUserAccessToBilling).
    pub iam_user_access_to_billing: Option<IAMUserAccessToBilling>,
    /// `Tags` (Tags).
    pub tags: Option<Vec<Tag>>,
}

impl std::fmt::Debug for CreateGovCloudAccountRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateGovCloudAccountRequest")
            .field("email", &"*** Sensitive Data Redacted ***")
            .field("account_name", &"*** Sensitive Data Redacted ***")
            .field("role_name", &self.role_name)
            .field(
                "iam_user_access_to_billing",
                &self.iam_user_access_to_billing,
            )
            .field("tags", &self.tags)
            .finish()
    }
}

/// The `CreateGovCloudAccountResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGovCloudAccountResponse {
    /// `CreateAccountStatus` (CreateAccountStatus).
    pub create_account_status: Option<CreateAccountStatus>,
}

/// The `CreateOrganizationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrganizationRequest {
    /// `FeatureSet` (OrganizationFeatureSet).
    pub feature_set: Option<OrganizationFeatureSet>,
}

/// The `CreateOrganizationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrganizationResponse {
    /// `Organization` (Organization).
    pub organization: Option<Organization>,
}

/// The `CreateOrganizationalUnitRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrganizationalUnitRequest {
    /// `ParentId` (ParentId, required).
    pub parent_id: String,
    /// `Name` (OrganizationalUnitName, required).
    pub name: String,
    /// `Tags` (Tags).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreateOrganizationalUnitResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrganizationalUnitResponse {
    /// `OrganizationalUnit` (OrganizationalUnit).
    pub organizational_unit: Option<OrganizationalUnit>,
}

/// The `CreatePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePolicyRequest {
    /// `Content` (PolicyContent, required).
    pub content: String,
    /// `Description` (PolicyDescription, required).
    pub description: String,
    /// `Name` (PolicyName, required).
    pub name: String,
    /// `Type` (PolicyType, required).
    pub r#type: PolicyType,
    /// `Tags` (Tags).
    pub tags: Option<Vec<Tag>>,
}

/// The `CreatePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePolicyResponse {
    /// `Policy` (Policy).
    pub policy: Option<Policy>,
}

/// The `DeclineHandshakeRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeclineHandshakeRequest {
    /// `HandshakeId` (HandshakeId, required).
    pub handshake_id: String,
}

/// The `DeclineHandshakeResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeclineHandshakeResponse {
    /// `Handshake` (Handshake).
    pub handshake: Option<Handshake>,
}

/// The `DelegatedAdministrator` structure.
#[derive(Clone, PartialEq, Default)]
pub struct DelegatedAdministrator {
    /// `Id` (AccountId).
    pub id: Option<String>,
    /// `Arn` (AccountArn).
    pub arn: Option<String>,
    /// `Email` (Email).
    pub email: Option<String>,
    /// `Name` (AccountName).
    pub name: Option<String>,
    /// `Status` (AccountStatus).
    pub status: Option<AccountStatus>,
    /// `State` (AccountState).
    pub state: Option<AccountState>,
    /// `JoinedMethod` (AccountJoinedMethod).
    pub joined_method: Option<AccountJoinedMethod>,
    /// `JoinedTimestamp` (Timestamp).
    pub joined_timestamp: Option<OffsetDateTime>,
    /// `DelegationEnabledDate` (Timestamp).
    pub delegation_enabled_date: Option<OffsetDateTime>,
}

impl std::fmt::Debug for DelegatedAdministrator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DelegatedAdministrator")
            .field("id", &self.id)
            .field("arn", &self.arn)
            .field("email", &"*** Sensitive Data Redacted ***")
            .field("name", &"*** Sensitive Data Redacted ***")
            .field("status", &self.status)
            .field("state", &self.state)
            .field("joined_method", &self.joined_method)
            .field("joined_timestamp", &self.joined_timestamp)
            .field("delegation_enabled_date", &self.delegation_enabled_date)
            .finish()
    }
}

/// The `DelegatedService` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DelegatedService {
    /// `ServicePrincipal` (ServicePrincipal).
    pub service_principal: Option<String>,
    /// `DelegationEnabledDate` (Timestamp).
    pub delegation_enabled_date: Option<OffsetDateTime>,
}

/// The `DeleteOrganizationalUnitRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteOrganizationalUnitRequest {
    /// `OrganizationalUnitId` (OrganizationalUnitId, required).
    pub organizational_unit_id: String,
}

/// The `DeletePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePolicyRequest {
    /// `PolicyId` (PolicyId, required).
    pub policy_id: String,
}

/// The `DeregisterDelegatedAdministratorRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeregisterDelegatedAdministratorRequest {
    /// `AccountId` (AccountId, required).
    pub account_id: String,
    /// `ServicePrincipal` (ServicePrincipal, required).
    pub service_principal: String,
}

/// The `DescribeAccountRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountRequest {
    /// `AccountId` (AccountId, required).
    pub account_id: String,
}

/// The `DescribeAccountResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeAccountResponse {
    /// `Account` (Account).
    pub account: Option<Account>,
}

/// The `DescribeCreateAccountStatusRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeCreateAccountStatusRequest {
    /// `CreateAccountRequestId` (CreateAccountRequestId, required).
    pub create_account_request_id: String,
}

/// The `DescribeCreateAccountStatusResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeCreateAccountStatusResponse {
    /// `CreateAccountStatus` (CreateAccountStatus).
    pub create_account_status: Option<CreateAccountStatus>,
}

/// The `DescribeEffectivePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct DescribeEffectivePolicyRequest {
    /// `PolicyType` (EffectivePolicyType, required).
    pub policy_type: EffectivePolicyType,
    /// `TargetId` (PolicyTargetId).
    pub target_id: Option<String>,
}

/// The `DescribeEffectivePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeEffectivePolicyResponse {
    /// `EffectivePolicy` (EffectivePolicy).
    pub effective_policy: Option<EffectivePolicy>,
}

/// The `DescribeHandshakeRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeHandshakeRequest {
    /// `HandshakeId` (HandshakeId, required).
    pub handshake_id: String,
}

/// The `DescribeHandshakeResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeHandshakeResponse {
    /// `Handshake` (Handshake).
    pub handshake: Option<Handshake>,
}

/// The `DescribeOrganizationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeOrganizationResponse {
    /// `Organization` (Organization).
    pub organization: Option<Organization>,
}

/// The `DescribeOrganizationalUnitRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeOrganizationalUnitRequest {
    /// `OrganizationalUnitId` (OrganizationalUnitId, required).
    pub organizational_unit_id: String,
}

/// The `DescribeOrganizationalUnitResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeOrganizationalUnitResponse {
    /// `OrganizationalUnit` (OrganizationalUnit).
    pub organizational_unit: Option<OrganizationalUnit>,
}

/// The `DescribePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribePolicyRequest {
    /// `PolicyId` (PolicyId, required).
    pub policy_id: String,
}

/// The `DescribePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribePolicyResponse {
    /// `Policy` (Policy).
    pub policy: Option<Policy>,
}

/// The `DescribeResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeResourcePolicyResponse {
    /// `ResourcePolicy` (ResourcePolicy).
    pub resource_policy: Option<ResourcePolicy>,
}

/// The `DescribeResponsibilityTransferRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeResponsibilityTransferRequest {
    /// `Id` (ResponsibilityTransferId, required).
    pub id: String,
}

/// The `DescribeResponsibilityTransferResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DescribeResponsibilityTransferResponse {
    /// `ResponsibilityTransfer` (ResponsibilityTransfer).
    pub responsibility_transfer: Option<ResponsibilityTransfer>,
}

/// The `DetachPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachPolicyRequest {
    /// `PolicyId` (PolicyId, required).
    pub policy_id: String,
    /// `TargetId` (PolicyTargetId, required).
    pub target_id: String,
}

/// The `DisableAWSServiceAccessRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableAWSServiceAccessRequest {
    /// `ServicePrincipal` (ServicePrincipal, required).
    pub service_principal: String,
}

/// The `DisablePolicyTypeRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct DisablePolicyTypeRequest {
    /// `RootId` (RootId, required).
    pub root_id: String,
    /// `PolicyType` (PolicyType, required).
    pub policy_type: PolicyType,
}

/// The `DisablePolicyTypeResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisablePolicyTypeResponse {
    /// `Root` (Root).
    pub root: Option<Root>,
}

/// The `EffectivePolicy` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EffectivePolicy {
    /// `PolicyContent` (PolicyContent).
    pub policy_content: Option<String>,
    /// `LastUpdatedTimestamp` (Timestamp).
    pub last_updated_timestamp: Option<OffsetDateTime>,
    /// `TargetId` (PolicyTargetId).
    pub target_id: Option<String>,
    /// `PolicyType` (EffectivePolicyType).
    pub policy_type: Option<EffectivePolicyType>,
}

/// The `EffectivePolicyType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EffectivePolicyType {
    /// `TAG_POLICY`
    TagPolicy,
    /// `BACKUP_POLICY`
    BackupPolicy,
    /// `AISERVICES_OPT_OUT_POLICY`
    AiservicesOptOutPolicy,
    /// `CHATBOT_POLICY`
    ChatbotPolicy,
    /// `DECLARATIVE_POLICY_EC2`
    DeclarativePolicyEc2,
    /// `SECURITYHUB_POLICY`
    SecurityhubPolicy,
    /// `SECURITYHUB_CSPM_POLICY`
    SecurityhubCspmPolicy,
    /// `INSPECTOR_POLICY`
    InspectorPolicy,
    /// `UPGRADE_ROLLOUT_POLICY`
    UpgradeRolloutPolicy,
    /// `BEDROCK_POLICY`
    BedrockPolicy,
    /// `S3_POLICY`
    S3Policy,
    /// `NETWORK_SECURITY_DIRECTOR_POLICY`
    NetworkSecurityDirectorPolicy,
    /// `GUARDDUTY_POLICY`
    GuarddutyPolicy,
}

impl EffectivePolicyType {
    /// Every value, in model order.
    pub const ALL: [Self; 13] = [
        Self::TagPolicy,
        Self::BackupPolicy,
        Self::AiservicesOptOutPolicy,
        Self::ChatbotPolicy,
        Self::DeclarativePolicyEc2,
        Self::SecurityhubPolicy,
        Self::SecurityhubCspmPolicy,
        Self::InspectorPolicy,
        Self::UpgradeRolloutPolicy,
        Self::BedrockPolicy,
        Self::S3Policy,
        Self::NetworkSecurityDirectorPolicy,
        Self::GuarddutyPolicy,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::TagPolicy => "TAG_POLICY",
            Self::BackupPolicy => "BACKUP_POLICY",
            Self::AiservicesOptOutPolicy => "AISERVICES_OPT_OUT_POLICY",
            Self::ChatbotPolicy => "CHATBOT_POLICY",
            Self::DeclarativePolicyEc2 => "DECLARATIVE_POLICY_EC2",
            Self::SecurityhubPolicy => "SECURITYHUB_POLICY",
            Self::SecurityhubCspmPolicy => "SECURITYHUB_CSPM_POLICY",
            Self::InspectorPolicy => "INSPECTOR_POLICY",
            Self::UpgradeRolloutPolicy => "UPGRADE_ROLLOUT_POLICY",
            Self::BedrockPolicy => "BEDROCK_POLICY",
            Self::S3Policy => "S3_POLICY",
            Self::NetworkSecurityDirectorPolicy => "NETWORK_SECURITY_DIRECTOR_POLICY",
            Self::GuarddutyPolicy => "GUARDDUTY_POLICY",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TAG_POLICY" => Some(Self::TagPolicy),
            "BACKUP_POLICY" => Some(Self::BackupPolicy),
            "AISERVICES_OPT_OUT_POLICY" => Some(Self::AiservicesOptOutPolicy),
            "CHATBOT_POLICY" => Some(Self::ChatbotPolicy),
            "DECLARATIVE_POLICY_EC2" => Some(Self::DeclarativePolicyEc2),
            "SECURITYHUB_POLICY" => Some(Self::SecurityhubPolicy),
            "SECURITYHUB_CSPM_POLICY" => Some(Self::SecurityhubCspmPolicy),
            "INSPECTOR_POLICY" => Some(Self::InspectorPolicy),
            "UPGRADE_ROLLOUT_POLICY" => Some(Self::UpgradeRolloutPolicy),
            "BEDROCK_POLICY" => Some(Self::BedrockPolicy),
            "S3_POLICY" => Some(Self::S3Policy),
            "NETWORK_SECURITY_DIRECTOR_POLICY" => Some(Self::NetworkSecurityDirectorPolicy),
            "GUARDDUTY_POLICY" => Some(Self::GuarddutyPolicy),
            _ => None,
        }
    }
}

/// The `EffectivePolicyValidationError` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EffectivePolicyValidationError {
    /// `ErrorCode` (ErrorCode).
    pub error_code: Option<String>,
    /// `ErrorMessage` (ErrorMessage).
    pub error_message: Option<String>,
    /// `PathToError` (PathToError).
    pub path_to_error: Option<String>,
    /// `ContributingPolicies` (PolicyIds).
    pub contributing_policies: Option<Vec<String>>,
}

/// The `EnableAWSServiceAccessRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableAWSServiceAccessRequest {
    /// `ServicePrincipal` (ServicePrincipal, required).
    pub service_principal: String,
}

/// The `EnableAllFeaturesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableAllFeaturesRequest {}

/// The `EnableAllFeaturesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableAllFeaturesResponse {
    /// `Handshake` (Handshake).
    pub handshake: Option<Handshake>,
}

/// The `EnablePolicyTypeRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct EnablePolicyTypeRequest {
    /// `RootId` (RootId, required).
    pub root_id: String,
    /// `PolicyType` (PolicyType, required).
    pub policy_type: PolicyType,
}

/// The `EnablePolicyTypeResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnablePolicyTypeResponse {
    /// `Root` (Root).
    pub root: Option<Root>,
}

/// The `EnabledServicePrincipal` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnabledServicePrincipal {
    /// `ServicePrincipal` (ServicePrincipal).
    pub service_principal: Option<String>,
    /// `DateEnabled` (Timestamp).
    pub date_enabled: Option<OffsetDateTime>,
}

/// The `Handshake` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Handshake {
    /// `Id` (HandshakeId).
    pub id: Option<String>,
    /// `Arn` (HandshakeArn).
    pub arn: Option<String>,
    /// `Parties` (HandshakeParties).
    pub parties: Option<Vec<HandshakeParty>>,
    /// `State` (HandshakeState).
    pub state: Option<HandshakeState>,
    /// `RequestedTimestamp` (Timestamp).
    pub requested_timestamp: Option<OffsetDateTime>,
    /// `ExpirationTimestamp` (Timestamp).
    pub expiration_timestamp: Option<OffsetDateTime>,
    /// `Action` (ActionType).
    pub action: Option<ActionType>,
    /// `Resources` (HandshakeResources).
    pub resources: Option<Vec<HandshakeResource>>,
}

/// The `HandshakeFilter` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HandshakeFilter {
    /// `ActionType` (ActionType).
    pub action_type: Option<ActionType>,
    /// `ParentHandshakeId` (HandshakeId).
    pub parent_handshake_id: Option<String>,
}

/// The `HandshakeParty` structure.
#[derive(Clone, PartialEq)]
pub struct HandshakeParty {
    /// `Id` (HandshakePartyId, required).
    pub id: String,
    /// `Type` (HandshakePartyType, required).
    pub r#type: HandshakePartyType,
}

impl std::fmt::Debug for HandshakeParty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HandshakeParty")
            .field("id", &"*** Sensitive Data Redacted ***")
            .field("r#type", &self.r#type)
            .finish()
    }
}

/// The `HandshakePartyType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HandshakePartyType {
    /// `ACCOUNT`
    Account,
    /// `ORGANIZATION`
    Organization,
    /// `EMAIL`
    Email,
}

impl HandshakePartyType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Account, Self::Organization, Self::Email];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Organization => "ORGANIZATION",
            Self::Email => "EMAIL",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACCOUNT" => Some(Self::Account),
            "ORGANIZATION" => Some(Self::Organization),
            "EMAIL" => Some(Self::Email),
            _ => None,
        }
    }
}

/// The `HandshakeResource` structure.
#[derive(Clone, PartialEq, Default)]
pub struct HandshakeResource {
    /// `Value` (HandshakeResourceValue).
    pub value: Option<String>,
    /// `Type` (HandshakeResourceType).
    pub r#type: Option<HandshakeResourceType>,
    /// `Resources` (HandshakeResources).
    pub resources: Option<Vec<HandshakeResource>>,
}

impl std::fmt::Debug for HandshakeResource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HandshakeResource")
            .field("value", &"*** Sensitive Data Redacted ***")
            .field("r#type", &self.r#type)
            .field("resources", &self.resources)
            .finish()
    }
}

/// The `HandshakeResourceType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HandshakeResourceType {
    /// `ACCOUNT`
    Account,
    /// `ORGANIZATION`
    Organization,
    /// `ORGANIZATION_FEATURE_SET`
    OrganizationFeatureSet,
    /// `EMAIL`
    Email,
    /// `MASTER_EMAIL`
    MasterEmail,
    /// `MASTER_NAME`
    MasterName,
    /// `NOTES`
    Notes,
    /// `PARENT_HANDSHAKE`
    ParentHandshake,
    /// `RESPONSIBILITY_TRANSFER`
    ResponsibilityTransfer,
    /// `TRANSFER_START_TIMESTAMP`
    TransferStartTimestamp,
    /// `TRANSFER_TYPE`
    TransferType,
    /// `MANAGEMENT_ACCOUNT`
    ManagementAccount,
    /// `MANAGEMENT_EMAIL`
    ManagementEmail,
    /// `MANAGEMENT_NAME`
    ManagementName,
}

impl HandshakeResourceType {
    /// Every value, in model order.
    pub const ALL: [Self; 14] = [
        Self::Account,
        Self::Organization,
        Self::OrganizationFeatureSet,
        Self::Email,
        Self::MasterEmail,
        Self::MasterName,
        Self::Notes,
        Self::ParentHandshake,
        Self::ResponsibilityTransfer,
        Self::TransferStartTimestamp,
        Self::TransferType,
        Self::ManagementAccount,
        Self::ManagementEmail,
        Self::ManagementName,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Account => "ACCOUNT",
            Self::Organization => "ORGANIZATION",
            Self::OrganizationFeatureSet => "ORGANIZATION_FEATURE_SET",
            Self::Email => "EMAIL",
            Self::MasterEmail => "MASTER_EMAIL",
            Self::MasterName => "MASTER_NAME",
            Self::Notes => "NOTES",
            Self::ParentHandshake => "PARENT_HANDSHAKE",
            Self::ResponsibilityTransfer => "RESPONSIBILITY_TRANSFER",
            Self::TransferStartTimestamp => "TRANSFER_START_TIMESTAMP",
            Self::TransferType => "TRANSFER_TYPE",
            Self::ManagementAccount => "MANAGEMENT_ACCOUNT",
            Self::ManagementEmail => "MANAGEMENT_EMAIL",
            Self::ManagementName => "MANAGEMENT_NAME",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACCOUNT" => Some(Self::Account),
            "ORGANIZATION" => Some(Self::Organization),
            "ORGANIZATION_FEATURE_SET" => Some(Self::OrganizationFeatureSet),
            "EMAIL" => Some(Self::Email),
            "MASTER_EMAIL" => Some(Self::MasterEmail),
            "MASTER_NAME" => Some(Self::MasterName),
            "NOTES" => Some(Self::Notes),
            "PARENT_HANDSHAKE" => Some(Self::ParentHandshake),
            "RESPONSIBILITY_TRANSFER" => Some(Self::ResponsibilityTransfer),
            "TRANSFER_START_TIMESTAMP" => Some(Self::TransferStartTimestamp),
            "TRANSFER_TYPE" => Some(Self::TransferType),
            "MANAGEMENT_ACCOUNT" => Some(Self::ManagementAccount),
            "MANAGEMENT_EMAIL" => Some(Self::ManagementEmail),
            "MANAGEMENT_NAME" => Some(Self::ManagementName),
            _ => None,
        }
    }
}

/// The `HandshakeState` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HandshakeState {
    /// `REQUESTED`
    Requested,
    /// `OPEN`
    Open,
    /// `CANCELED`
    Canceled,
    /// `ACCEPTED`
    Accepted,
    /// `DECLINED`
    Declined,
    /// `EXPIRED`
    Expired,
}

impl HandshakeState {
    /// Every value, in model order.
    pub const ALL: [Self; 6] = [
        Self::Requested,
        Self::Open,
        Self::Canceled,
        Self::Accepted,
        Self::Declined,
        Self::Expired,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requested => "REQUESTED",
            Self::Open => "OPEN",
            Self::Canceled => "CANCELED",
            Self::Accepted => "ACCEPTED",
            Self::Declined => "DECLINED",
            Self::Expired => "EXPIRED",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "REQUESTED" => Some(Self::Requested),
            "OPEN" => Some(Self::Open),
            "CANCELED" => Some(Self::Canceled),
            "ACCEPTED" => Some(Self::Accepted),
            "DECLINED" => Some(Self::Declined),
            "EXPIRED" => Some(Self::Expired),
            _ => None,
        }
    }
}

/// The `IAMUserAccessToBilling` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IAMUserAccessToBilling {
    /// `ALLOW`
    Allow,
    /// `DENY`
    Deny,
}

impl IAMUserAccessToBilling {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Allow, Self::Deny];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allow => "ALLOW",
            Self::Deny => "DENY",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ALLOW" => Some(Self::Allow),
            "DENY" => Some(Self::Deny),
            _ => None,
        }
    }
}

/// The `InviteAccountToOrganizationRequest` structure.
#[derive(Clone, PartialEq)]
pub struct InviteAccountToOrganizationRequest {
    /// `Target` (HandshakeParty, required).
    pub target: HandshakeParty,
    /// `Notes` (HandshakeNotes).
    pub notes: Option<String>,
    /// `Tags` (Tags).
    pub tags: Option<Vec<Tag>>,
}

impl std::fmt::Debug for InviteAccountToOrganizationRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InviteAccountToOrganizationRequest")
            .field("target", &self.target)
            .field("notes", &"*** Sensitive Data Redacted ***")
            .field("tags", &self.tags)
            .finish()
    }
}

/// The `InviteAccountToOrganizationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InviteAccountToOrganizationResponse {
    /// `Handshake` (Handshake).
    pub handshake: Option<Handshake>,
}

/// The `InviteOrganizationToTransferResponsibilityRequest` structure.
#[derive(Clone, PartialEq)]
pub struct InviteOrganizationToTransferResponsibilityRequest {
    /// `Type` (ResponsibilityTransferType, required).
    pub r#type: ResponsibilityTransferType,
    /// `Target` (HandshakeParty, required).
    pub target: HandshakeParty,
    /// `Notes` (HandshakeNotes).
    pub notes: Option<String>,
    /// `StartTimestamp` (Timestamp, required).
    pub start_timestamp: OffsetDateTime,
    /// `SourceName` (ResponsibilityTransferName, required).
    pub source_name: String,
    /// `Tags` (Tags).
    pub tags: Option<Vec<Tag>>,
}

impl std::fmt::Debug for InviteOrganizationToTransferResponsibilityRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InviteOrganizationToTransferResponsibilityRequest")
            .field("r#type", &self.r#type)
            .field("target", &self.target)
            .field("notes", &"*** Sensitive Data Redacted ***")
            .field("start_timestamp", &self.start_timestamp)
            .field("source_name", &"*** Sensitive Data Redacted ***")
            .field("tags", &self.tags)
            .finish()
    }
}

/// The `InviteOrganizationToTransferResponsibilityResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InviteOrganizationToTransferResponsibilityResponse {
    /// `Handshake` (Handshake).
    pub handshake: Option<Handshake>,
}

/// The `ListAWSServiceAccessForOrganizationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAWSServiceAccessForOrganizationRequest {
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListAWSServiceAccessForOrganizationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAWSServiceAccessForOrganizationResponse {
    /// `EnabledServicePrincipals` (EnabledServicePrincipals).
    pub enabled_service_principals: Option<Vec<EnabledServicePrincipal>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListAccountsForParentRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsForParentRequest {
    /// `ParentId` (ParentId, required).
    pub parent_id: String,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListAccountsForParentResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsForParentResponse {
    /// `Accounts` (Accounts).
    pub accounts: Option<Vec<Account>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListAccountsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsRequest {
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListAccountsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsResponse {
    /// `Accounts` (Accounts).
    pub accounts: Option<Vec<Account>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListAccountsWithInvalidEffectivePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ListAccountsWithInvalidEffectivePolicyRequest {
    /// `PolicyType` (EffectivePolicyType, required).
    pub policy_type: EffectivePolicyType,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListAccountsWithInvalidEffectivePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountsWithInvalidEffectivePolicyResponse {
    /// `Accounts` (Accounts).
    pub accounts: Option<Vec<Account>>,
    /// `PolicyType` (EffectivePolicyType).
    pub policy_type: Option<EffectivePolicyType>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListChildrenRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ListChildrenRequest {
    /// `ParentId` (ParentId, required).
    pub parent_id: String,
    /// `ChildType` (ChildType, required).
    pub child_type: ChildType,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListChildrenResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListChildrenResponse {
    /// `Children` (Children).
    pub children: Option<Vec<Child>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListCreateAccountStatusRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCreateAccountStatusRequest {
    /// `States` (CreateAccountStates).
    pub states: Option<Vec<CreateAccountState>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListCreateAccountStatusResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCreateAccountStatusResponse {
    /// `CreateAccountStatuses` (CreateAccountStatuses).
    pub create_account_statuses: Option<Vec<CreateAccountStatus>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListDelegatedAdministratorsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegatedAdministratorsRequest {
    /// `ServicePrincipal` (ServicePrincipal).
    pub service_principal: Option<String>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListDelegatedAdministratorsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegatedAdministratorsResponse {
    /// `DelegatedAdministrators` (DelegatedAdministrators).
    pub delegated_administrators: Option<Vec<DelegatedAdministrator>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListDelegatedServicesForAccountRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegatedServicesForAccountRequest {
    /// `AccountId` (AccountId, required).
    pub account_id: String,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListDelegatedServicesForAccountResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegatedServicesForAccountResponse {
    /// `DelegatedServices` (DelegatedServices).
    pub delegated_services: Option<Vec<DelegatedService>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListEffectivePolicyValidationErrorsRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ListEffectivePolicyValidationErrorsRequest {
    /// `AccountId` (AccountId, required).
    pub account_id: String,
    /// `PolicyType` (EffectivePolicyType, required).
    pub policy_type: EffectivePolicyType,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListEffectivePolicyValidationErrorsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEffectivePolicyValidationErrorsResponse {
    /// `AccountId` (AccountId).
    pub account_id: Option<String>,
    /// `PolicyType` (EffectivePolicyType).
    pub policy_type: Option<EffectivePolicyType>,
    /// `Path` (Path).
    pub path: Option<String>,
    /// `EvaluationTimestamp` (Timestamp).
    pub evaluation_timestamp: Option<OffsetDateTime>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `EffectivePolicyValidationErrors` (EffectivePolicyValidationErrors).
    pub effective_policy_validation_errors: Option<Vec<EffectivePolicyValidationError>>,
}

/// The `ListHandshakesForAccountRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHandshakesForAccountRequest {
    /// `Filter` (HandshakeFilter).
    pub filter: Option<HandshakeFilter>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListHandshakesForAccountResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHandshakesForAccountResponse {
    /// `Handshakes` (Handshakes).
    pub handshakes: Option<Vec<Handshake>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListHandshakesForOrganizationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHandshakesForOrganizationRequest {
    /// `Filter` (HandshakeFilter).
    pub filter: Option<HandshakeFilter>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListHandshakesForOrganizationResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListHandshakesForOrganizationResponse {
    /// `Handshakes` (Handshakes).
    pub handshakes: Option<Vec<Handshake>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListInboundResponsibilityTransfersRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ListInboundResponsibilityTransfersRequest {
    /// `Type` (ResponsibilityTransferType, required).
    pub r#type: ResponsibilityTransferType,
    /// `Id` (ResponsibilityTransferId).
    pub id: Option<String>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListInboundResponsibilityTransfersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInboundResponsibilityTransfersResponse {
    /// `ResponsibilityTransfers` (ResponsibilityTransfers).
    pub responsibility_transfers: Option<Vec<ResponsibilityTransfer>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListOrganizationalUnitsForParentRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationalUnitsForParentRequest {
    /// `ParentId` (ParentId, required).
    pub parent_id: String,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListOrganizationalUnitsForParentResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationalUnitsForParentResponse {
    /// `OrganizationalUnits` (OrganizationalUnits).
    pub organizational_units: Option<Vec<OrganizationalUnit>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListOutboundResponsibilityTransfersRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ListOutboundResponsibilityTransfersRequest {
    /// `Type` (ResponsibilityTransferType, required).
    pub r#type: ResponsibilityTransferType,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListOutboundResponsibilityTransfersResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOutboundResponsibilityTransfersResponse {
    /// `ResponsibilityTransfers` (ResponsibilityTransfers).
    pub responsibility_transfers: Option<Vec<ResponsibilityTransfer>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListParentsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListParentsRequest {
    /// `ChildId` (ChildId, required).
    pub child_id: String,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListParentsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListParentsResponse {
    /// `Parents` (Parents).
    pub parents: Option<Vec<Parent>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListPoliciesForTargetRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPoliciesForTargetRequest {
    /// `TargetId` (PolicyTargetId, required).
    pub target_id: String,
    /// `Filter` (PolicyType, required).
    pub filter: PolicyType,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListPoliciesForTargetResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesForTargetResponse {
    /// `Policies` (Policies).
    pub policies: Option<Vec<PolicySummary>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListPoliciesRequest` structure.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPoliciesRequest {
    /// `Filter` (PolicyType, required).
    pub filter: PolicyType,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListPoliciesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesResponse {
    /// `Policies` (Policies).
    pub policies: Option<Vec<PolicySummary>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListRootsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRootsRequest {
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListRootsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRootsResponse {
    /// `Roots` (Roots).
    pub roots: Option<Vec<Root>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListTagsForResourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceRequest {
    /// `ResourceId` (TaggableResourceId, required).
    pub resource_id: String,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListTagsForResourceResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTagsForResourceResponse {
    /// `Tags` (Tags).
    pub tags: Option<Vec<Tag>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `ListTargetsForPolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTargetsForPolicyRequest {
    /// `PolicyId` (PolicyId, required).
    pub policy_id: String,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
    /// `MaxResults` (MaxResults).
    pub max_results: Option<i32>,
}

/// The `ListTargetsForPolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTargetsForPolicyResponse {
    /// `Targets` (PolicyTargets).
    pub targets: Option<Vec<PolicyTargetSummary>>,
    /// `NextToken` (NextToken).
    pub next_token: Option<String>,
}

/// The `MoveAccountRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveAccountRequest {
    /// `AccountId` (AccountId, required).
    pub account_id: String,
    /// `SourceParentId` (ParentId, required).
    pub source_parent_id: String,
    /// `DestinationParentId` (ParentId, required).
    pub destination_parent_id: String,
}

/// The `Organization` structure.
#[derive(Clone, PartialEq, Default)]
pub struct Organization {
    /// `Id` (OrganizationId).
    pub id: Option<String>,
    /// `Arn` (OrganizationArn).
    pub arn: Option<String>,
    /// `FeatureSet` (OrganizationFeatureSet).
    pub feature_set: Option<OrganizationFeatureSet>,
    /// `MasterAccountArn` (AccountArn).
    pub master_account_arn: Option<String>,
    /// `MasterAccountId` (AccountId).
    pub master_account_id: Option<String>,
    /// `MasterAccountEmail` (Email).
    pub master_account_email: Option<String>,
    /// `AvailablePolicyTypes` (PolicyTypes).
    pub available_policy_types: Option<Vec<PolicyTypeSummary>>,
}

impl std::fmt::Debug for Organization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Organization")
            .field("id", &self.id)
            .field("arn", &self.arn)
            .field("feature_set", &self.feature_set)
            .field("master_account_arn", &self.master_account_arn)
            .field("master_account_id", &self.master_account_id)
            .field("master_account_email", &"*** Sensitive Data Redacted ***")
            .field("available_policy_types", &self.available_policy_types)
            .finish()
    }
}

/// The `OrganizationFeatureSet` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrganizationFeatureSet {
    /// `ALL`
    All,
    /// `CONSOLIDATED_BILLING`
    ConsolidatedBilling,
}

impl OrganizationFeatureSet {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::All, Self::ConsolidatedBilling];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "ALL",
            Self::ConsolidatedBilling => "CONSOLIDATED_BILLING",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ALL" => Some(Self::All),
            "CONSOLIDATED_BILLING" => Some(Self::ConsolidatedBilling),
            _ => None,
        }
    }
}

/// The `OrganizationalUnit` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationalUnit {
    /// `Id` (OrganizationalUnitId).
    pub id: Option<String>,
    /// `Arn` (OrganizationalUnitArn).
    pub arn: Option<String>,
    /// `Name` (OrganizationalUnitName).
    pub name: Option<String>,
    /// `Path` (Path).
    pub path: Option<String>,
}

/// The `Parent` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parent {
    /// `Id` (ParentId).
    pub id: Option<String>,
    /// `Type` (ParentType).
    pub r#type: Option<ParentType>,
}

/// The `ParentType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParentType {
    /// `ROOT`
    Root,
    /// `ORGANIZATIONAL_UNIT`
    OrganizationalUnit,
}

impl ParentType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::Root, Self::OrganizationalUnit];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Root => "ROOT",
            Self::OrganizationalUnit => "ORGANIZATIONAL_UNIT",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ROOT" => Some(Self::Root),
            "ORGANIZATIONAL_UNIT" => Some(Self::OrganizationalUnit),
            _ => None,
        }
    }
}

/// The `Policy` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Policy {
    /// `PolicySummary` (PolicySummary).
    pub policy_summary: Option<PolicySummary>,
    /// `Content` (PolicyContent).
    pub content: Option<String>,
}

/// The `PolicySummary` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicySummary {
    /// `Id` (PolicyId).
    pub id: Option<String>,
    /// `Arn` (PolicyArn).
    pub arn: Option<String>,
    /// `Name` (PolicyName).
    pub name: Option<String>,
    /// `Description` (PolicyDescription).
    pub description: Option<String>,
    /// `Type` (PolicyType).
    pub r#type: Option<PolicyType>,
    /// `AwsManaged` (AwsManagedPolicy).
    pub aws_managed: Option<bool>,
}

/// The `PolicyTargetSummary` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyTargetSummary {
    /// `TargetId` (PolicyTargetId).
    pub target_id: Option<String>,
    /// `Arn` (GenericArn).
    pub arn: Option<String>,
    /// `Name` (TargetName).
    pub name: Option<String>,
    /// `Type` (TargetType).
    pub r#type: Option<TargetType>,
}

/// The `PolicyType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyType {
    /// `SERVICE_CONTROL_POLICY`
    ServiceControlPolicy,
    /// `RESOURCE_CONTROL_POLICY`
    ResourceControlPolicy,
    /// `TAG_POLICY`
    TagPolicy,
    /// `BACKUP_POLICY`
    BackupPolicy,
    /// `AISERVICES_OPT_OUT_POLICY`
    AiservicesOptOutPolicy,
    /// `CHATBOT_POLICY`
    ChatbotPolicy,
    /// `DECLARATIVE_POLICY_EC2`
    DeclarativePolicyEc2,
    /// `SECURITYHUB_POLICY`
    SecurityhubPolicy,
    /// `SECURITYHUB_CSPM_POLICY`
    SecurityhubCspmPolicy,
    /// `INSPECTOR_POLICY`
    InspectorPolicy,
    /// `UPGRADE_ROLLOUT_POLICY`
    UpgradeRolloutPolicy,
    /// `BEDROCK_POLICY`
    BedrockPolicy,
    /// `S3_POLICY`
    S3Policy,
    /// `NETWORK_SECURITY_DIRECTOR_POLICY`
    NetworkSecurityDirectorPolicy,
    /// `GUARDDUTY_POLICY`
    GuarddutyPolicy,
}

impl PolicyType {
    /// Every value, in model order.
    pub const ALL: [Self; 15] = [
        Self::ServiceControlPolicy,
        Self::ResourceControlPolicy,
        Self::TagPolicy,
        Self::BackupPolicy,
        Self::AiservicesOptOutPolicy,
        Self::ChatbotPolicy,
        Self::DeclarativePolicyEc2,
        Self::SecurityhubPolicy,
        Self::SecurityhubCspmPolicy,
        Self::InspectorPolicy,
        Self::UpgradeRolloutPolicy,
        Self::BedrockPolicy,
        Self::S3Policy,
        Self::NetworkSecurityDirectorPolicy,
        Self::GuarddutyPolicy,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ServiceControlPolicy => "SERVICE_CONTROL_POLICY",
            Self::ResourceControlPolicy => "RESOURCE_CONTROL_POLICY",
            Self::TagPolicy => "TAG_POLICY",
            Self::BackupPolicy => "BACKUP_POLICY",
            Self::AiservicesOptOutPolicy => "AISERVICES_OPT_OUT_POLICY",
            Self::ChatbotPolicy => "CHATBOT_POLICY",
            Self::DeclarativePolicyEc2 => "DECLARATIVE_POLICY_EC2",
            Self::SecurityhubPolicy => "SECURITYHUB_POLICY",
            Self::SecurityhubCspmPolicy => "SECURITYHUB_CSPM_POLICY",
            Self::InspectorPolicy => "INSPECTOR_POLICY",
            Self::UpgradeRolloutPolicy => "UPGRADE_ROLLOUT_POLICY",
            Self::BedrockPolicy => "BEDROCK_POLICY",
            Self::S3Policy => "S3_POLICY",
            Self::NetworkSecurityDirectorPolicy => "NETWORK_SECURITY_DIRECTOR_POLICY",
            Self::GuarddutyPolicy => "GUARDDUTY_POLICY",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "SERVICE_CONTROL_POLICY" => Some(Self::ServiceControlPolicy),
            "RESOURCE_CONTROL_POLICY" => Some(Self::ResourceControlPolicy),
            "TAG_POLICY" => Some(Self::TagPolicy),
            "BACKUP_POLICY" => Some(Self::BackupPolicy),
            "AISERVICES_OPT_OUT_POLICY" => Some(Self::AiservicesOptOutPolicy),
            "CHATBOT_POLICY" => Some(Self::ChatbotPolicy),
            "DECLARATIVE_POLICY_EC2" => Some(Self::DeclarativePolicyEc2),
            "SECURITYHUB_POLICY" => Some(Self::SecurityhubPolicy),
            "SECURITYHUB_CSPM_POLICY" => Some(Self::SecurityhubCspmPolicy),
            "INSPECTOR_POLICY" => Some(Self::InspectorPolicy),
            "UPGRADE_ROLLOUT_POLICY" => Some(Self::UpgradeRolloutPolicy),
            "BEDROCK_POLICY" => Some(Self::BedrockPolicy),
            "S3_POLICY" => Some(Self::S3Policy),
            "NETWORK_SECURITY_DIRECTOR_POLICY" => Some(Self::NetworkSecurityDirectorPolicy),
            "GUARDDUTY_POLICY" => Some(Self::GuarddutyPolicy),
            _ => None,
        }
    }
}

/// The `PolicyTypeStatus` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PolicyTypeStatus {
    /// `ENABLED`
    Enabled,
    /// `PENDING_ENABLE`
    PendingEnable,
    /// `PENDING_DISABLE`
    PendingDisable,
}

impl PolicyTypeStatus {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Enabled, Self::PendingEnable, Self::PendingDisable];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Enabled => "ENABLED",
            Self::PendingEnable => "PENDING_ENABLE",
            Self::PendingDisable => "PENDING_DISABLE",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(Self::Enabled),
            "PENDING_ENABLE" => Some(Self::PendingEnable),
            "PENDING_DISABLE" => Some(Self::PendingDisable),
            _ => None,
        }
    }
}

/// The `PolicyTypeSummary` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyTypeSummary {
    /// `Type` (PolicyType).
    pub r#type: Option<PolicyType>,
    /// `Status` (PolicyTypeStatus).
    pub status: Option<PolicyTypeStatus>,
}

/// The `PutResourcePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutResourcePolicyRequest {
    /// `Content` (ResourcePolicyContent, required).
    pub content: String,
    /// `Tags` (Tags).
    pub tags: Option<Vec<Tag>>,
}

/// The `PutResourcePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutResourcePolicyResponse {
    /// `ResourcePolicy` (ResourcePolicy).
    pub resource_policy: Option<ResourcePolicy>,
}

/// The `RegisterDelegatedAdministratorRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegisterDelegatedAdministratorRequest {
    /// `AccountId` (AccountId, required).
    pub account_id: String,
    /// `ServicePrincipal` (ServicePrincipal, required).
    pub service_principal: String,
}

/// The `RemoveAccountFromOrganizationRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveAccountFromOrganizationRequest {
    /// `AccountId` (AccountId, required).
    pub account_id: String,
}

/// The `ResourcePolicy` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcePolicy {
    /// `ResourcePolicySummary` (ResourcePolicySummary).
    pub resource_policy_summary: Option<ResourcePolicySummary>,
    /// `Content` (ResourcePolicyContent).
    pub content: Option<String>,
}

/// The `ResourcePolicySummary` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourcePolicySummary {
    /// `Id` (ResourcePolicyId).
    pub id: Option<String>,
    /// `Arn` (ResourcePolicyArn).
    pub arn: Option<String>,
}

/// The `ResponsibilityTransfer` structure.
#[derive(Clone, PartialEq, Default)]
pub struct ResponsibilityTransfer {
    /// `Arn` (ResponsibilityTransferArn).
    pub arn: Option<String>,
    /// `Name` (ResponsibilityTransferName).
    pub name: Option<String>,
    /// `Id` (ResponsibilityTransferId).
    pub id: Option<String>,
    /// `Type` (ResponsibilityTransferType).
    pub r#type: Option<ResponsibilityTransferType>,
    /// `Status` (ResponsibilityTransferStatus).
    pub status: Option<ResponsibilityTransferStatus>,
    /// `Source` (TransferParticipant).
    pub source: Option<TransferParticipant>,
    /// `Target` (TransferParticipant).
    pub target: Option<TransferParticipant>,
    /// `StartTimestamp` (Timestamp).
    pub start_timestamp: Option<OffsetDateTime>,
    /// `EndTimestamp` (Timestamp).
    pub end_timestamp: Option<OffsetDateTime>,
    /// `ActiveHandshakeId` (HandshakeId).
    pub active_handshake_id: Option<String>,
}

impl std::fmt::Debug for ResponsibilityTransfer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponsibilityTransfer")
            .field("arn", &self.arn)
            .field("name", &"*** Sensitive Data Redacted ***")
            .field("id", &self.id)
            .field("r#type", &self.r#type)
            .field("status", &self.status)
            .field("source", &self.source)
            .field("target", &self.target)
            .field("start_timestamp", &self.start_timestamp)
            .field("end_timestamp", &self.end_timestamp)
            .field("active_handshake_id", &self.active_handshake_id)
            .finish()
    }
}

/// The `ResponsibilityTransferStatus` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponsibilityTransferStatus {
    /// `REQUESTED`
    Requested,
    /// `DECLINED`
    Declined,
    /// `CANCELED`
    Canceled,
    /// `EXPIRED`
    Expired,
    /// `ACCEPTED`
    Accepted,
    /// `WITHDRAWN`
    Withdrawn,
}

impl ResponsibilityTransferStatus {
    /// Every value, in model order.
    pub const ALL: [Self; 6] = [
        Self::Requested,
        Self::Declined,
        Self::Canceled,
        Self::Expired,
        Self::Accepted,
        Self::Withdrawn,
    ];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requested => "REQUESTED",
            Self::Declined => "DECLINED",
            Self::Canceled => "CANCELED",
            Self::Expired => "EXPIRED",
            Self::Accepted => "ACCEPTED",
            Self::Withdrawn => "WITHDRAWN",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "REQUESTED" => Some(Self::Requested),
            "DECLINED" => Some(Self::Declined),
            "CANCELED" => Some(Self::Canceled),
            "EXPIRED" => Some(Self::Expired),
            "ACCEPTED" => Some(Self::Accepted),
            "WITHDRAWN" => Some(Self::Withdrawn),
            _ => None,
        }
    }
}

/// The `ResponsibilityTransferType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponsibilityTransferType {
    /// `BILLING`
    Billing,
}

impl ResponsibilityTransferType {
    /// Every value, in model order.
    pub const ALL: [Self; 1] = [Self::Billing];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Billing => "BILLING",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "BILLING" => Some(Self::Billing),
            _ => None,
        }
    }
}

/// The `Root` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Root {
    /// `Id` (RootId).
    pub id: Option<String>,
    /// `Arn` (RootArn).
    pub arn: Option<String>,
    /// `Name` (RootName).
    pub name: Option<String>,
    /// `PolicyTypes` (PolicyTypes).
    pub policy_types: Option<Vec<PolicyTypeSummary>>,
}

/// The `Tag` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    /// `Key` (TagKey, required).
    pub key: String,
    /// `Value` (TagValue, required).
    pub value: String,
}

/// The `TagResourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagResourceRequest {
    /// `ResourceId` (TaggableResourceId, required).
    pub resource_id: String,
    /// `Tags` (Tags, required).
    pub tags: Vec<Tag>,
}

/// The `TargetType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TargetType {
    /// `ACCOUNT`
    Account,
    /// `ORGANIZATIONAL_UNIT`
    OrganizationalUnit,
    /// `ROOT`
    Root,
}

impl TargetType {
    /// Every value, in model order.
    pub const ALL: [Self; 3] = [Self::Account, Self::OrganizationalUnit, Self::Root];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Account => "ACCOUNT",
            Self::OrganizationalUnit => "ORGANIZATIONAL_UNIT",
            Self::Root => "ROOT",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACCOUNT" => Some(Self::Account),
            "ORGANIZATIONAL_UNIT" => Some(Self::OrganizationalUnit),
            "ROOT" => Some(Self::Root),
            _ => None,
        }
    }
}

/// The `TerminateResponsibilityTransferRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TerminateResponsibilityTransferRequest {
    /// `Id` (ResponsibilityTransferId, required).
    pub id: String,
    /// `EndTimestamp` (Timestamp).
    pub end_timestamp: Option<OffsetDateTime>,
}

/// The `TerminateResponsibilityTransferResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TerminateResponsibilityTransferResponse {
    /// `ResponsibilityTransfer` (ResponsibilityTransfer).
    pub responsibility_transfer: Option<ResponsibilityTransfer>,
}

/// The `TransferParticipant` structure.
#[derive(Clone, PartialEq, Default)]
pub struct TransferParticipant {
    /// `ManagementAccountId` (AccountId).
    pub management_account_id: Option<String>,
    /// `ManagementAccountEmail` (Email).
    pub management_account_email: Option<String>,
}

impl std::fmt::Debug for TransferParticipant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransferParticipant")
            .field("management_account_id", &self.management_account_id)
            .field(
                "management_account_email",
                &"*** Sensitive Data Redacted ***",
            )
            .finish()
    }
}

/// The `UntagResourceRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagResourceRequest {
    /// `ResourceId` (TaggableResourceId, required).
    pub resource_id: String,
    /// `TagKeys` (TagKeys, required).
    pub tag_keys: Vec<String>,
}

/// The `UpdateOrganizationalUnitRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrganizationalUnitRequest {
    /// `OrganizationalUnitId` (OrganizationalUnitId, required).
    pub organizational_unit_id: String,
    /// `Name` (OrganizationalUnitName).
    pub name: Option<String>,
}

/// The `UpdateOrganizationalUnitResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOrganizationalUnitResponse {
    /// `OrganizationalUnit` (OrganizationalUnit).
    pub organizational_unit: Option<OrganizationalUnit>,
}

/// The `UpdatePolicyRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdatePolicyRequest {
    /// `PolicyId` (PolicyId, required).
    pub policy_id: String,
    /// `Name` (PolicyName).
    pub name: Option<String>,
    /// `Description` (PolicyDescription).
    pub description: Option<String>,
    /// `Content` (PolicyContent).
    pub content: Option<String>,
}

/// The `UpdatePolicyResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdatePolicyResponse {
    /// `Policy` (Policy).
    pub policy: Option<Policy>,
}

/// The `UpdateResponsibilityTransferRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct UpdateResponsibilityTransferRequest {
    /// `Id` (ResponsibilityTransferId, required).
    pub id: String,
    /// `Name` (ResponsibilityTransferName, required).
    pub name: String,
}

impl std::fmt::Debug for UpdateResponsibilityTransferRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateResponsibilityTransferRequest")
            .field("id", &self.id)
            .field("name", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// The `UpdateResponsibilityTransferResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateResponsibilityTransferResponse {
    /// `ResponsibilityTransfer` (ResponsibilityTransfer).
    pub responsibility_transfer: Option<ResponsibilityTransfer>,
}
