//! The HTTP(S) implementation of [`JwksFetcher`].

use std::time::Duration;

use crate::error::Error;
use crate::oidc::{JwksFetcher, idp_unreachable, key_retrieval_failed};

/// Largest discovery or JWKS document accepted.
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;
/// Connect and whole-request timeout.
const TIMEOUT: Duration = Duration::from_secs(5);

/// Fetches discovery and JWKS documents over HTTP or HTTPS (system trusted roots),
/// with 5-second timeouts and a 1 MiB body limit.
#[derive(Debug, Clone)]
pub struct HttpJwksFetcher {
    client: reqwest::Client,
}

impl HttpJwksFetcher {
    /// Builds the HTTP client.
    pub fn new() -> Result<Self, Error> {
        let client = reqwest::Client::builder()
            .connect_timeout(TIMEOUT)
            .timeout(TIMEOUT)
            .redirect(reqwest::redirect::Policy::limited(3))
            .build()
            .map_err(|error| Error::Internal(format!("HTTP client setup failed: {error}")))?;
        Ok(Self { client })
    }
}

impl JwksFetcher for HttpJwksFetcher {
    async fn get(&self, url: &str) -> Result<Vec<u8>, Error> {
        let mut response = self
            .client
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(|_| idp_unreachable())?;
        if !response.status().is_success() {
            return Err(key_retrieval_failed());
        }
        let announced = response.content_length().unwrap_or(0);
        if usize::try_from(announced).map_or(true, |length| length > MAX_DOCUMENT_BYTES) {
            return Err(key_retrieval_failed());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|_| idp_unreachable())? {
            if body.len() + chunk.len() > MAX_DOCUMENT_BYTES {
                return Err(key_retrieval_failed());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oidc::{OidcProvider, OidcVerifier};
    use crate::test_idp::{TEST_IDP_DISCOVERY_PATH, TEST_IDP_JWKS_PATH, TestIdp};
    use axum::Router;
    use axum::routing::get;
    use serde_json::json;
    use std::sync::Arc;
    use time::OffsetDateTime;

    /// Serves the test IdP's documents (and an oversized one) on 127.0.0.1.
    async fn serve(idp: Arc<TestIdp>) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        let discovery = idp.discovery_document(&issuer).to_string();
        let jwks = idp.jwks().to_string();
        let app = Router::new()
            .route(
                TEST_IDP_DISCOVERY_PATH,
                get(move || async move { discovery }),
            )
            .route(TEST_IDP_JWKS_PATH, get(move || async move { jwks }))
            .route(
                "/huge",
                get(|| async { "x".repeat(MAX_DOCUMENT_BYTES + 1) }),
            );
        tokio::spawn(async move { axum::serve(listener, app).await });
        issuer
    }

    #[tokio::test]
    async fn verifies_a_token_against_a_live_local_provider() {
        let idp = Arc::new(TestIdp::generate().unwrap());
        let issuer = serve(idp.clone()).await;
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let claims =
            json!({"iss": issuer, "sub": "user-123456", "aud": "app", "iat": now, "exp": now + 60});
        let token = idp.mint(claims.as_object().unwrap()).unwrap();
        let provider = OidcProvider {
            url: issuer.clone(),
            client_ids: vec!["app".into()],
            thumbprints: vec![],
        };
        let verifier = OidcVerifier::new(HttpJwksFetcher::new().unwrap());
        let verified = verifier
            .verify(&token, &provider, OffsetDateTime::now_utc())
            .await
            .unwrap();
        assert_eq!(verified.subject, "user-123456");
    }

    #[tokio::test]
    async fn limits_and_failures() {
        let idp = Arc::new(TestIdp::generate().unwrap());
        let issuer = serve(idp).await;
        let fetcher = HttpJwksFetcher::new().unwrap();
        let error = fetcher.get(&format!("{issuer}/huge")).await.unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");
        let error = fetcher.get(&format!("{issuer}/missing")).await.unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");
        // Nothing listens on port 9 of the loopback address.
        let error = fetcher.get("http://127.0.0.1:9/").await.unwrap_err();
        assert_eq!(error.code(), "IDPCommunicationError");
    }
}
