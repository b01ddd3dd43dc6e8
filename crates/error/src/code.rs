//! [`ErrorCode`]: the codes of the service models (generated) and the codes AWS answers that
//! no model declares (the table below), each with its HTTP status and fault.

use std::fmt;

use crate::generated::with_modelled_codes;

/// Who AWS says is at fault, the `Type` of an error response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// The caller's request is at fault (the 4xx statuses).
    Sender,
    /// The service failed (the 5xx statuses).
    Receiver,
}

impl Fault {
    /// The wire value: `Sender` or `Receiver`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Fault::Sender => "Sender",
            Fault::Receiver => "Receiver",
        }
    }
}

/// Builds [`ErrorCode`] from its two tables of `Variant = ("Code", status, Fault),` rows.
macro_rules! error_codes {
    (
        modelled {
            $( $(#[$m_attr:meta])* $m_variant:ident = ($m_code:literal, $m_status:literal, $m_fault:ident), )*
        }
        common {
            $( $(#[$c_attr:meta])* $c_variant:ident = ($c_code:literal, $c_status:literal, $c_fault:ident), )*
        }
    ) => {
        /// An AWS error code gatehouse can answer, with its wire code, HTTP status and fault.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $( $(#[$m_attr])* $m_variant, )*
            $( $(#[$c_attr])* $c_variant, )*
        }

        impl ErrorCode {
            /// The codes the service models declare, generated, in code order.
            pub const MODELLED: &'static [ErrorCode] = &[$(Self::$m_variant),*];

            /// The codes no model declares, from the table kept by hand.
            pub const COMMON: &'static [ErrorCode] = &[$(Self::$c_variant),*];

            /// The wire code (`<Code>` of the error response).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( Self::$m_variant => $m_code, )*
                    $( Self::$c_variant => $c_code, )*
                }
            }

            /// The HTTP status AWS answers with.
            pub const fn status(self) -> u16 {
                match self {
                    $( Self::$m_variant => $m_status, )*
                    $( Self::$c_variant => $c_status, )*
                }
            }

            /// Who AWS says is at fault.
            pub const fn fault(self) -> Fault {
                match self {
                    $( Self::$m_variant => Fault::$m_fault, )*
                    $( Self::$c_variant => Fault::$c_fault, )*
                }
            }

            /// The code whose wire form is `code` (case-sensitive).
            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $( $m_code => Some(Self::$m_variant), )*
                    $( $c_code => Some(Self::$c_variant), )*
                    _ => None,
                }
            }
        }
    };
}

// The codes AWS answers that no model declares. Each row names its source:
// - "common errors": the errors common to every action of AWS's query APIs, as AWS's
//   documentation lists them under "Common Errors", e.g.
//   https://docs.aws.amazon.com/cloudsearch/latest/developerguide/CommonErrors.html;
// - a path: where gatehouse answers the code, in AWS's words for the case.
// A code the models declare goes in no row here (a test checks it).
with_modelled_codes!(error_codes! {
    common {
        /// The caller may not do what it asked.
        // crates/core/src/authorization/mod.rs: STS's and IAM's answer to a denied call.
        AccessDenied = ("AccessDenied", 403, Sender),
        /// The session token has expired.
        // crates/core/src/authentication/mod.rs: STS's and IAM's answer to an expired session token.
        ExpiredToken = ("ExpiredToken", 403, Sender),
        /// The request body ended before the length its headers declared.
        // crates/server/src/body.rs.
        IncompleteBody = ("IncompleteBody", 400, Sender),
        /// The request signature does not conform to AWS standards.
        // common errors; crates/sigv4/src/error.rs.
        IncompleteSignature = ("IncompleteSignature", 400, Sender),
        /// The request processing has failed because of an unknown error.
        // common errors; crates/sts/src/session.rs, crates/federation/src/error.rs.
        InternalFailure = ("InternalFailure", 500, Receiver),
        /// The action or operation requested is invalid.
        // common errors; crates/protocol/src/error.rs.
        InvalidAction = ("InvalidAction", 400, Sender),
        /// The access key ID or security token does not exist in AWS's records.
        // common errors; crates/core/src/authentication/mod.rs.
        InvalidClientTokenId = ("InvalidClientTokenId", 403, Sender),
        /// Parameters that must not be used together were used together.
        // common errors.
        InvalidParameterCombination = ("InvalidParameterCombination", 400, Sender),
        /// An invalid or out-of-range value was supplied for a parameter.
        // common errors; crates/sts/src/error.rs.
        InvalidParameterValue = ("InvalidParameterValue", 400, Sender),
        /// The query string is malformed or does not adhere to AWS standards.
        // common errors.
        InvalidQueryParameter = ("InvalidQueryParameter", 400, Sender),
        /// The query string contains a syntax error.
        // common errors; crates/protocol/src/error.rs.
        MalformedQueryString = ("MalformedQueryString", 404, Sender),
        /// The request is missing an action.
        // common errors; crates/protocol/src/error.rs.
        MissingAction = ("MissingAction", 400, Sender),
        /// The request carries no access key ID.
        // common errors; crates/core/src/authentication/mod.rs, crates/iam/src/scope.rs.
        MissingAuthenticationToken = ("MissingAuthenticationToken", 403, Sender),
        /// A required parameter for the action is not supplied.
        // common errors.
        MissingParameter = ("MissingParameter", 400, Sender),
        /// An operation gatehouse does not implement.
        // crates/protocol/src/error.rs; crates/server/src/foreign.rs (S3's answer).
        NotImplemented = ("NotImplemented", 501, Receiver),
        /// The access key ID needs a subscription for the service.
        // common errors.
        OptInRequired = ("OptInRequired", 403, Sender),
        /// The request is larger than the endpoint accepts; AWS documents no code for this on
        /// its query APIs, so this is the HTTP status's own name.
        // crates/protocol/src/error.rs.
        RequestEntityTooLarge = ("RequestEntityTooLarge", 413, Sender),
        /// The request's time stamp is more than 15 minutes from the service's clock.
        // common errors.
        RequestExpired = ("RequestExpired", 400, Sender),
        /// The request body was not read within the timeout.
        // crates/server/src/body.rs.
        RequestTimeout = ("RequestTimeout", 400, Sender),
        /// The request body cannot be read as the operation's input (not a JSON object, or a
        /// value of the wrong JSON type).
        // the AWS JSON protocols' client error (Smithy's awsJson1_1 protocol tests);
        // crates/protocol/src/decode.rs.
        SerializationException = ("SerializationException", 400, Sender),
        /// The request has failed due to a temporary failure of the server.
        // common errors.
        ServiceUnavailable = ("ServiceUnavailable", 503, Receiver),
        /// The signature is not the one the secret gives.
        // crates/sigv4/src/error.rs, crates/core/src/authentication/scope.rs.
        SignatureDoesNotMatch = ("SignatureDoesNotMatch", 403, Sender),
        /// The request was denied due to request throttling.
        // common errors.
        Throttling = ("Throttling", 400, Sender),
        /// A request for a service gatehouse does not serve, or for an operation the service
        /// does not have, in the AWS JSON protocols.
        // crates/server/src/foreign.rs, crates/protocol/src/error.rs.
        UnknownOperationException = ("UnknownOperationException", 400, Sender),
        /// The input fails to satisfy the constraints of the service.
        // common errors; crates/protocol/src/error.rs.
        ValidationError = ("ValidationError", 400, Sender),
    }
});

impl ErrorCode {
    /// Every code: the modelled ones, then the common ones.
    pub fn all() -> impl Iterator<Item = ErrorCode> {
        Self::MODELLED.iter().chain(Self::COMMON).copied()
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests;
