//! GetWebIdentityToken: a signed JWT about the caller, for external services that trust the
//! account's issuer (outbound web identity federation, switched on per account with IAM
//! EnableOutboundWebIdentityFederation).
//!
//! The token carries the standard claims (`iss`, `sub`, `aud`, `iat`, `exp`, `jti`) and, under
//! the `https://sts.amazonaws.com/` namespace, the caller's account, the request's region,
//! the principal's tags, the request's tags and the session's source identity when there are
//! any. `sub` is the identity's ARN: the role (not the assumed-role session) for role
//! sessions, the user, the federated user or the root.

use gatehouse_core::{Context, Principal, State};
use gatehouse_federation::outbound::{self, IssuerKey, SigningAlgorithm};
use gatehouse_policy::ContextKeys;
use gatehouse_protocol::sts::{GetWebIdentityTokenRequest, GetWebIdentityTokenResponse, errors};
use gatehouse_token::{AccountId, Partition, SessionPrincipal, arn};
use serde_json::{Map, Value, json};
use time::OffsetDateTime;

use crate::error::{Result, StsError};
use crate::session;

/// Token lifetime without `DurationSeconds`.
const DEFAULT_DURATION: i64 = 300;
/// The namespace of AWS's own claims.
pub(crate) const CLAIMS_NAMESPACE: &str = "https://sts.amazonaws.com/";

/// GetWebIdentityToken: needs `sts:GetWebIdentityToken` (and `sts:TagGetWebIdentityToken` to
/// pass tags), the feature enabled for the caller's account, and a lifetime within the
/// calling session's.
pub(crate) async fn get_web_identity_token(
    state: &State,
    ctx: &Context,
    input: GetWebIdentityTokenRequest,
) -> Result<GetWebIdentityTokenResponse> {
    let principal = ctx.caller.principal();
    let Some(account) = principal.account() else {
        return Err(StsError::AccessDenied(
            "Anonymous callers cannot call GetWebIdentityToken".to_owned(),
        ));
    };
    let algorithm: SigningAlgorithm = input.signing_algorithm.parse().map_err(|()| {
        StsError::Validation(format!(
            "1 validation error detected: Value '{}' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RS256, ES384]",
            input.signing_algorithm
        ))
    })?;
    let duration = input.duration_seconds.map_or(DEFAULT_DURATION, i64::from);
    let tags = session::session_tags(input.tags)?;

    let mut keys = ContextKeys::new()
        .with_strings("sts:IdentityTokenAudience", input.audience.iter().cloned())
        .with_string("sts:SigningAlgorithm", algorithm.as_str())
        .with_number("sts:DurationSeconds", duration as f64);
    if !tags.is_empty() {
        keys = keys.with_strings("aws:TagKeys", tags.iter().map(|(k, _)| k.clone()));
        for (key, value) in &tags {
            keys = keys.with_string(format!("aws:RequestTag/{key}"), value.clone());
        }
    }
    state
        .authorize_with(ctx, "sts:GetWebIdentityToken", "*", &keys)
        .await?;
    if !tags.is_empty() {
        state
            .authorize_with(ctx, "sts:TagGetWebIdentityToken", "*", &keys)
            .await?;
    }

    let key = signing_key(state, account, algorithm).await?;
    let issued_at = ctx.now.unix_timestamp();
    let expires_at = issued_at + duration;
    if let Principal::Session(claims) = principal
        && expires_at > claims.expires_at
    {
        return Err(errors::session_duration_escalation(format!(
            "The requested token duration of {duration} seconds would extend the token beyond the expiration of the calling session."
        ))
        .into());
    }
    let principal_tags = state.identity(principal).await?.tags.clone();
    let claims = TokenClaims {
        issuer: outbound::issuer_url(ctx.request.host.as_deref(), &account.to_string()),
        subject: subject(principal, state.config().partition),
        audience: &input.audience,
        issued_at,
        expires_at,
        token_id: uuid::Uuid::new_v4().to_string(),
        account,
        region: ctx.caller.region(),
        principal_tags: &principal_tags,
        request_tags: &tags,
        source_identity: match principal {
            Principal::Session(claims) => claims.source_identity.as_deref(),
            _ => None,
        },
    }
    .to_map();
    let token = key.sign(&claims).map_err(|error| internal(&error))?;
    let expiration =
        OffsetDateTime::from_unix_timestamp(expires_at).map_err(|error| internal(&error))?;
    Ok(GetWebIdentityTokenResponse {
        web_identity_token: Some(token),
        expiration: Some(expiration),
    })
}

