//! AssumeRole: the role's trust policy (and, where AWS needs it, the caller's own identity
//! policy) decides; the new session carries its role, session policies, tags, source identity
//! and MFA state, and expires.

use gatehouse_core::authorization::request_context::overlay_tags;
use gatehouse_core::authorization::{Authorization, Requester, access_denied};
use gatehouse_core::{Context, Mode, Principal, State};
use gatehouse_policy::ContextKeys;
use gatehouse_protocol::sts::{AssumeRoleRequest, AssumeRoleResponse, AssumedRoleUser};
use gatehouse_store::Role;
use gatehouse_token::arn::{self, Arn};
use gatehouse_token::{SessionClaims, SessionPrincipal};

use crate::authorization_message;
use crate::error::{Result, StsError};
use crate::mfa::{self, MfaHolder};
use crate::role_arn::{parse_role_arn, stored_role};
use crate::session::{self, SessionPolicies};

/// Role sessions last an hour unless asked otherwise.
const DEFAULT_DURATION: i64 = 3_600;
/// The most a chained role session may last.
const CHAINED_MAX: i64 = 3_600;

/// The caller's session claims, when it calls with temporary credentials.
fn caller_claims(principal: &Principal) -> Option<&SessionClaims> {
    match principal {
        Principal::Session(claims) => Some(claims),
        _ => None,
    }
}

/// The tags a chained session inherits: the caller session's transitive ones.
fn inherited_tags(claims: Option<&SessionClaims>) -> Vec<(String, String)> {
    claims.map_or_else(Vec::new, |claims| {
        claims
            .tags
            .iter()
            .filter(|(key, _)| {
                claims
                    .transitive_tag_keys
                    .iter()
                    .any(|k| k.eq_ignore_ascii_case(key))
            })
            .cloned()
            .collect()
    })
}

/// Everything the request asks of the new session, validated.
struct Requested {
    duration: i64,
    policies: SessionPolicies,
    /// `PackedPolicySize` of the policies and tags.
    packed: u32,
    /// Inherited transitive tags, then the requested tags.
    tags: Vec<(String, String)>,
    request_tags: Vec<(String, String)>,
    transitive_keys: Vec<String>,
    source_identity: Option<String>,
    mfa_at: Option<i64>,
}

async fn validate(
    state: &State,
    ctx: &Context,
    role: &Role,
    input: &mut AssumeRoleRequest,
) -> Result<Requested> {
    let caller = caller_claims(ctx.caller.principal());
    let chained =
        caller.is_some_and(|c| matches!(c.principal, SessionPrincipal::AssumedRole { .. }));
    let duration = input.duration_seconds.map_or(DEFAULT_DURATION, i64::from);
    if chained && duration > CHAINED_MAX {
        return Err(StsError::Validation("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.".to_owned()));
    }
    if duration > role.max_session_duration {
        return Err(StsError::Validation(
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."
                .to_owned(),
        ));
    }
    let policies =
        session::session_policies(state, input.policy.take(), input.policy_arns.take()).await?;
    let request_tags = session::session_tags(input.tags.take())?;
    let inherited = inherited_tags(caller);
    if request_tags
        .iter()
        .any(|(key, _)| inherited.iter().any(|(k, _)| k.eq_ignore_ascii_case(key)))
    {
        // AWS's words, as recorded (LocalStack's test_sts.snapshot.json, chaining tests).
        return Err(StsError::InvalidParameter(
            "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.".to_owned(),
        ));
    }
    let requested_transitive = input.transitive_tag_keys.take().unwrap_or_default();
    session::check_transitive_keys(&request_tags, &requested_transitive)?;
    let mut transitive_keys: Vec<String> = inherited.iter().map(|(k, _)| k.clone()).collect();
    transitive_keys.extend(requested_transitive);
    let mut tags = inherited;
    tags.extend(request_tags.iter().cloned());
    let packed = session::packed_policy_size(&policies, &tags)?;

    let inherited_identity = caller.and_then(|c| c.source_identity.clone());
    let source_identity = match (inherited_identity, input.source_identity.take()) {
        (Some(old), Some(new)) if old != new => {
            return Err(StsError::AccessDenied(format!(
                "Source identity {old} of the calling session cannot be changed to {new}."
            )));
        }
        (old, new) => old.or(new),
    };

    let mfa_at = match (input.serial_number.as_deref(), input.token_code.as_deref()) {
        (Some(serial), Some(code)) => {
            let holder = match ctx.caller.principal() {
                Principal::User { user_name, .. } => MfaHolder::User(user_name),
                Principal::Session(claims) => match &claims.principal {
                    SessionPrincipal::User { user_name, .. } => MfaHolder::User(user_name),
                    _ => MfaHolder::Root,
                },
                _ => MfaHolder::Root,
            };
            let account = ctx.caller.principal().account();
            mfa::verify(state, account, holder, serial, code, ctx.now).await?;
            Some(ctx.now.unix_timestamp())
        }
        (None, None) => caller.and_then(|c| c.mfa_authenticated_at),
        _ => {
            return Err(StsError::AccessDenied(
                "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.".to_owned(),
            ));
        }
    };
    Ok(Requested {
        duration,
        policies,
        packed,
        tags,
        request_tags,
        transitive_keys,
        source_identity,
        mfa_at,
    })
}

