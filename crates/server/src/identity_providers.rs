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
//! Keys are generated on first use and live as long as the server.

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
    fn oidc(&self) -> Result<&TestIdp, Response> {
        if let Some(idp) = self.oidc.get() {
            return Ok(idp);
        }
        let idp = TestIdp::generate().map_err(|error| failure(&error.to_string()))?;
        Ok(self.oidc.get_or_init(|| idp))
    }

    fn saml(&self, now: OffsetDateTime) -> Result<&TestSamlIdp, Response> {
        if let Some(idp) = self.saml.get() {
            return Ok(idp);
        }
        let idp = TestSamlIdp::generate(now).map_err(|error| failure(&error.to_string()))?;
        Ok(self.saml.get_or_init(|| idp))
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
        move |State(app): State<Arc<AppState>>,
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
    let response = move |State(app): State<Arc<AppState>>,
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

fn failure(message: &str) -> Response {
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        Json(json!({ "error": message })),
    )
        .into_response()
}

fn bad_request(message: &str) -> Response {
    (StatusCode::BAD_REQUEST, Json(json!({ "error": message }))).into_response()
}

/// `http://HOST{base}` for the `Host` the request came to.
fn base_url(headers: &HeaderMap, base: &str) -> Result<String, Response> {
    let host = headers
        .get(header::HOST)
        .and_then(|value| value.to_str().ok())
        .filter(|host| !host.is_empty() && !host.contains(['/', ' ', '"', '<', '>']))
        .ok_or_else(|| bad_request("the request has no usable Host header"))?;
    Ok(format!("http://{host}{base}"))
}

fn oidc_discovery(providers: &Providers, headers: &HeaderMap) -> Response {
    let result = base_url(headers, OIDC_BASE)
        .and_then(|issuer| Ok(Json(providers.oidc()?.discovery_document(&issuer))));
    result.map_or_else(|error| error, IntoResponse::into_response)
}

fn oidc_jwks(providers: &Providers) -> Response {
    providers
        .oidc()
        .map_or_else(|error| error, |idp| Json(idp.jwks()).into_response())
}

/// Fills `iss`, `aud`, `sub`, `iat` and `exp` where the caller left them out, then signs.
fn oidc_token(
    providers: &Providers,
    app: &AppState,
    headers: &HeaderMap,
    mut claims: Map<String, Value>,
) -> Response {
    let result = (|| {
        let issuer = base_url(headers, OIDC_BASE)?;
        let now = app.service.clock().now().unix_timestamp();
        claims.entry("iss").or_insert_with(|| json!(issuer));
        claims
            .entry("aud")
            .or_insert_with(|| json!(DEFAULT_AUDIENCE));
        claims.entry("sub").or_insert_with(|| json!("test-subject"));
        claims.entry("iat").or_insert_with(|| json!(now));
        claims
            .entry("exp")
            .or_insert_with(|| json!(now.saturating_add(DEFAULT_TOKEN_LIFETIME)));
        let token = providers
            .oidc()?
            .mint(&claims)
            .map_err(|error| failure(&error.to_string()))?;
        Ok(Json(json!({ "token": token })).into_response())
    })();
    result.unwrap_or_else(|error| error)
}

fn saml_metadata(providers: &Providers, app: &AppState, headers: &HeaderMap) -> Response {
    let result = (|| {
        let entity_id = base_url(headers, SAML_BASE)?;
        let idp = providers.saml(app.service.clock().now())?;
        Ok((
            [(header::CONTENT_TYPE, "application/samlmetadata+xml")],
            idp.metadata_xml(&entity_id),
        )
            .into_response())
    })();
    result.unwrap_or_else(|error| error)
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
) -> Response {
    let result = (|| {
        let entity_id = base_url(headers, SAML_BASE)?;
        let now = app.service.clock().now();
        let session_not_on_or_after = request
            .session_not_on_or_after
            .as_deref()
            .map(|text| OffsetDateTime::parse(text, &Rfc3339))
            .transpose()
            .map_err(|_| bad_request("session_not_on_or_after is not an RFC 3339 time"))?;
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
        let response = providers
            .saml(now)?
            .response(&entity_id, &assertion, now)
            .map_err(|error| failure(&error.to_string()))?;
        Ok(Json(json!({ "SAMLResponse": response })).into_response())
    })();
    result.unwrap_or_else(|error| error)
}
