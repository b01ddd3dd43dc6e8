//! OIDC ID tokens (JWT): reading the issuer (`unverified_issuer`) and verifying
//! (`OidcVerifier::verify`) against a fixed provider whose JWKS holds one fixed ES256 key;
//! and the round trip: claims signed with that key verify, or fail with an error, and a
//! verified token names the subject it was signed with.
//!
//! Input: a token, or (starting with `{`) a JSON object of claims to sign and verify.
#![no_main]

use std::future::Future;
use std::pin::pin;
use std::sync::LazyLock;
use std::task::{Context, Poll, Waker};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use gatehouse_federation::{Error, JwksFetcher, OidcProvider, OidcVerifier, unverified_issuer};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use libfuzzer_sys::fuzz_target;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use p256::pkcs8::EncodePrivateKey;
use serde_json::{Map, Value, json};
use time::OffsetDateTime;

const ISSUER: &str = "https://idp.example.com";
const JWKS_URL: &str = "https://idp.example.com/jwks.json";
const KID: &str = "fuzz-key";
/// The verification time: 2026-01-01T00:00:00Z.
const NOW: i64 = 1_767_225_600;

struct Idp {
    signing_key: EncodingKey,
    jwks: Vec<u8>,
}

static IDP: LazyLock<Idp> = LazyLock::new(|| {
    let secret = p256::SecretKey::from_slice(&[0x42; 32]).expect("a valid P-256 scalar");
    let der = secret.to_pkcs8_der().expect("PKCS#8 encoding");
    let point = secret.public_key().to_encoded_point(false);
    let (x, y) = (point.x().expect("x"), point.y().expect("y"));
    let jwks = json!({"keys": [{
        "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": KID,
        "x": URL_SAFE_NO_PAD.encode(x), "y": URL_SAFE_NO_PAD.encode(y),
    }]});
    Idp {
        signing_key: EncodingKey::from_ec_der(der.as_bytes()),
        jwks: jwks.to_string().into_bytes(),
    }
});

/// Serves the discovery document and the JWKS from memory.
struct FixedIdp;

impl JwksFetcher for FixedIdp {
    async fn get(&self, url: &str) -> Result<Vec<u8>, Error> {
        if url == JWKS_URL {
            Ok(IDP.jwks.clone())
        } else {
            Ok(json!({"issuer": ISSUER, "jwks_uri": JWKS_URL})
                .to_string()
                .into_bytes())
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let provider = OidcProvider {
        url: ISSUER.into(),
        client_ids: vec!["fuzz-client".into()],
        thumbprints: Vec::new(),
    };
    let now = OffsetDateTime::from_unix_timestamp(NOW).expect("a valid time");
    // A verifier per input, so that no input depends on the cache another one filled.
    let verifier = OidcVerifier::new(FixedIdp);
    if data.first() == Some(&b'{') {
        let Ok(claims) = serde_json::from_slice::<Map<String, Value>>(data) else {
            return;
        };
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(KID.into());
        let token = jsonwebtoken::encode(&header, &claims, &IDP.signing_key).expect("signing");
        if let Ok(verified) = ready(verifier.verify(&token, &provider, now)) {
            assert_eq!(Some(&Value::String(verified.subject)), claims.get("sub"));
        }
    } else if let Ok(token) = std::str::from_utf8(data) {
        let _ = unverified_issuer(token);
        let _ = ready(verifier.verify(token, &provider, now));
    }
});

/// The output of a future that never waits (the fetcher answers from memory).
fn ready<T>(future: impl Future<Output = T>) -> T {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(output) => output,
        Poll::Pending => panic!("the verifier waited on an in-memory fetch"),
    }
}