/// The account's key for `algorithm`, or `OutboundWebIdentityFederationDisabledException`
/// when the account has not enabled the feature (or disabled it).
async fn signing_key(
    state: &State,
    account: AccountId,
    algorithm: SigningAlgorithm,
) -> Result<IssuerKey> {
    let federation = state
        .store()
        .outbound_federation(account)
        .await
        .map_err(gatehouse_core::error::store_failure)?;
    let Some(federation) = federation.filter(|s| s.enabled) else {
        return Err(errors::outbound_web_identity_federation_disabled(
            "Outbound web identity federation is not enabled for this account. Enable it with the IAM EnableOutboundWebIdentityFederation operation.",
        )
        .into());
    };
    let stored = federation
        .keys
        .iter()
        .find(|k| k.algorithm == algorithm.as_str())
        .ok_or_else(|| internal(&format!("account {account} has no {algorithm} signing key")))?;
    IssuerKey::from_stored(&stored.algorithm, stored.private_key.expose())
        .map_err(|error| internal(&error))
}

/// `sub`: the identity behind the caller — for a role session the role itself.
fn subject(principal: &Principal, partition: Partition) -> String {
    match principal {
        Principal::Session(claims) => match &claims.principal {
            SessionPrincipal::AssumedRole {
                role_name,
                role_path,
                ..
            } => arn::role(partition, claims.account, role_path, role_name),
            _ => principal.arn(partition),
        },
        _ => principal.arn(partition),
    }
}

/// What goes into one token.
struct TokenClaims<'a> {
    issuer: String,
    subject: String,
    audience: &'a [String],
    issued_at: i64,
    expires_at: i64,
    token_id: String,
    account: AccountId,
    region: Option<&'a str>,
    principal_tags: &'a [(String, String)],
    request_tags: &'a [(String, String)],
    source_identity: Option<&'a str>,
}

impl TokenClaims<'_> {
    fn to_map(&self) -> Map<String, Value> {
        let mut aws = Map::new();
        aws.insert("aws_account".into(), json!(self.account.to_string()));
        if let Some(region) = self.region {
            aws.insert("source_region".into(), json!(region));
        }
        if !self.principal_tags.is_empty() {
            aws.insert("principal_tags".into(), tag_object(self.principal_tags));
        }
        if !self.request_tags.is_empty() {
            aws.insert("request_tags".into(), tag_object(self.request_tags));
        }
        if let Some(source_identity) = self.source_identity {
            aws.insert("source_identity".into(), json!(source_identity));
        }
        let audience = match self.audience {
            [one] => json!(one),
            many => json!(many),
        };
        let mut claims = Map::new();
        claims.insert("iss".into(), json!(self.issuer));
        claims.insert("aud".into(), audience);
        claims.insert("sub".into(), json!(self.subject));
        claims.insert("iat".into(), json!(self.issued_at));
        claims.insert("exp".into(), json!(self.expires_at));
        claims.insert("jti".into(), json!(self.token_id));
        claims.insert(CLAIMS_NAMESPACE.into(), Value::Object(aws));
        claims
    }
}

fn tag_object(tags: &[(String, String)]) -> Value {
    Value::Object(
        tags.iter()
            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
            .collect(),
    )
}

