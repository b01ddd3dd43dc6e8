//! STS errors: constructors for the modelled errors, with their AWS code and HTTP status.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::AwsError;
use gatehouse_error::{Error, ErrorCode};

/// `ExpiredTokenException` (400), the `ExpiredTokenException` shape.
pub fn expired_token(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ExpiredTokenException, message).into()
}

/// `ExpiredTradeInTokenException` (400), the `ExpiredTradeInTokenException` shape.
pub fn expired_trade_in_token(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ExpiredTradeInTokenException, message).into()
}

/// `IDPCommunicationError` (400), the `IDPCommunicationErrorException` shape.
pub fn idp_communication_error(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::IDPCommunicationError, message).into()
}

/// `IDPRejectedClaim` (403), the `IDPRejectedClaimException` shape.
pub fn idp_rejected_claim(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::IDPRejectedClaim, message).into()
}

/// `InsufficientSessionLifetime` (400), the `InsufficientSessionLifetimeException` shape.
pub fn insufficient_session_lifetime(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InsufficientSessionLifetime, message).into()
}

/// `InvalidAttestationDocument` (400), the `InvalidAttestationDocumentException` shape.
pub fn invalid_attestation_document(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidAttestationDocument, message).into()
}

/// `InvalidAuthorizationMessageException` (400), the `InvalidAuthorizationMessageException` shape.
pub fn invalid_authorization_message(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidAuthorizationMessageException, message).into()
}

/// `InvalidContextAssertion` (400), the `InvalidContextAssertionException` shape.
pub fn invalid_context_assertion(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidContextAssertion, message).into()
}

/// `InvalidIdentityToken` (400), the `InvalidIdentityTokenException` shape.
pub fn invalid_identity_token(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidIdentityToken, message).into()
}

/// `InvalidSubjectCredentials` (400), the `InvalidSubjectCredentialsException` shape.
pub fn invalid_subject_credentials(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidSubjectCredentials, message).into()
}

/// `InvalidWorkloadIdentityConfiguration` (400), the `InvalidWorkloadIdentityConfigurationException` shape.
pub fn invalid_workload_identity_configuration(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::InvalidWorkloadIdentityConfiguration, message).into()
}

/// `JWTPayloadSizeExceededException` (400), the `JWTPayloadSizeExceededException` shape.
pub fn jwt_payload_size_exceeded(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::JWTPayloadSizeExceededException, message).into()
}

/// `MalformedCertificateSigningRequestException` (400), the `MalformedCertificateSigningRequestException` shape.
pub fn malformed_certificate_signing_request(message: impl Into<String>) -> AwsError {
    Error::new(
        ErrorCode::MalformedCertificateSigningRequestException,
        message,
    )
    .into()
}

/// `MalformedPolicyDocument` (400), the `MalformedPolicyDocumentException` shape.
pub fn malformed_policy_document(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::MalformedPolicyDocument, message).into()
}

/// `OutboundWebIdentityFederationDisabledException` (403), the `OutboundWebIdentityFederationDisabledException` shape.
pub fn outbound_web_identity_federation_disabled(message: impl Into<String>) -> AwsError {
    Error::new(
        ErrorCode::OutboundWebIdentityFederationDisabledException,
        message,
    )
    .into()
}

/// `PackedPolicyTooLarge` (400), the `PackedPolicyTooLargeException` shape.
pub fn packed_policy_too_large(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::PackedPolicyTooLarge, message).into()
}

/// `RegionDisabledException` (403), the `RegionDisabledException` shape.
pub fn region_disabled(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::RegionDisabledException, message).into()
}

/// `RegionalSignerUnavailableException` (404), the `RegionalSignerUnavailableException` shape.
pub fn regional_signer_unavailable(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::RegionalSignerUnavailableException, message).into()
}

/// `ResourceNotFoundException` (404), the `ResourceNotFoundException` shape.
pub fn resource_not_found(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::ResourceNotFoundException, message).into()
}

/// `SessionDurationEscalationException` (403), the `SessionDurationEscalationException` shape.
pub fn session_duration_escalation(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::SessionDurationEscalationException, message).into()
}

/// `SignerNotConfiguredException` (404), the `SignerNotConfiguredException` shape.
pub fn signer_not_configured(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::SignerNotConfiguredException, message).into()
}
