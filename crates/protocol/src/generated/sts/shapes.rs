//! STS shapes: one type per structure and enumeration an operation reaches.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

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
