//! STS shapes, codecs and dispatcher, generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

pub use crate::OperationInfo;
use crate::decode::{CountRules, Decoder, IntRules, Pattern, StringRules, decode_input};
use crate::encode::{JsonBody, JsonWriter, json_response};
use crate::encode::{XmlBody, XmlWriter, xml_response};
use crate::{AwsError, Encoded, QueryParams, ResponseFormat, Service};
use time::OffsetDateTime;

/// The `AssumeRoleRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumeRoleRequest {
    /// `RoleArn` (arnType, required).
    pub role_arn: String,
    /// `RoleSessionName` (roleSessionNameType, required).
    pub role_session_name: String,
    /// `PolicyArns` (policyDescriptorListType).
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `Policy` (unrestrictedSessionPolicyDocumentType).
    pub policy: Option<String>,
    /// `DurationSeconds` (roleDurationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `TransitiveTagKeys` (tagKeyListType).
    pub transitive_tag_keys: Option<Vec<String>>,
    /// `ExternalId` (externalIdType).
    pub external_id: Option<String>,
    /// `SerialNumber` (serialNumberType).
    pub serial_number: Option<String>,
    /// `TokenCode` (tokenCodeType).
    pub token_code: Option<String>,
    /// `SourceIdentity` (sourceIdentityType).
    pub source_identity: Option<String>,
    /// `ProvidedContexts` (ProvidedContextsListType).
    pub provided_contexts: Option<Vec<ProvidedContext>>,
    /// `MinimumSessionTokenSize` (minimumSessionTokenSizeType).
    pub minimum_session_token_size: Option<i32>,
}

/// The `AssumeRoleResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumeRoleResponse {
    /// `Credentials` (Credentials).
    pub credentials: Option<Credentials>,
    /// `AssumedRoleUser` (AssumedRoleUser).
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// `PackedPolicySize` (nonNegativeIntegerType).
    pub packed_policy_size: Option<i32>,
    /// `SourceIdentity` (sourceIdentityType).
    pub source_identity: Option<String>,
    /// `SessionTokenUtilization` (sessionTokenUtilizationType).
    pub session_token_utilization: Option<i32>,
    /// `SessionTokenSize` (sessionTokenSizeType).
    pub session_token_size: Option<i32>,
}

/// The `AssumeRoleWithSAMLRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct AssumeRoleWithSAMLRequest {
    /// `RoleArn` (arnType, required).
    pub role_arn: String,
    /// `PrincipalArn` (arnType, required).
    pub principal_arn: String,
    /// `SAMLAssertion` (SAMLAssertionType, required).
    pub saml_assertion: String,
    /// `PolicyArns` (policyDescriptorListType).
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `Policy` (sessionPolicyDocumentType).
    pub policy: Option<String>,
    /// `DurationSeconds` (roleDurationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `MinimumSessionTokenSize` (minimumSessionTokenSizeType).
    pub minimum_session_token_size: Option<i32>,
}

impl std::fmt::Debug for AssumeRoleWithSAMLRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssumeRoleWithSAMLRequest")
            .field("role_arn", &self.role_arn)
            .field("principal_arn", &self.principal_arn)
            .field("saml_assertion", &"*** Sensitive Data Redacted ***")
            .field("policy_arns", &self.policy_arns)
            .field("policy", &self.policy)
            .field("duration_seconds", &self.duration_seconds)
            .field(
                "minimum_session_token_size",
                &self.minimum_session_token_size,
            )
            .finish()
    }
}

/// The `AssumeRoleWithSAMLResponse` structure.
#[derive(Clone, PartialEq, Default)]
pub struct AssumeRoleWithSAMLResponse {
    /// `Credentials` (Credentials).
    pub credentials: Option<Credentials>,
    /// `AssumedRoleUser` (AssumedRoleUser).
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// `PackedPolicySize` (nonNegativeIntegerType).
    pub packed_policy_size: Option<i32>,
    /// `Subject` (Subject).
    pub subject: Option<String>,
    /// `SubjectType` (SubjectType).
    pub subject_type: Option<String>,
    /// `Issuer` (Issuer).
    pub issuer: Option<String>,
    /// `Audience` (Audience).
    pub audience: Option<String>,
    /// `NameQualifier` (NameQualifier).
    pub name_qualifier: Option<String>,
    /// `SourceIdentity` (sourceIdentityType).
    pub source_identity: Option<String>,
    /// `SessionTokenUtilization` (sessionTokenUtilizationType).
    pub session_token_utilization: Option<i32>,
    /// `SessionTokenSize` (sessionTokenSizeType).
    pub session_token_size: Option<i32>,
    /// `TrustedIdentityPropagationContext` (TrustedIdentityPropagationContext).
    pub trusted_identity_propagation_context: Option<TrustedIdentityPropagationContext>,
}

impl std::fmt::Debug for AssumeRoleWithSAMLResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssumeRoleWithSAMLResponse")
            .field("credentials", &self.credentials)
            .field("assumed_role_user", &self.assumed_role_user)
            .field("packed_policy_size", &self.packed_policy_size)
            .field("subject", &self.subject)
            .field("subject_type", &self.subject_type)
            .field("issuer", &self.issuer)
            .field("audience", &self.audience)
            .field("name_qualifier", &self.name_qualifier)
            .field("source_identity", &self.source_identity)
            .field("session_token_utilization", &self.session_token_utilization)
            .field("session_token_size", &self.session_token_size)
            .field(
                "trusted_identity_propagation_context",
                &"*** Sensitive Data Redacted ***",
            )
            .finish()
    }
}

/// The `AssumeRoleWithWebIdentityRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct AssumeRoleWithWebIdentityRequest {
    /// `RoleArn` (arnType, required).
    pub role_arn: String,
    /// `RoleSessionName` (roleSessionNameType, required).
    pub role_session_name: String,
    /// `WebIdentityToken` (clientTokenType, required).
    pub web_identity_token: String,
    /// `ProviderId` (urlType).
    pub provider_id: Option<String>,
    /// `PolicyArns` (policyDescriptorListType).
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `Policy` (sessionPolicyDocumentType).
    pub policy: Option<String>,
    /// `DurationSeconds` (roleDurationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `MinimumSessionTokenSize` (minimumSessionTokenSizeType).
    pub minimum_session_token_size: Option<i32>,
}

impl std::fmt::Debug for AssumeRoleWithWebIdentityRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssumeRoleWithWebIdentityRequest")
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("web_identity_token", &"*** Sensitive Data Redacted ***")
            .field("provider_id", &self.provider_id)
            .field("policy_arns", &self.policy_arns)
            .field("policy", &self.policy)
            .field("duration_seconds", &self.duration_seconds)
            .field(
                "minimum_session_token_size",
                &self.minimum_session_token_size,
            )
            .finish()
    }
}

/// The `AssumeRoleWithWebIdentityResponse` structure.
#[derive(Clone, PartialEq, Default)]
pub struct AssumeRoleWithWebIdentityResponse {
    /// `Credentials` (Credentials).
    pub credentials: Option<Credentials>,
    /// `SubjectFromWebIdentityToken` (webIdentitySubjectType).
    pub subject_from_web_identity_token: Option<String>,
    /// `AssumedRoleUser` (AssumedRoleUser).
    pub assumed_role_user: Option<AssumedRoleUser>,
    /// `PackedPolicySize` (nonNegativeIntegerType).
    pub packed_policy_size: Option<i32>,
    /// `Provider` (Issuer).
    pub provider: Option<String>,
    /// `Audience` (Audience).
    pub audience: Option<String>,
    /// `SourceIdentity` (sourceIdentityType).
    pub source_identity: Option<String>,
    /// `SessionTokenUtilization` (sessionTokenUtilizationType).
    pub session_token_utilization: Option<i32>,
    /// `SessionTokenSize` (sessionTokenSizeType).
    pub session_token_size: Option<i32>,
    /// `TrustedIdentityPropagationContext` (TrustedIdentityPropagationContext).
    pub trusted_identity_propagation_context: Option<TrustedIdentityPropagationContext>,
}

impl std::fmt::Debug for AssumeRoleWithWebIdentityResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssumeRoleWithWebIdentityResponse")
            .field("credentials", &self.credentials)
            .field(
                "subject_from_web_identity_token",
                &self.subject_from_web_identity_token,
            )
            .field("assumed_role_user", &self.assumed_role_user)
            .field("packed_policy_size", &self.packed_policy_size)
            .field("provider", &self.provider)
            .field("audience", &self.audience)
            .field("source_identity", &self.source_identity)
            .field("session_token_utilization", &self.session_token_utilization)
            .field("session_token_size", &self.session_token_size)
            .field(
                "trusted_identity_propagation_context",
                &"*** Sensitive Data Redacted ***",
            )
            .finish()
    }
}

