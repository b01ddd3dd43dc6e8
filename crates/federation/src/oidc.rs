//! OpenID Connect ID-token verification for AssumeRoleWithWebIdentity.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;

use jsonwebtoken::jwk::{Jwk, KeyAlgorithm};
use jsonwebtoken::{Algorithm, DecodingKey, Header, Validation};
use serde_json::{Map, Value};
use time::{Duration, OffsetDateTime};

use crate::error::Error;

/// Signature algorithms AWS accepts for ID tokens. Never `HS*`, never `none`.
const ACCEPTED_ALGORITHMS: [Algorithm; 8] = [
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::PS384,
    Algorithm::PS512,
    Algorithm::ES256,
    Algorithm::ES384,
];

/// Clock skew tolerated for `nbf` and `iat` in the future.
const CLOCK_SKEW: Duration = Duration::minutes(5);
/// How long a fetched JWKS is trusted before it is fetched again.
pub const DEFAULT_JWKS_TTL: Duration = Duration::hours(1);
/// An unknown `kid` refetches the JWKS only if the cached copy is at least this old, so
/// that tokens with made-up key ids cannot make gatehouse hammer the identity provider.
const MIN_REFETCH_INTERVAL: Duration = Duration::seconds(30);

/// The claim carrying session tags.
const TAGS_CLAIM: &str = "https://aws.amazon.com/tags";
/// The claim carrying the source identity.
const SOURCE_IDENTITY_CLAIM: &str = "https://aws.amazon.com/source_identity";
/// Claims that never become `<provider>:<claim>` condition keys.
const NON_KEY_CLAIMS: [&str; 8] = ["iss", "exp", "iat", "nbf", "jti", "aud", "azp", "auth_time"];

const KEY_RETRIEVAL_FAILED: &str = "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";
const NOT_A_JWT: &str = "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)";
const IDP_UNREACHABLE: &str = "The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached. This is often a transient error caused by network conditions.";

/// An IAM OpenID Connect provider record, as the caller stored it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcProvider {
    /// The issuer URL (`https://host/path`; the scheme may be omitted, as IAM stores it).
    pub url: String,
    /// Accepted audiences (IAM's `ClientIDList`).
    pub client_ids: Vec<String>,
    /// Server certificate thumbprints. Kept for the record: like AWS today, the TLS
    /// certificate is checked against the system's trusted roots instead.
    pub thumbprints: Vec<String>,
}

/// `host/path` of an issuer URL: the URL without its scheme and trailing slash, as used in
/// `arn:aws:iam::ACCT:oidc-provider/{host/path}` and in condition keys.
#[must_use]
pub fn provider_host_path(url: &str) -> &str {
    let without_scheme = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    without_scheme.trim_end_matches('/')
}

/// The issuer of a token, read without verifying anything, so the caller can find the
/// [`OidcProvider`] registered for it.
pub fn unverified_issuer(token: &str) -> Result<String, Error> {
    let claims: Map<String, Value> = jsonwebtoken::dangerous::insecure_decode_claims(token)
        .map_err(|_| Error::InvalidIdentityToken(NOT_A_JWT.into()))?;
    match claims.get("iss") {
        Some(Value::String(iss)) => Ok(iss.clone()),
        _ => Err(Error::InvalidIdentityToken(NOT_A_JWT.into())),
    }
}

/// Fetches documents (discovery, JWKS) from identity providers.
pub trait JwksFetcher: Send + Sync {
    /// GETs `url` and returns the body of a successful response.
    ///
    /// Fails with [`Error::IdpCommunication`] when the provider cannot be reached and with
    /// [`Error::InvalidIdentityToken`] when it answers with an error or an oversized body.
    fn get(&self, url: &str) -> impl Future<Output = Result<Vec<u8>, Error>> + Send;
}

