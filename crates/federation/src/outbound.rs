//! The signing side of outbound web identity federation: the per-account key pairs that sign
//! GetWebIdentityToken JWTs (RSA-2048 for RS256, P-384 for ES384), their public JWKs, and the
//! issuer's discovery document.
//!
//! Keys are generated here and stored by the caller as DER ([`GeneratedKey::private_der`]):
//! PKCS#1 for RSA, PKCS#8 for P-384, the forms `jsonwebtoken` signs with. A key's `kid` is its
//! RFC 7638 JWK thumbprint, so it is stable for the life of the key.

use std::fmt;
use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p384::elliptic_curve::sec1::ToEncodedPoint;
use p384::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use rsa::pkcs1::{DecodeRsaPrivateKey, EncodeRsaPrivateKey};
use rsa::rand_core::OsRng;
use rsa::traits::PublicKeyParts;
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::Error;

/// Path, relative to the issuer URL, of the discovery document.
pub const DISCOVERY_PATH: &str = "/.well-known/openid-configuration";
/// Path, relative to the issuer URL, of the JSON Web Key Set.
pub const JWKS_PATH: &str = "/.well-known/jwks.json";

/// Where gatehouse serves each account's issuer: the issuer of account `A` reached at `HOST`
/// is `http://HOST/_gatehouse/outbound/A` (see [`issuer_url`]).
pub const ISSUER_BASE_PATH: &str = "/_gatehouse/outbound";

/// The host used when a request carries no usable `Host` header.
const FALLBACK_HOST: &str = "localhost";

/// The issuer URL of `account` for a client that reached gatehouse at `host` (the request's
/// `Host` header). A missing or unusable host (empty, or with characters a URL authority
/// cannot hold) falls back to `localhost`.
#[must_use]
pub fn issuer_url(host: Option<&str>, account: &str) -> String {
    let host = host
        .map(str::trim)
        .filter(|h| {
            !h.is_empty()
                && h.chars().all(|c| {
                    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']' | '_')
                })
        })
        .unwrap_or(FALLBACK_HOST);
    format!("http://{host}{ISSUER_BASE_PATH}/{account}")
}

/// Modulus size of the RS256 keys.
const RSA_BITS: usize = 2048;

/// The algorithms GetWebIdentityToken signs with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SigningAlgorithm {
    /// RSASSA-PKCS1-v1_5 with SHA-256, RSA-2048 key.
    Rs256,
    /// ECDSA on P-384 with SHA-384.
    Es384,
}

impl SigningAlgorithm {
    /// Both algorithms, in the order the discovery document lists them.
    pub const ALL: [SigningAlgorithm; 2] = [SigningAlgorithm::Rs256, SigningAlgorithm::Es384];

    /// The JOSE name (`RS256`, `ES384`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            SigningAlgorithm::Rs256 => "RS256",
            SigningAlgorithm::Es384 => "ES384",
        }
    }

    fn jose(self) -> Algorithm {
        match self {
            SigningAlgorithm::Rs256 => Algorithm::RS256,
            SigningAlgorithm::Es384 => Algorithm::ES384,
        }
    }
}

impl fmt::Display for SigningAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SigningAlgorithm {
    type Err = ();

    /// Exactly `RS256` or `ES384` (case-sensitive, as JOSE names are).
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "RS256" => Ok(SigningAlgorithm::Rs256),
            "ES384" => Ok(SigningAlgorithm::Es384),
            _ => Err(()),
        }
    }
}

/// A freshly generated key pair, ready to be stored.
pub struct GeneratedKey {
    /// The algorithm the key signs with.
    pub algorithm: SigningAlgorithm,
    /// The key id (RFC 7638 thumbprint of the public key).
    pub kid: String,
    /// The private key: PKCS#1 DER for RSA, PKCS#8 DER for P-384.
    pub private_der: Zeroizing<Vec<u8>>,
}

impl fmt::Debug for GeneratedKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GeneratedKey")
            .field("algorithm", &self.algorithm)
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