/// The `AssumeRootRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumeRootRequest {
    /// `TargetPrincipal` (TargetPrincipalType, required).
    pub target_principal: String,
    /// `TaskPolicyArn` (PolicyDescriptorType, required).
    pub task_policy_arn: PolicyDescriptorType,
    /// `DurationSeconds` (RootDurationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `MinimumSessionTokenSize` (minimumSessionTokenSizeType).
    pub minimum_session_token_size: Option<i32>,
}

/// The `AssumeRootResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumeRootResponse {
    /// `Credentials` (Credentials).
    pub credentials: Option<Credentials>,
    /// `SourceIdentity` (sourceIdentityType).
    pub source_identity: Option<String>,
    /// `SessionTokenUtilization` (sessionTokenUtilizationType).
    pub session_token_utilization: Option<i32>,
    /// `SessionTokenSize` (sessionTokenSizeType).
    pub session_token_size: Option<i32>,
}

/// The `AssumedRoleUser` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssumedRoleUser {
    /// `AssumedRoleId` (assumedRoleIdType, required).
    pub assumed_role_id: String,
    /// `Arn` (arnType, required).
    pub arn: String,
}

/// The `Credentials` structure.
#[derive(Clone, PartialEq)]
pub struct Credentials {
    /// `AccessKeyId` (accessKeyIdType, required).
    pub access_key_id: String,
    /// `SecretAccessKey` (accessKeySecretType, required).
    pub secret_access_key: String,
    /// `SessionToken` (tokenType, required).
    pub session_token: String,
    /// `Expiration` (dateType, required).
    pub expiration: OffsetDateTime,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"*** Sensitive Data Redacted ***")
            .field("session_token", &self.session_token)
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// The `DecodeAuthorizationMessageRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DecodeAuthorizationMessageRequest {
    /// `EncodedMessage` (encodedMessageType, required).
    pub encoded_message: String,
}

/// The `DecodeAuthorizationMessageResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DecodeAuthorizationMessageResponse {
    /// `DecodedMessage` (decodedMessageType).
    pub decoded_message: Option<String>,
}

/// The `FederatedUser` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FederatedUser {
    /// `FederatedUserId` (federatedIdType, required).
    pub federated_user_id: String,
    /// `Arn` (arnType, required).
    pub arn: String,
}

/// The `GetAccessKeyInfoRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccessKeyInfoRequest {
    /// `AccessKeyId` (accessKeyIdType, required).
    pub access_key_id: String,
}

/// The `GetAccessKeyInfoResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccessKeyInfoResponse {
    /// `Account` (accountType).
    pub account: Option<String>,
}

/// The `GetCallerIdentityRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCallerIdentityRequest {}

/// The `GetCallerIdentityResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCallerIdentityResponse {
    /// `UserId` (userIdType).
    pub user_id: Option<String>,
    /// `Account` (accountType).
    pub account: Option<String>,
    /// `Arn` (arnType).
    pub arn: Option<String>,
}

/// The `GetCertificateRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCertificateRequest {
    /// `CertificateSigningRequest` (certificateSigningRequestType, required).
    pub certificate_signing_request: String,
    /// `MaxDurationSeconds` (workloadIdentityCertificateMaxDurationSecondsType).
    pub max_duration_seconds: Option<i32>,
}

/// The `GetCertificateResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCertificateResponse {
    /// `Certificate` (certificateBodyType).
    pub certificate: Option<String>,
    /// `CertificateChain` (certificateBodyType).
    pub certificate_chain: Option<String>,
    /// `NotBefore` (dateType).
    pub not_before: Option<OffsetDateTime>,
    /// `NotAfter` (dateType).
    pub not_after: Option<OffsetDateTime>,
    /// `Subject` (workloadIdentitySubjectType).
    pub subject: Option<String>,
}

/// The `GetDelegatedAccessTokenRequest` structure.
#[derive(Clone, PartialEq, Default)]
pub struct GetDelegatedAccessTokenRequest {
    /// `TradeInToken` (tradeInTokenType, required).
    pub trade_in_token: String,
}

impl std::fmt::Debug for GetDelegatedAccessTokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetDelegatedAccessTokenRequest")
            .field("trade_in_token", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}

/// The `GetDelegatedAccessTokenResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDelegatedAccessTokenResponse {
    /// `Credentials` (Credentials).
    pub credentials: Option<Credentials>,
    /// `PackedPolicySize` (nonNegativeIntegerType).
    pub packed_policy_size: Option<i32>,
    /// `AssumedPrincipal` (arnType).
    pub assumed_principal: Option<String>,
}

/// The `GetFederationTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFederationTokenRequest {
    /// `Name` (userNameType, required).
    pub name: String,
    /// `Policy` (sessionPolicyDocumentType).
    pub policy: Option<String>,
    /// `PolicyArns` (policyDescriptorListType).
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `DurationSeconds` (durationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `MinimumSessionTokenSize` (minimumSessionTokenSizeType).
    pub minimum_session_token_size: Option<i32>,
}

/// The `GetFederationTokenResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetFederationTokenResponse {
    /// `Credentials` (Credentials).
    pub credentials: Option<Credentials>,
    /// `FederatedUser` (FederatedUser).
    pub federated_user: Option<FederatedUser>,
    /// `PackedPolicySize` (nonNegativeIntegerType).
    pub packed_policy_size: Option<i32>,
    /// `SessionTokenUtilization` (sessionTokenUtilizationType).
    pub session_token_utilization: Option<i32>,
    /// `SessionTokenSize` (sessionTokenSizeType).
    pub session_token_size: Option<i32>,
}

/// The `GetScopedCredentialsRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetScopedCredentialsRequest {
    /// `Policy` (sessionPolicyDocumentType).
    pub policy: Option<String>,
    /// `DurationSeconds` (scopedCredentialDurationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `MinimumSessionTokenSize` (minimumSessionTokenSizeType).
    pub minimum_session_token_size: Option<i32>,
    /// `ScopedSessionDescription` (scopedSessionDescriptionType).
    pub scoped_session_description: Option<String>,
}

/// The `GetScopedCredentialsResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetScopedCredentialsResponse {
    /// `Credentials` (Credentials).
    pub credentials: Option<Credentials>,
    /// `SessionInfo` (ScopedSession).
    pub session_info: Option<ScopedSession>,
    /// `SessionTokenUtilization` (sessionTokenUtilizationType).
    pub session_token_utilization: Option<i32>,
    /// `SessionTokenSize` (sessionTokenSizeType).
    pub session_token_size: Option<i32>,
    /// `ScopedPoliciesCount` (scopedPoliciesCountType).
    pub scoped_policies_count: Option<i32>,
    /// `SourceIdentity` (sourceIdentityType).
    pub source_identity: Option<String>,
}

/// The `GetSessionTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSessionTokenRequest {
    /// `DurationSeconds` (durationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `SerialNumber` (serialNumberType).
    pub serial_number: Option<String>,
    /// `TokenCode` (tokenCodeType).
    pub token_code: Option<String>,
    /// `MinimumSessionTokenSize` (minimumSessionTokenSizeType).
    pub minimum_session_token_size: Option<i32>,
}

/// The `GetSessionTokenResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSessionTokenResponse {
    /// `Credentials` (Credentials).
    pub credentials: Option<Credentials>,
    /// `SessionTokenUtilization` (sessionTokenUtilizationType).
    pub session_token_utilization: Option<i32>,
    /// `SessionTokenSize` (sessionTokenSizeType).
    pub session_token_size: Option<i32>,
}

/// The `GetTrustBundlesRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTrustBundlesRequest {
    /// `ProviderArn` (arnType, required).
    pub provider_arn: String,
}

/// The `GetTrustBundlesResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTrustBundlesResponse {
    /// `TrustBundles` (trustBundleListType).
    pub trust_bundles: Option<Vec<TrustBundleEntry>>,
}

/// The `GetWebIdentityTokenRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWebIdentityTokenRequest {
    /// `Audience` (webIdentityTokenAudienceListType, required).
    pub audience: Vec<String>,
    /// `DurationSeconds` (webIdentityTokenDurationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `SigningAlgorithm` (jwtAlgorithmType, required).
    pub signing_algorithm: String,
    /// `Scope` (webIdentityTokenScopeType).
    pub scope: Option<String>,
    /// `SubjectMode` (webIdentityTokenSubjectModeType).
    pub subject_mode: Option<WebIdentityTokenSubjectModeType>,
    /// `Tags` (tagListType).
    pub tags: Option<Vec<Tag>>,
    /// `TokenType` (webIdentityTokenTypeType).
    pub token_type: Option<WebIdentityTokenTypeType>,
}

/// The `GetWebIdentityTokenResponse` structure.
#[derive(Clone, PartialEq, Default)]
pub struct GetWebIdentityTokenResponse {
    /// `WebIdentityToken` (webIdentityTokenType).
    pub web_identity_token: Option<String>,
    /// `Expiration` (dateType).
    pub expiration: Option<OffsetDateTime>,
}

