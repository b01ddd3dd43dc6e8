//! AWS Organizations on the same endpoint, in the AWS JSON 1.1 protocol: a `POST` whose
//! `X-Amz-Target` is `AWSOrganizationsV20161128.<Operation>` and whose body is the input as a
//! JSON object, answered with the output as a JSON object or an error as
//! `{"__type", "Message"}` (`gatehouse_protocol::encode_aws_json_error`).
//!
//! The order is AWS's: an operation the model does not have is refused before anything else,
//! then the credential scope and the signature are checked (service `organizations`), then the
//! body is read and the operation runs, on the IAM runtime like IAM's writes.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::response::Response;
use gatehouse_core::Context;
use gatehouse_core::authentication::Endpoint;
use gatehouse_protocol::{AwsError, Encoded, JsonInput, encode_aws_json_error, organizations};
use gatehouse_sigv4::HttpRequest;

use crate::AppState;
use crate::endpoint::{request_info, respond};
use crate::request_metrics::Outcome;

/// The operation a request is for, when its `X-Amz-Target` is an Organizations one.
#[must_use]
pub fn target(request: &HttpRequest<'_>) -> Option<String> {
    let target = request.headers.get("x-amz-target")?.to_str().ok()?;
    let (prefix, operation) = target.split_once('.')?;
    (prefix == organizations::TARGET_PREFIX).then(|| operation.to_owned())
}

/// Serves one Organizations request for `operation`: the answer, and its result as the
/// request metrics count it.
pub async fn handle(
    app: &Arc<AppState>,
    peer: SocketAddr,
    request: &HttpRequest<'_>,
    operation: &str,
    request_id: &str,
) -> (Response, Outcome) {
    let (encoded, outcome) = match serve(app, peer, request, operation, request_id).await {
        Ok(encoded) => (encoded, Outcome::OK),
        Err(err) => (encode_aws_json_error(&err), Outcome::error(&err.code)),
    };
    (respond(encoded, request_id), outcome)
}

async fn serve(
    app: &Arc<AppState>,
    peer: SocketAddr,
    request: &HttpRequest<'_>,
    operation: &str,
    request_id: &str,
) -> Result<Encoded, AwsError> {
    if organizations::operation(operation).is_none() {
        return Err(AwsError::unknown_operation(operation));
    }
    let caller = app
        .state
        .authenticate(request, Endpoint::Organizations, true)
        .await?;
    let input = JsonInput::parse(request.body)?;
    let context = Context {
        caller,
        request: request_info(request_id, peer, request.headers),
        now: app.state.clock().now(),
    };
    let run = {
        let (app, operation) = (Arc::clone(app), operation.to_owned());
        async move {
            let handler = gatehouse_organizations::Organizations::new(&app.state);
            organizations::dispatch(&handler, &context, &operation, &input).await
        }
    };
    app.iam_runtime.spawn(run).await.unwrap_or_else(|failure| {
        tracing::error!(%failure, "an Organizations operation did not finish");
        Err(gatehouse_core::error::service_failure().into())
    })
}
