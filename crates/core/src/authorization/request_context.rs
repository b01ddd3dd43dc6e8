//! The request context AWS evaluates policies against: the principal, and the global condition
//! keys it fills for every request (IAM User Guide, "AWS global condition context keys").
//!
//! Used by authorization and by the policy simulator, so both see the same keys.

use gatehouse_policy::{
    ContextKeys, ContextValue, PrincipalInfo, PrincipalKind, RequestContext, Scalar,
};
use gatehouse_token::{Partition, SessionClaims, SessionPrincipal, arn};

use crate::{Context, Principal};

/// The policy engine's view of `principal`, in `partition`; `None` for anonymous callers.
pub fn principal_info(principal: &Principal, partition: Partition) -> Option<PrincipalInfo> {
    let account = principal.account()?;
    let kind = match principal {
        Principal::Root { .. } => PrincipalKind::Root,
        Principal::User { .. } => PrincipalKind::User,
        Principal::Session(claims) => match &claims.principal {
            SessionPrincipal::AssumedRole {
                role_name,
                role_path,
                ..
            } => PrincipalKind::AssumedRole {
                role_arn: arn::role(partition, account, role_path, role_name),
            },
            SessionPrincipal::FederatedUser { .. } => PrincipalKind::FederatedUser,
            SessionPrincipal::User { .. } => PrincipalKind::User,
            SessionPrincipal::Root => PrincipalKind::Root,
        },
        Principal::Anonymous => return None,
    };
    Some(PrincipalInfo {
        arn: principal.arn(partition),
        account: account.to_string(),
        unique_id: Some(principal.user_id()),
        kind,
    })
}

/// `aws:PrincipalArn`: like the caller's ARN, except that a role session is its role's ARN.
fn principal_arn(info: &PrincipalInfo) -> &str {
    match &info.kind {
        PrincipalKind::AssumedRole { role_arn } => role_arn,
        _ => &info.arn,
    }
}

/// `aws:PrincipalType`.
fn principal_type(kind: &PrincipalKind) -> &'static str {
    match kind {
        PrincipalKind::Root => "Account",
        PrincipalKind::User => "User",
        PrincipalKind::AssumedRole { .. }
        | PrincipalKind::WebIdentity { .. }
        | PrincipalKind::Saml { .. } => "AssumedRole",
        PrincipalKind::FederatedUser => "FederatedUser",
        PrincipalKind::Service { .. } => "Service",
        PrincipalKind::Anonymous => "Anonymous",
    }
}

/// `aws:username`, which only IAM users (and their GetSessionToken sessions) have.
fn user_name(principal: &Principal) -> Option<&str> {
    match principal {
        Principal::User { user_name, .. } => Some(user_name),
        Principal::Session(claims) => match &claims.principal {
            SessionPrincipal::User { user_name, .. } => Some(user_name),
            _ => None,
        },
        _ => None,
    }
}

/// The keys only temporary credentials carry.
fn add_session_keys(keys: &mut ContextKeys, claims: &SessionClaims, now: time::OffsetDateTime) {
    let mut set = |key: &'static str, value| {
        keys.insert(key, value);
    };
    set(
        "aws:MultiFactorAuthPresent",
        ContextValue::Single(Scalar::Bool(claims.mfa_authenticated_at.is_some())),
    );
    if let Some(at) = claims.mfa_authenticated_at {
        let age = (now.unix_timestamp() - at).max(0);
        #[allow(
            clippy::cast_precision_loss,
            reason = "ages are far below 2^52 seconds"
        )]
        set(
            "aws:MultiFactorAuthAge",
            ContextValue::Single(Scalar::Number(age as f64)),
        );
    }
    if let Ok(issued) = time::OffsetDateTime::from_unix_timestamp(claims.issued_at) {
        set(
            "aws:TokenIssueTime",
            ContextValue::Single(Scalar::Date(issued)),
        );
    }
    if let Some(source_identity) = &claims.source_identity {
        set(
            "aws:SourceIdentity",
            ContextValue::Single(Scalar::String(source_identity.clone())),
        );
    }
    if let Some(provider) = &claims.federated_provider {
        set(
            "aws:FederatedProvider",
            ContextValue::Single(Scalar::String(provider.clone())),
        );
    }
    for (key, values) in &claims.identity_keys {
        let values = values.iter().cloned().map(Scalar::String).collect();
        keys.insert(key.clone(), ContextValue::Multi(values));
    }
}