impl std::fmt::Debug for GetWebIdentityTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetWebIdentityTokenResponse")
            .field("web_identity_token", &"*** Sensitive Data Redacted ***")
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// The `IssueWorkloadIdentityContextRequest` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssueWorkloadIdentityContextRequest {
    /// `WorkloadIdentityTemplateArn` (workloadIdentityTemplateArnType).
    pub workload_identity_template_arn: Option<String>,
    /// `AttestationDocument` (attestationDocumentType, required).
    pub attestation_document: String,
    /// `TargetRoleArn` (arnType).
    pub target_role_arn: Option<String>,
    /// `DurationSeconds` (workloadIdentityContextDurationSecondsType).
    pub duration_seconds: Option<i32>,
    /// `SessionDurationSeconds` (workloadIdentitySessionDurationSecondsType).
    pub session_duration_seconds: Option<i32>,
}

/// The `IssueWorkloadIdentityContextResponse` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssueWorkloadIdentityContextResponse {
    /// `ProvidedContext` (ProvidedContext, required).
    pub provided_context: ProvidedContext,
    /// `Subject` (Subject, required).
    pub subject: String,
    /// `Audience` (assertionAudienceType).
    pub audience: Option<String>,
    /// `Expiration` (dateType).
    pub expiration: Option<OffsetDateTime>,
    /// `SessionExpiration` (dateType).
    pub session_expiration: Option<OffsetDateTime>,
}

/// The `OriginIdentity` structure.
#[derive(Clone, PartialEq, Default)]
pub struct OriginIdentity {
    /// `Subject` (originIdentitySubjectType).
    pub subject: Option<String>,
    /// `SubjectType` (originIdentitySubjectTypeType).
    pub subject_type: Option<String>,
    /// `Issuer` (originIdentityIssuerType).
    pub issuer: Option<String>,
    /// `FederatedProviderArn` (arnType).
    pub federated_provider_arn: Option<String>,
}

impl std::fmt::Debug for OriginIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OriginIdentity")
            .field("subject", &"*** Sensitive Data Redacted ***")
            .field("subject_type", &"*** Sensitive Data Redacted ***")
            .field("issuer", &"*** Sensitive Data Redacted ***")
            .field("federated_provider_arn", &self.federated_provider_arn)
            .finish()
    }
}

/// The `PolicyDescriptorType` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyDescriptorType {
    /// `arn` (arnType).
    pub arn: Option<String>,
}

/// The `ProvidedContext` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvidedContext {
    /// `ProviderArn` (arnType).
    pub provider_arn: Option<String>,
    /// `ContextAssertion` (contextAssertionType).
    pub context_assertion: Option<String>,
}

/// The `ScopedSession` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScopedSession {
    /// `ScopedSessionId` (scopedSessionIdType, required).
    pub scoped_session_id: String,
    /// `Arn` (arnType, required).
    pub arn: String,
}

/// The `Tag` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tag {
    /// `Key` (tagKeyType, required).
    pub key: String,
    /// `Value` (tagValueType, required).
    pub value: String,
}

/// The `TransactionContext` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransactionContext {
    /// `IdentityProvider` (transactionContextIdentityProviderMapType).
    pub identity_provider: Option<Vec<(String, String)>>,
}

/// The `TrustBundleEntry` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustBundleEntry {
    /// `TrustDomain` (trustDomainType, required).
    pub trust_domain: String,
    /// `Bundle` (trustBundleDocumentType, required).
    pub bundle: String,
}

/// The `TrustedIdentityPropagationContext` structure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrustedIdentityPropagationContext {
    /// `OriginIdentity` (OriginIdentity).
    pub origin_identity: Option<OriginIdentity>,
    /// `TransactionContext` (TransactionContext).
    pub transaction_context: Option<TransactionContext>,
}

/// The `webIdentityTokenSubjectModeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebIdentityTokenSubjectModeType {
    /// `AWSIdentity`
    AWSIdentity,
    /// `OriginIdentity`
    OriginIdentity,
}

impl WebIdentityTokenSubjectModeType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::AWSIdentity, Self::OriginIdentity];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AWSIdentity => "AWSIdentity",
            Self::OriginIdentity => "OriginIdentity",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "AWSIdentity" => Some(Self::AWSIdentity),
            "OriginIdentity" => Some(Self::OriginIdentity),
            _ => None,
        }
    }
}

/// The `webIdentityTokenTypeType` enumeration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebIdentityTokenTypeType {
    /// `AWSIdentity`
    AWSIdentity,
    /// `JWT_SVID`
    JwtSvid,
}

impl WebIdentityTokenTypeType {
    /// Every value, in model order.
    pub const ALL: [Self; 2] = [Self::AWSIdentity, Self::JwtSvid];
    /// The wire value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AWSIdentity => "AWSIdentity",
            Self::JwtSvid => "JWT_SVID",
        }
    }
    /// The variant for a wire value (case-sensitive).
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "AWSIdentity" => Some(Self::AWSIdentity),
            "JWT_SVID" => Some(Self::JwtSvid),
            _ => None,
        }
    }
}

