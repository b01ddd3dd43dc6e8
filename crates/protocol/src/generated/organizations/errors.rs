//! ORGANIZATIONS errors: constructors for the modelled errors, with their AWS code and HTTP status.
//!
//! Generated from `models/organizations-2016-11-28.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::AwsError;
use gatehouse_error::{Error, ErrorCode};

/// `AWSOrganizationsNotInUseException` (400), the `AWSOrganizationsNotInUseException` shape.
pub fn aws_organizations_not_in_use(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AWSOrganizationsNotInUseException, message).into()
}

/// `AccessDeniedException` (400), the `AccessDeniedException` shape.
pub fn access_denied(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AccessDeniedException, message).into()
}

/// `AccessDeniedForDependencyException` (400), the `AccessDeniedForDependencyException` shape.
pub fn access_denied_for_dependency(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AccessDeniedForDependencyException, message).into()
}

/// `AccountAlreadyClosedException` (400), the `AccountAlreadyClosedException` shape.
pub fn account_already_closed(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AccountAlreadyClosedException, message).into()
}

/// `AccountAlreadyRegisteredException` (400), the `AccountAlreadyRegisteredException` shape.
pub fn account_already_registered(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AccountAlreadyRegisteredException, message).into()
}

/// `AccountNotFoundException` (400), the `AccountNotFoundException` shape.
pub fn account_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AccountNotFoundException, message).into()
}

/// `AccountNotRegisteredException` (400), the `AccountNotRegisteredException` shape.
pub fn account_not_registered(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AccountNotRegisteredException, message).into()
}

/// `AccountOwnerNotVerifiedException` (400), the `AccountOwnerNotVerifiedException` shape.
pub fn account_owner_not_verified(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AccountOwnerNotVerifiedException, message).into()
}

/// `AlreadyInOrganizationException` (400), the `AlreadyInOrganizationException` shape.
pub fn already_in_organization(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::AlreadyInOrganizationException, message).into()
}

/// `ChildNotFoundException` (400), the `ChildNotFoundException` shape.
pub fn child_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ChildNotFoundException, message).into()
}

/// `ConcurrentModificationException` (400), the `ConcurrentModificationException` shape.
pub fn concurrent_modification(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ConcurrentModificationException, message).into()
}

/// `ConflictException` (400), the `ConflictException` shape.
pub fn conflict(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ConflictException, message).into()
}

/// `ConstraintViolationException` (400), the `ConstraintViolationException` shape.
pub fn constraint_violation(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ConstraintViolationException, message).into()
}

/// `CreateAccountStatusNotFoundException` (400), the `CreateAccountStatusNotFoundException` shape.
pub fn create_account_status_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::CreateAccountStatusNotFoundException, message).into()
}

/// `DestinationParentNotFoundException` (400), the `DestinationParentNotFoundException` shape.
pub fn destination_parent_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DestinationParentNotFoundException, message).into()
}

/// `DuplicateAccountException` (400), the `DuplicateAccountException` shape.
pub fn duplicate_account(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DuplicateAccountException, message).into()
}

/// `DuplicateHandshakeException` (400), the `DuplicateHandshakeException` shape.
pub fn duplicate_handshake(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DuplicateHandshakeException, message).into()
}

/// `DuplicateOrganizationalUnitException` (400), the `DuplicateOrganizationalUnitException` shape.
pub fn duplicate_organizational_unit(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DuplicateOrganizationalUnitException, message).into()
}

/// `DuplicatePolicyAttachmentException` (400), the `DuplicatePolicyAttachmentException` shape.
pub fn duplicate_policy_attachment(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DuplicatePolicyAttachmentException, message).into()
}

/// `DuplicatePolicyException` (400), the `DuplicatePolicyException` shape.
pub fn duplicate_policy(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::DuplicatePolicyException, message).into()
}

/// `EffectivePolicyNotFoundException` (400), the `EffectivePolicyNotFoundException` shape.
pub fn effective_policy_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::EffectivePolicyNotFoundException, message).into()
}

/// `FinalizingOrganizationException` (400), the `FinalizingOrganizationException` shape.
pub fn finalizing_organization(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::FinalizingOrganizationException, message).into()
}

/// `HandshakeAlreadyInStateException` (400), the `HandshakeAlreadyInStateException` shape.
pub fn handshake_already_in_state(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::HandshakeAlreadyInStateException, message).into()
}

/// `HandshakeConstraintViolationException` (400), the `HandshakeConstraintViolationException` shape.
pub fn handshake_constraint_violation(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::HandshakeConstraintViolationException, message).into()
}

/// `HandshakeNotFoundException` (400), the `HandshakeNotFoundException` shape.
pub fn handshake_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::HandshakeNotFoundException, message).into()
}

/// `InvalidHandshakeTransitionException` (400), the `InvalidHandshakeTransitionException` shape.
pub fn invalid_handshake_transition(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidHandshakeTransitionException, message).into()
}