/// The region `aws:RequestedRegion` reports: IAM is global (us-east-1); other services use the
/// region the request was signed for.
fn requested_region<'a>(ctx: &'a Context, action: &str, partition: Partition) -> &'a str {
    let is_iam = action
        .split_once(':')
        .is_some_and(|(state, _)| state.eq_ignore_ascii_case("iam"));
    if is_iam {
        partition.iam_region()
    } else {
        ctx.caller.region().unwrap_or(partition.iam_region())
    }
}

/// The request context for `action` on `resource` by the caller of `ctx`, whose principal tags
/// are `principal_tags` (already merged: entity tags overlaid by session tags). `extra` keys
/// (request tags, `iam:PolicyARN`, `sts:ExternalId`, …) are added last and win. ARNs are of
/// `partition`.
pub fn build(
    ctx: &Context,
    partition: Partition,
    principal_tags: &[(String, String)],
    action: &str,
    resource: &str,
    extra: &ContextKeys,
) -> RequestContext {
    let now = ctx.now;
    // The keys every request has, a session's, the principal's tags and the operation's.
    let capacity = 24 + principal_tags.len() + extra.len();
    let mut keys = ContextKeys::with_capacity(capacity)
        .with_date("aws:CurrentTime", now)
        .with_number("aws:EpochTime", epoch_f64(now))
        .with_bool("aws:SecureTransport", ctx.request.secure_transport)
        .with_string(
            "aws:RequestedRegion",
            requested_region(ctx, action, partition),
        );
    if let Some(ip) = ctx.request.source_ip {
        keys.insert("aws:SourceIp", ContextValue::Single(Scalar::Ip(ip)));
    }
    if let Some(agent) = &ctx.request.user_agent {
        keys = keys.with_string("aws:UserAgent", agent.clone());
    }
    let principal = ctx.caller.principal();
    let info = principal_info(principal, partition);
    if let Some(info) = &info {
        keys = keys
            .with_string("aws:PrincipalArn", principal_arn(info))
            .with_string("aws:PrincipalAccount", info.account.clone())
            .with_string("aws:PrincipalType", principal_type(&info.kind))
            .with_string("aws:userid", principal.user_id());
        if let Some(name) = user_name(principal) {
            keys = keys.with_string("aws:username", name);
        }
        for (key, value) in principal_tags {
            keys = keys.with_string(format!("aws:PrincipalTag/{key}"), value.clone());
        }
    } else {
        keys = keys
            .with_string("aws:PrincipalAccount", "anonymous")
            .with_string("aws:PrincipalType", "Anonymous")
            .with_string("aws:userid", "anonymous");
    }
    if let Principal::Session(claims) = principal {
        add_session_keys(&mut keys, claims, now);
    }
    keys.overlay(extra);
    let mut request = RequestContext::new(action, resource).with_keys(keys);
    request.principal = info;
    request
}

#[allow(
    clippy::cast_precision_loss,
    reason = "epoch seconds are far below 2^52"
)]
fn epoch_f64(now: time::OffsetDateTime) -> f64 {
    now.unix_timestamp() as f64
}

