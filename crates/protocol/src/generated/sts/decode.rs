//! STS query decoders: parameters to input shapes, with AWS's validation.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use super::validate::*;
use crate::decode::Decoder;

impl AssumeRoleRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let access_key_id = d.member("AccessKeyId", "accessKeyId", true, d_access_key_id_type);
        Some(Self {
            access_key_id: access_key_id?,
        })
    }
}

impl GetCallerIdentityRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl GetCertificateRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let trade_in_token = d.member("TradeInToken", "tradeInToken", true, d_trade_in_token_type);
        Some(Self {
            trade_in_token: trade_in_token?,
        })
    }
}

impl GetFederationTokenRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let provider_arn = d.member("ProviderArn", "providerArn", true, d_arn_type);
        Some(Self {
            provider_arn: provider_arn?,
        })
    }
}

impl GetWebIdentityTokenRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let arn = d.member("arn", "arn", false, d_arn_type);
        Some(Self { arn })
    }
}

impl ProvidedContext {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
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
    d.text_list(
        &C_WEB_IDENTITY_TOKEN_AUDIENCE_LIST_TYPE,
        &S_WEB_IDENTITY_TOKEN_AUDIENCE_STRING_TYPE,
    )
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