/// The keys only the AssumeRole request itself carries.
fn assume_keys(
    input: &AssumeRoleRequest,
    role: &Role,
    requested: &Requested,
    ctx: &Context,
) -> ContextKeys {
    let mut keys =
        ContextKeys::new().with_string("sts:RoleSessionName", input.role_session_name.clone());
    if let Some(external_id) = &input.external_id {
        keys = keys.with_string("sts:ExternalId", external_id.clone());
    }
    if let Some(source_identity) = &requested.source_identity {
        keys = keys.with_string("sts:SourceIdentity", source_identity.clone());
    }
    if !requested.tags.is_empty() {
        for (key, value) in &requested.tags {
            keys = keys.with_string(format!("aws:RequestTag/{key}"), value.clone());
        }
        keys = keys
            .with_strings("aws:TagKeys", requested.tags.iter().map(|(k, _)| k.clone()))
            .with_strings("sts:TransitiveTagKeys", requested.transitive_keys.clone());
    }
    let inherited: Vec<(String, String)> = requested
        .tags
        .iter()
        .filter(|(k, _)| !requested.request_tags.iter().any(|(r, _)| r == k))
        .cloned()
        .collect();
    let role_tags = role.tags.iter().map(|t| (t.key.clone(), t.value.clone()));
    for (key, value) in overlay_tags(role_tags, &inherited) {
        keys = keys
            .with_string(format!("aws:ResourceTag/{key}"), value.clone())
            .with_string(format!("iam:ResourceTag/{key}"), value);
    }
    if let Some(at) = requested.mfa_at {
        #[allow(
            clippy::cast_precision_loss,
            reason = "ages are far below 2^52 seconds"
        )]
        let age = (ctx.now.unix_timestamp() - at).max(0) as f64;
        keys = keys
            .with_bool("aws:MultiFactorAuthPresent", true)
            .with_number("aws:MultiFactorAuthAge", age);
    }
    keys
}

/// The most `ProvidedContexts` one request may carry.
const MAX_PROVIDED_CONTEXTS: usize = 5;

/// Whether `provider_arn` names a trusted context provider: `arn:PARTITION:iam::aws:contextProvider/NAME`.
fn is_context_provider_arn(provider_arn: &str) -> bool {
    Arn::parse(provider_arn).is_some_and(|arn| {
        arn.service == "iam"
            && arn.region.is_empty()
            && arn.account == "aws"
            && arn
                .resource
                .strip_prefix("contextProvider/")
                .is_some_and(|name| {
                    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric())
                })
    })
}

