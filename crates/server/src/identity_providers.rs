//! Built-in test identity providers under `/_gatehouse/oidc` and `/_gatehouse/saml`, so that
//! AssumeRoleWithWebIdentity and AssumeRoleWithSAML can be exercised with no external IdP.
//!
//! - OIDC: the discovery document and JWKS at `/_gatehouse/oidc/.well-known/…`, and
//!   `POST /_gatehouse/oidc/token` (a JSON object of claims) answering `{"token": "…"}`.
//!   The issuer is `http://HOST/_gatehouse/oidc`, with the `Host` the request came to.
//! - SAML: `GET /_gatehouse/saml/metadata` (the document for CreateSAMLProvider) and
//!   `POST /_gatehouse/saml/response` answering `{"SAMLResponse": "…"}`. The entity id is
//!   `http://HOST/_gatehouse/saml`.
//!
//! Keys are generated on first use and live as long as the server. The two `POST`s mint
//! tokens for any subject, so they are admin routes ([`crate::admin_access`]); the `GET`s are
//! public.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use gatehouse_federation::test_idp::{TEST_IDP_DISCOVERY_PATH, TEST_IDP_JWKS_PATH};
use gatehouse_federation::{SamlAssertion, TestIdp, TestSamlIdp};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::AppState;
use crate::admin_access::AdminAccess;

/// Where the OIDC provider is mounted; the issuer is `http://HOST` followed by this.
pub const OIDC_BASE: &str = "/_gatehouse/oidc";
/// Where the SAML provider is mounted; the entity id is `http://HOST` followed by this.
pub const SAML_BASE: &str = "/_gatehouse/saml";
/// Lifetime of a minted ID token without an `exp` claim, in seconds.
const DEFAULT_TOKEN_LIFETIME: i64 = 3600;
/// Audience of a minted ID token without an `aud` claim.
const DEFAULT_AUDIENCE: &str = "sts.amazonaws.com";

/// The two providers, each made when first asked for.
#[derive(Default)]
struct Providers {
    oidc: OnceLock<TestIdp>,
    saml: OnceLock<TestSamlIdp>,
}

impl Providers {
    fn oidc(&self) -> Result<&TestIdp, IdpError> {
        if let Some(idp) = self.oidc.get() {
            return Ok(idp);
        }
        let idp = TestIdp::generate()?;
        Ok(self.oidc.get_or_init(|| idp))
    }

    fn saml(&self, now: OffsetDateTime) -> Result<&TestSamlIdp, IdpError> {
        if let Some(idp) = self.saml.get() {
            return Ok(idp);
        }
        let idp = TestSamlIdp::generate(now)?;
        Ok(self.saml.get_or_init(|| idp))
    }
}

/// Why a test-IdP route failed.
#[derive(Debug)]
enum IdpError {
    /// The request cannot be served as sent (400).
    BadRequest(&'static str),
    /// Key generation or signing failed (500).
    Failure(String),
}

impl From<gatehouse_federation::Error> for IdpError {
    fn from(error: gatehouse_federation::Error) -> Self {
        IdpError::Failure(error.to_string())
    }
}

impl IntoResponse for IdpError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            IdpError::BadRequest(message) => (StatusCode::BAD_REQUEST, message.to_owned()),
            IdpError::Failure(message) => (StatusCode::INTERNAL_SERVER_ERROR, message),
        };
        (status, Json(json!({ "error": message }))).into_response()
    }
}

/// The routes of both providers, with their own keys.
pub fn routes() -> Router<Arc<AppState>> {
    let providers = Arc::new(Providers::default());
    let discovery = {
        let providers = providers.clone();
        move |headers: HeaderMap| async move { oidc_discovery(&providers, &headers) }
    };
    let jwks = {
        let providers = providers.clone();
        move || async move { oidc_jwks(&providers) }
    };
    let token = {
        let providers = providers.clone();
        move |_: AdminAccess,
              State(app): State<Arc<AppState>>,
              headers: HeaderMap,
              Json(claims): Json<Map<String, Value>>| async move {
            oidc_token(&providers, &app, &headers, claims)
        }
    };
    let metadata = {
        let providers = providers.clone();
        move |State(app): State<Arc<AppState>>, headers: HeaderMap| async move {
            saml_metadata(&providers, &app, &headers)
        }
    };
    let response = move |_: AdminAccess,
                         State(app): State<Arc<AppState>>,
                         headers: HeaderMap,
                         Json(request): Json<SamlResponseRequest>| async move {
        saml_response(&providers, &app, &headers, request)
    };
    Router::new()
        .route(
            &format!("{OIDC_BASE}{TEST_IDP_DISCOVERY_PATH}"),
            get(discovery),
        )
        .route(&format!("{OIDC_BASE}{TEST_IDP_JWKS_PATH}"), get(jwks))
        .route(&format!("{OIDC_BASE}/token"), post(token))
        .route(&format!("{SAML_BASE}/metadata"), get(metadata))
        .route(&format!("{SAML_BASE}/response"), post(response))
}

/// `http://HOST{base}` for the `Host` the request came to.
fn base_url(headers: &HeaderMap, base: &str) -> Result<String, IdpError> {
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .filter(|host| !host.is_empty() && !host.contains(['/', ' ', '"', '<', '>']))
        .ok_or(IdpError::BadRequest(
            "the request has no usable Host header",
        ))?;
    Ok(format!("http://{host}{base}"))
}