static C_PROVIDED_CONTEXTS_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(5),
};
static I_ROOT_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(0),
    max: Some(900),
};
static S_SAML_ASSERTION_TYPE: StringRules = StringRules {
    min: Some(4),
    max: Some(100000),
    pattern: None,
    values: &[],
    sensitive: true,
};
static S_TARGET_PRINCIPAL_TYPE: StringRules = StringRules {
    min: Some(12),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_ACCESS_KEY_ID_TYPE: Pattern = Pattern::new(r#"[\w]*"#, r#"\A(?:[0-9A-Za-z_]*)\z"#);
static S_ACCESS_KEY_ID_TYPE: StringRules = StringRules {
    min: Some(16),
    max: Some(128),
    pattern: Some(&P_ACCESS_KEY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_ARN_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{0085}\x{00A0}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]+)\z"#,
);
static S_ARN_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(2048),
    pattern: Some(&P_ARN_TYPE),
    values: &[],
    sensitive: false,
};
static S_ATTESTATION_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_CERTIFICATE_SIGNING_REQUEST_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_CERTIFICATE_SIGNING_REQUEST_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(32768),
    pattern: Some(&P_CERTIFICATE_SIGNING_REQUEST_TYPE),
    values: &[],
    sensitive: false,
};
static S_CLIENT_TOKEN_TYPE: StringRules = StringRules {
    min: Some(4),
    max: Some(20000),
    pattern: None,
    values: &[],
    sensitive: true,
};
static S_CONTEXT_ASSERTION_TYPE: StringRules = StringRules {
    min: Some(4),
    max: Some(3072),
    pattern: None,
    values: &[],
    sensitive: false,
};
static I_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(900),
    max: Some(129600),
};
static S_ENCODED_MESSAGE_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(10240),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_EXTERNAL_ID_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@:\/-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@:/-]*)\z"#);
static S_EXTERNAL_ID_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(1224),
    pattern: Some(&P_EXTERNAL_ID_TYPE),
    values: &[],
    sensitive: false,
};
static S_JWT_ALGORITHM_TYPE: StringRules = StringRules {
    min: Some(5),
    max: Some(5),
    pattern: None,
    values: &[],
    sensitive: false,
};
static I_MINIMUM_SESSION_TOKEN_SIZE_TYPE: IntRules = IntRules {
    min: Some(0),
    max: Some(4096),
};
static C_POLICY_DESCRIPTOR_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static I_ROLE_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(900),
    max: Some(43200),
};
static P_ROLE_SESSION_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@-]*)\z"#);
static S_ROLE_SESSION_NAME_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(64),
    pattern: Some(&P_ROLE_SESSION_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static I_SCOPED_CREDENTIAL_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(129600),
};
static P_SCOPED_SESSION_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
static S_SCOPED_SESSION_DESCRIPTION_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(256),
    pattern: Some(&P_SCOPED_SESSION_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static P_SERIAL_NUMBER_TYPE: Pattern =
    Pattern::new(r#"[\w+=/:,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=/:,.@-]*)\z"#);
static S_SERIAL_NUMBER_TYPE: StringRules = StringRules {
    min: Some(9),
    max: Some(256),
    pattern: Some(&P_SERIAL_NUMBER_TYPE),
    values: &[],
    sensitive: false,
};
static P_SESSION_POLICY_DOCUMENT_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_SESSION_POLICY_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(2048),
    pattern: Some(&P_SESSION_POLICY_DOCUMENT_TYPE),
    values: &[],
    sensitive: false,
};
static P_SOURCE_IDENTITY_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@-]*)\z"#);
static S_SOURCE_IDENTITY_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(256),
    pattern: Some(&P_SOURCE_IDENTITY_TYPE),
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
    sensitive: false,
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
    sensitive: false,
};
static P_TOKEN_CODE_TYPE: Pattern = Pattern::new(r#"[\d]*"#, r#"\A(?:[0-9]*)\z"#);
static S_TOKEN_CODE_TYPE: StringRules = StringRules {
    min: Some(6),
    max: Some(6),
    pattern: Some(&P_TOKEN_CODE_TYPE),
    values: &[],
    sensitive: false,
};
static S_TRADE_IN_TOKEN_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[],
    sensitive: true,
};
static P_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
static S_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1),
    max: None,
    pattern: Some(&P_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE),
    values: &[],
    sensitive: false,
};
static S_URL_TYPE: StringRules = StringRules {
    min: Some(4),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_USER_NAME_TYPE: Pattern = Pattern::new(r#"[\w+=,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@-]*)\z"#);
static S_USER_NAME_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(32),
    pattern: Some(&P_USER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static C_WEB_IDENTITY_TOKEN_AUDIENCE_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(10),
};
static S_WEB_IDENTITY_TOKEN_AUDIENCE_STRING_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(1000),
    pattern: None,
    values: &[],
    sensitive: false,
};
static I_WEB_IDENTITY_TOKEN_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(60),
    max: Some(3600),
};
static P_WEB_IDENTITY_TOKEN_SCOPE_TYPE: Pattern = Pattern::new(
    r#"[\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+( [\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+)*"#,
    r#"\A(?:[\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+( [\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+)*)\z"#,
);
static S_WEB_IDENTITY_TOKEN_SCOPE_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(256),
    pattern: Some(&P_WEB_IDENTITY_TOKEN_SCOPE_TYPE),
    values: &[],
    sensitive: false,
};
static S_WEB_IDENTITY_TOKEN_SUBJECT_MODE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["AWSIdentity", "OriginIdentity"],
    sensitive: false,
};
static S_WEB_IDENTITY_TOKEN_TYPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["AWSIdentity", "JWT_SVID"],
    sensitive: false,
};
static I_WORKLOAD_IDENTITY_CERTIFICATE_MAX_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(3600),
    max: Some(43200),
};
static I_WORKLOAD_IDENTITY_CONTEXT_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(60),
    max: Some(300),
};
static I_WORKLOAD_IDENTITY_SESSION_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(900),
    max: Some(43200),
};
static P_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE: Pattern = Pattern::new(
    r#"arn:[^:]+:iam::(\d{12}|o-[a-z0-9]{10,32}):workload-identity-template/[\w+=,.@/-]+"#,
    r#"\A(?:arn:[^:]+:iam::([0-9]{12}|o-[a-z0-9]{10,32}):workload-identity-template/[0-9A-Za-z_+=,.@/-]+)\z"#,
);
static S_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(2048),
    pattern: Some(&P_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE),
    values: &[],
    sensitive: false,
};
impl AssumeRoleRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_arn = d.member("RoleArn", "roleArn", true, d_arn_type);
        let role_session_name = d.member(
            "RoleSessionName",
            "roleSessionName",
            true,
            d_role_session_name_type,
        );
        let policy_arns = d.member(
            "PolicyArns",
            "policyArns",
            false,
            d_policy_descriptor_list_type,
        );
        let policy = d.member(
            "Policy",
            "policy",
            false,
            d_unrestricted_session_policy_document_type,
        );
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_role_duration_seconds_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        let transitive_tag_keys = d.member(
            "TransitiveTagKeys",
            "transitiveTagKeys",
            false,
            d_tag_key_list_type,
        );
        let external_id = d.member("ExternalId", "externalId", false, d_external_id_type);
        let serial_number = d.member("SerialNumber", "serialNumber", false, d_serial_number_type);
        let token_code = d.member("TokenCode", "tokenCode", false, d_token_code_type);
        let source_identity = d.member(
            "SourceIdentity",
            "sourceIdentity",
            false,
            d_source_identity_type,
        );
        let provided_contexts = d.member(
            "ProvidedContexts",
            "providedContexts",
            false,
            d_provided_contexts_list_type,
        );
        let minimum_session_token_size = d.member(
            "MinimumSessionTokenSize",
            "minimumSessionTokenSize",
            false,
            d_minimum_session_token_size_type,
        );
        Some(Self {
            role_arn: role_arn?,
            role_session_name: role_session_name?,
            policy_arns,
            policy,
            duration_seconds,
            tags,
            transitive_tag_keys,
            external_id,
            serial_number,
            token_code,
            source_identity,
            provided_contexts,
            minimum_session_token_size,
        })
    }
}

impl AssumeRoleWithSAMLRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_arn = d.member("RoleArn", "roleArn", true, d_arn_type);
        let principal_arn = d.member("PrincipalArn", "principalArn", true, d_arn_type);
        let saml_assertion = d.member(
            "SAMLAssertion",
            "sAMLAssertion",
            true,
            d_saml_assertion_type,
        );
        let policy_arns = d.member(
            "PolicyArns",
            "policyArns",
            false,
            d_policy_descriptor_list_type,
        );
        let policy = d.member("Policy", "policy", false, d_session_policy_document_type);
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_role_duration_seconds_type,
        );
        let minimum_session_token_size = d.member(
            "MinimumSessionTokenSize",
            "minimumSessionTokenSize",
            false,
            d_minimum_session_token_size_type,
        );
        Some(Self {
            role_arn: role_arn?,
            principal_arn: principal_arn?,
            saml_assertion: saml_assertion?,
            policy_arns,
            policy,
            duration_seconds,
            minimum_session_token_size,
        })
    }
}

impl AssumeRoleWithWebIdentityRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let role_arn = d.member("RoleArn", "roleArn", true, d_arn_type);
        let role_session_name = d.member(
            "RoleSessionName",
            "roleSessionName",
            true,
            d_role_session_name_type,
        );
        let web_identity_token = d.member(
            "WebIdentityToken",
            "webIdentityToken",
            true,
            d_client_token_type,
        );
        let provider_id = d.member("ProviderId", "providerId", false, d_url_type);
        let policy_arns = d.member(
            "PolicyArns",
            "policyArns",
            false,
            d_policy_descriptor_list_type,
        );
        let policy = d.member("Policy", "policy", false, d_session_policy_document_type);
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_role_duration_seconds_type,
        );
        let minimum_session_token_size = d.member(
            "MinimumSessionTokenSize",
            "minimumSessionTokenSize",
            false,
            d_minimum_session_token_size_type,
        );
        Some(Self {
            role_arn: role_arn?,
            role_session_name: role_session_name?,
            web_identity_token: web_identity_token?,
            provider_id,
            policy_arns,
            policy,
            duration_seconds,
            minimum_session_token_size,
        })
    }
}

impl AssumeRootRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let target_principal = d.member(
            "TargetPrincipal",
            "targetPrincipal",
            true,
            d_target_principal_type,
        );
        let task_policy_arn = d.member(
            "TaskPolicyArn",
            "taskPolicyArn",
            true,
            d_policy_descriptor_type,
        );
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_root_duration_seconds_type,
        );
        let minimum_session_token_size = d.member(
            "MinimumSessionTokenSize",
            "minimumSessionTokenSize",
            false,
            d_minimum_session_token_size_type,
        );
        Some(Self {
            target_principal: target_principal?,
            task_policy_arn: task_policy_arn?,
            duration_seconds,
            minimum_session_token_size,
        })
    }
}

impl DecodeAuthorizationMessageRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let encoded_message = d.member(
            "EncodedMessage",
            "encodedMessage",
            true,
            d_encoded_message_type,
        );
        Some(Self {
            encoded_message: encoded_message?,
        })
    }
}

impl GetAccessKeyInfoRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let access_key_id = d.member("AccessKeyId", "accessKeyId", true, d_access_key_id_type);
        Some(Self {
            access_key_id: access_key_id?,
        })
    }
}

impl GetCallerIdentityRequest {
    fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl GetCertificateRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let certificate_signing_request = d.member(
            "CertificateSigningRequest",
            "certificateSigningRequest",
            true,
            d_certificate_signing_request_type,
        );
        let max_duration_seconds = d.member(
            "MaxDurationSeconds",
            "maxDurationSeconds",
            false,
            d_workload_identity_certificate_max_duration_seconds_type,
        );
        Some(Self {
            certificate_signing_request: certificate_signing_request?,
            max_duration_seconds,
        })
    }
}

impl GetDelegatedAccessTokenRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let trade_in_token = d.member("TradeInToken", "tradeInToken", true, d_trade_in_token_type);
        Some(Self {
            trade_in_token: trade_in_token?,
        })
    }
}

impl GetFederationTokenRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let name = d.member("Name", "name", true, d_user_name_type);
        let policy = d.member("Policy", "policy", false, d_session_policy_document_type);
        let policy_arns = d.member(
            "PolicyArns",
            "policyArns",
            false,
            d_policy_descriptor_list_type,
        );
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_duration_seconds_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        let minimum_session_token_size = d.member(
            "MinimumSessionTokenSize",
            "minimumSessionTokenSize",
            false,
            d_minimum_session_token_size_type,
        );
        Some(Self {
            name: name?,
            policy,
            policy_arns,
            duration_seconds,
            tags,
            minimum_session_token_size,
        })
    }
}