/// Overlays `overrides` on `base` by key, compared without case (a session tag replaces the
/// role's or user's tag of the same key, keeping the session tag's spelling).
pub fn overlay_tags(
    base: impl IntoIterator<Item = (String, String)>,
    overrides: &[(String, String)],
) -> Vec<(String, String)> {
    let mut merged: Vec<(String, String)> = base
        .into_iter()
        .filter(|(key, _)| !overrides.iter().any(|(k, _)| k.eq_ignore_ascii_case(key)))
        .collect();
    merged.extend(overrides.iter().cloned());
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_token::{AccountId, SessionClaims, session::SecretString};

    fn account() -> AccountId {
        AccountId::parse("111122223333").unwrap()
    }

    pub(crate) fn context_of(principal: Principal) -> Context {
        let now = time::OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        let mut ctx = Context::local(principal.clone(), now);
        ctx.caller = crate::Caller::unchecked(principal, Some("eu-west-1"));
        ctx.request.source_ip = Some("10.1.2.3".parse().unwrap());
        ctx.request.user_agent = Some("test-agent".into());
        ctx
    }

    fn string(keys: &ContextKeys, key: &str) -> Option<String> {
        match keys.get(key)? {
            ContextValue::Single(Scalar::String(s)) => Some(s.clone()),
            _ => None,
        }
    }

    #[test]
    fn user_keys() {
        let ctx = context_of(Principal::User {
            account: account(),
            user_id: "AIDAEXAMPLE".into(),
            user_name: "bob".into(),
            path: "/dev/".into(),
        });
        let tags = vec![("team".to_owned(), "red".to_owned())];
        let request = build(
            &ctx,
            Partition::Aws,
            &tags,
            "iam:ListUsers",
            "*",
            &ContextKeys::new(),
        );
        let keys = &request.keys;
        assert_eq!(
            string(keys, "aws:PrincipalArn").as_deref(),
            Some("arn:aws:iam::111122223333:user/dev/bob")
        );
        assert_eq!(string(keys, "aws:username").as_deref(), Some("bob"));
        assert_eq!(string(keys, "aws:userid").as_deref(), Some("AIDAEXAMPLE"));
        assert_eq!(string(keys, "aws:PrincipalType").as_deref(), Some("User"));
        assert_eq!(
            string(keys, "aws:PrincipalTag/team").as_deref(),
            Some("red")
        );
        assert_eq!(
            string(keys, "aws:RequestedRegion").as_deref(),
            Some("us-east-1")
        );
        assert!(keys.get("aws:MultiFactorAuthPresent").is_none());
        assert!(keys.get("aws:TokenIssueTime").is_none());
        assert!(keys.get("aws:SourceIp").is_some());
    }

    #[test]
    fn role_session_keys() {
        let claims = SessionClaims {
            access_key_id: "ASIAEXAMPLE".into(),
            secret_access_key: SecretString::new("s".into()),
            account: account(),
            principal: SessionPrincipal::AssumedRole {
                role_id: "AROAEXAMPLE".into(),
                role_name: "admin".into(),
                role_path: "/ops/".into(),
                session_name: "s1".into(),
            },
            issued_at: 1_699_999_000,
            expires_at: 1_700_003_600,
            session_policy: None,
            policy_arns: vec![],
            tags: vec![],
            transitive_tag_keys: vec![],
            source_identity: Some("alice".into()),
            mfa_authenticated_at: Some(1_699_999_900),
            federated_provider: None,
            identity_keys: vec![],
        };
        let ctx = context_of(Principal::Session(Box::new(claims)));
        let request = build(
            &ctx,
            Partition::Aws,
            &[],
            "s3:GetObject",
            "*",
            &ContextKeys::new(),
        );
        let keys = &request.keys;
        assert_eq!(
            string(keys, "aws:PrincipalArn").as_deref(),
            Some("arn:aws:iam::111122223333:role/ops/admin")
        );
        assert_eq!(
            request.principal.as_ref().map(|p| p.arn.as_str()),
            Some("arn:aws:sts::111122223333:assumed-role/admin/s1")
        );
        assert_eq!(
            string(keys, "aws:userid").as_deref(),
            Some("AROAEXAMPLE:s1")
        );
        assert!(keys.get("aws:username").is_none());
        assert_eq!(
            keys.get("aws:MultiFactorAuthPresent"),
            Some(&ContextValue::Single(Scalar::Bool(true)))
        );
        assert_eq!(
            keys.get("aws:MultiFactorAuthAge"),
            Some(&ContextValue::Single(Scalar::Number(100.0)))
        );
        assert_eq!(string(keys, "aws:SourceIdentity").as_deref(), Some("alice"));
        assert_eq!(
            string(keys, "aws:RequestedRegion").as_deref(),
            Some("eu-west-1")
        );
    }

    #[test]
    fn extra_keys_win_and_tags_overlay_without_case() {
        let ctx = context_of(Principal::Root { account: account() });
        let extra = ContextKeys::new().with_string("aws:PrincipalType", "Other");
        let request = build(&ctx, Partition::Aws, &[], "iam:CreateUser", "*", &extra);
        assert_eq!(
            string(&request.keys, "aws:PrincipalType").as_deref(),
            Some("Other")
        );
        let merged = overlay_tags(
            vec![("Team".into(), "a".into()), ("env".into(), "b".into())],
            &[("team".into(), "c".into())],
        );
        assert_eq!(
            merged,
            vec![("env".into(), "b".into()), ("team".into(), "c".into())]
        );
    }
}
