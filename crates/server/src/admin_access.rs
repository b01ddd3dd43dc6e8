//! Who may call the admin routes that change an instance or speak for it: `POST
//! /_gatehouse/reset`, `GET`/`POST /_gatehouse/clock` and the test identity providers'
//! token-minting `POST`s. Each of their handlers takes [`AdminAccess`] as its first extractor.
//!
//! - With an admin token (`--admin-token`), in either mode, a request must carry
//!   `Authorization: Bearer TOKEN`; otherwise `401` with `{"error": …}` and
//!   `WWW-Authenticate: Bearer`.
//! - Strict mode without an admin token: the routes are off, `403` with `{"error": …}`.
//! - Lenient mode without an admin token: open to anyone, as local emulators are.
//!
//! `GET /_gatehouse/health` and the providers' discovery, key set and metadata stay public.

use std::fmt;
use std::sync::Arc;

use axum::Json;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use gatehouse_core::Mode;
use serde_json::json;
use subtle::ConstantTimeEq;

use crate::AppState;

/// The token that guarded admin routes require. Not comparable with `==` (see
/// [`AdminToken::admits`], in constant time) and never printed.
#[derive(Clone)]
pub struct AdminToken(String);

impl AdminToken {
    /// The token `text`, which must be 16 to 1024 visible ASCII characters (no spaces), so
    /// that it fits an HTTP header as it is and is not trivially guessed.
    ///
    /// # Errors
    /// What is wrong with `text`, for the flag's error message.
    pub fn parse(text: &str) -> Result<Self, String> {
        if !(16..=1024).contains(&text.len()) {
            return Err("the admin token must be 16 to 1024 characters long".to_owned());
        }
        if !text.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(
                "the admin token must be visible ASCII characters, with no spaces".to_owned(),
            );
        }
        Ok(Self(text.to_owned()))
    }

    /// Whether `presented` is this token, compared in constant time.
    fn admits(&self, presented: &[u8]) -> bool {
        self.0.as_bytes().ct_eq(presented).into()
    }

    /// The `Authorization` header value that carries this token (for clients).
    pub fn authorization(&self) -> String {
        format!("Bearer {}", self.0)
    }
}

impl fmt::Debug for AdminToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AdminToken(<redacted>)")
    }
}

/// Whether, and how, guarded admin routes can be called; for the start-up banner.
pub fn describe(mode: Mode, token: Option<&AdminToken>) -> &'static str {
    match (mode, token) {
        (_, Some(_)) => "need the admin token (Authorization: Bearer)",
        (Mode::Strict, None) => "off (strict mode without --admin-token)",
        (Mode::Lenient, None) => "open (lenient mode without --admin-token)",
    }
}

/// Proof that a request may call a guarded admin route.
#[derive(Debug)]
pub struct AdminAccess;

impl FromRequestParts<Arc<AppState>> for AdminAccess {
    type Rejection = AdminRefusal;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &Arc<AppState>,
    ) -> Result<Self, Self::Rejection> {
        check(
            app.state.config().mode,
            app.admin_token.as_ref(),
            &parts.headers,
        )
    }
}

/// Why a request may not call a guarded admin route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminRefusal {
    /// Strict mode without an admin token: the route is off (403).
    Off,
    /// The request lacks the admin token, or carries another (401).
    Unauthorized,
}

