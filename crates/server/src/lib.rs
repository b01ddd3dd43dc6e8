//! The HTTP face of gatehouse.
//!
//! - [`endpoint`]: the one AWS endpoint that serves STS and IAM (query protocol) and
//!   Organizations ([`organizations`], AWS JSON 1.1).
//! - [`body`]: request bodies, read within a size cap and a time limit.
//! - [`foreign`]: requests for other services (AWS JSON, REST-JSON, S3's REST-XML), answered
//!   in the sender's protocol.
//! - [`admin`]: routes under `/_gatehouse/` for test suites (health, reset, clock).
//! - [`admin_access`]: the admin token that reset, clock and the token-minting routes need.
//! - [`metrics`]: `/_gatehouse/metrics`, in Prometheus's text format; [`request_metrics`]:
//!   what the endpoint counts of each request.
//! - [`identity_providers`]: the built-in OIDC and SAML test identity providers.
//! - [`outbound_issuer`]: each account's issuer (discovery document and key set) for the JWTs
//!   of GetWebIdentityToken.

pub mod admin;
pub mod admin_access;
pub mod body;
pub mod endpoint;
pub mod foreign;
pub mod identity_providers;
pub mod metrics;
pub mod organizations;
pub mod outbound_issuer;
pub mod request_metrics;

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;
use std::time::Instant;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};

/// What every route shares.
pub struct AppState {
    /// The state the operations share: configuration, clock, keyring, store and caches.
    pub state: gatehouse_core::State,
    /// When the server started, for the health route's uptime.
    pub started: Instant,
    /// The runtime IAM operations run on, beside the one that read the request: IAM writes
    /// queue for the store's one writer connection, and are quicker on a runtime of their own.
    pub iam_runtime: tokio::runtime::Handle,
    /// The token the guarded admin routes require (`--admin-token`), if any
    /// ([`admin_access`]).
    pub admin_token: Option<admin_access::AdminToken>,
    /// What the endpoint has counted of its requests.
    pub requests: request_metrics::RequestMetrics,
    /// The connections open, and the most allowed.
    pub connections: Connections,
}

/// The connections the server has open, as the acceptor counts them.
pub struct Connections {
    /// How many are open now.
    pub open: Arc<AtomicUsize>,
    /// The most that may be open at once.
    pub max: usize,
}

/// The whole application: admin routes, and every other request to the AWS endpoint.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/_gatehouse/health", get(admin::health))
        .route("/_gatehouse/metrics", get(metrics::metrics))
        .route("/_gatehouse/reset", post(admin::reset))
        .route(
            "/_gatehouse/clock",
            get(admin::get_clock).post(admin::set_clock),
        )
        .merge(identity_providers::routes())
        .merge(outbound_issuer::routes())
        .fallback(endpoint::handle)
        .layer(DefaultBodyLimit::max(body::MAX_BODY_BYTES))
        .with_state(state)
}