fn oidc_discovery(providers: &Providers, headers: &HeaderMap) -> Result<Response, IdpError> {
    let issuer = base_url(headers, OIDC_BASE)?;
    Ok(Json(providers.oidc()?.discovery_document(&issuer)).into_response())
}

fn oidc_jwks(providers: &Providers) -> Result<Response, IdpError> {
    Ok(Json(providers.oidc()?.jwks()).into_response())
}

/// Fills `iss`, `aud`, `sub`, `iat` and `exp` where the caller left them out, then signs.
fn oidc_token(
    providers: &Providers,
    app: &AppState,
    headers: &HeaderMap,
    mut claims: Map<String, Value>,
) -> Result<Response, IdpError> {
    let issuer = base_url(headers, OIDC_BASE)?;
    let now = app.state.clock().now().unix_timestamp();
    claims.entry("iss").or_insert_with(|| json!(issuer));
    claims
        .entry("aud")
        .or_insert_with(|| json!(DEFAULT_AUDIENCE));
    claims.entry("sub").or_insert_with(|| json!("test-subject"));
    claims.entry("iat").or_insert_with(|| json!(now));
    claims
        .entry("exp")
        .or_insert_with(|| json!(now.saturating_add(DEFAULT_TOKEN_LIFETIME)));
    let token = providers.oidc()?.mint(&claims)?;
    Ok(Json(json!({ "token": token })).into_response())
}

fn saml_metadata(
    providers: &Providers,
    app: &AppState,
    headers: &HeaderMap,
) -> Result<Response, IdpError> {
    let entity_id = base_url(headers, SAML_BASE)?;
    let idp = providers.saml(app.state.clock().now())?;
    Ok((
        [(header::CONTENT_TYPE, "application/samlmetadata+xml")],
        idp.metadata_xml(&entity_id),
    )
        .into_response())
}

/// The body of `POST /_gatehouse/saml/response`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SamlResponseRequest {
    /// The NameID (default `test-user`).
    #[serde(default)]
    pub subject: Option<String>,
    /// The NameID format (`persistent` by default; `transient`, `emailAddress`, … or a URN).
    #[serde(default)]
    pub subject_format: Option<String>,
    /// The Role attribute's values: `role_arn,provider_arn` each.
    pub roles: Vec<String>,
    /// The RoleSessionName attribute (default: the subject).
    #[serde(default)]
    pub session_name: Option<String>,
    /// The SessionDuration attribute, in seconds.
    #[serde(default)]
    pub session_duration: Option<u32>,
    /// The SourceIdentity attribute.
    #[serde(default)]
    pub source_identity: Option<String>,
    /// `PrincipalTag:{key}` attributes.
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
    /// The TransitiveTagKeys attribute.
    #[serde(default)]
    pub transitive_tag_keys: Vec<String>,
    /// Further attributes by name.
    #[serde(default)]
    pub attributes: BTreeMap<String, Vec<String>>,
    /// SessionNotOnOrAfter of the AuthnStatement (RFC 3339).
    #[serde(default)]
    pub session_not_on_or_after: Option<String>,
}

fn saml_response(
    providers: &Providers,
    app: &AppState,
    headers: &HeaderMap,
    request: SamlResponseRequest,
) -> Result<Response, IdpError> {
    let entity_id = base_url(headers, SAML_BASE)?;
    let now = app.state.clock().now();
    let session_not_on_or_after = request
        .session_not_on_or_after
        .as_deref()
        .map(|text| OffsetDateTime::parse(text, &Rfc3339))
        .transpose()
        .map_err(|_| IdpError::BadRequest("session_not_on_or_after is not an RFC 3339 time"))?;
    let subject = request.subject.unwrap_or_else(|| "test-user".to_owned());
    let assertion = SamlAssertion {
        role_session_name: request.session_name.unwrap_or_else(|| subject.clone()),
        subject,
        subject_format: request.subject_format,
        roles: request.roles,
        session_duration: request.session_duration,
        source_identity: request.source_identity,
        principal_tags: request.tags.into_iter().collect(),
        transitive_tag_keys: request.transitive_tag_keys,
        attributes: request.attributes.into_iter().collect(),
        session_not_on_or_after,
    };
    let response = providers.saml(now)?.response(&entity_id, &assertion, now)?;
    Ok(Json(json!({ "SAMLResponse": response })).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn base_url_uses_the_host_header() {
        let mut headers = HeaderMap::new();
        assert!(matches!(
            base_url(&headers, OIDC_BASE),
            Err(IdpError::BadRequest(_))
        ));
        headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:4566"));
        assert_eq!(
            base_url(&headers, OIDC_BASE).unwrap(),
            "http://127.0.0.1:4566/_gatehouse/oidc"
        );
        headers.insert(header::HOST, HeaderValue::from_static("evil/x"));
        assert!(base_url(&headers, SAML_BASE).is_err());
    }

    #[test]
    fn providers_are_made_once() {
        let providers = Providers::default();
        let first = providers.oidc().unwrap().kid().to_owned();
        assert_eq!(providers.oidc().unwrap().kid(), first);
        let jwks = oidc_jwks(&providers).unwrap();
        assert_eq!(jwks.status(), StatusCode::OK);
        let error = IdpError::Failure("x".into()).into_response();
        assert_eq!(error.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