impl GetScopedCredentialsRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy = d.member("Policy", "policy", false, d_session_policy_document_type);
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_scoped_credential_duration_seconds_type,
        );
        let minimum_session_token_size = d.member(
            "MinimumSessionTokenSize",
            "minimumSessionTokenSize",
            false,
            d_minimum_session_token_size_type,
        );
        let scoped_session_description = d.member(
            "ScopedSessionDescription",
            "scopedSessionDescription",
            false,
            d_scoped_session_description_type,
        );
        Some(Self {
            policy,
            duration_seconds,
            minimum_session_token_size,
            scoped_session_description,
        })
    }
}

impl GetSessionTokenRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_duration_seconds_type,
        );
        let serial_number = d.member("SerialNumber", "serialNumber", false, d_serial_number_type);
        let token_code = d.member("TokenCode", "tokenCode", false, d_token_code_type);
        let minimum_session_token_size = d.member(
            "MinimumSessionTokenSize",
            "minimumSessionTokenSize",
            false,
            d_minimum_session_token_size_type,
        );
        Some(Self {
            duration_seconds,
            serial_number,
            token_code,
            minimum_session_token_size,
        })
    }
}

impl GetTrustBundlesRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let provider_arn = d.member("ProviderArn", "providerArn", true, d_arn_type);
        Some(Self {
            provider_arn: provider_arn?,
        })
    }
}

impl GetWebIdentityTokenRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let audience = d.member(
            "Audience",
            "audience",
            true,
            d_web_identity_token_audience_list_type,
        );
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_web_identity_token_duration_seconds_type,
        );
        let signing_algorithm = d.member(
            "SigningAlgorithm",
            "signingAlgorithm",
            true,
            d_jwt_algorithm_type,
        );
        let scope = d.member("Scope", "scope", false, d_web_identity_token_scope_type);
        let subject_mode = d.member(
            "SubjectMode",
            "subjectMode",
            false,
            d_web_identity_token_subject_mode_type,
        );
        let tags = d.member("Tags", "tags", false, d_tag_list_type);
        let token_type = d.member(
            "TokenType",
            "tokenType",
            false,
            d_web_identity_token_type_type,
        );
        Some(Self {
            audience: audience?,
            duration_seconds,
            signing_algorithm: signing_algorithm?,
            scope,
            subject_mode,
            tags,
            token_type,
        })
    }
}

impl IssueWorkloadIdentityContextRequest {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let workload_identity_template_arn = d.member(
            "WorkloadIdentityTemplateArn",
            "workloadIdentityTemplateArn",
            false,
            d_workload_identity_template_arn_type,
        );
        let attestation_document = d.member(
            "AttestationDocument",
            "attestationDocument",
            true,
            d_attestation_document_type,
        );
        let target_role_arn = d.member("TargetRoleArn", "targetRoleArn", false, d_arn_type);
        let duration_seconds = d.member(
            "DurationSeconds",
            "durationSeconds",
            false,
            d_workload_identity_context_duration_seconds_type,
        );
        let session_duration_seconds = d.member(
            "SessionDurationSeconds",
            "sessionDurationSeconds",
            false,
            d_workload_identity_session_duration_seconds_type,
        );
        Some(Self {
            workload_identity_template_arn,
            attestation_document: attestation_document?,
            target_role_arn,
            duration_seconds,
            session_duration_seconds,
        })
    }
}

impl PolicyDescriptorType {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let arn = d.member("arn", "arn", false, d_arn_type);
        Some(Self { arn })
    }
}

impl ProvidedContext {
    fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let provider_arn = d.member("ProviderArn", "providerArn", false, d_arn_type);
        let context_assertion = d.member(
            "ContextAssertion",
            "contextAssertion",
            false,
            d_context_assertion_type,
        );
        Some(Self {
            provider_arn,
            context_assertion,
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

fn d_policy_descriptor_type(d: &mut Decoder<'_>) -> Option<PolicyDescriptorType> {
    if !d.has_children() {
        return None;
    }
    PolicyDescriptorType::decode_members(d)
}

fn d_provided_context(d: &mut Decoder<'_>) -> Option<ProvidedContext> {
    if !d.has_children() {
        return None;
    }
    ProvidedContext::decode_members(d)
}

fn d_provided_contexts_list_type(d: &mut Decoder<'_>) -> Option<Vec<ProvidedContext>> {
    d.list(&C_PROVIDED_CONTEXTS_LIST_TYPE, d_provided_context)
}

fn d_root_duration_seconds_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_ROOT_DURATION_SECONDS_TYPE)
}

fn d_saml_assertion_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SAML_ASSERTION_TYPE).map(str::to_owned)
}

fn d_tag(d: &mut Decoder<'_>) -> Option<Tag> {
    if !d.has_children() {
        return None;
    }
    Tag::decode_members(d)
}

fn d_target_principal_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_TARGET_PRINCIPAL_TYPE).map(str::to_owned)
}

fn d_access_key_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ACCESS_KEY_ID_TYPE).map(str::to_owned)
}

fn d_arn_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ARN_TYPE).map(str::to_owned)
}

fn d_attestation_document_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ATTESTATION_DOCUMENT_TYPE).map(str::to_owned)
}

fn d_certificate_signing_request_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CERTIFICATE_SIGNING_REQUEST_TYPE)
        .map(str::to_owned)
}

fn d_client_token_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CLIENT_TOKEN_TYPE).map(str::to_owned)
}

fn d_context_assertion_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CONTEXT_ASSERTION_TYPE).map(str::to_owned)
}

fn d_duration_seconds_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_DURATION_SECONDS_TYPE)
}

fn d_encoded_message_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ENCODED_MESSAGE_TYPE).map(str::to_owned)
}

fn d_external_id_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_EXTERNAL_ID_TYPE).map(str::to_owned)
}

fn d_jwt_algorithm_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_JWT_ALGORITHM_TYPE).map(str::to_owned)
}

fn d_minimum_session_token_size_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_MINIMUM_SESSION_TOKEN_SIZE_TYPE)
}

fn d_policy_descriptor_list_type(d: &mut Decoder<'_>) -> Option<Vec<PolicyDescriptorType>> {
    d.list(&C_POLICY_DESCRIPTOR_LIST_TYPE, d_policy_descriptor_type)
}

fn d_role_duration_seconds_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_ROLE_DURATION_SECONDS_TYPE)
}

fn d_role_session_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ROLE_SESSION_NAME_TYPE).map(str::to_owned)
}

fn d_scoped_credential_duration_seconds_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_SCOPED_CREDENTIAL_DURATION_SECONDS_TYPE)
}

fn d_scoped_session_description_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SCOPED_SESSION_DESCRIPTION_TYPE)
        .map(str::to_owned)
}

fn d_serial_number_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SERIAL_NUMBER_TYPE).map(str::to_owned)
}

fn d_session_policy_document_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SESSION_POLICY_DOCUMENT_TYPE).map(str::to_owned)
}

fn d_source_identity_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SOURCE_IDENTITY_TYPE).map(str::to_owned)
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

fn d_token_code_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_TOKEN_CODE_TYPE).map(str::to_owned)
}

fn d_trade_in_token_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_TRADE_IN_TOKEN_TYPE).map(str::to_owned)
}

fn d_unrestricted_session_policy_document_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE)
        .map(str::to_owned)
}

fn d_url_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_URL_TYPE).map(str::to_owned)
}

fn d_user_name_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_USER_NAME_TYPE).map(str::to_owned)
}

fn d_web_identity_token_audience_list_type(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.list(
        &C_WEB_IDENTITY_TOKEN_AUDIENCE_LIST_TYPE,
        d_web_identity_token_audience_string_type,
    )
}

fn d_web_identity_token_audience_string_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WEB_IDENTITY_TOKEN_AUDIENCE_STRING_TYPE)
        .map(str::to_owned)
}

fn d_web_identity_token_duration_seconds_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_WEB_IDENTITY_TOKEN_DURATION_SECONDS_TYPE)
}

fn d_web_identity_token_scope_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WEB_IDENTITY_TOKEN_SCOPE_TYPE).map(str::to_owned)
}

fn d_web_identity_token_subject_mode_type(
    d: &mut Decoder<'_>,
) -> Option<WebIdentityTokenSubjectModeType> {
    d.text(&S_WEB_IDENTITY_TOKEN_SUBJECT_MODE_TYPE)
        .and_then(WebIdentityTokenSubjectModeType::parse)
}

fn d_web_identity_token_type_type(d: &mut Decoder<'_>) -> Option<WebIdentityTokenTypeType> {
    d.text(&S_WEB_IDENTITY_TOKEN_TYPE_TYPE)
        .and_then(WebIdentityTokenTypeType::parse)
}

fn d_workload_identity_certificate_max_duration_seconds_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_WORKLOAD_IDENTITY_CERTIFICATE_MAX_DURATION_SECONDS_TYPE)
}

fn d_workload_identity_context_duration_seconds_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_WORKLOAD_IDENTITY_CONTEXT_DURATION_SECONDS_TYPE)
}

