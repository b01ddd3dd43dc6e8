//! The AWS endpoint: one route for STS and IAM, told apart by `Action` and `Version`, and for
//! Organizations, told apart by its `X-Amz-Target` (`crate::organizations`).
//!
//! Each request is counted ([`crate::request_metrics`]) and, when the `gatehouse::request`
//! target is enabled at info level, logged in one line: its request id, the caller's ARN once
//! authenticated, service, operation, result, HTTP status and duration. Nothing a client sent
//! is logged as it came: the operation and the result are bounded labels, never parameters,
//! keys, signatures or tokens.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use gatehouse_core::authentication::Endpoint;
use gatehouse_core::{Context, Principal, RequestInfo};
use gatehouse_protocol::{Api, AwsError, Encoded, QueryParams, ResponseFormat, iam, sts};
use gatehouse_sigv4::HttpRequest;

use crate::AppState;
use crate::request_metrics::{Operation, Outcome};

/// The target of the one log line per request (`GATEHOUSE_LOG=gatehouse::request=info`).
pub const REQUEST_LOG: &str = "gatehouse::request";

/// Serves one AWS query request, then counts and logs it.
pub async fn handle(
    State(app): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let started = Instant::now();
    // From the thread's generator, not the operating system's (a system call per request).
    let request_id = uuid::Builder::from_random_bytes(rand::random())
        .into_uuid()
        .to_string();
    let logged = tracing::enabled!(target: REQUEST_LOG, tracing::Level::INFO);
    let answered = answer(
        &app,
        peer,
        &method,
        &uri,
        &headers,
        body,
        &request_id,
        logged,
    )
    .await;
    let elapsed = started.elapsed();
    app.requests
        .record(answered.operation, answered.outcome, elapsed);
    tracing::info!(
        target: REQUEST_LOG,
        request_id = %request_id,
        principal = answered.principal.as_deref(),
        service = answered.operation.service(),
        action = answered.operation.name(),
        result = answered.outcome.label(),
        status = answered.response.status().as_u16(),
        duration_ms = elapsed.as_micros() as f64 / 1000.0,
        "answered"
    );
    answered.response
}

/// A request's answer, with what it is counted and logged as.
struct Answered {
    response: Response,
    operation: Operation,
    outcome: Outcome,
    /// The caller's ARN, once authenticated, when the request is logged.
    principal: Option<String>,
}

/// What [`serve`] found out about a request on its way to an answer.
struct Served {
    api: Api,
    format: ResponseFormat,
    result: Result<Encoded, AwsError>,
    principal: Option<String>,
}

#[expect(
    clippy::too_many_arguments,
    reason = "the request's parts as axum extracts them, passed on"
)]
async fn answer(
    app: &Arc<AppState>,
    peer: SocketAddr,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: Body,
    request_id: &str,
    logged: bool,
) -> Answered {
    let answered = |encoded: Encoded, operation, outcome, principal| Answered {
        response: respond(encoded, request_id),
        operation,
        outcome,
        principal,
    };
    let body = match crate::body::read(body).await {
        Ok(body) => body,
        Err(err) => {
            let outcome = Outcome::error(&err.code);
            let encoded =
                gatehouse_protocol::encode_error(Api::Sts, &err, request_id, ResponseFormat::Xml);
            return answered(encoded, Operation::UNKNOWN, outcome, None);
        }
    };
    let raw_query = uri.query().unwrap_or("");
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let params = QueryParams::parse(raw_query, &body, content_type);
    let request = HttpRequest {
        method: method.as_str(),
        path: uri.path(),
        query: raw_query,
        headers,
        body: &body,
    };
    if let Some(operation) = crate::organizations::target(&request) {
        let (response, outcome) =
            crate::organizations::handle(app, peer, &request, &operation, request_id).await;
        return Answered {
            response,
            operation: Operation::organizations(&operation),
            outcome,
            principal: None,
        };
    }
    let action = params.as_ref().ok().and_then(QueryParams::action);
    if let Some(foreign) = crate::foreign::classify(&request, action.is_some()) {
        return Answered {
            response: crate::foreign::answer(&foreign, request_id),
            operation: Operation::UNKNOWN,
            outcome: Outcome::error(foreign.code()),
            principal: None,
        };
    }
    let operation = Operation::named(action);
    let served = serve(app, peer, &request, params, request_id, logged).await;
    let (encoded, outcome) = match served.result {
        Ok(encoded) => (encoded, Outcome::OK),
        Err(err) => (
            gatehouse_protocol::encode_error(served.api, &err, request_id, served.format),
            Outcome::error(&err.code),
        ),
    };
    answered(encoded, operation, outcome, served.principal)
}

