//! IAM errors: constructors for the modelled errors, with their AWS code and HTTP status.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`. Do not edit: run
//! `cargo run -p gatehouse-codegen` to regenerate.

use crate::AwsError;

/// `AccountNotManagementOrDelegatedAdministratorException` (400), the `AccountNotManagementOrDelegatedAdministratorException` shape.
pub fn account_not_management_or_delegated_administrator(message: impl Into<String>) -> AwsError {
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