fn d_workload_identity_session_duration_seconds_type(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_WORKLOAD_IDENTITY_SESSION_DURATION_SECONDS_TYPE)
}

fn d_workload_identity_template_arn_type(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE)
        .map(str::to_owned)
}

impl XmlBody for AssumeRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_xml(w);
            w.close("AssumedRoleUser");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl JsonBody for AssumeRoleResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl XmlBody for AssumeRoleWithSAMLResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_xml(w);
            w.close("AssumedRoleUser");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
        if let Some(v) = &self.subject_type {
            w.text("SubjectType", v);
        }
        if let Some(v) = &self.issuer {
            w.text("Issuer", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.name_qualifier {
            w.text("NameQualifier", v);
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.trusted_identity_propagation_context {
            w.open("TrustedIdentityPropagationContext");
            v.write_xml(w);
            w.close("TrustedIdentityPropagationContext");
        }
    }
}

impl JsonBody for AssumeRoleWithSAMLResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
        if let Some(v) = &self.subject_type {
            w.text("SubjectType", v);
        }
        if let Some(v) = &self.issuer {
            w.text("Issuer", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.name_qualifier {
            w.text("NameQualifier", v);
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.trusted_identity_propagation_context {
            w.open("TrustedIdentityPropagationContext");
            v.write_json(w);
            w.close();
        }
    }
}

impl XmlBody for AssumeRoleWithWebIdentityResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.subject_from_web_identity_token {
            w.text("SubjectFromWebIdentityToken", v);
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_xml(w);
            w.close("AssumedRoleUser");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.provider {
            w.text("Provider", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.trusted_identity_propagation_context {
            w.open("TrustedIdentityPropagationContext");
            v.write_xml(w);
            w.close("TrustedIdentityPropagationContext");
        }
    }
}

impl JsonBody for AssumeRoleWithWebIdentityResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.subject_from_web_identity_token {
            w.text("SubjectFromWebIdentityToken", v);
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.provider {
            w.text("Provider", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.trusted_identity_propagation_context {
            w.open("TrustedIdentityPropagationContext");
            v.write_json(w);
            w.close();
        }
    }
}

impl XmlBody for AssumeRootResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl JsonBody for AssumeRootResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl XmlBody for AssumedRoleUser {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.assumed_role_id;
            w.text("AssumedRoleId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl JsonBody for AssumedRoleUser {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.assumed_role_id;
            w.text("AssumedRoleId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl XmlBody for Credentials {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.access_key_id;
            w.text("AccessKeyId", v);
        }
        {
            let v = &self.secret_access_key;
            w.text("SecretAccessKey", v);
        }
        {
            let v = &self.session_token;
            w.text("SessionToken", v);
        }
        {
            let v = &self.expiration;
            w.timestamp("Expiration", v);
        }
    }
}

impl JsonBody for Credentials {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.access_key_id;
            w.text("AccessKeyId", v);
        }
        {
            let v = &self.secret_access_key;
            w.text("SecretAccessKey", v);
        }
        {
            let v = &self.session_token;
            w.text("SessionToken", v);
        }
        {
            let v = &self.expiration;
            w.timestamp("Expiration", v);
        }
    }
}

impl XmlBody for DecodeAuthorizationMessageResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.decoded_message {
            w.text("DecodedMessage", v);
        }
    }
}

impl JsonBody for DecodeAuthorizationMessageResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.decoded_message {
            w.text("DecodedMessage", v);
        }
    }
}

impl XmlBody for FederatedUser {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.federated_user_id;
            w.text("FederatedUserId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl JsonBody for FederatedUser {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.federated_user_id;
            w.text("FederatedUserId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl XmlBody for GetAccessKeyInfoResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.account {
            w.text("Account", v);
        }
    }
}

impl JsonBody for GetAccessKeyInfoResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.account {
            w.text("Account", v);
        }
    }
}

impl XmlBody for GetCallerIdentityResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_id {
            w.text("UserId", v);
        }
        if let Some(v) = &self.account {
            w.text("Account", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
    }
}

impl JsonBody for GetCallerIdentityResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.user_id {
            w.text("UserId", v);
        }
        if let Some(v) = &self.account {
            w.text("Account", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
    }
}

impl XmlBody for GetCertificateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.certificate {
            w.text("Certificate", v);
        }
        if let Some(v) = &self.certificate_chain {
            w.text("CertificateChain", v);
        }
        if let Some(v) = &self.not_before {
            w.timestamp("NotBefore", v);
        }
        if let Some(v) = &self.not_after {
            w.timestamp("NotAfter", v);
        }
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
    }
}

impl JsonBody for GetCertificateResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.certificate {
            w.text("Certificate", v);
        }
        if let Some(v) = &self.certificate_chain {
            w.text("CertificateChain", v);
        }
        if let Some(v) = &self.not_before {
            w.timestamp("NotBefore", v);
        }
        if let Some(v) = &self.not_after {
            w.timestamp("NotAfter", v);
        }
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
    }
}

impl XmlBody for GetDelegatedAccessTokenResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.assumed_principal {
            w.text("AssumedPrincipal", v);
        }
    }
}

impl JsonBody for GetDelegatedAccessTokenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.assumed_principal {
            w.text("AssumedPrincipal", v);
        }
    }
}

impl XmlBody for GetFederationTokenResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.federated_user {
            w.open("FederatedUser");
            v.write_xml(w);
            w.close("FederatedUser");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl JsonBody for GetFederationTokenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.federated_user {
            w.open("FederatedUser");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl XmlBody for GetScopedCredentialsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.session_info {
            w.open("SessionInfo");
            v.write_xml(w);
            w.close("SessionInfo");
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.scoped_policies_count {
            w.integer("ScopedPoliciesCount", i64::from(*v));
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
    }
}

impl JsonBody for GetScopedCredentialsResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.session_info {
            w.open("SessionInfo");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.scoped_policies_count {
            w.integer("ScopedPoliciesCount", i64::from(*v));
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
    }
}

impl XmlBody for GetSessionTokenResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl JsonBody for GetSessionTokenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl XmlBody for GetTrustBundlesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.trust_bundles {
            w.open("TrustBundles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("TrustBundles");
        }
    }
}

impl JsonBody for GetTrustBundlesResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.trust_bundles {
            w.open_list("TrustBundles");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
    }
}

impl XmlBody for GetWebIdentityTokenResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.web_identity_token {
            w.text("WebIdentityToken", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
    }
}

impl JsonBody for GetWebIdentityTokenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.web_identity_token {
            w.text("WebIdentityToken", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
    }
}

impl XmlBody for IssueWorkloadIdentityContextResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.provided_context;
            w.open("ProvidedContext");
            v.write_xml(w);
            w.close("ProvidedContext");
        }
        {
            let v = &self.subject;
            w.text("Subject", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
        if let Some(v) = &self.session_expiration {
            w.timestamp("SessionExpiration", v);
        }
    }
}

impl JsonBody for IssueWorkloadIdentityContextResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.provided_context;
            w.open("ProvidedContext");
            v.write_json(w);
            w.close();
        }
        {
            let v = &self.subject;
            w.text("Subject", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
        if let Some(v) = &self.session_expiration {
            w.timestamp("SessionExpiration", v);
        }
    }
}

impl XmlBody for OriginIdentity {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
        if let Some(v) = &self.subject_type {
            w.text("SubjectType", v);
        }
        if let Some(v) = &self.issuer {
            w.text("Issuer", v);
        }
        if let Some(v) = &self.federated_provider_arn {
            w.text("FederatedProviderArn", v);
        }
    }
}

impl JsonBody for OriginIdentity {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
        if let Some(v) = &self.subject_type {
            w.text("SubjectType", v);
        }
        if let Some(v) = &self.issuer {
            w.text("Issuer", v);
        }
        if let Some(v) = &self.federated_provider_arn {
            w.text("FederatedProviderArn", v);
        }
    }
}

impl XmlBody for ProvidedContext {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.provider_arn {
            w.text("ProviderArn", v);
        }
        if let Some(v) = &self.context_assertion {
            w.text("ContextAssertion", v);
        }
    }
}

impl JsonBody for ProvidedContext {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.provider_arn {
            w.text("ProviderArn", v);
        }
        if let Some(v) = &self.context_assertion {
            w.text("ContextAssertion", v);
        }
    }
}

impl XmlBody for ScopedSession {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.scoped_session_id;
            w.text("ScopedSessionId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl JsonBody for ScopedSession {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.scoped_session_id;
            w.text("ScopedSessionId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl XmlBody for TransactionContext {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.identity_provider {
            w.open("IdentityProvider");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0);
                w.close("entry");
            }
            w.close("IdentityProvider");
        }
    }
}

impl JsonBody for TransactionContext {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.identity_provider {
            w.open("IdentityProvider");
            for (key, value) in v {
                w.text(key, value);
            }
            w.close();
        }
    }
}