/// `ProvidedContexts`: up to five (provider ARN, assertion) pairs, each provider once. A trusted
/// context assertion is signed and encrypted by AWS STS with keys only AWS holds, so none that
/// reaches gatehouse can be verified: a well-formed one is refused as an invalid assertion rather
/// than ignored, since ignoring it would hand out a session without the identity context the
/// caller asked for.
fn check_provided_contexts(input: &AssumeRoleRequest) -> Result<()> {
    let Some(contexts) = input.provided_contexts.as_deref() else {
        return Ok(());
    };
    // The protocol decoder enforces the model's 1..=5 already; this holds for direct callers too.
    let constraint = if contexts.is_empty() {
        Some("greater than or equal to 1".to_owned())
    } else if contexts.len() > MAX_PROVIDED_CONTEXTS {
        Some(format!("less than or equal to {MAX_PROVIDED_CONTEXTS}"))
    } else {
        None
    };
    if let Some(constraint) = constraint {
        return Err(StsError::Validation(format!(
            "1 validation error detected: Value at 'providedContexts' failed to satisfy constraint: Member must have length {constraint}"
        )));
    }
    let mut seen: Vec<&str> = Vec::with_capacity(contexts.len());
    for context in contexts {
        let (Some(provider_arn), Some(assertion)) = (
            context.provider_arn.as_deref(),
            context.context_assertion.as_deref(),
        ) else {
            return Err(StsError::InvalidParameter(
                "Each provided context must have both a ProviderArn and a ContextAssertion."
                    .to_owned(),
            ));
        };
        if !is_context_provider_arn(provider_arn) {
            return Err(StsError::InvalidParameter(format!(
                "{provider_arn} is not a valid context provider ARN."
            )));
        }
        if seen.contains(&provider_arn) {
            return Err(StsError::InvalidParameter(format!(
                "The context provider {provider_arn} is provided more than once."
            )));
        }
        seen.push(provider_arn);
        if assertion.trim().is_empty() || assertion.len() < 4 {
            return Err(StsError::InvalidParameter(format!(
                "The context assertion provided for {provider_arn} is invalid."
            )));
        }
    }
    // Every pair is well formed; none can be verified.
    let provider_arn = seen.first().copied().unwrap_or_default();
    Err(StsError::InvalidParameter(format!(
        "The context assertion provided for {provider_arn} is invalid."
    )))
}