/// `InvalidInputException` (400), the `InvalidInputException` shape.
pub fn invalid_input(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidInputException, message).into()
}

/// `InvalidResponsibilityTransferTransitionException` (400), the `InvalidResponsibilityTransferTransitionException` shape.
pub fn invalid_responsibility_transfer_transition(message: impl Into<String>) -> AwsError {
    Error::new(
        ErrorCode::InvalidResponsibilityTransferTransitionException,
        message,
    )
    .into()
}

/// `MalformedPolicyDocumentException` (400), the `MalformedPolicyDocumentException` shape.
pub fn malformed_policy_document(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::MalformedPolicyDocumentException, message).into()
}

/// `MasterCannotLeaveOrganizationException` (400), the `MasterCannotLeaveOrganizationException` shape.
pub fn master_cannot_leave_organization(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::MasterCannotLeaveOrganizationException, message).into()
}

/// `OrganizationNotEmptyException` (400), the `OrganizationNotEmptyException` shape.
pub fn organization_not_empty(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::OrganizationNotEmptyException, message).into()
}

/// `OrganizationalUnitNotEmptyException` (400), the `OrganizationalUnitNotEmptyException` shape.
pub fn organizational_unit_not_empty(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::OrganizationalUnitNotEmptyException, message).into()
}

/// `OrganizationalUnitNotFoundException` (400), the `OrganizationalUnitNotFoundException` shape.
pub fn organizational_unit_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::OrganizationalUnitNotFoundException, message).into()
}

/// `ParentNotFoundException` (400), the `ParentNotFoundException` shape.
pub fn parent_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ParentNotFoundException, message).into()
}

/// `PolicyChangesInProgressException` (400), the `PolicyChangesInProgressException` shape.
pub fn policy_changes_in_progress(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PolicyChangesInProgressException, message).into()
}

/// `PolicyInUseException` (400), the `PolicyInUseException` shape.
pub fn policy_in_use(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PolicyInUseException, message).into()
}

/// `PolicyNotAttachedException` (400), the `PolicyNotAttachedException` shape.
pub fn policy_not_attached(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PolicyNotAttachedException, message).into()
}

/// `PolicyNotFoundException` (400), the `PolicyNotFoundException` shape.
pub fn policy_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PolicyNotFoundException, message).into()
}

/// `PolicyTypeAlreadyEnabledException` (400), the `PolicyTypeAlreadyEnabledException` shape.
pub fn policy_type_already_enabled(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PolicyTypeAlreadyEnabledException, message).into()
}

/// `PolicyTypeNotAvailableForOrganizationException` (400), the `PolicyTypeNotAvailableForOrganizationException` shape.
pub fn policy_type_not_available_for_organization(message: impl Into<String>) -> AwsError {
    Error::new(
        ErrorCode::PolicyTypeNotAvailableForOrganizationException,
        message,
    )
    .into()
}

/// `PolicyTypeNotEnabledException` (400), the `PolicyTypeNotEnabledException` shape.
pub fn policy_type_not_enabled(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PolicyTypeNotEnabledException, message).into()
}

/// `ResourcePolicyNotFoundException` (400), the `ResourcePolicyNotFoundException` shape.
pub fn resource_policy_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ResourcePolicyNotFoundException, message).into()
}

/// `ResponsibilityTransferAlreadyInStatusException` (400), the `ResponsibilityTransferAlreadyInStatusException` shape.
pub fn responsibility_transfer_already_in_status(message: impl Into<String>) -> AwsError {
    Error::new(
        ErrorCode::ResponsibilityTransferAlreadyInStatusException,
        message,
    )
    .into()
}

/// `ResponsibilityTransferNotFoundException` (400), the `ResponsibilityTransferNotFoundException` shape.
pub fn responsibility_transfer_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ResponsibilityTransferNotFoundException, message).into()
}

/// `RootNotFoundException` (400), the `RootNotFoundException` shape.
pub fn root_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::RootNotFoundException, message).into()
}

/// `ServiceException` (400), the `ServiceException` shape.
pub fn service(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ServiceException, message).into()
}

/// `SourceParentNotFoundException` (400), the `SourceParentNotFoundException` shape.
pub fn source_parent_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::SourceParentNotFoundException, message).into()
}

/// `TargetNotFoundException` (400), the `TargetNotFoundException` shape.
pub fn target_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::TargetNotFoundException, message).into()
}

/// `TooManyRequestsException` (400), the `TooManyRequestsException` shape.
pub fn too_many_requests(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::TooManyRequestsException, message).into()
}

/// `UnsupportedAPIEndpointException` (400), the `UnsupportedAPIEndpointException` shape.
pub fn unsupported_api_endpoint(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::UnsupportedAPIEndpointException, message).into()
}
