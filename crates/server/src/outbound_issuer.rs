//! The issuer side of outbound web identity federation: for every account that enabled it, the
//! OpenID discovery document and the JSON Web Key Set that relying parties fetch to verify
//! GetWebIdentityToken JWTs.
//!
//! - `GET /_gatehouse/outbound/{account}/.well-known/openid-configuration`
//! - `GET /_gatehouse/outbound/{account}/.well-known/jwks.json`
//!
//! The issuer is `http://HOST/_gatehouse/outbound/{account}` for the `Host` the request came
//! to, as in the tokens minted through that host. An account that disabled the feature keeps
//! publishing its keys, so tokens issued before stay verifiable; one that never enabled it
//! answers 404.

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use gatehouse_federation::outbound::{
    self, DISCOVERY_PATH, ISSUER_BASE_PATH, IssuerKey, JWKS_PATH,
};
use gatehouse_store::{AccountId, OutboundFederation};
use serde_json::json;

use crate::AppState;

/// The two routes.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route(
            &format!("{ISSUER_BASE_PATH}/{{account}}{DISCOVERY_PATH}"),
            get(discovery),
        )
        .route(
            &format!("{ISSUER_BASE_PATH}/{{account}}{JWKS_PATH}"),
            get(jwks),
        )
}

/// Why a route could not answer.
#[derive(Debug)]
enum IssuerError {
    /// No issuer for this account (404).
    NotFound(String),
    /// The store or a stored key failed (500).
    Failure(String),
}

impl IntoResponse for IssuerError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            IssuerError::NotFound(message) => (StatusCode::NOT_FOUND, message),
            IssuerError::Failure(message) => (StatusCode::INTERNAL_SERVER_ERROR, message),
        };
        (status, Json(json!({ "error": message }))).into_response()
    }
}

/// The account's federation state, if `account` is a 12-digit id that enabled it once.
async fn state(app: &AppState, account: &str) -> Result<OutboundFederation, IssuerError> {
    let not_found = || {
        IssuerError::NotFound(format!(
            "account {account} has no outbound web identity federation issuer"
        ))
    };
    let Some(account_id) = AccountId::parse(account) else {
        return Err(not_found());
    };
    app.state
        .store()
        .outbound_federation(account_id)
        .await
        .map_err(|error| {
            tracing::error!(%error, "store failure reading an outbound federation issuer");
            IssuerError::Failure("the issuer's state could not be read".to_owned())
        })?
        .ok_or_else(not_found)
}

async fn discovery(
    State(app): State<Arc<AppState>>,
    Path(account): Path<String>,
    headers: HeaderMap,
) -> Result<Response, IssuerError> {
    state(&app, &account).await?;
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let issuer = outbound::issuer_url(host, &account);
    Ok(Json(outbound::discovery_document(&issuer)).into_response())
}

async fn jwks(
    State(app): State<Arc<AppState>>,
    Path(account): Path<String>,
) -> Result<Response, IssuerError> {
    let state = state(&app, &account).await?;
    let keys = state
        .keys
        .iter()
        .map(|k| IssuerKey::from_stored(&k.algorithm, k.private_key.expose()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| {
            tracing::error!(%error, "stored outbound federation key is unusable");
            IssuerError::Failure("the issuer's keys could not be read".to_owned())
        })?;
    Ok(Json(outbound::jwks(&keys)).into_response())
}