/// AssumeRole.
pub(crate) async fn assume_role(
    state: &State,
    ctx: &Context,
    mut input: AssumeRoleRequest,
) -> Result<AssumeRoleResponse> {
    let principal = ctx.caller.principal();
    let partition = state.config().partition;
    let caller_arn = principal.arn(partition);
    let role_arn = input.role_arn.clone();
    let denied = |action: &str| {
        StsError::AccessDenied(access_denied(&caller_arn, action, &role_arn, "").message)
    };
    if principal.is_root() && state.config().mode == Mode::Strict {
        return Err(StsError::AccessDenied(
            "Roles may not be assumed by root accounts.".to_owned(),
        ));
    }
    let federated = caller_claims(principal)
        .is_some_and(|c| matches!(c.principal, SessionPrincipal::FederatedUser { .. }));
    if federated || matches!(principal, Principal::Anonymous) {
        return Err(denied("sts:AssumeRole"));
    }
    let name = parse_role_arn(&role_arn)
        .ok_or_else(|| StsError::Validation(format!("{role_arn} is invalid")))?;
    // A role of another partition is no role here. AWS answers it with a bare AccessDenied,
    // as recorded for a caller in aws-cn given an `arn:aws:` role (a public report,
    // corymhall/cdk-diff-action issue 79, August 2024).
    if name.partition != partition.name() {
        return Err(denied("sts:AssumeRole"));
    }
    check_provided_contexts(&input)?;
    let Some(role) = stored_role(state, &name).await? else {
        return Err(denied("sts:AssumeRole"));
    };
    let requested = validate(state, ctx, &role, &mut input).await?;
    let keys = assume_keys(&input, &role, &requested, ctx);
    let mut actions = vec!["sts:AssumeRole"];
    if !requested.tags.is_empty() {
        actions.push("sts:TagSession");
    }
    if requested.source_identity.is_some() {
        actions.push("sts:SetSourceIdentity");
    }
    let ask = Authorization {
        requester: Requester::Caller,
        actions: &actions,
        resource: &role_arn,
        keys: &keys,
        trust_policy: Some(&role.trust_policy),
    };
    if let Err(denial) = state.decide(ctx, &ask).await? {
        // AWS's AssumeRole denials give no reason, only (when a policy decided) the encoded
        // authorization message.
        let Some(decision) = &denial.decision else {
            return Err(denied(&denial.action));
        };
        let account = principal.account().unwrap_or(name.account);
        let message = authorization_message::describe(&denial.request, decision);
        let encoded = authorization_message::encode(state, account, ctx, &message);
        return Err(StsError::AccessDenied(format!(
            "{} Encoded authorization failure message: {encoded}",
            access_denied(&caller_arn, &denial.action, &role_arn, "").message
        )));
    }

    let mut claims = session::new_claims(
        name.account,
        SessionPrincipal::AssumedRole {
            role_id: role.id.clone(),
            role_name: role.name.clone(),
            role_path: role.path.clone(),
            session_name: input.role_session_name.clone(),
        },
        ctx.now,
        requested.duration,
    );
    let packed =
        (!requested.policies.is_empty() || !requested.tags.is_empty()).then_some(requested.packed);
    claims.session_policy = requested.policies.inline;
    claims.policy_arns = requested.policies.arns;
    claims.tags = requested.tags;
    claims.transitive_tag_keys = requested.transitive_keys;
    claims.source_identity = requested.source_identity.clone();
    claims.mfa_authenticated_at = requested.mfa_at;
    let issued = session::credentials(state, &claims, input.minimum_session_token_size)?;
    let region = ctx.caller.region().unwrap_or(partition.iam_region());
    state.note_role_used(&role, ctx.now, region);
    Ok(AssumeRoleResponse {
        credentials: Some(issued.credentials),
        assumed_role_user: Some(AssumedRoleUser {
            assumed_role_id: format!("{}:{}", role.id, input.role_session_name),
            arn: arn::assumed_role(
                partition,
                name.account,
                &role.name,
                &input.role_session_name,
            ),
        }),
        packed_policy_size: packed.and_then(|p| i32::try_from(p).ok()),
        source_identity: requested.source_identity,
        session_token_utilization: issued.utilization,
        session_token_size: issued.size,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_core::Config;
    use gatehouse_protocol::sts::Tag;
    use gatehouse_store::{NewRole, PolicyOwner};
    use gatehouse_test_support as fixtures;
    use gatehouse_token::AccountId;

    const ACCT: &str = "111122223333";
    const ROLE: &str = "arn:aws:iam::111122223333:role/app/target";

    fn account() -> AccountId {
        AccountId::parse(ACCT).unwrap()
    }

    fn now() -> time::OffsetDateTime {
        time::OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap()
    }

    fn ctx(principal: Principal) -> Context {
        Context::local(principal, now())
    }

    fn bob() -> Principal {
        Principal::User {
            account: account(),
            user_id: "AIDAEXAMPLEUSER00001".into(),
            user_name: "bob".into(),
            path: "/".into(),
        }
    }

    async fn state(mode: Mode, trust: &str) -> State {
        let store = fixtures::store().await;
        store
            .create_user(account(), fixtures::user("AIDAEXAMPLEUSER00001", "bob"))
            .await
            .unwrap();
        let target = NewRole {
            path: "/app/".into(),
            max_session_duration: 7200,
            ..fixtures::role("AROAEXAMPLEROLE00001", "target", trust)
        };
        store.create_role(account(), target).await.unwrap();
        let config = Config {
            mode,
            ..Config::default()
        };
        fixtures::state_over(store, config)
    }

    fn trust(principal: &str, condition: &str) -> String {
        format!(
            r#"{{"Version":"2012-10-17","Statement":{{"Effect":"Allow","Principal":{{"AWS":"{principal}"}},"Action":["sts:AssumeRole","sts:TagSession","sts:SetSourceIdentity"]{condition}}}}}"#
        )
    }

    fn request(session: &str) -> AssumeRoleRequest {
        AssumeRoleRequest {
            role_arn: ROLE.into(),
            role_session_name: session.into(),
            ..AssumeRoleRequest::default()
        }
    }

    fn code(result: Result<AssumeRoleResponse>) -> String {
        AwsError::from(result.unwrap_err()).code.into_owned()
    }

    use gatehouse_protocol::AwsError;

    #[tokio::test]
    async fn a_user_named_in_the_trust_policy_assumes_the_role() {
        let state = state(
            Mode::Strict,
            &trust("arn:aws:iam::111122223333:user/bob", ""),
        )
        .await;
        let response = assume_role(&state, &ctx(bob()), request("s1"))
            .await
            .unwrap();
        let user = response.assumed_role_user.unwrap();
        assert_eq!(user.arn, "arn:aws:sts::111122223333:assumed-role/target/s1");
        assert_eq!(user.assumed_role_id, "AROAEXAMPLEROLE00001:s1");
        let credentials = response.credentials.unwrap();
        assert!(credentials.access_key_id.starts_with("ASIA"));
        assert_eq!(credentials.secret_access_key.len(), 40);
        assert_eq!(credentials.expiration, now() + time::Duration::hours(1));
        assert_eq!(response.packed_policy_size, None);
        let claims = state.keyring().open(&credentials.session_token).unwrap();
        assert_eq!(claims.account, account());
        // RoleLastUsed is written in the background, soon after the answer.
        let mut last_used = None;
        for _ in 0..100 {
            let role = state
                .store()
                .get::<gatehouse_store::Role>(account(), "target")
                .await
                .unwrap();
            last_used = role.last_used.map(|u| u.date);
            if last_used.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        assert_eq!(last_used, Some(now()));
    }

    #[tokio::test]
    async fn an_account_principal_needs_the_callers_identity_policy() {
        let state = state(Mode::Strict, &trust("111122223333", "")).await;
        let err = AwsError::from(
            assume_role(&state, &ctx(bob()), request("s1"))
                .await
                .unwrap_err(),
        );
        assert_eq!(err.code, "AccessDenied");
        assert!(err.message.starts_with(
            "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/app/target"
        ), "{}", err.message);
        state
            .store()
            .put_inline_policy(
                account(),
                PolicyOwner::User("bob"),
                "assume",
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}}"#,
            )
            .await
            .unwrap();
        assume_role(&state, &ctx(bob()), request("s1"))
            .await
            .unwrap();
    }

    /// A trust policy that cannot be compiled allows no one, even a caller whose identity
    /// policies allow sts:AssumeRole in the role's own account.
    #[tokio::test]
    async fn an_unreadable_trust_policy_allows_no_one() {
        let state = state(Mode::Strict, r#"{"Version":"2012-10-17","Statement":5}"#).await;
        state
            .store()
            .put_inline_policy(
                account(),
                PolicyOwner::User("bob"),
                "assume",
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}}"#,
            )
            .await
            .unwrap();
        assert_eq!(
            code(assume_role(&state, &ctx(bob()), request("s1")).await),
            "AccessDenied"
        );
    }

    /// A caller whose identity cannot be evaluated (here: a user deleted and created again
    /// under its name) is refused even by a trust policy that names its ARN.
    #[tokio::test]
    async fn a_caller_whose_user_is_gone_cannot_assume_roles() {
        let state = state(
            Mode::Strict,
            &trust("arn:aws:iam::111122223333:user/bob", ""),
        )
        .await;
        let store = state.store();
        store
            .delete::<gatehouse_store::User>(account(), "bob")
            .await
            .unwrap();
        store
            .create_user(account(), fixtures::user("AIDAEXAMPLEUSER00002", "bob"))
            .await
            .unwrap();
        assert_eq!(
            code(assume_role(&state, &ctx(bob()), request("s1")).await),
            "AccessDenied"
        );
    }

    #[tokio::test]
    async fn a_missing_role_is_access_denied_and_root_is_refused_in_strict_mode() {
        let state = state(Mode::Strict, &trust("*", "")).await;
        let mut missing = request("s1");
        missing.role_arn = "arn:aws:iam::111122223333:role/nope".into();
        assert_eq!(
            code(assume_role(&state, &ctx(bob()), missing).await),
            "AccessDenied"
        );
        let root = ctx(Principal::Root { account: account() });
        let err = AwsError::from(assume_role(&state, &root, request("s1")).await.unwrap_err());
        assert_eq!(err.message, "Roles may not be assumed by root accounts.");
        let lenient = self::state(Mode::Lenient, &trust("111122223333", "")).await;
        assume_role(&lenient, &root, request("s1")).await.unwrap();
    }

    #[tokio::test]
    async fn external_id_and_durations_are_checked() {
        let condition = r#","Condition":{"StringEquals":{"sts:ExternalId":"secret-1"}}"#;
        let state = state(Mode::Strict, &trust("*", condition)).await;
        assert_eq!(
            code(assume_role(&state, &ctx(bob()), request("s1")).await),
            "AccessDenied"
        );
        let mut with_id = request("s1");
        with_id.external_id = Some("secret-1".into());
        with_id.duration_seconds = Some(7200);
        let response = assume_role(&state, &ctx(bob()), with_id.clone())
            .await
            .unwrap();
        assert_eq!(
            response.credentials.unwrap().expiration,
            now() + time::Duration::hours(2)
        );
        with_id.duration_seconds = Some(7201);
        let err = AwsError::from(assume_role(&state, &ctx(bob()), with_id).await.unwrap_err());
        assert_eq!(err.code, "ValidationError");
        assert_eq!(
            err.message,
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."
        );
    }

    #[tokio::test]
    async fn chained_sessions_keep_transitive_tags_and_source_identity() {
        let state = state(Mode::Strict, &trust("*", "")).await;
        let mut first = request("s1");
        first.tags = Some(vec![
            Tag {
                key: "team".into(),
                value: "red".into(),
            },
            Tag {
                key: "env".into(),
                value: "dev".into(),
            },
        ]);
        first.transitive_tag_keys = Some(vec!["team".into()]);
        first.source_identity = Some("alice".into());
        let response = assume_role(&state, &ctx(bob()), first).await.unwrap();
        assert!(response.packed_policy_size.is_some_and(|p| p > 0));
        assert_eq!(response.source_identity.as_deref(), Some("alice"));
        let claims = state
            .keyring()
            .open(&response.credentials.unwrap().session_token)
            .unwrap();
        let session = ctx(Principal::Session(Box::new(claims)));

        let mut too_long = request("s2");
        too_long.duration_seconds = Some(3601);
        let err = AwsError::from(assume_role(&state, &session, too_long).await.unwrap_err());
        assert_eq!(
            err.message,
            "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining."
        );

        let mut conflict = request("s2");
        conflict.tags = Some(vec![Tag {
            key: "TEAM".into(),
            value: "blue".into(),
        }]);
        assert_eq!(
            code(assume_role(&state, &session, conflict).await),
            "InvalidParameterValue"
        );

        let mut other_identity = request("s2");
        other_identity.source_identity = Some("mallory".into());
        assert_eq!(
            code(assume_role(&state, &session, other_identity).await),
            "AccessDenied"
        );

        let chained = assume_role(&state, &session, request("s2")).await.unwrap();
        assert_eq!(chained.source_identity.as_deref(), Some("alice"));
        let claims = state
            .keyring()
            .open(&chained.credentials.unwrap().session_token)
            .unwrap();
        assert_eq!(claims.tags, vec![("team".to_owned(), "red".to_owned())]);
        assert_eq!(claims.transitive_tag_keys, vec!["team".to_owned()]);
    }

    #[tokio::test]
    async fn session_policies_are_validated() {
        let state = state(Mode::Strict, &trust("*", "")).await;
        let mut bad = request("s1");
        bad.policy = Some("{not json".into());
        assert_eq!(
            code(assume_role(&state, &ctx(bob()), bad).await),
            "MalformedPolicyDocument"
        );
        let mut missing = request("s1");
        missing.policy_arns = Some(vec![gatehouse_protocol::sts::PolicyDescriptorType {
            arn: Some("arn:aws:iam::111122223333:policy/nope".into()),
        }]);
        assert_eq!(
            code(assume_role(&state, &ctx(bob()), missing).await),
            "MalformedPolicyDocument"
        );
        let mut good = request("s1");
        good.policy = Some(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#.into());
        good.policy_arns = Some(vec![gatehouse_protocol::sts::PolicyDescriptorType {
            arn: Some("arn:aws:iam::aws:policy/ReadOnlyAccess".into()),
        }]);
        let response = assume_role(&state, &ctx(bob()), good).await.unwrap();
        assert!(response.packed_policy_size.is_some());
    }

    fn contexts(pairs: &[(Option<&str>, Option<&str>)]) -> AssumeRoleRequest {
        let mut input = request("s1");
        input.provided_contexts = Some(
            pairs
                .iter()
                .map(
                    |(arn, assertion)| gatehouse_protocol::sts::ProvidedContext {
                        provider_arn: arn.map(str::to_owned),
                        context_assertion: assertion.map(str::to_owned),
                    },
                )
                .collect(),
        );
        input
    }

    fn error(result: Result<AssumeRoleResponse>) -> (String, String) {
        let error = AwsError::from(result.unwrap_err());
        (error.code.into_owned(), error.message.to_string())
    }

    #[tokio::test]
    async fn provided_contexts_are_validated_and_never_ignored() {
        let state = state(Mode::Strict, &trust("*", "")).await;
        const IDC: &str = "arn:aws:iam::aws:contextProvider/IdentityCenter";
        // A well-formed assertion gatehouse did not issue cannot be verified: refused, named.
        let (code, message) = error(
            assume_role(
                &state,
                &ctx(bob()),
                contexts(&[(Some(IDC), Some("AQICAHh-opaque-assertion"))]),
            )
            .await,
        );
        assert_eq!(code, "InvalidParameterValue");
        assert_eq!(
            message,
            format!("The context assertion provided for {IDC} is invalid.")
        );
        // A ProviderArn that is not a context provider's.
        for bad in [
            "arn:aws:iam::111122223333:role/app/target",
            "arn:aws:iam::aws:contextProvider/",
            "arn:aws:sts::aws:contextProvider/IdentityCenter",
            "arn:aws:iam:us-east-1:aws:contextProvider/IdentityCenter",
            "not-an-arn-at-all-really",
        ] {
            let (code, message) = error(
                assume_role(&state, &ctx(bob()), contexts(&[(Some(bad), Some("abcd"))])).await,
            );
            assert_eq!(code, "InvalidParameterValue", "{bad}");
            assert_eq!(
                message,
                format!("{bad} is not a valid context provider ARN.")
            );
        }
        // Missing halves, duplicates, too many, none.
        for pairs in [
            vec![(Some(IDC), None)],
            vec![(None, Some("abcd"))],
            vec![(None, None)],
        ] {
            let (code, _) = error(assume_role(&state, &ctx(bob()), contexts(&pairs)).await);
            assert_eq!(code, "InvalidParameterValue");
        }
        let (code, message) = error(
            assume_role(
                &state,
                &ctx(bob()),
                contexts(&[(Some(IDC), Some("abcd")), (Some(IDC), Some("efgh"))]),
            )
            .await,
        );
        assert_eq!(code, "InvalidParameterValue");
        assert!(message.contains("more than once"), "{message}");
        let six = vec![(Some(IDC), Some("abcd")); 6];
        assert_eq!(
            code_of(assume_role(&state, &ctx(bob()), contexts(&six)).await),
            "ValidationError"
        );
        assert_eq!(
            code_of(assume_role(&state, &ctx(bob()), contexts(&[])).await),
            "ValidationError"
        );
        // Without ProvidedContexts the same request succeeds: the refusal is theirs alone.
        assume_role(&state, &ctx(bob()), request("s1"))
            .await
            .unwrap();
    }

    fn code_of(result: Result<AssumeRoleResponse>) -> String {
        code(result)
    }
}