/// Generates a new key pair for `algorithm` from the operating system's random source.
pub fn generate(algorithm: SigningAlgorithm) -> Result<GeneratedKey, Error> {
    let der: Zeroizing<Vec<u8>> = match algorithm {
        SigningAlgorithm::Rs256 => {
            let key = rsa::RsaPrivateKey::new(&mut OsRng, RSA_BITS)
                .map_err(|error| internal("RSA key generation failed", error))?;
            let doc = key
                .to_pkcs1_der()
                .map_err(|error| internal("RSA key encoding failed", error))?;
            Zeroizing::new(doc.as_bytes().to_vec())
        }
        SigningAlgorithm::Es384 => {
            let key = p384::SecretKey::random(&mut OsRng);
            let doc = key
                .to_pkcs8_der()
                .map_err(|error| internal("P-384 key encoding failed", error))?;
            Zeroizing::new(doc.as_bytes().to_vec())
        }
    };
    let key = IssuerKey::from_der(algorithm, &der)?;
    Ok(GeneratedKey {
        algorithm,
        kid: key.kid,
        private_der: der,
    })
}

/// A stored signing key, loaded: signs tokens and publishes its public half.
pub struct IssuerKey {
    algorithm: SigningAlgorithm,
    kid: String,
    public: PublicJwk,
    signing_key: EncodingKey,
}

impl fmt::Debug for IssuerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuerKey")
            .field("algorithm", &self.algorithm)
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

/// The public members of a JWK, base64url without padding.
#[derive(Debug, Clone)]
enum PublicJwk {
    Rsa { n: String, e: String },
    Ec { x: String, y: String },
}

impl PublicJwk {
    /// The RFC 7638 canonical form: required members in lexicographic order, no whitespace.
    fn thumbprint(&self) -> String {
        let canonical = match self {
            PublicJwk::Rsa { n, e } => format!(r#"{{"e":"{e}","kty":"RSA","n":"{n}"}}"#),
            PublicJwk::Ec { x, y } => {
                format!(r#"{{"crv":"P-384","kty":"EC","x":"{x}","y":"{y}"}}"#)
            }
        };
        jwk_thumbprint(&canonical)
    }
}

/// The RFC 7638 thumbprint of a JWK given in its canonical form, as a `kid`.
pub(crate) fn jwk_thumbprint(canonical: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes()))
}

impl IssuerKey {
    /// Loads a key from its stored DER (see [`GeneratedKey::private_der`]).
    pub fn from_der(algorithm: SigningAlgorithm, der: &[u8]) -> Result<Self, Error> {
        let (public, signing_key) = match algorithm {
            SigningAlgorithm::Rs256 => {
                let key = rsa::RsaPrivateKey::from_pkcs1_der(der)
                    .map_err(|error| internal("stored RSA key is unreadable", error))?;
                let public = PublicJwk::Rsa {
                    n: URL_SAFE_NO_PAD.encode(key.n().to_bytes_be()),
                    e: URL_SAFE_NO_PAD.encode(key.e().to_bytes_be()),
                };
                (public, EncodingKey::from_rsa_der(der))
            }
            SigningAlgorithm::Es384 => {
                let key = p384::SecretKey::from_pkcs8_der(der)
                    .map_err(|error| internal("stored P-384 key is unreadable", error))?;
                let point = key.public_key().to_encoded_point(false);
                let (Some(x), Some(y)) = (point.x(), point.y()) else {
                    return Err(Error::Internal(
                        "P-384 public key has no affine coordinates".into(),
                    ));
                };
                let public = PublicJwk::Ec {
                    x: URL_SAFE_NO_PAD.encode(x),
                    y: URL_SAFE_NO_PAD.encode(y),
                };
                (public, EncodingKey::from_ec_der(der))
            }
        };
        Ok(IssuerKey {
            algorithm,
            kid: public.thumbprint(),
            public,
            signing_key,
        })
    }

    /// Loads a stored key whose algorithm is stored by name (`RS256`, `ES384`).
    pub fn from_stored(algorithm: &str, der: &[u8]) -> Result<Self, Error> {
        let algorithm = algorithm.parse().map_err(|()| {
            Error::Internal(format!(
                "stored signing key has unknown algorithm {algorithm}"
            ))
        })?;
        Self::from_der(algorithm, der)
    }

