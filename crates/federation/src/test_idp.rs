//! A built-in OpenID Connect identity provider, so that users can obtain valid web identity
//! tokens from gatehouse itself.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p256::elliptic_curve::sec1::ToEncodedPoint;
use p256::pkcs8::EncodePrivateKey;
use rand::RngCore;
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use crate::error::Error;

/// Path, relative to the issuer URL, where the server mounts [`TestIdp::jwks`].
pub const TEST_IDP_JWKS_PATH: &str = "/.well-known/jwks.json";
/// Path, relative to the issuer URL, where the server mounts [`TestIdp::discovery_document`].
pub const TEST_IDP_DISCOVERY_PATH: &str = "/.well-known/openid-configuration";

/// An ES256 identity provider whose key pair is generated when it is created.
pub struct TestIdp {
    signing_key: EncodingKey,
    kid: String,
    x: String,
    y: String,
}

impl std::fmt::Debug for TestIdp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestIdp")
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl TestIdp {
    /// Generates a fresh P-256 key pair.
    pub fn generate() -> Result<Self, Error> {
        let secret = random_p256_key()?;
        let der = secret
            .to_pkcs8_der()
            .map_err(|error| Error::Internal(format!("key encoding failed: {error}")))?;
        let point = secret.public_key().to_encoded_point(false);
        let (Some(x), Some(y)) = (point.x(), point.y()) else {
            return Err(Error::Internal(
                "public key has no affine coordinates".into(),
            ));
        };
        let x = URL_SAFE_NO_PAD.encode(x);
        let y = URL_SAFE_NO_PAD.encode(y);
        // RFC 7638 thumbprint: members in lexicographic order, no whitespace.
        let canonical = format!(r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#);
        let kid = crate::outbound::jwk_thumbprint(&canonical);
        Ok(Self {
            signing_key: EncodingKey::from_ec_der(der.as_bytes()),
            kid,
            x,
            y,
        })
    }

    /// The key id of the signing key.
    #[must_use]
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The OpenID discovery document for `issuer` (served at
    /// `{issuer}`[`TEST_IDP_DISCOVERY_PATH`]), pointing at `{issuer}`[`TEST_IDP_JWKS_PATH`].
    #[must_use]
    pub fn discovery_document(&self, issuer: &str) -> Value {
        let issuer = issuer.trim_end_matches('/');
        json!({
            "issuer": issuer,
            "jwks_uri": format!("{issuer}{TEST_IDP_JWKS_PATH}"),
            "response_types_supported": ["id_token"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["ES256"],
            "claims_supported": ["aud", "exp", "iat", "iss", "sub", "amr"],
        })
    }

    /// The JSON Web Key Set holding the public key.
    #[must_use]
    pub fn jwks(&self) -> Value {
        json!({
            "keys": [{
                "kty": "EC",
                "crv": "P-256",
                "use": "sig",
                "alg": "ES256",
                "kid": self.kid,
                "x": self.x,
                "y": self.y,
            }]
        })
    }

    /// Signs `claims` as an ES256 JWT with this provider's key. The caller supplies every
    /// claim (`iss`, `sub`, `aud`, `iat`, `exp`, ...).
    pub fn mint(&self, claims: &Map<String, Value>) -> Result<String, Error> {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, claims, &self.signing_key)
            .map_err(|error| Error::Internal(format!("token signing failed: {error}")))
    }
}

/// A uniformly random valid P-256 scalar (rejection sampling; a retry is astronomically rare).
pub(crate) fn random_p256_key() -> Result<p256::SecretKey, Error> {
    let mut bytes = Zeroizing::new([0u8; 32]);
    for _ in 0..16 {
        rand::rng().fill_bytes(bytes.as_mut());
        if let Ok(key) = p256::SecretKey::from_slice(bytes.as_ref()) {
            return Ok(key);
        }
    }
    Err(Error::Internal("could not generate a P-256 key".into()))
}