/// A local failure (a stored key that cannot be used, signing): `InternalFailure` (500),
/// logged, with AWS's generic message.
fn internal(error: &dyn std::fmt::Display) -> StsError {
    tracing::error!(%error, "GetWebIdentityToken failed");
    StsError::from(gatehouse_error::Error::new(
        gatehouse_error::ErrorCode::InternalFailure,
        "An internal error has occurred. Try your request again.",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_core::{Caller, Config};
    use gatehouse_federation::outbound::generate;
    use gatehouse_protocol::AwsError;
    use gatehouse_protocol::sts::Tag;
    use gatehouse_store::{NewRole, NewUser, PolicyOwner, PrivateKeyDer};
    use gatehouse_test_support as fixtures;
    use jsonwebtoken::{DecodingKey, Validation};

    const ACCT: &str = "111122223333";
    const HOST: &str = "gatehouse.test:4566";
    const ISSUER: &str = "http://gatehouse.test:4566/_gatehouse/outbound/111122223333";

    fn account() -> AccountId {
        AccountId::parse(ACCT).unwrap()
    }

    fn now() -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap()
    }

    fn ctx(principal: Principal) -> Context {
        let mut ctx = Context::local(principal.clone(), now());
        ctx.caller = Caller::unchecked(principal, Some("eu-west-1"));
        ctx.request.host = Some(HOST.into());
        ctx
    }

    fn bob() -> Principal {
        Principal::User {
            account: account(),
            user_id: "AIDAEXAMPLEUSER00001".into(),
            user_name: "bob".into(),
            path: "/".into(),
        }
    }

    fn role_session(expires_in: i64) -> Principal {
        let mut claims = session::new_claims(
            account(),
            SessionPrincipal::AssumedRole {
                role_id: "AROAEXAMPLEROLE00001".into(),
                role_name: "builder".into(),
                role_path: "/ci/".into(),
                session_name: "job-7".into(),
            },
            now(),
            expires_in,
        );
        claims.source_identity = Some("alice".into());
        claims.tags = vec![("team".into(), "platform".into())];
        Principal::Session(Box::new(claims))
    }

    fn policy(statement: &str) -> String {
        format!(r#"{{"Version":"2012-10-17","Statement":[{statement}]}}"#)
    }

    const ALLOW_TOKEN: &str =
        r#"{"Effect":"Allow","Action":"sts:GetWebIdentityToken","Resource":"*"}"#;

    /// A service whose user `bob` and role `builder` have `bob_policy` / `ALLOW_TOKEN`, with
    /// the feature enabled (ES384 key only, unless `rsa`) when `enabled`.
    async fn setup(bob_policy: &str, enabled: bool, rsa: bool) -> State {
        let store = fixtures::store().await;
        let bob = NewUser {
            tags: vec![gatehouse_store::Tag::new("cost-center", "42")],
            ..fixtures::user("AIDAEXAMPLEUSER00001", "bob")
        };
        store.create_user(account(), bob).await.unwrap();
        store
            .put_inline_policy(
                account(),
                PolicyOwner::User("bob"),
                "p",
                &policy(bob_policy),
            )
            .await
            .unwrap();
        let trust = policy(
            r#"{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}"#,
        );
        let builder = NewRole {
            path: "/ci/".into(),
            tags: vec![gatehouse_store::Tag::new("env", "prod")],
            ..fixtures::role("AROAEXAMPLEROLE00001", "builder", &trust)
        };
        store.create_role(account(), builder).await.unwrap();
        store
            .put_inline_policy(
                account(),
                PolicyOwner::Role("builder"),
                "p",
                &policy(ALLOW_TOKEN),
            )
            .await
            .unwrap();
        if enabled {
            let algorithms: &[SigningAlgorithm] = if rsa {
                &SigningAlgorithm::ALL
            } else {
                &[SigningAlgorithm::Es384]
            };
            let keys: Vec<_> = algorithms
                .iter()
                .map(|a| {
                    let key = generate(*a).unwrap();
                    (
                        a.as_str().to_owned(),
                        key.kid,
                        PrivateKeyDer::new(key.private_der.to_vec()),
                    )
                })
                .collect();
            store
                .enable_outbound_federation(account(), &keys, now())
                .await
                .unwrap();
        }
        fixtures::state_over(store, Config::default())
    }

    fn request(algorithm: &str, audience: &[&str]) -> GetWebIdentityTokenRequest {
        GetWebIdentityTokenRequest {
            audience: audience.iter().map(|a| (*a).to_owned()).collect(),
            signing_algorithm: algorithm.into(),
            ..GetWebIdentityTokenRequest::default()
        }
    }

    fn code(result: Result<GetWebIdentityTokenResponse>) -> String {
        AwsError::from(result.unwrap_err()).code.into_owned()
    }

    /// Verifies `token` with the account's published key, as a relying party would.
    async fn verify(state: &State, token: &str, audience: &str) -> Map<String, Value> {
        let federation = state
            .store()
            .outbound_federation(account())
            .await
            .unwrap()
            .unwrap();
        let header = jsonwebtoken::decode_header(token).unwrap();
        let stored = federation
            .keys
            .iter()
            .find(|k| Some(&k.kid) == header.kid.as_ref())
            .unwrap();
        let jwk = IssuerKey::from_stored(&stored.algorithm, stored.private_key.expose())
            .unwrap()
            .jwk();
        let s = |name: &str| jwk[name].as_str().unwrap().to_owned();
        let key = match s("kty").as_str() {
            "RSA" => DecodingKey::from_rsa_components(&s("n"), &s("e")).unwrap(),
            _ => DecodingKey::from_ec_components(&s("x"), &s("y")).unwrap(),
        };
        let mut validation = Validation::new(header.alg);
        validation.set_audience(&[audience]);
        validation.set_issuer(&[ISSUER]);
        // The fixed test clock is in the past; check expiry by hand below.
        validation.validate_exp = false;
        jsonwebtoken::decode::<Map<String, Value>>(token, &key, &validation)
            .unwrap()
            .claims
    }

    #[tokio::test]
    async fn an_account_without_the_feature_gets_the_disabled_error() {
        let state = setup(ALLOW_TOKEN, false, false).await;
        let result =
            get_web_identity_token(&state, &ctx(bob()), request("ES384", &["https://x"])).await;
        let err = AwsError::from(result.unwrap_err());
        assert_eq!(err.code, "OutboundWebIdentityFederationDisabledException");
        assert_eq!(err.status, 403);

        state
            .store()
            .enable_outbound_federation(account(), &[], now())
            .await
            .unwrap();
        state
            .store()
            .disable_outbound_federation(account(), now())
            .await
            .unwrap();
        let result =
            get_web_identity_token(&state, &ctx(bob()), request("ES384", &["https://x"])).await;
        assert_eq!(
            code(result),
            "OutboundWebIdentityFederationDisabledException"
        );
    }

    #[tokio::test]
    async fn a_user_gets_an_es384_token_describing_it() {
        let state = setup(ALLOW_TOKEN, true, false).await;
        let mut input = request("ES384", &["https://api.example.com"]);
        input.duration_seconds = Some(900);
        input.tags = Some(vec![Tag {
            key: "job".into(),
            value: "build-1".into(),
        }]);
        // Tags need sts:TagGetWebIdentityToken too.
        let denied = get_web_identity_token(&state, &ctx(bob()), input.clone()).await;
        assert_eq!(code(denied), "AccessDenied");

        let state = state_with_tagging().await;
        let response = get_web_identity_token(&state, &ctx(bob()), input)
            .await
            .unwrap();
        assert_eq!(
            response.expiration,
            Some(now() + time::Duration::seconds(900))
        );
        let token = response.web_identity_token.unwrap();
        let claims = verify(&state, &token, "https://api.example.com").await;
        assert_eq!(claims["iss"], ISSUER);
        assert_eq!(claims["sub"], "arn:aws:iam::111122223333:user/bob");
        assert_eq!(claims["aud"], "https://api.example.com");
        assert_eq!(claims["iat"], 1_700_000_000);
        assert_eq!(claims["exp"], 1_700_000_900);
        assert_eq!(claims["jti"].as_str().unwrap().len(), 36);
        let aws = &claims[CLAIMS_NAMESPACE];
        assert_eq!(aws["aws_account"], ACCT);
        assert_eq!(aws["source_region"], "eu-west-1");
        assert_eq!(aws["principal_tags"], json!({"cost-center": "42"}));
        assert_eq!(aws["request_tags"], json!({"job": "build-1"}));
        assert!(aws.get("source_identity").is_none());
    }

    async fn state_with_tagging() -> State {
        setup(
            r#"{"Effect":"Allow","Action":["sts:GetWebIdentityToken","sts:TagGetWebIdentityToken"],"Resource":"*"}"#,
            true,
            false,
        )
        .await
    }

    #[tokio::test]
    async fn a_role_session_token_names_the_role_and_stays_within_the_session() {
        let state = setup(ALLOW_TOKEN, true, true).await;
        let response = get_web_identity_token(
            &state,
            &ctx(role_session(3600)),
            request("RS256", &["aud-1", "aud-2"]),
        )
        .await
        .unwrap();
        let token = response.web_identity_token.unwrap();
        assert_eq!(
            jsonwebtoken::decode_header(&token).unwrap().alg,
            jsonwebtoken::Algorithm::RS256
        );
        let claims = verify(&state, &token, "aud-2").await;
        assert_eq!(claims["sub"], "arn:aws:iam::111122223333:role/ci/builder");
        assert_eq!(claims["aud"], json!(["aud-1", "aud-2"]));
        assert_eq!(claims["exp"], 1_700_000_300, "300 seconds by default");
        let aws = &claims[CLAIMS_NAMESPACE];
        assert_eq!(aws["source_identity"], "alice");
        assert_eq!(
            aws["principal_tags"],
            json!({"env": "prod", "team": "platform"})
        );
        assert!(aws.get("request_tags").is_none());

        let short = ctx(role_session(200));
        let result = get_web_identity_token(&state, &short, request("ES384", &["a"])).await;
        let err = AwsError::from(result.unwrap_err());
        assert_eq!(err.code, "SessionDurationEscalationException");
        assert_eq!(err.status, 403);
        let mut input = request("ES384", &["a"]);
        input.duration_seconds = Some(200);
        assert!(get_web_identity_token(&state, &short, input).await.is_ok());
    }

    #[tokio::test]
    async fn permission_and_its_condition_keys_are_enforced() {
        let state = setup(
            r#"{"Effect":"Allow","Action":"sts:GetWebIdentityToken","Resource":"*","Condition":{"ForAllValues:StringEquals":{"sts:IdentityTokenAudience":["https://ok"]},"StringEquals":{"sts:SigningAlgorithm":"ES384"},"NumericLessThanEquals":{"sts:DurationSeconds":600}}}"#,
            true,
            false,
        )
        .await;
        let caller = ctx(bob());
        let ok = get_web_identity_token(&state, &caller, request("ES384", &["https://ok"]));
        assert!(ok.await.is_ok());
        let wrong_audience =
            get_web_identity_token(&state, &caller, request("ES384", &["https://no"]));
        assert_eq!(code(wrong_audience.await), "AccessDenied");
        let wrong_algorithm =
            get_web_identity_token(&state, &caller, request("RS256", &["https://ok"]));
        assert_eq!(code(wrong_algorithm.await), "AccessDenied");
        let mut long = request("ES384", &["https://ok"]);
        long.duration_seconds = Some(900);
        let too_long = get_web_identity_token(&state, &caller, long);
        let err = AwsError::from(too_long.await.unwrap_err());
        assert_eq!(err.code, "AccessDenied");
        assert!(
            err.message.contains("sts:GetWebIdentityToken"),
            "{}",
            err.message
        );

        let nobody = setup(
            r#"{"Effect":"Allow","Action":"sts:GetCallerIdentity","Resource":"*"}"#,
            true,
            false,
        )
        .await;
        let denied = get_web_identity_token(&nobody, &caller, request("ES384", &["a"]));
        let err = AwsError::from(denied.await.unwrap_err());
        assert_eq!(err.code, "AccessDenied");
        assert_eq!(
            err.message,
            "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: sts:GetWebIdentityToken on resource: * because no identity-based policy allows the sts:GetWebIdentityToken action"
        );
    }

    #[tokio::test]
    async fn bad_input_is_refused_before_anything_else() {
        let state = setup(ALLOW_TOKEN, false, false).await;
        let result = get_web_identity_token(&state, &ctx(bob()), request("HS256", &["a"])).await;
        let err = AwsError::from(result.unwrap_err());
        assert_eq!(err.code, "ValidationError");
        assert!(err.message.contains("'HS256' at 'signingAlgorithm'"));

        let mut input = request("ES384", &["a"]);
        input.tags = Some(vec![
            Tag {
                key: "K".into(),
                value: "1".into(),
            },
            Tag {
                key: "k".into(),
                value: "2".into(),
            },
        ]);
        let result = get_web_identity_token(&state, &ctx(bob()), input).await;
        assert_eq!(code(result), "InvalidParameterValue");
    }

    #[tokio::test]
    async fn the_root_gets_a_token_naming_the_account_root() {
        let state = setup(ALLOW_TOKEN, true, false).await;
        let root = Principal::Root { account: account() };
        let response = get_web_identity_token(&state, &ctx(root), request("ES384", &["a"]))
            .await
            .unwrap();
        let claims = verify(&state, &response.web_identity_token.unwrap(), "a").await;
        assert_eq!(claims["sub"], "arn:aws:iam::111122223333:root");
        assert!(claims[CLAIMS_NAMESPACE].get("principal_tags").is_none());
    }
}