async fn serve(
    app: &Arc<AppState>,
    peer: SocketAddr,
    request: &HttpRequest<'_>,
    params: Result<QueryParams, AwsError>,
    request_id: &str,
    logged: bool,
) -> Served {
    let headers = request.headers;
    let failed = |api, format, err| Served {
        api,
        format,
        result: Err(err),
        principal: None,
    };
    let params = match params {
        Ok(params) => params,
        Err(err) => return failed(Api::Sts, ResponseFormat::Xml, err),
    };
    let (api, unsigned) = match route(&params) {
        Ok(found) => found,
        Err((api, err)) => return failed(api, ResponseFormat::Xml, err),
    };
    let format = if api == Api::Sts && accepts_json(headers) {
        ResponseFormat::Json
    } else {
        ResponseFormat::Xml
    };
    let endpoint = match api {
        Api::Sts => Endpoint::Sts,
        Api::Iam => Endpoint::Iam,
    };
    let caller = match app.state.authenticate(request, endpoint, !unsigned).await {
        Ok(caller) => caller,
        Err(err) => return failed(api, format, err.into()),
    };
    let principal = match caller.principal() {
        Principal::Anonymous => None,
        principal => logged.then(|| principal.arn(app.state.config().partition)),
    };
    let action = params.action().unwrap_or_default();
    if let Err(err) = caller
        .principal()
        .check_session_scope(api == Api::Iam, action)
    {
        return Served {
            principal,
            ..failed(api, format, err.into())
        };
    }
    let context = Context {
        caller,
        request: request_info(request_id, peer, headers),
        now: app.state.clock().now(),
    };
    let result = match api {
        Api::Sts => {
            let handler = gatehouse_sts::Sts::new(&app.state);
            sts::dispatch(&handler, &context, &params, request_id, format).await
        }
        Api::Iam => {
            let run = {
                let (app, request_id) = (Arc::clone(app), request_id.to_owned());
                async move {
                    let handler = gatehouse_iam::Iam::new(&app.state);
                    iam::dispatch(&handler, &context, &params, &request_id, format).await
                }
            };
            app.iam_runtime.spawn(run).await.unwrap_or_else(|failure| {
                tracing::error!(%failure, "an IAM operation did not finish");
                Err(gatehouse_core::error::service_failure().into())
            })
        }
    };
    Served {
        api,
        format,
        result,
        principal,
    }
}

/// Which service an action belongs to, and whether it is served unsigned; or the error AWS
/// answers for a missing or unknown action or version, in the service the request most
/// likely meant.
fn route(params: &QueryParams) -> Result<(Api, bool), (Api, AwsError)> {
    let action = params.action().unwrap_or_default();
    let (api, unsigned) = if let Some(op) = sts::operation(action) {
        (Api::Sts, op.unsigned)
    } else if let Some(op) = iam::operation(action) {
        (Api::Iam, op.unsigned)
    } else if params.version() == Some(Api::Iam.version()) {
        (Api::Iam, false)
    } else {
        (Api::Sts, false)
    };
    api.action(params)
        .map(|_| (api, unsigned))
        .map_err(|err| (api, err))
}

fn accepts_json(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("application/json"))
}

/// The HTTP response of an encoded answer, with its request id.
pub(crate) fn respond(encoded: Encoded, request_id: &str) -> Response {
    let status = StatusCode::from_u16(encoded.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = (status, encoded.body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(encoded.content_type),
    );
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", value);
    }
    response
}

/// What the request path knows about a request besides its credentials: its id, where it came
/// from (plain HTTP: gatehouse serves no TLS), and its `User-Agent` and `Host`.
pub(crate) fn request_info(request_id: &str, peer: SocketAddr, headers: &HeaderMap) -> RequestInfo {
    let header = |name| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    RequestInfo {
        request_id: request_id.to_owned(),
        source_ip: Some(peer.ip()),
        secure_transport: false,
        user_agent: header(header::USER_AGENT),
        host: header(header::HOST),
    }
}
