//! The one error type of the STS operations.

use gatehouse_policy::PolicyError;
use gatehouse_protocol::AwsError;
use gatehouse_protocol::sts::errors;

/// Why an STS operation failed; every variant becomes the AWS error the caller sees.
#[derive(Debug, thiserror::Error)]
pub enum StsError {
    /// `AccessDenied` (403) with AWS's message.
    #[error("{0}")]
    AccessDenied(String),
    /// `ValidationError` (400): a rule the model cannot express.
    #[error("{0}")]
    Validation(String),
    /// `InvalidParameterValue` (400).
    #[error("{0}")]
    InvalidParameter(String),
    /// `MalformedPolicyDocument` (400): a session policy IAM would refuse.
    #[error("{0}")]
    MalformedPolicy(String),
    /// `PackedPolicyTooLarge` (400), with the percentage used.
    #[error(
        "Packed policy consumes {0}% of allotted space, please use smaller policy for this session."
    )]
    PackedPolicyTooLarge(u32),
    /// `InvalidAuthorizationMessageException` (400).
    #[error("The message is not a valid encoded authorization message.")]
    InvalidAuthorizationMessage,
    /// An error already in AWS's form (authorization, store failures).
    #[error(transparent)]
    Aws(#[from] AwsError),
}

impl From<gatehouse_error::Error> for StsError {
    fn from(error: gatehouse_error::Error) -> Self {
        StsError::Aws(error.into())
    }
}

impl From<PolicyError> for StsError {
    fn from(error: PolicyError) -> Self {
        StsError::MalformedPolicy(error.to_string())
    }
}

impl From<StsError> for AwsError {
    fn from(error: StsError) -> Self {
        let message = error.to_string();
        match error {
            StsError::AccessDenied(_) => {
                gatehouse_error::Error::new(gatehouse_error::ErrorCode::AccessDenied, message)
                    .into()
            }
            StsError::Validation(_) => {
                gatehouse_error::Error::new(gatehouse_error::ErrorCode::ValidationError, message)
                    .into()
            }
            StsError::InvalidParameter(_) => gatehouse_error::Error::new(
                gatehouse_error::ErrorCode::InvalidParameterValue,
                message,
            )
            .into(),
            StsError::MalformedPolicy(_) => errors::malformed_policy_document(message),
            StsError::PackedPolicyTooLarge(_) => errors::packed_policy_too_large(message),
            StsError::InvalidAuthorizationMessage => errors::invalid_authorization_message(message),
            StsError::Aws(aws) => aws,
        }
    }
}

/// The result type of the STS operations.
pub type Result<T, E = StsError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_map_to_aws_codes() {
        let cases: Vec<(StsError, &str, u16)> = vec![
            (StsError::AccessDenied("m".into()), "AccessDenied", 403),
            (StsError::Validation("m".into()), "ValidationError", 400),
            (
                StsError::MalformedPolicy("m".into()),
                "MalformedPolicyDocument",
                400,
            ),
            (
                StsError::PackedPolicyTooLarge(120),
                "PackedPolicyTooLarge",
                400,
            ),
            (
                StsError::InvalidAuthorizationMessage,
                "InvalidAuthorizationMessageException",
                400,
            ),
        ];
        for (error, code, status) in cases {
            let aws = AwsError::from(error);
            assert_eq!(aws.code, code);
            assert_eq!(aws.status, status);
        }
        let too_large = AwsError::from(StsError::PackedPolicyTooLarge(120));
        assert!(too_large.message.contains("120%"));
    }
}
