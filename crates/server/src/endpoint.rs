//! The AWS endpoint: one route for STS and IAM, told apart by `Action` and `Version`, and for
//! Organizations, told apart by its `X-Amz-Target` (`crate::organizations`).

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{ConnectInfo, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use gatehouse_core::authentication::Endpoint;
use gatehouse_core::{Context, RequestInfo};
use gatehouse_protocol::{Api, AwsError, Encoded, QueryParams, ResponseFormat, iam, sts};
use gatehouse_sigv4::HttpRequest;

use crate::AppState;

/// Serves one AWS query request.
pub async fn handle(
    State(app): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Body,
) -> Response {
    // From the thread's generator, not the operating system's (a system call per request).
    let request_id = uuid::Builder::from_random_bytes(rand::random())
        .into_uuid()
        .to_string();
    let body = match crate::body::read(body).await {
        Ok(body) => body,
        Err(err) => {
            let encoded =
                gatehouse_protocol::encode_error(Api::Sts, &err, &request_id, ResponseFormat::Xml);
            return respond(encoded, &request_id);
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
        headers: &headers,
        body: &body,
    };
    if let Some(operation) = crate::organizations::target(&request) {
        return crate::organizations::handle(&app, peer, &request, &operation, &request_id).await;
    }
    let has_action = params
        .as_ref()
        .is_ok_and(|params| params.action().is_some());
    if let Some(foreign) = crate::foreign::classify(&request, has_action) {
        return crate::foreign::answer(&foreign, &request_id);
    }
    let (api, format, result) = serve(&app, peer, &request, params, &request_id).await;
    let encoded = match result {
        Ok(encoded) => encoded,
        Err(err) => gatehouse_protocol::encode_error(api, &err, &request_id, format),
    };
    respond(encoded, &request_id)
}

async fn serve(
    app: &Arc<AppState>,
    peer: SocketAddr,
    request: &HttpRequest<'_>,
    params: Result<QueryParams, AwsError>,
    request_id: &str,
) -> (Api, ResponseFormat, Result<Encoded, AwsError>) {
    let headers = request.headers;
    let params = match params {
        Ok(params) => params,
        Err(err) => return (Api::Sts, ResponseFormat::Xml, Err(err)),
    };
    let (api, unsigned) = match route(&params) {
        Ok(found) => found,
        Err((api, err)) => return (api, ResponseFormat::Xml, Err(err)),
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
        Err(err) => return (api, format, Err(err.into())),
    };
    let action = params.action().unwrap_or_default();
    if let Err(err) = caller
        .principal()
        .check_session_scope(api == Api::Iam, action)
    {
        return (api, format, Err(err.into()));
    }
    let context = Context {
        caller,
        request: RequestInfo {
            request_id: request_id.to_owned(),
            source_ip: Some(peer.ip()),
            secure_transport: false,
            user_agent: headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
            host: headers
                .get(header::HOST)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        },
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
    (api, format, result)
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