/// A successfully verified ID token.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedWebIdentity {
    /// The `iss` claim as the token has it.
    pub issuer: String,
    /// `host/path` of the provider (see [`provider_host_path`]).
    pub provider: String,
    /// The `sub` claim (`SubjectFromWebIdentityToken`).
    pub subject: String,
    /// The client id the token was accepted for (`aud`, or `azp` where that matched).
    pub audience: String,
    /// Every claim of the token.
    pub claims: Map<String, Value>,
    /// The `amr` claim's values.
    pub amr: Vec<String>,
    /// Session tags from `https://aws.amazon.com/tags` `principal_tags`.
    pub principal_tags: Vec<(String, String)>,
    /// `https://aws.amazon.com/tags` `transitive_tag_keys`.
    pub transitive_tag_keys: Vec<String>,
    /// `https://aws.amazon.com/source_identity`.
    pub source_identity: Option<String>,
}

impl VerifiedWebIdentity {
    /// Condition keys for trust-policy evaluation: `<host/path>:aud`, `:sub`, `:amr`,
    /// `:oaud` and `<host/path>:<claim>` for the token's other string, number, boolean and
    /// string-list claims (GitHub's `repository`, GitLab's `project_id`, ...).
    #[must_use]
    pub fn condition_keys(&self) -> Vec<(String, Vec<String>)> {
        let prefix = &self.provider;
        let mut keys = vec![
            (format!("{prefix}:aud"), vec![self.audience.clone()]),
            (format!("{prefix}:sub"), vec![self.subject.clone()]),
        ];
        let original_audiences = self
            .claims
            .get("aud")
            .map(string_values)
            .unwrap_or_default();
        if !original_audiences.is_empty() {
            keys.push((format!("{prefix}:oaud"), original_audiences));
        }
        if !self.amr.is_empty() {
            keys.push((format!("{prefix}:amr"), self.amr.clone()));
        }
        for (claim, value) in &self.claims {
            let reserved = NON_KEY_CLAIMS.contains(&claim.as_str())
                || matches!(claim.as_str(), "sub" | "amr")
                || claim.contains("://");
            let values = string_values(value);
            if !reserved && !values.is_empty() {
                keys.push((format!("{prefix}:{claim}"), values));
            }
        }
        keys
    }
}

/// Scalars and lists of scalars as strings; objects and nulls give nothing.
fn string_values(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Number(n) => vec![n.to_string()],
        Value::Bool(b) => vec![b.to_string()],
        Value::Array(items) => items
            .iter()
            .filter(|item| !item.is_array())
            .flat_map(string_values)
            .collect(),
        Value::Null | Value::Object(_) => Vec::new(),
    }
}

struct CachedKeys {
    keys: Vec<Jwk>,
    fetched_at: OffsetDateTime,
}

/// Verifies ID tokens against [`OidcProvider`] records, with a JWKS cache keyed by issuer.
pub struct OidcVerifier<F> {
    fetcher: F,
    ttl: Duration,
    cache: Mutex<HashMap<String, CachedKeys>>,
}

impl<F: JwksFetcher> OidcVerifier<F> {
    /// A verifier fetching through `fetcher`, caching key sets for [`DEFAULT_JWKS_TTL`].
    #[must_use]
    pub fn new(fetcher: F) -> Self {
        Self::with_ttl(fetcher, DEFAULT_JWKS_TTL)
    }

