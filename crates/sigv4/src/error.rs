//! The one error type of this crate, with AWS's codes, HTTP statuses and messages.

/// Everything that can make SigV4 parsing or verification fail, as AWS reports it.
///
/// `Display` renders the exact AWS message; [`SigV4Error::code`] and
/// [`SigV4Error::http_status`] give the `<Code>` and the status line of the error response.
#[derive(Debug, thiserror::Error)]
pub enum SigV4Error {
    /// The Authorization header or the presigned query lacks a piece, or a piece is malformed
    /// (`IncompleteSignature`, 400). The message is AWS's text for the case.
    #[error("{message}")]
    IncompleteSignature {
        /// AWS's message text.
        message: String,
    },
    /// The Authorization header names an algorithm other than `AWS4-HMAC-SHA256`
    /// (`IncompleteSignature`, 400).
    #[error("Unsupported AWS 'algorithm': '{algorithm}'.")]
    UnsupportedAlgorithm {
        /// The algorithm the client named.
        algorithm: String,
    },
    /// The credential scope names something other than the `aws4_request` terminator
    /// (`SignatureDoesNotMatch`, 403).
    #[error(
        "Credential should be scoped with a valid terminator: 'aws4_request', not '{terminator}'. "
    )]
    InvalidTerminator {
        /// The terminator the client sent.
        terminator: String,
    },
    /// The credential scope date is not the day of the request timestamp
    /// (`SignatureDoesNotMatch`, 403).
    #[error(
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scope_date}' != '{request_date}', from '{timestamp}'."
    )]
    ScopeDateMismatch {
        /// The date in the credential scope.
        scope_date: String,
        /// The day of the request timestamp (`YYYYMMDD`).
        request_date: String,
        /// The request timestamp in ISO-8601 basic format.
        timestamp: String,
    },
    /// The request timestamp is more than 15 minutes in the past (`SignatureDoesNotMatch`, 403).
    #[error("Signature expired: {timestamp} is now earlier than {earliest} ({now} - 15 min.)")]
    SignatureExpired {
        /// The request timestamp.
        timestamp: String,
        /// `now` minus the allowed skew.
        earliest: String,
        /// The server's time.
        now: String,
    },
    /// The request timestamp is more than 15 minutes in the future (`SignatureDoesNotMatch`, 403).
    #[error(
        "Signature not yet current: {timestamp} is still later than {latest} ({now} + 15 min.)"
    )]
    SignatureNotYetCurrent {
        /// The request timestamp.
        timestamp: String,
        /// `now` plus the allowed skew.
        latest: String,
        /// The server's time.
        now: String,
    },
    /// The signature is not the one the secret gives (`SignatureDoesNotMatch`, 403).
    ///
    /// Carries the canonical request and string to sign the server computed, for debug logs
    /// (AWS itself returns them in some error bodies).
    #[error(
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
    )]
    SignatureDoesNotMatch {
        /// The canonical request the server computed.
        canonical_request: String,
        /// The string to sign the server computed.
        string_to_sign: String,
    },
}

impl SigV4Error {
    /// The AWS error code (`<Code>` of the error response).
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::IncompleteSignature { .. } | Self::UnsupportedAlgorithm { .. } => {
                "IncompleteSignature"
            }
            Self::InvalidTerminator { .. }
            | Self::ScopeDateMismatch { .. }
            | Self::SignatureExpired { .. }
            | Self::SignatureNotYetCurrent { .. }
            | Self::SignatureDoesNotMatch { .. } => "SignatureDoesNotMatch",
        }
    }

    /// The HTTP status AWS answers this error with.
    #[must_use]
    pub fn http_status(&self) -> u16 {
        match self.code() {
            "IncompleteSignature" => 400,
            _ => 403,
        }
    }

    /// Shorthand for an [`SigV4Error::IncompleteSignature`] with the given message.
    pub(crate) fn incomplete(message: impl Into<String>) -> Self {
        Self::IncompleteSignature {
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incomplete_signature_is_a_400() {
        let error = SigV4Error::incomplete("x");
        assert_eq!(error.code(), "IncompleteSignature");
        assert_eq!(error.http_status(), 400);
        assert_eq!(error.to_string(), "x");
    }

    #[test]
    fn unsupported_algorithm_message() {
        let error = SigV4Error::UnsupportedAlgorithm {
            algorithm: "AWS4-ECDSA-P256-SHA256".into(),
        };
        assert_eq!(error.code(), "IncompleteSignature");
        assert_eq!(error.http_status(), 400);
        assert_eq!(
            error.to_string(),
            "Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256'."
        );
    }

    #[test]
    fn terminator_error_is_signature_does_not_match() {
        let error = SigV4Error::InvalidTerminator {
            terminator: "aws5_request".into(),
        };
        assert_eq!(error.code(), "SignatureDoesNotMatch");
        assert_eq!(error.http_status(), 403);
        assert_eq!(
            error.to_string(),
            "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. "
        );
    }

    #[test]
    fn skew_messages_match_aws() {
        let expired = SigV4Error::SignatureExpired {
            timestamp: "20160609T184512Z".into(),
            earliest: "20160610T013008Z".into(),
            now: "20160610T014508Z".into(),
        };
        assert_eq!(
            expired.to_string(),
            "Signature expired: 20160609T184512Z is now earlier than 20160610T013008Z (20160610T014508Z - 15 min.)"
        );
        assert_eq!(expired.http_status(), 403);
        let future = SigV4Error::SignatureNotYetCurrent {
            timestamp: "20160610T020000Z".into(),
            latest: "20160610T020008Z".into(),
            now: "20160610T014508Z".into(),
        };
        assert_eq!(
            future.to_string(),
            "Signature not yet current: 20160610T020000Z is still later than 20160610T020008Z (20160610T014508Z + 15 min.)"
        );
        assert_eq!(future.code(), "SignatureDoesNotMatch");
    }

    #[test]
    fn mismatch_message_and_status() {
        let error = SigV4Error::SignatureDoesNotMatch {
            canonical_request: String::new(),
            string_to_sign: String::new(),
        };
        assert_eq!(error.http_status(), 403);
        assert!(
            error
                .to_string()
                .starts_with("The request signature we calculated does not match")
        );
    }
}
