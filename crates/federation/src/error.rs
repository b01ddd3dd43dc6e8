//! The crate's one error type, carrying what the AWS error response needs.

/// Why a TOTP code was refused (all are reported to clients with the same AWS error).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeRejection {
    /// The code is not six ASCII digits.
    Malformed,
    /// The code matches none of the accepted time steps.
    Mismatch,
    /// The code matches a time step that was already used (replay).
    Reused,
}

/// Every failure of OIDC, SAML or TOTP verification.
///
/// [`Error::code`] and [`Error::http_status`] give the AWS error code and status;
/// `Display` is the AWS error message.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `InvalidIdentityToken` (400): the token or assertion is malformed, badly signed or
    /// does not match the provider.
    #[error("{0}")]
    InvalidIdentityToken(String),
    /// `IDPRejectedClaim` (403): the identity provider's claims are not acceptable.
    #[error("{0}")]
    IdpRejectedClaim(String),
    /// `ExpiredTokenException` (400): the token or assertion is past its validity.
    #[error("{0}")]
    ExpiredToken(String),
    /// `IDPCommunicationError` (400): the identity provider could not be reached.
    #[error("{0}")]
    IdpCommunication(String),
    /// `InvalidAuthenticationCode` (403): a TOTP code was refused.
    ///
    /// GetSessionToken and AssumeRole report this as `AccessDenied` with their own message.
    #[error("Authentication code for device is not valid.")]
    InvalidAuthenticationCode(CodeRejection),
    /// `InternalFailure` (500): a local failure (key generation, encoding) unrelated to input.
    #[error("{0}")]
    Internal(String),
}

impl Error {
    /// The AWS error code.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidIdentityToken(_) => "InvalidIdentityToken",
            Self::IdpRejectedClaim(_) => "IDPRejectedClaim",
            Self::ExpiredToken(_) => "ExpiredTokenException",
            Self::IdpCommunication(_) => "IDPCommunicationError",
            Self::InvalidAuthenticationCode(_) => "InvalidAuthenticationCode",
            Self::Internal(_) => "InternalFailure",
        }
    }

    /// The HTTP status AWS answers with.
    #[must_use]
    pub fn http_status(&self) -> u16 {
        match self {
            Self::InvalidIdentityToken(_) | Self::ExpiredToken(_) | Self::IdpCommunication(_) => {
                400
            }
            Self::IdpRejectedClaim(_) | Self::InvalidAuthenticationCode(_) => 403,
            Self::Internal(_) => 500,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_statuses_match_aws() {
        let cases = [
            (
                Error::InvalidIdentityToken("m".into()),
                "InvalidIdentityToken",
                400,
            ),
            (Error::IdpRejectedClaim("m".into()), "IDPRejectedClaim", 403),
            (
                Error::ExpiredToken("m".into()),
                "ExpiredTokenException",
                400,
            ),
            (
                Error::IdpCommunication("m".into()),
                "IDPCommunicationError",
                400,
            ),
            (
                Error::InvalidAuthenticationCode(CodeRejection::Reused),
                "InvalidAuthenticationCode",
                403,
            ),
            (Error::Internal("m".into()), "InternalFailure", 500),
        ];
        for (error, code, status) in cases {
            assert_eq!(error.code(), code);
            assert_eq!(error.http_status(), status);
        }
        assert_eq!(
            Error::ExpiredToken("Token expired".into()).to_string(),
            "Token expired"
        );
    }
}
