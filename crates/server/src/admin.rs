//! Admin routes under `/_gatehouse/`, for test suites and operators.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::AppState;
use crate::admin_access::AdminAccess;

/// `GET /_gatehouse/health`: version, mode and uptime.
pub async fn health(State(app): State<Arc<AppState>>) -> Response {
    Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "mode": app.state.config().mode.as_str(),
        "default_account": app.state.config().default_account.to_string(),
        "uptime_seconds": app.started.elapsed().as_secs(),
    }))
    .into_response()
}

/// `POST /_gatehouse/reset`: wipes all state back to a fresh start.
pub async fn reset(_: AdminAccess, State(app): State<Arc<AppState>>) -> Response {
    match app.state.reset().await {
        Ok(()) => Json(json!({ "reset": true })).into_response(),
        Err(err) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            Json(json!({ "reset": false, "error": err.message })),
        )
            .into_response(),
    }
}

/// `GET /_gatehouse/clock`: gatehouse's current time and its offset from the system clock.
pub async fn get_clock(_: AdminAccess, State(app): State<Arc<AppState>>) -> Response {
    clock_body(&app)
}

/// The body of `POST /_gatehouse/clock`.
#[derive(Debug, Deserialize)]
pub struct ClockChange {
    /// Sets the offset from the system clock, in seconds.
    #[serde(default)]
    pub offset_seconds: Option<i64>,
    /// Moves the clock forward (or back, if negative) by this many seconds.
    #[serde(default)]
    pub advance_seconds: Option<i64>,
}

/// `POST /_gatehouse/clock`: moves gatehouse's clock, so that tests can watch credentials expire.
pub async fn set_clock(
    _: AdminAccess,
    State(app): State<Arc<AppState>>,
    Json(change): Json<ClockChange>,
) -> Response {
    let clock = app.state.clock();
    if let Some(offset) = change.offset_seconds {
        clock.set_offset_seconds(offset);
    }
    if let Some(delta) = change.advance_seconds {
        clock.set_offset_seconds(clock.offset_seconds().saturating_add(delta));
    }
    clock_body(&app)
}

fn clock_body(app: &AppState) -> Response {
    let clock = app.state.clock();
    let now = clock.now();
    let text = now
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    Json(json!({ "now": text, "offset_seconds": clock.offset_seconds() })).into_response()
}
