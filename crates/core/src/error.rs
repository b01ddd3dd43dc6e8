//! How failures below the operations become AWS errors.

use gatehouse_error::{Error, ErrorCode};
use gatehouse_store::StoreError;

/// A store failure that is not the caller's fault: `ServiceFailure` (500), logged.
pub fn store_failure(err: StoreError) -> Error {
    tracing::error!(error = %err, "store failure");
    service_failure()
}

/// AWS's answer to a failure on its side: `ServiceFailure` (500).
pub fn service_failure() -> Error {
    Error::new(
        ErrorCode::ServiceFailure,
        "The request processing has failed because of an unknown error, exception or failure.",
    )
}