impl IntoResponse for AdminRefusal {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            AdminRefusal::Off => (
                StatusCode::FORBIDDEN,
                "this admin route is off: strict mode turns it on only with --admin-token",
            ),
            AdminRefusal::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "this admin route needs the admin token: Authorization: Bearer <token>",
            ),
        };
        let mut response = (status, Json(json!({ "error": message }))).into_response();
        if self == AdminRefusal::Unauthorized {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

fn check(
    mode: Mode,
    token: Option<&AdminToken>,
    headers: &HeaderMap,
) -> Result<AdminAccess, AdminRefusal> {
    match token {
        Some(token) => match bearer(headers) {
            Some(presented) if token.admits(presented) => Ok(AdminAccess),
            _ => Err(AdminRefusal::Unauthorized),
        },
        None if mode == Mode::Lenient => Ok(AdminAccess),
        None => Err(AdminRefusal::Off),
    }
}

/// The token of an `Authorization: Bearer TOKEN` header (the scheme in any case).
fn bearer(headers: &HeaderMap) -> Option<&[u8]> {
    let value = headers.get(header::AUTHORIZATION)?.as_bytes();
    let space = value.iter().position(|&b| b == b' ')?;
    let (scheme, rest) = value.split_at(space);
    if !scheme.eq_ignore_ascii_case(b"bearer") {
        return None;
    }
    Some(rest.trim_ascii())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "0123456789abcdef-admin";

    fn headers(authorization: Option<&str>) -> HeaderMap {
        let mut headers = HeaderMap::new();
        if let Some(value) = authorization {
            headers.insert(header::AUTHORIZATION, HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    fn status(mode: Mode, token: Option<&str>, authorization: Option<&str>) -> StatusCode {
        let token = token.map(|t| AdminToken::parse(t).unwrap());
        match check(mode, token.as_ref(), &headers(authorization)) {
            Ok(AdminAccess) => StatusCode::OK,
            Err(refusal) => refusal.into_response().status(),
        }
    }

    #[test]
    fn strict_mode_without_a_token_is_off_and_lenient_is_open() {
        assert_eq!(status(Mode::Strict, None, None), StatusCode::FORBIDDEN);
        let anything = Some("Bearer whatever-you-like-here");
        assert_eq!(status(Mode::Strict, None, anything), StatusCode::FORBIDDEN);
        assert_eq!(status(Mode::Lenient, None, None), StatusCode::OK);
        assert_eq!(status(Mode::Lenient, None, anything), StatusCode::OK);
    }

    #[test]
    fn a_configured_token_is_required_in_both_modes() {
        for mode in [Mode::Strict, Mode::Lenient] {
            let token = Some(TOKEN);
            assert_eq!(status(mode, token, None), StatusCode::UNAUTHORIZED);
            for wrong in [
                "Bearer 0123456789abcdef-admiN",
                "Bearer 0123456789abcdef-admin-and-more",
                "Bearer 0123456789abcdef",
                "Bearer ",
                "Basic 0123456789abcdef-admin",
                "0123456789abcdef-admin",
                "Bearer0123456789abcdef-admin",
            ] {
                assert_eq!(
                    status(mode, token, Some(wrong)),
                    StatusCode::UNAUTHORIZED,
                    "{wrong}"
                );
            }
            let right = format!("Bearer {TOKEN}");
            assert_eq!(status(mode, token, Some(&right)), StatusCode::OK);
            let any_case = format!("bEaReR  {TOKEN} ");
            assert_eq!(status(mode, token, Some(&any_case)), StatusCode::OK);
        }
    }

    #[test]
    fn a_refusal_asks_for_a_bearer_token() {
        let token = AdminToken::parse(TOKEN).unwrap();
        let refused = check(Mode::Strict, Some(&token), &headers(None)).unwrap_err();
        let response = refused.into_response();
        assert_eq!(response.headers()[header::WWW_AUTHENTICATE], "Bearer");
        let off = AdminRefusal::Off.into_response();
        assert!(off.headers().get(header::WWW_AUTHENTICATE).is_none());
    }

    #[test]
    fn tokens_are_long_visible_ascii_and_never_printed() {
        assert!(AdminToken::parse("short").is_err());
        assert!(AdminToken::parse("has a space in the middle").is_err());
        assert!(AdminToken::parse("has-a-newline-at-the-end\n").is_err());
        assert!(AdminToken::parse(&"x".repeat(1025)).is_err());
        let token = AdminToken::parse(TOKEN).unwrap();
        assert_eq!(format!("{token:?}"), "AdminToken(<redacted>)");
        assert_eq!(token.authorization(), format!("Bearer {TOKEN}"));
    }
}