impl XmlBody for TrustBundleEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.trust_domain;
            w.text("TrustDomain", v);
        }
        {
            let v = &self.bundle;
            w.text("Bundle", v);
        }
    }
}

impl JsonBody for TrustBundleEntry {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.trust_domain;
            w.text("TrustDomain", v);
        }
        {
            let v = &self.bundle;
            w.text("Bundle", v);
        }
    }
}

impl XmlBody for TrustedIdentityPropagationContext {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.origin_identity {
            w.open("OriginIdentity");
            v.write_xml(w);
            w.close("OriginIdentity");
        }
        if let Some(v) = &self.transaction_context {
            w.open("TransactionContext");
            v.write_xml(w);
            w.close("TransactionContext");
        }
    }
}

impl JsonBody for TrustedIdentityPropagationContext {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.origin_identity {
            w.open("OriginIdentity");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.transaction_context {
            w.open("TransactionContext");
            v.write_json(w);
            w.close();
        }
    }
}

/// Constructors for the modelled errors, with their AWS code and HTTP status.
pub mod errors {
    use crate::AwsError;

    /// `ExpiredTokenException` (400), the `ExpiredTokenException` shape.
    pub fn expired_token(message: impl Into<String>) -> AwsError {
        AwsError::new("ExpiredTokenException", 400, message)
    }

    /// `ExpiredTradeInTokenException` (400), the `ExpiredTradeInTokenException` shape.
    pub fn expired_trade_in_token(message: impl Into<String>) -> AwsError {
        AwsError::new("ExpiredTradeInTokenException", 400, message)
    }

    /// `IDPCommunicationError` (400), the `IDPCommunicationErrorException` shape.
    pub fn idp_communication_error(message: impl Into<String>) -> AwsError {
        AwsError::new("IDPCommunicationError", 400, message)
    }

    /// `IDPRejectedClaim` (403), the `IDPRejectedClaimException` shape.
    pub fn idp_rejected_claim(message: impl Into<String>) -> AwsError {
        AwsError::new("IDPRejectedClaim", 403, message)
    }

    /// `InsufficientSessionLifetime` (400), the `InsufficientSessionLifetimeException` shape.
    pub fn insufficient_session_lifetime(message: impl Into<String>) -> AwsError {
        AwsError::new("InsufficientSessionLifetime", 400, message)
    }

    /// `InvalidAttestationDocument` (400), the `InvalidAttestationDocumentException` shape.
    pub fn invalid_attestation_document(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidAttestationDocument", 400, message)
    }

    /// `InvalidAuthorizationMessageException` (400), the `InvalidAuthorizationMessageException` shape.
    pub fn invalid_authorization_message(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidAuthorizationMessageException", 400, message)
    }

    /// `InvalidContextAssertion` (400), the `InvalidContextAssertionException` shape.
    pub fn invalid_context_assertion(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidContextAssertion", 400, message)
    }

    /// `InvalidIdentityToken` (400), the `InvalidIdentityTokenException` shape.
    pub fn invalid_identity_token(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidIdentityToken", 400, message)
    }

    /// `InvalidSubjectCredentials` (400), the `InvalidSubjectCredentialsException` shape.
    pub fn invalid_subject_credentials(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidSubjectCredentials", 400, message)
    }

    /// `InvalidWorkloadIdentityConfiguration` (400), the `InvalidWorkloadIdentityConfigurationException` shape.
    pub fn invalid_workload_identity_configuration(message: impl Into<String>) -> AwsError {
        AwsError::new("InvalidWorkloadIdentityConfiguration", 400, message)
    }

    /// `JWTPayloadSizeExceededException` (400), the `JWTPayloadSizeExceededException` shape.
    pub fn jwt_payload_size_exceeded(message: impl Into<String>) -> AwsError {
        AwsError::new("JWTPayloadSizeExceededException", 400, message)
    }

    /// `MalformedCertificateSigningRequestException` (400), the `MalformedCertificateSigningRequestException` shape.
    pub fn malformed_certificate_signing_request(message: impl Into<String>) -> AwsError {
        AwsError::new("MalformedCertificateSigningRequestException", 400, message)
    }

    /// `MalformedPolicyDocument` (400), the `MalformedPolicyDocumentException` shape.
    pub fn malformed_policy_document(message: impl Into<String>) -> AwsError {
        AwsError::new("MalformedPolicyDocument", 400, message)
    }

    /// `OutboundWebIdentityFederationDisabledException` (403), the `OutboundWebIdentityFederationDisabledException` shape.
    pub fn outbound_web_identity_federation_disabled(message: impl Into<String>) -> AwsError {
        AwsError::new(
            "OutboundWebIdentityFederationDisabledException",
            403,
            message,
        )
    }

    /// `PackedPolicyTooLarge` (400), the `PackedPolicyTooLargeException` shape.
    pub fn packed_policy_too_large(message: impl Into<String>) -> AwsError {
        AwsError::new("PackedPolicyTooLarge", 400, message)
    }

    /// `RegionDisabledException` (403), the `RegionDisabledException` shape.
    pub fn region_disabled(message: impl Into<String>) -> AwsError {
        AwsError::new("RegionDisabledException", 403, message)
    }

    /// `RegionalSignerUnavailableException` (404), the `RegionalSignerUnavailableException` shape.
    pub fn regional_signer_unavailable(message: impl Into<String>) -> AwsError {
        AwsError::new("RegionalSignerUnavailableException", 404, message)
    }

    /// `ResourceNotFoundException` (404), the `ResourceNotFoundException` shape.
    pub fn resource_not_found(message: impl Into<String>) -> AwsError {
        AwsError::new("ResourceNotFoundException", 404, message)
    }

    /// `SessionDurationEscalationException` (403), the `SessionDurationEscalationException` shape.
    pub fn session_duration_escalation(message: impl Into<String>) -> AwsError {
        AwsError::new("SessionDurationEscalationException", 403, message)
    }

    /// `SignerNotConfiguredException` (404), the `SignerNotConfiguredException` shape.
    pub fn signer_not_configured(message: impl Into<String>) -> AwsError {
        AwsError::new("SignerNotConfiguredException", 404, message)
    }
}

