//! STS errors: constructors for the modelled errors, with their AWS code and HTTP status.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`. Do not edit: run
//! `cargo run -p gatehouse-codegen` to regenerate.

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