    /// The algorithm the key signs with.
    #[must_use]
    pub fn algorithm(&self) -> SigningAlgorithm {
        self.algorithm
    }

    /// The key id.
    #[must_use]
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key as a JWK (`kty`, `use`, `alg`, `kid` and the key members).
    #[must_use]
    pub fn jwk(&self) -> Value {
        let mut jwk = match &self.public {
            PublicJwk::Rsa { n, e } => json!({ "kty": "RSA", "n": n, "e": e }),
            PublicJwk::Ec { x, y } => json!({ "kty": "EC", "crv": "P-384", "x": x, "y": y }),
        };
        if let Some(members) = jwk.as_object_mut() {
            members.insert("use".into(), json!("sig"));
            members.insert("alg".into(), json!(self.algorithm.as_str()));
            members.insert("kid".into(), json!(self.kid));
        }
        jwk
    }

    /// Signs `claims` as a JWT (header `alg`, `kid`, `typ: JWT`).
    pub fn sign(&self, claims: &Map<String, Value>) -> Result<String, Error> {
        let mut header = Header::new(self.algorithm.jose());
        header.kid = Some(self.kid.clone());
        header.typ = Some("JWT".into());
        jsonwebtoken::encode(&header, claims, &self.signing_key)
            .map_err(|error| internal("token signing failed", error))
    }
}

/// The JSON Web Key Set publishing `keys`.
#[must_use]
pub fn jwks<'a>(keys: impl IntoIterator<Item = &'a IssuerKey>) -> Value {
    json!({ "keys": keys.into_iter().map(IssuerKey::jwk).collect::<Vec<_>>() })
}