static OPERATIONS: [OperationInfo; 15] = [
    OperationInfo {
        name: "AssumeRole",
        unsigned: false,
    },
    OperationInfo {
        name: "AssumeRoleWithSAML",
        unsigned: true,
    },
    OperationInfo {
        name: "AssumeRoleWithWebIdentity",
        unsigned: true,
    },
    OperationInfo {
        name: "AssumeRoot",
        unsigned: false,
    },
    OperationInfo {
        name: "DecodeAuthorizationMessage",
        unsigned: false,
    },
    OperationInfo {
        name: "GetAccessKeyInfo",
        unsigned: false,
    },
    OperationInfo {
        name: "GetCallerIdentity",
        unsigned: false,
    },
    OperationInfo {
        name: "GetCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "GetDelegatedAccessToken",
        unsigned: false,
    },
    OperationInfo {
        name: "GetFederationToken",
        unsigned: false,
    },
    OperationInfo {
        name: "GetScopedCredentials",
        unsigned: false,
    },
    OperationInfo {
        name: "GetSessionToken",
        unsigned: false,
    },
    OperationInfo {
        name: "GetTrustBundles",
        unsigned: false,
    },
    OperationInfo {
        name: "GetWebIdentityToken",
        unsigned: false,
    },
    OperationInfo {
        name: "IssueWorkloadIdentityContext",
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

/// The STS operations. Every method defaults to `NotImplemented` (501); implement the ones
/// the service supports.
pub trait StsApi: Sync {
    /// Per-request context (caller identity, clock, …).
    type Context: Sync;

    /// Handles `AssumeRole`.
    fn assume_role(
        &self,
        _ctx: &Self::Context,
        _input: AssumeRoleRequest,
    ) -> impl Future<Output = Result<AssumeRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssumeRole")) }
    }

    /// Handles `AssumeRoleWithSAML`.
    fn assume_role_with_saml(
        &self,
        _ctx: &Self::Context,
        _input: AssumeRoleWithSAMLRequest,
    ) -> impl Future<Output = Result<AssumeRoleWithSAMLResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssumeRoleWithSAML")) }
    }

    /// Handles `AssumeRoleWithWebIdentity`.
    fn assume_role_with_web_identity(
        &self,
        _ctx: &Self::Context,
        _input: AssumeRoleWithWebIdentityRequest,
    ) -> impl Future<Output = Result<AssumeRoleWithWebIdentityResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssumeRoleWithWebIdentity")) }
    }

    /// Handles `AssumeRoot`.
    fn assume_root(
        &self,
        _ctx: &Self::Context,
        _input: AssumeRootRequest,
    ) -> impl Future<Output = Result<AssumeRootResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssumeRoot")) }
    }

    /// Handles `DecodeAuthorizationMessage`.
    fn decode_authorization_message(
        &self,
        _ctx: &Self::Context,
        _input: DecodeAuthorizationMessageRequest,
    ) -> impl Future<Output = Result<DecodeAuthorizationMessageResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DecodeAuthorizationMessage")) }
    }

    /// Handles `GetAccessKeyInfo`.
    fn get_access_key_info(
        &self,
        _ctx: &Self::Context,
        _input: GetAccessKeyInfoRequest,
    ) -> impl Future<Output = Result<GetAccessKeyInfoResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetAccessKeyInfo")) }
    }

    /// Handles `GetCallerIdentity`.
    fn get_caller_identity(
        &self,
        _ctx: &Self::Context,
        _input: GetCallerIdentityRequest,
    ) -> impl Future<Output = Result<GetCallerIdentityResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetCallerIdentity")) }
    }

    /// Handles `GetCertificate`.
    fn get_certificate(
        &self,
        _ctx: &Self::Context,
        _input: GetCertificateRequest,
    ) -> impl Future<Output = Result<GetCertificateResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetCertificate")) }
    }

    /// Handles `GetDelegatedAccessToken`.
    fn get_delegated_access_token(
        &self,
        _ctx: &Self::Context,
        _input: GetDelegatedAccessTokenRequest,
    ) -> impl Future<Output = Result<GetDelegatedAccessTokenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetDelegatedAccessToken")) }
    }

    /// Handles `GetFederationToken`.
    fn get_federation_token(
        &self,
        _ctx: &Self::Context,
        _input: GetFederationTokenRequest,
    ) -> impl Future<Output = Result<GetFederationTokenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetFederationToken")) }
    }

    /// Handles `GetScopedCredentials`.
    fn get_scoped_credentials(
        &self,
        _ctx: &Self::Context,
        _input: GetScopedCredentialsRequest,
    ) -> impl Future<Output = Result<GetScopedCredentialsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetScopedCredentials")) }
    }

    /// Handles `GetSessionToken`.
    fn get_session_token(
        &self,
        _ctx: &Self::Context,
        _input: GetSessionTokenRequest,
    ) -> impl Future<Output = Result<GetSessionTokenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetSessionToken")) }
    }

    /// Handles `GetTrustBundles`.
    fn get_trust_bundles(
        &self,
        _ctx: &Self::Context,
        _input: GetTrustBundlesRequest,
    ) -> impl Future<Output = Result<GetTrustBundlesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetTrustBundles")) }
    }

    /// Handles `GetWebIdentityToken`.
    fn get_web_identity_token(
        &self,
        _ctx: &Self::Context,
        _input: GetWebIdentityTokenRequest,
    ) -> impl Future<Output = Result<GetWebIdentityTokenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetWebIdentityToken")) }
    }

    /// Handles `IssueWorkloadIdentityContext`.
    fn issue_workload_identity_context(
        &self,
        _ctx: &Self::Context,
        _input: IssueWorkloadIdentityContextRequest,
    ) -> impl Future<Output = Result<IssueWorkloadIdentityContextResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("IssueWorkloadIdentityContext")) }
    }
}

/// Decodes and validates the input for the request's action, calls the handler and encodes
/// its output in the success envelope (XML or JSON per `format`).
pub async fn dispatch<H: StsApi>(
    handler: &H,
    ctx: &H::Context,
    params: &QueryParams,
    request_id: &str,
    format: ResponseFormat,
) -> Result<Encoded, AwsError> {
    match Service::Sts.action(params)? {
        "AssumeRole" => {
            let input = decode_input(params, AssumeRoleRequest::decode_members)?;
            let output = handler.assume_role(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Service::Sts, "AssumeRole", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("AssumeRole", request_id, Some(&output)),
            })
        }
        "AssumeRoleWithSAML" => {
            let input = decode_input(params, AssumeRoleWithSAMLRequest::decode_members)?;
            let output = handler.assume_role_with_saml(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Service::Sts,
                    "AssumeRoleWithSAML",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("AssumeRoleWithSAML", request_id, Some(&output))
                }
            })
        }
        "AssumeRoleWithWebIdentity" => {
            let input = decode_input(params, AssumeRoleWithWebIdentityRequest::decode_members)?;
            let output = handler.assume_role_with_web_identity(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Service::Sts,
                    "AssumeRoleWithWebIdentity",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("AssumeRoleWithWebIdentity", request_id, Some(&output))
                }
            })
        }
        "AssumeRoot" => {
            let input = decode_input(params, AssumeRootRequest::decode_members)?;
            let output = handler.assume_root(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Service::Sts, "AssumeRoot", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("AssumeRoot", request_id, Some(&output)),
            })
        }
        "DecodeAuthorizationMessage" => {
            let input = decode_input(params, DecodeAuthorizationMessageRequest::decode_members)?;
            let output = handler.decode_authorization_message(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Service::Sts,
                    "DecodeAuthorizationMessage",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("DecodeAuthorizationMessage", request_id, Some(&output))
                }
            })
        }
        "GetAccessKeyInfo" => {
            let input = decode_input(params, GetAccessKeyInfoRequest::decode_members)?;
            let output = handler.get_access_key_info(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Service::Sts, "GetAccessKeyInfo", request_id, Some(&output))
                }
                ResponseFormat::Json => {
                    json_response("GetAccessKeyInfo", request_id, Some(&output))
                }
            })
        }
        "GetCallerIdentity" => {
            let input = decode_input(params, GetCallerIdentityRequest::decode_members)?;
            let output = handler.get_caller_identity(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Service::Sts, "GetCallerIdentity", request_id, Some(&output))
                }
                ResponseFormat::Json => {
                    json_response("GetCallerIdentity", request_id, Some(&output))
                }
            })
        }
        "GetCertificate" => {
            let input = decode_input(params, GetCertificateRequest::decode_members)?;
            let output = handler.get_certificate(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Service::Sts, "GetCertificate", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("GetCertificate", request_id, Some(&output)),
            })
        }
        "GetDelegatedAccessToken" => {
            let input = decode_input(params, GetDelegatedAccessTokenRequest::decode_members)?;
            let output = handler.get_delegated_access_token(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Service::Sts,
                    "GetDelegatedAccessToken",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("GetDelegatedAccessToken", request_id, Some(&output))
                }
            })
        }
        "GetFederationToken" => {
            let input = decode_input(params, GetFederationTokenRequest::decode_members)?;
            let output = handler.get_federation_token(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Service::Sts,
                    "GetFederationToken",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("GetFederationToken", request_id, Some(&output))
                }
            })
        }
        "GetScopedCredentials" => {
            let input = decode_input(params, GetScopedCredentialsRequest::decode_members)?;
            let output = handler.get_scoped_credentials(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Service::Sts,
                    "GetScopedCredentials",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("GetScopedCredentials", request_id, Some(&output))
                }
            })
        }
        "GetSessionToken" => {
            let input = decode_input(params, GetSessionTokenRequest::decode_members)?;
            let output = handler.get_session_token(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Service::Sts, "GetSessionToken", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("GetSessionToken", request_id, Some(&output)),
            })
        }
        "GetTrustBundles" => {
            let input = decode_input(params, GetTrustBundlesRequest::decode_members)?;
            let output = handler.get_trust_bundles(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Service::Sts, "GetTrustBundles", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("GetTrustBundles", request_id, Some(&output)),
            })
        }
        "GetWebIdentityToken" => {
            let input = decode_input(params, GetWebIdentityTokenRequest::decode_members)?;
            let output = handler.get_web_identity_token(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Service::Sts,
                    "GetWebIdentityToken",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("GetWebIdentityToken", request_id, Some(&output))
                }
            })
        }
        "IssueWorkloadIdentityContext" => {
            let input = decode_input(params, IssueWorkloadIdentityContextRequest::decode_members)?;
            let output = handler.issue_workload_identity_context(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Service::Sts,
                    "IssueWorkloadIdentityContext",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("IssueWorkloadIdentityContext", request_id, Some(&output))
                }
            })
        }
        other => Err(AwsError::invalid_action(other, Service::Sts.version())),
    }
}

#[cfg(test)]
mod pattern_tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        let patterns: [&Pattern; 16] = [
            &P_ACCESS_KEY_ID_TYPE,
            &P_ARN_TYPE,
            &P_CERTIFICATE_SIGNING_REQUEST_TYPE,
            &P_EXTERNAL_ID_TYPE,
            &P_ROLE_SESSION_NAME_TYPE,
            &P_SCOPED_SESSION_DESCRIPTION_TYPE,
            &P_SERIAL_NUMBER_TYPE,
            &P_SESSION_POLICY_DOCUMENT_TYPE,
            &P_SOURCE_IDENTITY_TYPE,
            &P_TAG_KEY_TYPE,
            &P_TAG_VALUE_TYPE,
            &P_TOKEN_CODE_TYPE,
            &P_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE,
            &P_USER_NAME_TYPE,
            &P_WEB_IDENTITY_TOKEN_SCOPE_TYPE,
            &P_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE,
        ];
        for p in patterns {
            assert!(p.regex().is_some(), "{p:?}");
        }
    }
}
