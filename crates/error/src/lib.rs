//! The AWS errors gatehouse answers, without the wire: an [`ErrorCode`] for every code, with
//! its HTTP status and [`Fault`], and the [`Error`] the core builds from one.
//!
//! The codes the STS and IAM models declare are generated into `src/generated.rs` by
//! `gatehouse-codegen`; the codes AWS answers that no model declares are a table kept by hand
//! in `src/code.rs`, each row naming its source. `gatehouse-protocol` turns an [`Error`] into
//! its wire form.

mod code;
mod generated;

pub use code::{ErrorCode, Fault};

/// An AWS error: its code and the message that goes with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code} ({}): {message}", .code.status())]
pub struct Error {
    /// The code, which also gives the status and fault.
    pub code: ErrorCode,
    /// The human-readable message.
    pub message: String,
}

impl Error {
    /// An error with the given code and message.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    /// The HTTP status AWS answers with.
    pub fn status(&self) -> u16 {
        self.code.status()
    }

    /// Who AWS says is at fault.
    pub fn fault(&self) -> Fault {
        self.code.fault()
    }

    /// `ValidationError` (400) listing constraint violations as AWS does:
    /// "1 validation error detected: …" or "N validation errors detected: …; …".
    pub fn validation(violations: &[String]) -> Self {
        let count = violations.len();
        let noun = if count == 1 { "error" } else { "errors" };
        Self::new(
            ErrorCode::ValidationError,
            format!(
                "{count} validation {noun} detected: {}",
                violations.join("; ")
            ),
        )
    }

    /// `NotImplemented` (501) for an operation the handler does not implement.
    pub fn not_implemented(operation: &str) -> Self {
        Self::new(
            ErrorCode::NotImplemented,
            format!("The operation {operation} is not implemented by gatehouse yet."),
        )
    }

    /// `InvalidAction` (400) for an action unknown in `version`.
    pub fn invalid_action(action: &str, version: &str) -> Self {
        Self::new(
            ErrorCode::InvalidAction,
            format!("Could not find operation {action} for version {version}"),
        )
    }

    /// `MissingAction` (400) when the request carries no `Action` parameter.
    pub fn missing_action() -> Self {
        Self::new(ErrorCode::MissingAction, "Missing Action")
    }

    /// `MalformedQueryString` (404) for a query string or form body that cannot be decoded.
    pub fn malformed_query_string(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::MalformedQueryString, message)
    }

    /// `RequestEntityTooLarge` (413) for a request larger than the query endpoint accepts: a
    /// body over the size cap, or more parameters than any operation takes.
    pub fn request_entity_too_large(message: impl Into<String>) -> Self {
        Self::new(ErrorCode::RequestEntityTooLarge, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_word_their_messages_as_aws_does() {
        let one = Error::validation(&["Value null at 'a' failed".into()]);
        assert_eq!(
            one.message,
            "1 validation error detected: Value null at 'a' failed"
        );
        let two = Error::validation(&["A".into(), "B".into()]);
        assert_eq!(two.message, "2 validation errors detected: A; B");
        assert_eq!((two.status(), two.fault()), (400, Fault::Sender));
        let missing = Error::not_implemented("AssumeRoot");
        assert_eq!((missing.status(), missing.fault()), (501, Fault::Receiver));
        assert_eq!(
            missing.message,
            "The operation AssumeRoot is not implemented by gatehouse yet."
        );
        assert_eq!(
            Error::invalid_action("Foo", "2011-06-15").message,
            "Could not find operation Foo for version 2011-06-15"
        );
        assert_eq!(Error::missing_action().message, "Missing Action");
        assert_eq!(Error::malformed_query_string("x").status(), 404);
        assert_eq!(Error::request_entity_too_large("x").status(), 413);
    }

    #[test]
    fn displays_code_status_and_message() {
        let error = Error::new(
            ErrorCode::NoSuchEntity,
            "The role with name x cannot be found.",
        );
        assert_eq!(
            error.to_string(),
            "NoSuchEntity (404): The role with name x cannot be found."
        );
    }
}
