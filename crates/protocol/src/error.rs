//! The one error type of this crate: an AWS error as it goes on the wire.

use std::borrow::Cow;

use gatehouse_error::Error;

/// An AWS error: the `Code`, `Message` and HTTP status AWS answers with.
///
/// The fault `Type` is derived from the status: `Sender` below 500, `Receiver` otherwise.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code} ({status}): {message}")]
pub struct AwsError {
    /// The AWS error code, e.g. `ValidationError`, `NoSuchEntity`.
    pub code: Cow<'static, str>,
    /// The human-readable message.
    pub message: String,
    /// The HTTP status code.
    pub status: u16,
}

impl AwsError {
    /// An error with the given code, HTTP status and message.
    pub fn new(
        code: impl Into<Cow<'static, str>>,
        status: u16,
        message: impl Into<String>,
    ) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            status,
        }
    }

    /// `ValidationError` (400) listing constraint violations as AWS does:
    /// "1 validation error detected: …" or "N validation errors detected: …; …".
    pub fn validation(violations: &[String]) -> Self {
        Error::validation(violations).into()
    }

    /// `NotImplemented` (501) for an operation the handler does not implement.
    pub fn not_implemented(operation: &str) -> Self {
        Error::not_implemented(operation).into()
    }

    /// `InvalidAction` (400) for an action unknown in `version`.
    pub fn invalid_action(action: &str, version: &str) -> Self {
        Error::invalid_action(action, version).into()
    }

    /// `UnknownOperationException` (400) for an AWS JSON operation the service does not have.
    /// The code is what AWS's JSON services answer (CloudWatch Logs, aws/aws-sdk-net issue
    /// 1536); the words are ours.
    pub fn unknown_operation(operation: &str) -> Self {
        Error::new(
            gatehouse_error::ErrorCode::UnknownOperationException,
            format!("The operation {operation} is not an operation of this service."),
        )
        .into()
    }

    /// `MissingAction` (400) when the request carries no `Action` parameter.
    pub fn missing_action() -> Self {
        Error::missing_action().into()
    }

    /// `MalformedQueryString` (404) for a query string or form body that cannot be decoded.
    pub fn malformed_query_string(message: impl Into<String>) -> Self {
        Error::malformed_query_string(message).into()
    }

    /// `RequestEntityTooLarge` (413) for a request larger than the query endpoint accepts: a
    /// body over the size cap, or more parameters than any operation takes. AWS documents no
    /// code for this on its query APIs; this is the HTTP status's own name.
    pub fn request_entity_too_large(message: impl Into<String>) -> Self {
        Error::request_entity_too_large(message).into()
    }

    /// The fault type AWS reports: `Sender` for client errors, `Receiver` for server errors.
    pub fn fault(&self) -> &'static str {
        if self.status < 500 {
            "Sender"
        } else {
            "Receiver"
        }
    }
}

/// An error of the core in its wire form: its code's string and status, its message.
impl From<Error> for AwsError {
    fn from(error: Error) -> Self {
        Self::new(error.code.as_str(), error.code.status(), error.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation_message_counts() {
        let one = AwsError::validation(&["Value null at 'a' failed".into()]);
        assert_eq!(
            one.message,
            "1 validation error detected: Value null at 'a' failed"
        );
        let two = AwsError::validation(&["A".into(), "B".into()]);
        assert_eq!(two.message, "2 validation errors detected: A; B");
        assert_eq!(two.status, 400);
        assert_eq!(two.fault(), "Sender");
    }

    #[test]
    fn not_implemented_is_501_receiver() {
        let e = AwsError::not_implemented("AssumeRoot");
        assert_eq!(e.code, "NotImplemented");
        assert_eq!(e.status, 501);
        assert_eq!(e.fault(), "Receiver");
        assert_eq!(
            e.message,
            "The operation AssumeRoot is not implemented by gatehouse yet."
        );
    }

    #[test]
    fn core_errors_keep_code_status_and_message() {
        use gatehouse_error::ErrorCode;
        for code in ErrorCode::all() {
            let aws = AwsError::from(Error::new(code, "m"));
            assert_eq!(
                (aws.code.as_ref(), aws.status, aws.message.as_str()),
                (code.as_str(), code.status(), "m")
            );
            assert_eq!(aws.fault(), code.fault().as_str(), "{code}");
        }
    }

    #[test]
    fn invalid_action_text() {
        let e = AwsError::invalid_action("Foo", "2011-06-15");
        assert_eq!(
            e.message,
            "Could not find operation Foo for version 2011-06-15"
        );
    }
}
