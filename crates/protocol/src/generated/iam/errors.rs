//! IAM errors: constructors for the modelled errors, with their AWS code and HTTP status.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::AwsError;
use gatehouse_error::{Error, ErrorCode};

/// `AccountNotManagementOrDelegatedAdministratorException` (400), the `AccountNotManagementOrDelegatedAdministratorException` shape.
pub fn account_not_management_or_delegated_administrator(message: impl Into<String>) -> AwsError {
    Error::new(
        ErrorCode::AccountNotManagementOrDelegatedAdministratorException,
        message,
    )
    .into()
}

/// `CallerIsNotManagementAccountException` (400), the `CallerIsNotManagementAccountException` shape.
pub fn caller_is_not_management_account(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::CallerIsNotManagementAccountException, message).into()
}

/// `ConcurrentModification` (409), the `ConcurrentModificationException` shape.
pub fn concurrent_modification(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ConcurrentModification, message).into()
}

/// `ReportExpired` (410), the `CredentialReportExpiredException` shape.
pub fn credential_report_expired(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ReportExpired, message).into()
}

/// `ReportNotPresent` (410), the `CredentialReportNotPresentException` shape.
pub fn credential_report_not_present(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ReportNotPresent, message).into()
}

/// `ReportInProgress` (404), the `CredentialReportNotReadyException` shape.
pub fn credential_report_not_ready(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ReportInProgress, message).into()
}

/// `DeleteConflict` (409), the `DeleteConflictException` shape.
pub fn delete_conflict(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DeleteConflict, message).into()
}

/// `DuplicateCertificate` (409), the `DuplicateCertificateException` shape.
pub fn duplicate_certificate(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DuplicateCertificate, message).into()
}

/// `DuplicateSSHPublicKey` (400), the `DuplicateSSHPublicKeyException` shape.
pub fn duplicate_ssh_public_key(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DuplicateSSHPublicKey, message).into()
}

/// `EntityAlreadyExists` (409), the `EntityAlreadyExistsException` shape.
pub fn entity_already_exists(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::EntityAlreadyExists, message).into()
}

/// `EntityTemporarilyUnmodifiable` (409), the `EntityTemporarilyUnmodifiableException` shape.
pub fn entity_temporarily_unmodifiable(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::EntityTemporarilyUnmodifiable, message).into()
}

/// `FeatureDisabled` (404), the `FeatureDisabledException` shape.
pub fn feature_disabled(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::FeatureDisabled, message).into()
}

/// `FeatureEnabled` (409), the `FeatureEnabledException` shape.
pub fn feature_enabled(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::FeatureEnabled, message).into()
}

/// `InvalidAuthenticationCode` (403), the `InvalidAuthenticationCodeException` shape.
pub fn invalid_authentication_code(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidAuthenticationCode, message).into()
}

/// `InvalidCertificate` (400), the `InvalidCertificateException` shape.
pub fn invalid_certificate(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidCertificate, message).into()
}

/// `InvalidInput` (400), the `InvalidInputException` shape.
pub fn invalid_input(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidInput, message).into()
}

/// `InvalidPublicKey` (400), the `InvalidPublicKeyException` shape.
pub fn invalid_public_key(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidPublicKey, message).into()
}

/// `InvalidUserType` (400), the `InvalidUserTypeException` shape.
pub fn invalid_user_type(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidUserType, message).into()
}

/// `KeyPairMismatch` (400), the `KeyPairMismatchException` shape.
pub fn key_pair_mismatch(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::KeyPairMismatch, message).into()
}

/// `LimitExceeded` (409), the `LimitExceededException` shape.
pub fn limit_exceeded(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::LimitExceeded, message).into()
}

/// `MalformedCertificate` (400), the `MalformedCertificateException` shape.
pub fn malformed_certificate(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::MalformedCertificate, message).into()
}

/// `MalformedPolicyDocument` (400), the `MalformedPolicyDocumentException` shape.
pub fn malformed_policy_document(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::MalformedPolicyDocument, message).into()
}

/// `NameConflict` (409), the `NameConflictException` shape.
pub fn name_conflict(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::NameConflict, message).into()
}

/// `NoSuchEntity` (404), the `NoSuchEntityException` shape.
pub fn no_such_entity(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::NoSuchEntity, message).into()
}

/// `OpenIdIdpCommunicationError` (400), the `OpenIdIdpCommunicationErrorException` shape.
pub fn open_id_idp_communication_error(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::OpenIdIdpCommunicationError, message).into()
}

/// `OrganizationLevelResourcesExistException` (400), the `OrganizationLevelResourcesExistException` shape.
pub fn organization_level_resources_exist(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::OrganizationLevelResourcesExistException, message).into()
}

/// `OrganizationNotFoundException` (400), the `OrganizationNotFoundException` shape.
pub fn organization_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::OrganizationNotFoundException, message).into()
}

/// `OrganizationNotInAllFeaturesModeException` (400), the `OrganizationNotInAllFeaturesModeException` shape.
pub fn organization_not_in_all_features_mode(message: impl Into<String>) -> AwsError {
    Error::new(
        ErrorCode::OrganizationNotInAllFeaturesModeException,
        message,
    )
    .into()
}

/// `PasswordPolicyViolation` (400), the `PasswordPolicyViolationException` shape.
pub fn password_policy_violation(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PasswordPolicyViolation, message).into()
}

/// `PolicyEvaluation` (500), the `PolicyEvaluationException` shape.
pub fn policy_evaluation(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PolicyEvaluation, message).into()
}

/// `PolicyNotAttachable` (400), the `PolicyNotAttachableException` shape.
pub fn policy_not_attachable(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PolicyNotAttachable, message).into()
}

/// `ReportGenerationLimitExceeded` (409), the `ReportGenerationLimitExceededException` shape.
pub fn report_generation_limit_exceeded(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ReportGenerationLimitExceeded, message).into()
}

/// `RoleModified` (409), the `RoleModifiedException` shape.
pub fn role_modified(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::RoleModified, message).into()
}

/// `RoleTemplateDisabled` (400), the `RoleTemplateDisabledException` shape.
pub fn role_template_disabled(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::RoleTemplateDisabled, message).into()
}

/// `ServiceAccessNotEnabledException` (400), the `ServiceAccessNotEnabledException` shape.
pub fn service_access_not_enabled(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ServiceAccessNotEnabledException, message).into()
}

/// `ServiceFailure` (500), the `ServiceFailureException` shape.
pub fn service_failure(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ServiceFailure, message).into()
}

/// `NotSupportedService` (404), the `ServiceNotSupportedException` shape.
pub fn service_not_supported(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::NotSupportedService, message).into()
}

/// `UnmodifiableEntity` (400), the `UnmodifiableEntityException` shape.
pub fn unmodifiable_entity(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::UnmodifiableEntity, message).into()
}

/// `UnrecognizedPublicKeyEncoding` (400), the `UnrecognizedPublicKeyEncodingException` shape.
pub fn unrecognized_public_key_encoding(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::UnrecognizedPublicKeyEncoding, message).into()
}