/// The OpenID discovery document of `issuer` (served at `{issuer}`[`DISCOVERY_PATH`]).
#[must_use]
pub fn discovery_document(issuer: &str) -> Value {
    let issuer = issuer.trim_end_matches('/');
    json!({
        "issuer": issuer,
        "jwks_uri": format!("{issuer}{JWKS_PATH}"),
        "response_types_supported": ["id_token"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported":
            SigningAlgorithm::ALL.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
        "claims_supported": ["aud", "exp", "iat", "iss", "jti", "sub", "https://sts.amazonaws.com/"],
    })
}

fn internal(what: &str, error: impl fmt::Display) -> Error {
    Error::Internal(format!("{what}: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{DecodingKey, Validation};

    fn claims() -> Map<String, Value> {
        let mut claims = Map::new();
        claims.insert("sub".into(), json!("arn:aws:iam::111122223333:user/alice"));
        claims.insert("aud".into(), json!("https://api.example.com"));
        claims.insert("exp".into(), json!(4_000_000_000_i64));
        claims
    }

    fn decoding_key(jwk: &Value) -> DecodingKey {
        let s = |name: &str| jwk[name].as_str().unwrap().to_owned();
        match jwk["kty"].as_str().unwrap() {
            "RSA" => DecodingKey::from_rsa_components(&s("n"), &s("e")).unwrap(),
            _ => DecodingKey::from_ec_components(&s("x"), &s("y")).unwrap(),
        }
    }

    #[test]
    fn algorithms_parse_exactly() {
        assert_eq!("RS256".parse(), Ok(SigningAlgorithm::Rs256));
        assert_eq!("ES384".parse(), Ok(SigningAlgorithm::Es384));
        for bad in ["rs256", "HS256", "ES256", "", "RS256 "] {
            assert!(bad.parse::<SigningAlgorithm>().is_err(), "{bad}");
        }
    }

    #[test]
    fn generated_keys_sign_tokens_their_jwk_verifies() {
        for algorithm in SigningAlgorithm::ALL {
            let generated = generate(algorithm).unwrap();
            let key = IssuerKey::from_der(algorithm, &generated.private_der).unwrap();
            assert_eq!(key.kid(), generated.kid, "the kid is stable across loads");
            let token = key.sign(&claims()).unwrap();
            let header = jsonwebtoken::decode_header(&token).unwrap();
            assert_eq!(header.alg, algorithm.jose());
            assert_eq!(header.kid.as_deref(), Some(key.kid()));
            assert_eq!(header.typ.as_deref(), Some("JWT"));
            let jwk = key.jwk();
            assert_eq!(jwk["alg"], algorithm.as_str());
            assert_eq!(jwk["use"], "sig");
            let mut validation = Validation::new(algorithm.jose());
            validation.set_audience(&["https://api.example.com"]);
            let data = jsonwebtoken::decode::<Map<String, Value>>(
                &token,
                &decoding_key(&jwk),
                &validation,
            )
            .unwrap();
            assert_eq!(data.claims["sub"], "arn:aws:iam::111122223333:user/alice");
        }
    }

    #[test]
    fn a_token_does_not_verify_under_another_key() {
        let a = generate(SigningAlgorithm::Es384).unwrap();
        let b = generate(SigningAlgorithm::Es384).unwrap();
        assert_ne!(a.kid, b.kid);
        let a = IssuerKey::from_der(SigningAlgorithm::Es384, &a.private_der).unwrap();
        let b = IssuerKey::from_der(SigningAlgorithm::Es384, &b.private_der).unwrap();
        let token = a.sign(&claims()).unwrap();
        let mut validation = Validation::new(Algorithm::ES384);
        validation.set_audience(&["https://api.example.com"]);
        assert!(
            jsonwebtoken::decode::<Map<String, Value>>(
                &token,
                &decoding_key(&b.jwk()),
                &validation
            )
            .is_err()
        );
    }

    #[test]
    fn rsa_keys_are_2048_bit_and_ec_keys_p384() {
        let rsa = generate(SigningAlgorithm::Rs256).unwrap();
        let key = rsa::RsaPrivateKey::from_pkcs1_der(&rsa.private_der).unwrap();
        assert_eq!(key.size() * 8, 2048);
        let ec = IssuerKey::from_der(
            SigningAlgorithm::Es384,
            &generate(SigningAlgorithm::Es384).unwrap().private_der,
        )
        .unwrap();
        let jwk = ec.jwk();
        assert_eq!(jwk["crv"], "P-384");
        assert_eq!(
            URL_SAFE_NO_PAD
                .decode(jwk["x"].as_str().unwrap())
                .unwrap()
                .len(),
            48
        );
    }

    #[test]
    fn garbage_der_is_an_error_not_a_panic() {
        for algorithm in SigningAlgorithm::ALL {
            assert!(matches!(
                IssuerKey::from_der(algorithm, b"not a key"),
                Err(Error::Internal(_))
            ));
        }
    }

    #[test]
    fn issuer_urls_use_the_host_the_client_called() {
        assert_eq!(
            issuer_url(Some("127.0.0.1:4566"), "111122223333"),
            "http://127.0.0.1:4566/_gatehouse/outbound/111122223333"
        );
        assert_eq!(
            issuer_url(Some("[::1]:80"), "000000000000"),
            "http://[::1]:80/_gatehouse/outbound/000000000000"
        );
        for bad in [
            None,
            Some(""),
            Some("evil.com/path"),
            Some("a b"),
            Some("x\"@y"),
        ] {
            assert_eq!(
                issuer_url(bad, "000000000000"),
                "http://localhost/_gatehouse/outbound/000000000000",
                "{bad:?}"
            );
        }
    }

    #[test]
    fn stored_keys_load_by_algorithm_name() {
        let generated = generate(SigningAlgorithm::Es384).unwrap();
        let key = IssuerKey::from_stored("ES384", &generated.private_der).unwrap();
        assert_eq!(key.algorithm(), SigningAlgorithm::Es384);
        assert!(IssuerKey::from_stored("HS256", &generated.private_der).is_err());
        assert!(IssuerKey::from_stored("RS256", &generated.private_der).is_err());
    }

    #[test]
    fn discovery_points_at_the_jwks() {
        let doc = discovery_document("http://127.0.0.1:4566/_gatehouse/outbound/111122223333/");
        assert_eq!(
            doc["issuer"],
            "http://127.0.0.1:4566/_gatehouse/outbound/111122223333"
        );
        assert_eq!(
            doc["jwks_uri"],
            "http://127.0.0.1:4566/_gatehouse/outbound/111122223333/.well-known/jwks.json"
        );
        assert_eq!(
            doc["id_token_signing_alg_values_supported"],
            json!(["RS256", "ES384"])
        );
    }
}