    /// A verifier caching key sets for `ttl`.
    #[must_use]
    pub fn with_ttl(fetcher: F, ttl: Duration) -> Self {
        Self {
            fetcher,
            ttl,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// Verifies `token` as an ID token issued by `provider`, at time `now`.
    pub async fn verify(
        &self,
        token: &str,
        provider: &OidcProvider,
        now: OffsetDateTime,
    ) -> Result<VerifiedWebIdentity, Error> {
        let header = jsonwebtoken::decode_header(token)
            .map_err(|_| Error::InvalidIdentityToken(NOT_A_JWT.into()))?;
        if !ACCEPTED_ALGORITHMS.contains(&header.alg) {
            return Err(Error::InvalidIdentityToken(format!(
                "Unsupported JWT signing algorithm: {:?}",
                header.alg
            )));
        }
        let issuer_url = issuer_url(&provider.url);
        let (keys, fresh) = self.keys(&issuer_url, now, false).await?;
        let claims = match verify_with_any(token, &header, &keys)? {
            Some(claims) => claims,
            None if !fresh => {
                let (keys, _) = self.keys(&issuer_url, now, true).await?;
                verify_with_any(token, &header, &keys)?.ok_or_else(key_retrieval_failed)?
            }
            None => return Err(key_retrieval_failed()),
        };
        check_claims(claims, provider, now)
    }

    /// The provider's keys, from the cache when fresh enough. The flag tells whether they
    /// were fetched by this call.
    async fn keys(
        &self,
        issuer_url: &str,
        now: OffsetDateTime,
        kid_unknown: bool,
    ) -> Result<(Vec<Jwk>, bool), Error> {
        if let Some(keys) = self.cached(issuer_url, now, kid_unknown) {
            return Ok((keys, false));
        }
        let keys = self.fetch_keys(issuer_url).await?;
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(
                issuer_url.to_owned(),
                CachedKeys {
                    keys: keys.clone(),
                    fetched_at: now,
                },
            );
        }
        Ok((keys, true))
    }

    fn cached(&self, issuer_url: &str, now: OffsetDateTime, kid_unknown: bool) -> Option<Vec<Jwk>> {
        let cache = self.cache.lock().ok()?;
        let entry = cache.get(issuer_url)?;
        let age = now - entry.fetched_at;
        let max_age = if kid_unknown {
            MIN_REFETCH_INTERVAL
        } else {
            self.ttl
        };
        (age >= Duration::ZERO && age < max_age).then(|| entry.keys.clone())
    }

    async fn fetch_keys(&self, issuer_url: &str) -> Result<Vec<Jwk>, Error> {
        let discovery_url = format!("{issuer_url}/.well-known/openid-configuration");
        let discovery: Value = parse_json(&self.fetcher.get(&discovery_url).await?)?;
        let Some(Value::String(jwks_uri)) = discovery.get("jwks_uri") else {
            return Err(key_retrieval_failed());
        };
        let jwks: Value = parse_json(&self.fetcher.get(jwks_uri).await?)?;
        let Some(Value::Array(keys)) = jwks.get("keys") else {
            return Err(key_retrieval_failed());
        };
        // Keys of types we do not know are skipped, not fatal.
        Ok(keys
            .iter()
            .filter_map(|key| serde_json::from_value::<Jwk>(without_padding(key)).ok())
            .collect())
    }
}

/// A JWK whose base64url numbers (`n`, `e`, `x`, `y`) lose any trailing `=`. RFC 7515
/// leaves the padding out, but some providers publish it; the bytes are the same.
fn without_padding(key: &Value) -> Value {
    let mut key = key.clone();
    if let Value::Object(members) = &mut key {
        for member in ["n", "e", "x", "y"] {
            if let Some(Value::String(text)) = members.get_mut(member) {
                let unpadded = text.trim_end_matches('=').len();
                text.truncate(unpadded);
            }
        }
    }
    key
}

fn parse_json(body: &[u8]) -> Result<Value, Error> {
    serde_json::from_slice(body).map_err(|_| key_retrieval_failed())
}

/// The issuer as a URL to fetch from: `https://` is assumed when no scheme is given.
fn issuer_url(url: &str) -> String {
    let trimmed = url.trim_end_matches('/');
    if trimmed.starts_with("https://") || trimmed.starts_with("http://") {
        trimmed.to_owned()
    } else {
        format!("https://{trimmed}")
    }
}

/// Tries the keys that may have signed the token (matching `kid` when the token names one,
/// and compatible with its algorithm). `Ok(None)`: no such key; `Err`: the signature is bad.
fn verify_with_any(
    token: &str,
    header: &Header,
    keys: &[Jwk],
) -> Result<Option<Map<String, Value>>, Error> {
    let mut validation = Validation::new(header.alg);
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.validate_aud = false;
    validation.required_spec_claims.clear();

    let mut tried_any = false;
    for jwk in keys {
        let kid_matches = match (&header.kid, &jwk.common.key_id) {
            (Some(wanted), Some(kid)) => wanted == kid,
            (Some(_), None) => false,
            (None, _) => true,
        };
        let alg_matches = jwk
            .common
            .key_algorithm
            .is_none_or(|alg| alg == KeyAlgorithm::from(header.alg));
        if !kid_matches || !alg_matches {
            continue;
        }
        let Ok(key) = DecodingKey::from_jwk(jwk) else {
            continue;
        };
        if key.family() != header.alg.family() {
            continue;
        }
        tried_any = true;
        if let Ok(data) = jsonwebtoken::decode::<Map<String, Value>>(token, &key, &validation) {
            return Ok(Some(data.claims));
        }
    }
    if tried_any {
        Err(Error::InvalidIdentityToken(
            "Signature verification of the identity token failed".into(),
        ))
    } else {
        Ok(None)
    }
}

/// An integer NumericDate claim; `Ok(None)` if absent.
fn timestamp_claim(claims: &Map<String, Value>, name: &str) -> Result<Option<i64>, Error> {
    match claims.get(name) {
        None => Ok(None),
        Some(Value::Number(n)) => n.as_i64().map(Some).ok_or_else(|| {
            Error::InvalidIdentityToken(format!(
                "The '{name}' claim of the identity token must be an integer"
            ))
        }),
        Some(_) => Err(Error::InvalidIdentityToken(format!(
            "The '{name}' claim of the identity token must be an integer"
        ))),
    }
}

fn check_claims(
    claims: Map<String, Value>,
    provider: &OidcProvider,
    now: OffsetDateTime,
) -> Result<VerifiedWebIdentity, Error> {
    let Some(Value::String(issuer)) = claims.get("iss") else {
        return Err(Error::InvalidIdentityToken(NOT_A_JWT.into()));
    };
    let issuer = issuer.clone();
    if provider_host_path(&issuer) != provider_host_path(&provider.url) {
        return Err(Error::InvalidIdentityToken(format!(
            "No OpenIDConnect provider found in your account for {issuer}"
        )));
    }

    let now_seconds = now.unix_timestamp();
    let expires = timestamp_claim(&claims, "exp")?.ok_or_else(|| {
        Error::InvalidIdentityToken("The identity token has no 'exp' claim".into())
    })?;
    if now_seconds >= expires {
        return Err(Error::ExpiredToken(format!(
            "Token expired: current date/time {now_seconds} must be before the expiration date/time {expires}"
        )));
    }
    let latest_start = now_seconds + CLOCK_SKEW.whole_seconds();
    if timestamp_claim(&claims, "nbf")?.is_some_and(|nbf| nbf > latest_start) {
        return Err(Error::InvalidIdentityToken(
            "The identity token is not yet valid (nbf)".into(),
        ));
    }
    if timestamp_claim(&claims, "iat")?.is_some_and(|iat| iat > latest_start) {
        return Err(Error::InvalidIdentityToken(
            "The identity token was issued in the future (iat)".into(),
        ));
    }

    let audiences = claims.get("aud").map(string_values).unwrap_or_default();
    let authorized_party = match claims.get("azp") {
        Some(Value::String(azp)) => Some(azp.clone()),
        _ => None,
    };
    let audience = authorized_party
        .into_iter()
        .chain(audiences)
        .find(|candidate| provider.client_ids.contains(candidate))
        .ok_or_else(|| Error::InvalidIdentityToken("Incorrect token audience".into()))?;

    let subject = match claims.get("sub") {
        Some(Value::String(sub)) if !sub.is_empty() => sub.clone(),
        _ => {
            return Err(Error::InvalidIdentityToken(
                "The identity token has no 'sub' claim".into(),
            ));
        }
    };
    let amr = claims.get("amr").map(string_values).unwrap_or_default();
    let (principal_tags, transitive_tag_keys) = session_tags(claims.get(TAGS_CLAIM))?;
    let source_identity = match claims.get(SOURCE_IDENTITY_CLAIM) {
        None => None,
        Some(Value::String(value)) => Some(value.clone()),
        Some(_) => {
            return Err(Error::InvalidIdentityToken(format!(
                "The '{SOURCE_IDENTITY_CLAIM}' claim must be a string"
            )));
        }
    };
    Ok(VerifiedWebIdentity {
        issuer,
        provider: provider_host_path(&provider.url).to_owned(),
        subject,
        audience,
        claims,
        amr,
        principal_tags,
        transitive_tag_keys,
        source_identity,
    })
}

/// Principal tags and transitive tag keys from the `https://aws.amazon.com/tags` claim.
/// Every tag must have exactly one value (AWS sessions tags are single-valued).
type SessionTags = (Vec<(String, String)>, Vec<String>);

fn session_tags(claim: Option<&Value>) -> Result<SessionTags, Error> {
    let invalid = || Error::InvalidIdentityToken(format!("The '{TAGS_CLAIM}' claim is malformed"));
    let Some(claim) = claim else {
        return Ok((Vec::new(), Vec::new()));
    };
    let Value::Object(claim) = claim else {
        return Err(invalid());
    };
    let mut principal_tags = Vec::new();
    match claim.get("principal_tags") {
        None => {}
        Some(Value::Object(tags)) => {
            for (key, values) in tags {
                let value = match values {
                    Value::Array(values) => match values.as_slice() {
                        [Value::String(value)] => value.clone(),
                        _ => return Err(invalid()),
                    },
                    Value::String(value) => value.clone(),
                    _ => return Err(invalid()),
                };
                principal_tags.push((key.clone(), value));
            }
        }
        Some(_) => return Err(invalid()),
    }
    let transitive_tag_keys = match claim.get("transitive_tag_keys") {
        None => Vec::new(),
        Some(Value::Array(keys)) => keys
            .iter()
            .map(|key| key.as_str().map(str::to_owned).ok_or_else(invalid))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(invalid()),
    };
    Ok((principal_tags, transitive_tag_keys))
}

/// Maps a transport failure to AWS's `IDPCommunicationError`.
pub(crate) fn idp_unreachable() -> Error {
    Error::IdpCommunication(IDP_UNREACHABLE.into())
}

/// Maps a bad answer from the provider to AWS's key-retrieval `InvalidIdentityToken`.
pub(crate) fn key_retrieval_failed() -> Error {
    Error::InvalidIdentityToken(KEY_RETRIEVAL_FAILED.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_idp::{TEST_IDP_DISCOVERY_PATH, TestIdp};
    use jsonwebtoken::EncodingKey;
    use serde_json::json;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const ISSUER: &str = "https://idp.example.com/tenant";
    const NOW: i64 = 1_700_000_000;

    /// Serves documents from memory and counts requests.
    #[derive(Default, Clone)]
    struct MemoryFetcher {
        documents: Arc<Mutex<HashMap<String, Vec<u8>>>>,
        requests: Arc<AtomicUsize>,
    }

    impl MemoryFetcher {
        fn serve(&self, idp: &TestIdp) {
            let mut documents = self.documents.lock().unwrap();
            let discovery = idp.discovery_document(ISSUER);
            let jwks_uri = discovery["jwks_uri"].as_str().unwrap().to_owned();
            documents.insert(
                format!("{ISSUER}{TEST_IDP_DISCOVERY_PATH}"),
                discovery.to_string().into_bytes(),
            );
            documents.insert(jwks_uri, idp.jwks().to_string().into_bytes());
        }
    }

    impl JwksFetcher for MemoryFetcher {
        async fn get(&self, url: &str) -> Result<Vec<u8>, Error> {
            self.requests.fetch_add(1, Ordering::SeqCst);
            self.documents
                .lock()
                .unwrap()
                .get(url)
                .cloned()
                .ok_or_else(idp_unreachable)
        }
    }

    fn at(seconds: i64) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(seconds).unwrap()
    }

    fn provider() -> OidcProvider {
        OidcProvider {
            url: "idp.example.com/tenant".into(),
            client_ids: vec!["sts.amazonaws.com".into(), "my-app".into()],
            thumbprints: vec![],
        }
    }

    fn claims(extra: Value) -> Map<String, Value> {
        let mut claims = json!({
            "iss": ISSUER,
            "sub": "repo:octo/app:ref:refs/heads/main",
            "aud": "sts.amazonaws.com",
            "iat": NOW - 10,
            "exp": NOW + 300,
        });
        if let (Some(base), Value::Object(extra)) = (claims.as_object_mut(), extra) {
            base.extend(extra);
        }
        claims.as_object().unwrap().clone()
    }

    fn setup() -> (TestIdp, MemoryFetcher, OidcVerifier<MemoryFetcher>) {
        let idp = TestIdp::generate().unwrap();
        let fetcher = MemoryFetcher::default();
        fetcher.serve(&idp);
        let verifier = OidcVerifier::new(fetcher.clone());
        (idp, fetcher, verifier)
    }

    async fn verify_claims(extra: Value) -> Result<VerifiedWebIdentity, Error> {
        let (idp, _, verifier) = setup();
        let token = idp.mint(&claims(extra)).unwrap();
        verifier.verify(&token, &provider(), at(NOW)).await
    }

    #[tokio::test]
    async fn valid_token_verifies_and_exposes_claims() {
        let verified = verify_claims(json!({
            "amr": ["authenticated", "mfa"],
            "repository": "octo/app",
            "run_attempt": 2,
            "https://aws.amazon.com/tags": {
                "principal_tags": {"team": ["blue"], "cost": ["42"]},
                "transitive_tag_keys": ["team"]
            },
            "https://aws.amazon.com/source_identity": "alice",
        }))
        .await
        .unwrap();
        assert_eq!(verified.issuer, ISSUER);
        assert_eq!(verified.provider, "idp.example.com/tenant");
        assert_eq!(verified.subject, "repo:octo/app:ref:refs/heads/main");
        assert_eq!(verified.audience, "sts.amazonaws.com");
        assert_eq!(verified.amr, vec!["authenticated", "mfa"]);
        let mut tags = verified.principal_tags.clone();
        tags.sort();
        assert_eq!(
            tags,
            vec![("cost".into(), "42".into()), ("team".into(), "blue".into())]
        );
        assert_eq!(verified.transitive_tag_keys, vec!["team"]);
        assert_eq!(verified.source_identity.as_deref(), Some("alice"));

        let keys: HashMap<_, _> = verified.condition_keys().into_iter().collect();
        assert_eq!(
            keys["idp.example.com/tenant:aud"],
            vec!["sts.amazonaws.com"]
        );
        assert_eq!(
            keys["idp.example.com/tenant:sub"],
            vec!["repo:octo/app:ref:refs/heads/main"]
        );
        assert_eq!(
            keys["idp.example.com/tenant:amr"],
            vec!["authenticated", "mfa"]
        );
        assert_eq!(keys["idp.example.com/tenant:repository"], vec!["octo/app"]);
        assert_eq!(keys["idp.example.com/tenant:run_attempt"], vec!["2"]);
        assert!(!keys.contains_key("idp.example.com/tenant:exp"));
        assert!(!keys.keys().any(|key| key.contains("aws.amazon.com")));
    }

    #[tokio::test]
    async fn audience_must_be_a_client_id_or_azp() {
        let error = verify_claims(json!({"aud": "someone-else"}))
            .await
            .unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");
        assert_eq!(error.to_string(), "Incorrect token audience");

        let verified = verify_claims(json!({"aud": ["x", "my-app"]}))
            .await
            .unwrap();
        assert_eq!(verified.audience, "my-app");
        let verified = verify_claims(json!({"aud": "web-client", "azp": "my-app"}))
            .await
            .unwrap();
        assert_eq!(verified.audience, "my-app");
        let keys: HashMap<_, _> = verified.condition_keys().into_iter().collect();
        assert_eq!(keys["idp.example.com/tenant:oaud"], vec!["web-client"]);
    }

    #[tokio::test]
    async fn expired_token_gets_aws_message() {
        let error = verify_claims(json!({"exp": NOW - 1})).await.unwrap_err();
        assert_eq!(error.code(), "ExpiredTokenException");
        assert_eq!(error.http_status(), 400);
        assert_eq!(
            error.to_string(),
            format!(
                "Token expired: current date/time {NOW} must be before the expiration date/time {}",
                NOW - 1
            )
        );
    }

    #[tokio::test]
    async fn timestamps_must_be_integers_and_not_in_the_future() {
        for extra in [
            json!({"exp": (NOW + 300) as f64 + 0.5}),
            json!({"exp": "later"}),
            json!({"nbf": NOW + 3600}),
            json!({"iat": NOW + 3600}),
        ] {
            let error = verify_claims(extra.clone()).await.unwrap_err();
            assert_eq!(error.code(), "InvalidIdentityToken", "{extra}");
        }
        assert!(verify_claims(json!({"nbf": NOW + 60})).await.is_ok());
        let mut no_exp = claims(json!({}));
        no_exp.remove("exp");
        let (idp, _, verifier) = setup();
        let token = idp.mint(&no_exp).unwrap();
        assert!(verifier.verify(&token, &provider(), at(NOW)).await.is_err());
    }

    #[tokio::test]
    async fn issuer_must_match_provider_with_or_without_scheme() {
        let error = verify_claims(json!({"iss": "https://evil.example.com/tenant"}))
            .await
            .unwrap_err();
        assert_eq!(
            error.to_string(),
            "No OpenIDConnect provider found in your account for https://evil.example.com/tenant"
        );
        assert!(
            verify_claims(json!({"iss": "idp.example.com/tenant"}))
                .await
                .is_ok()
        );
        assert!(
            verify_claims(json!({"iss": "https://idp.example.com/tenant/"}))
                .await
                .is_ok()
        );
    }

    #[tokio::test]
    async fn symmetric_and_unsigned_tokens_are_refused() {
        let (_, _, verifier) = setup();
        let hs = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims(json!({})),
            &EncodingKey::from_secret(b"secret"),
        )
        .unwrap();
        let error = verifier
            .verify(&hs, &provider(), at(NOW))
            .await
            .unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");

        let body = b64url(&serde_json::to_vec(&claims(json!({}))).unwrap());
        let none = format!("{}.{body}.", b64url(br#"{"alg":"none"}"#));
        let error = verifier
            .verify(&none, &provider(), at(NOW))
            .await
            .unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");
        let error = verifier
            .verify("not-a-jwt", &provider(), at(NOW))
            .await
            .unwrap_err();
        assert_eq!(error.to_string(), NOT_A_JWT);
    }

    fn b64url(bytes: &[u8]) -> String {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    }

    #[tokio::test]
    async fn tampered_or_foreign_signatures_are_refused() {
        let (idp, _, verifier) = setup();
        let token = idp.mint(&claims(json!({}))).unwrap();
        let parts: Vec<&str> = token.split('.').collect();
        let forged_body = b64url(&serde_json::to_vec(&claims(json!({"sub": "admin"}))).unwrap());
        let tampered = format!("{}.{forged_body}.{}", parts[0], parts[2]);
        let error = verifier
            .verify(&tampered, &provider(), at(NOW))
            .await
            .unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");

        // Another key pair claiming the same kid.
        let other = TestIdp::generate().unwrap();
        let foreign = other.mint(&claims(json!({}))).unwrap();
        let foreign_parts: Vec<&str> = foreign.split('.').collect();
        let relabelled = format!("{}.{}.{}", parts[0], foreign_parts[1], foreign_parts[2]);
        assert!(
            verifier
                .verify(&relabelled, &provider(), at(NOW))
                .await
                .is_err()
        );
    }

    #[tokio::test]
    async fn jwks_is_cached_and_refetched_once_for_an_unknown_kid() {
        let (idp, fetcher, verifier) = setup();
        let token = idp.mint(&claims(json!({}))).unwrap();
        verifier.verify(&token, &provider(), at(NOW)).await.unwrap();
        verifier
            .verify(&token, &provider(), at(NOW + 10))
            .await
            .unwrap();
        assert_eq!(
            fetcher.requests.load(Ordering::SeqCst),
            2,
            "discovery + JWKS once"
        );

        // The provider rotates its key.
        let rotated = TestIdp::generate().unwrap();
        fetcher.serve(&rotated);
        let mut fresh_claims = claims(json!({}));
        fresh_claims.insert("exp".into(), json!(NOW + 7200));
        let new_token = rotated.mint(&fresh_claims).unwrap();
        // Too soon after the last fetch: no refetch, the key is unknown.
        let error = verifier
            .verify(&new_token, &provider(), at(NOW + 10))
            .await
            .unwrap_err();
        assert_eq!(error.to_string(), KEY_RETRIEVAL_FAILED);
        assert_eq!(fetcher.requests.load(Ordering::SeqCst), 2);
        // Later, an unknown kid triggers exactly one refetch.
        verifier
            .verify(&new_token, &provider(), at(NOW + 60))
            .await
            .unwrap();
        assert_eq!(fetcher.requests.load(Ordering::SeqCst), 4);
        // After the TTL, the keys are fetched again.
        verifier
            .verify(&new_token, &provider(), at(NOW + 60 + 3600))
            .await
            .unwrap();
        assert_eq!(fetcher.requests.load(Ordering::SeqCst), 6);
    }

    #[tokio::test]
    async fn padded_base64url_key_members_are_accepted() {
        let (idp, fetcher, verifier) = setup();
        let mut jwks = idp.jwks();
        for member in ["x", "y"] {
            let padded = format!("{}=", jwks["keys"][0][member].as_str().unwrap());
            jwks["keys"][0][member] = Value::String(padded);
        }
        let jwks_uri = idp.discovery_document(ISSUER)["jwks_uri"]
            .as_str()
            .unwrap()
            .to_owned();
        fetcher
            .documents
            .lock()
            .unwrap()
            .insert(jwks_uri, jwks.to_string().into_bytes());
        let token = idp.mint(&claims(json!({}))).unwrap();
        let verified = verifier.verify(&token, &provider(), at(NOW)).await.unwrap();
        assert_eq!(verified.subject, "repo:octo/app:ref:refs/heads/main");

        let unpadded = without_padding(&json!({"n": "AQ==", "e": "AQAB", "kid": "a=="}));
        assert_eq!(unpadded, json!({"n": "AQ", "e": "AQAB", "kid": "a=="}));
    }

    #[tokio::test]
    async fn unreachable_provider_is_a_communication_error() {
        let idp = TestIdp::generate().unwrap();
        let verifier = OidcVerifier::new(MemoryFetcher::default());
        let token = idp.mint(&claims(json!({}))).unwrap();
        let error = verifier
            .verify(&token, &provider(), at(NOW))
            .await
            .unwrap_err();
        assert_eq!(error.code(), "IDPCommunicationError");
    }

    #[tokio::test]
    async fn malformed_tag_claims_are_refused() {
        for tags in [
            json!("team=blue"),
            json!({"principal_tags": {"team": ["blue", "red"]}}),
            json!({"principal_tags": {"team": [1]}}),
            json!({"transitive_tag_keys": "team"}),
        ] {
            let error = verify_claims(json!({ TAGS_CLAIM: tags }))
                .await
                .unwrap_err();
            assert_eq!(error.code(), "InvalidIdentityToken", "{tags}");
        }
        let error = verify_claims(json!({ SOURCE_IDENTITY_CLAIM: 5 }))
            .await
            .unwrap_err();
        assert_eq!(error.code(), "InvalidIdentityToken");
    }

    #[test]
    fn helpers() {
        assert_eq!(provider_host_path("https://a.example/x/"), "a.example/x");
        assert_eq!(provider_host_path("a.example"), "a.example");
        assert_eq!(issuer_url("a.example/"), "https://a.example");
        assert_eq!(issuer_url("http://127.0.0.1:9/x"), "http://127.0.0.1:9/x");
        let idp = TestIdp::generate().unwrap();
        let token = idp.mint(&claims(json!({}))).unwrap();
        assert_eq!(unverified_issuer(&token).unwrap(), ISSUER);
        assert!(unverified_issuer("a.b.c").is_err());
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_tokens_never_panic(token in ".{0,200}", dots in "[A-Za-z0-9_-]{0,40}\\.[A-Za-z0-9_-]{0,40}\\.[A-Za-z0-9_-]{0,40}") {
            let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
            let verifier = OidcVerifier::new(MemoryFetcher::default());
            for candidate in [&token, &dots] {
                let result = runtime.block_on(verifier.verify(candidate, &provider(), at(NOW)));
                proptest::prop_assert!(result.is_err());
                let _ = unverified_issuer(candidate);
            }
        }
    }
}
