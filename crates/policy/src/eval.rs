//! AWS's policy evaluation logic across identity, resource (trust), permissions-boundary,
//! session and organization policies.

use crate::context::RequestContext;
use crate::json::Position;
use crate::policy::{Effect, Policy, PolicyKind, Statement};
use crate::principal::PrincipalMatch;

/// The policies that apply to one request.
#[derive(Debug, Clone, Default)]
pub struct PolicySet<'a> {
    /// The caller's identity policies: user inline + attached + groups', or the role's.
    pub identity: Vec<&'a Policy>,
    /// The resource's policy; for AssumeRole*, the role's trust policy (which must allow).
    pub resource: Option<&'a Policy>,
    /// The account owning the resource; `None` means the caller's own account.
    pub resource_account: Option<String>,
    /// The caller's permissions boundary.
    pub permissions_boundary: Option<&'a Policy>,
    /// Session policies: `None` when the session has none; `Some` (even empty) must allow.
    pub session: Option<Vec<&'a Policy>>,
    /// SCPs by level of the organization path (root, OUs, account); each level must allow.
    /// Empty when the account is not in an organization (or is the management account).
    pub scps: Vec<Vec<&'a Policy>>,
    /// The caller is the root user of its account (allowed everything there, SCPs aside).
    pub principal_is_root: bool,
}

/// The outcome, as the simulator names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvalDecision {
    /// Some policy allows and nothing denies.
    Allowed,
    /// A matching `Deny` statement.
    ExplicitDeny,
    /// Nothing allows (or a required policy does not).
    ImplicitDeny,
}

impl EvalDecision {
    /// The `EvalDecision` value in IAM responses.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allowed => "allowed",
            Self::ExplicitDeny => "explicitDeny",
            Self::ImplicitDeny => "implicitDeny",
        }
    }
}

/// A statement that decided the outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchedStatement {
    /// The policy's label ([`Policy::label`]).
    pub policy_id: String,
    /// The kind of policy it came from.
    pub policy_kind: PolicyKind,
    /// The statement's effect.
    pub effect: Effect,
    /// The statement's `Sid`.
    pub sid: Option<String>,
    /// Where the statement starts.
    pub start: Position,
    /// Just after where the statement ends.
    pub end: Position,
    /// How its principal element matched the caller.
    pub principal_match: PrincipalMatch,
}

/// The result of [`authorize`], with its reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Allowed, explicitly denied or implicitly denied.
    pub effect: EvalDecision,
    /// For an explicit deny the denying statements; for an allow the allowing identity,
    /// resource and session statements; empty for an implicit deny.
    pub matched: Vec<MatchedStatement>,
    /// Condition keys used by statements that matched the action and resource but absent from
    /// the request, each once.
    pub missing_context_keys: Vec<String>,
    /// Whether the permissions boundary allows; `None` without a boundary.
    pub boundary_allowed: Option<bool>,
    /// Whether every SCP level allows; `None` without SCPs.
    pub organizations_allowed: Option<bool>,
}

/// Which part of the policy set a statement came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    Identity,
    Resource,
    Boundary,
    Session,
    Scp(usize),
}

/// One applicable statement.
struct Hit<'p> {
    source: Source,
    policy: &'p Policy,
    statement: &'p Statement,
    principal_match: PrincipalMatch,
}

impl Hit<'_> {
    fn allows_from(&self, source: Source) -> bool {
        self.source == source && self.statement.effect() == Effect::Allow
    }

    fn to_matched(&self) -> MatchedStatement {
        MatchedStatement {
            policy_id: self.policy.label().to_owned(),
            policy_kind: self.policy.kind(),
            effect: self.statement.effect(),
            sid: self.statement.sid().map(str::to_owned),
            start: self.statement.start(),
            end: self.statement.end(),
            principal_match: self.principal_match,
        }
    }
}

/// Decides `request` against `policies` following AWS's evaluation logic:
/// an explicit deny anywhere wins; every SCP level must allow; a same-account resource policy
/// naming the caller specifically (user or session ARN) suffices alone, one naming the caller's
/// role suffices within the boundary and session policies; otherwise the identity policies must
/// allow (root always does in its own account) within the boundary and session policies, and a
/// cross-account or account-wide grant needs both sides; a trust policy or a KMS key policy must
/// always allow.
#[must_use]
pub fn authorize(request: &RequestContext, policies: &PolicySet<'_>) -> Decision {
    let mut hits: Vec<Hit<'_>> = Vec::new();
    let mut missing: Vec<String> = Vec::new();
    let mut on_missing = |key: &str| {
        if !missing.iter().any(|known| known.eq_ignore_ascii_case(key)) {
            missing.push(key.to_owned());
        }
    };
    let sources = policies
        .identity
        .iter()
        .map(|policy| (Source::Identity, *policy))
        .chain(policies.resource.map(|policy| (Source::Resource, policy)))
        .chain(
            policies
                .permissions_boundary
                .map(|policy| (Source::Boundary, policy)),
        )
        .chain(
            policies
                .session
                .iter()
                .flatten()
                .map(|policy| (Source::Session, *policy)),
        )
        .chain(
            policies
                .scps
                .iter()
                .enumerate()
                .flat_map(|(level, list)| list.iter().map(move |p| (Source::Scp(level), *p))),
        );
    let caller_has_boundary = policies.permissions_boundary.is_some();
    for (source, policy) in sources {
        for statement in policy.statements() {
            if let Some(principal_match) =
                statement.applies(request, caller_has_boundary, &mut on_missing)
            {
                hits.push(Hit {
                    source,
                    policy,
                    statement,
                    principal_match,
                });
            }
        }
    }

    let allowed_by = |source: Source| hits.iter().any(|hit| hit.allows_from(source));
    let boundary_allowed = policies
        .permissions_boundary
        .map(|_| allowed_by(Source::Boundary));
    let organizations_allowed = (!policies.scps.is_empty())
        .then(|| (0..policies.scps.len()).all(|level| allowed_by(Source::Scp(level))));
    let decide = |effect: EvalDecision, matched: Vec<MatchedStatement>| Decision {
        effect,
        matched,
        missing_context_keys: missing.clone(),
        boundary_allowed,
        organizations_allowed,
    };

    if hits
        .iter()
        .any(|hit| hit.statement.effect() == Effect::Deny)
    {
        let denies = hits
            .iter()
            .filter(|hit| hit.statement.effect() == Effect::Deny)
            .map(Hit::to_matched)
            .collect();
        return decide(EvalDecision::ExplicitDeny, denies);
    }
    if organizations_allowed == Some(false) {
        return decide(EvalDecision::ImplicitDeny, Vec::new());
    }

    let same_account = match (&policies.resource_account, &request.principal) {
        (None, _) => true,
        (Some(resource_account), Some(principal)) => *resource_account == principal.account,
        (Some(_), None) => false,
    };
    let resource_grant = hits
        .iter()
        .filter(|hit| hit.allows_from(Source::Resource))
        .map(|hit| hit.principal_match)
        .max();
    let identity_allowed = policies.principal_is_root || allowed_by(Source::Identity);
    let within_limits = boundary_allowed.unwrap_or(true)
        && policies
            .session
            .as_ref()
            .is_none_or(|_| allowed_by(Source::Session));
    // A role's trust policy and a KMS key policy must grant themselves, even within one
    // account (IAM User Guide, "Policy evaluation logic": identity policies alone are not
    // enough for these two).
    let resource_must_grant = policies
        .resource
        .is_some_and(|policy| policy.kind() == PolicyKind::Trust || is_kms_key(&request.resource));

    let allowed = match resource_grant {
        Some(PrincipalMatch::Specific) if same_account => true,
        Some(PrincipalMatch::Role) if same_account => within_limits,
        Some(_) => identity_allowed && within_limits,
        None => !resource_must_grant && same_account && identity_allowed && within_limits,
    };
    if !allowed {
        return decide(EvalDecision::ImplicitDeny, Vec::new());
    }
    let allows = hits
        .iter()
        .filter(|hit| {
            [Source::Identity, Source::Resource, Source::Session]
                .iter()
                .any(|source| hit.allows_from(*source))
        })
        .map(Hit::to_matched)
        .collect();
    decide(EvalDecision::Allowed, allows)
}

/// Whether `resource` is a KMS key's ARN (`arn:PARTITION:kms:REGION:ACCOUNT:key/ID`).
fn is_kms_key(resource: &str) -> bool {
    let mut parts = resource.splitn(6, ':');
    parts.next() == Some("arn")
        && parts.nth(1) == Some("kms")
        && parts.nth(2).is_some_and(|rest| rest.starts_with("key/"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{ContextKeys, PrincipalInfo, PrincipalKind};

    const ACCOUNT: &str = "111122223333";
    const OTHER: &str = "444455556666";
    const ROLE: &str = "arn:aws:iam::111122223333:role/target";

    fn policy(kind: PolicyKind, label: &str, statements: &str) -> Policy {
        Policy::parse(
            &format!(r#"{{"Version":"2012-10-17","Statement":{statements}}}"#),
            kind,
        )
        .unwrap()
        .with_label(label)
    }

    fn allow_assume() -> Policy {
        policy(
            PolicyKind::Identity,
            "id",
            r#"{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}"#,
        )
    }

    fn trust(principal: &str) -> Policy {
        policy(
            PolicyKind::Trust,
            "trust",
            &format!(
                r#"{{"Effect":"Allow","Principal":{{"AWS":"{principal}"}},"Action":"sts:AssumeRole"}}"#
            ),
        )
    }

    fn user_in(account: &str) -> PrincipalInfo {
        PrincipalInfo {
            arn: format!("arn:aws:iam::{account}:user/alice"),
            account: account.into(),
            unique_id: Some("AIDAEXAMPLEUSERID0001".into()),
            kind: PrincipalKind::User,
        }
    }

    fn session() -> PrincipalInfo {
        PrincipalInfo {
            arn: format!("arn:aws:sts::{ACCOUNT}:assumed-role/caller/s1"),
            account: ACCOUNT.into(),
            unique_id: Some("AROAEXAMPLEROLEID0001:s1".into()),
            kind: PrincipalKind::AssumedRole {
                role_arn: format!("arn:aws:iam::{ACCOUNT}:role/caller"),
            },
        }
    }

    fn assume(principal: PrincipalInfo) -> RequestContext {
        RequestContext::new("sts:AssumeRole", ROLE).with_principal(principal)
    }

    fn set<'a>(identity: Vec<&'a Policy>, resource: &'a Policy) -> PolicySet<'a> {
        PolicySet {
            identity,
            resource: Some(resource),
            resource_account: Some(ACCOUNT.into()),
            ..PolicySet::default()
        }
    }

    fn resource_policy(statement: &str) -> Policy {
        policy(PolicyKind::Resource, "resource", statement)
    }

    fn get_object(principal: PrincipalInfo) -> RequestContext {
        RequestContext::new("s3:GetObject", "arn:aws:s3:::bucket/key").with_principal(principal)
    }

    fn allow_get() -> Policy {
        policy(
            PolicyKind::Identity,
            "id",
            r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}"#,
        )
    }

    /// IAM User Guide, "AWS JSON policy elements: NotPrincipal": with `Deny`, everyone not left
    /// out is denied, and leaving a principal out takes its account and the principal (or its
    /// role); a caller with a permissions boundary is always denied.
    #[test]
    fn deny_with_not_principal() {
        let alice = format!("arn:aws:iam::{ACCOUNT}:user/alice");
        let root = format!("arn:aws:iam::{ACCOUNT}:root");
        let deny = |listed: &str| {
            resource_policy(&format!(
                r#"{{"Effect":"Deny","NotPrincipal":{{"AWS":{listed}}},"Action":"s3:*","Resource":"*"}}"#
            ))
        };
        let identity = allow_get();
        let decide = |resource: &Policy, boundary: Option<&Policy>| {
            authorize(
                &get_object(user_in(ACCOUNT)),
                &PolicySet {
                    identity: vec![&identity],
                    resource: Some(resource),
                    permissions_boundary: boundary,
                    ..PolicySet::default()
                },
            )
            .effect
        };
        let both = deny(&format!(r#"["{alice}","{root}"]"#));
        assert_eq!(decide(&both, None), EvalDecision::Allowed);
        let user_only = deny(&format!(r#""{alice}""#));
        assert_eq!(decide(&user_only, None), EvalDecision::ExplicitDeny);
        let account_only = deny(&format!(r#""{root}""#));
        assert_eq!(decide(&account_only, None), EvalDecision::ExplicitDeny);
        let boundary = allow_get().with_label("boundary");
        assert_eq!(decide(&both, Some(&boundary)), EvalDecision::ExplicitDeny);
        // A role session is left out with its account and its role.
        let role = format!("arn:aws:iam::{ACCOUNT}:role/caller");
        let for_session = deny(&format!(r#"["{role}","{root}"]"#));
        let decision = authorize(
            &get_object(session()),
            &PolicySet {
                identity: vec![&identity],
                resource: Some(&for_session),
                ..PolicySet::default()
            },
        );
        assert_eq!(decision.effect, EvalDecision::Allowed);
    }

    /// IAM User Guide, "AWS JSON policy elements: NotPrincipal": with `Allow`, everyone but the
    /// listed principals is granted, like `"Principal": "*"`.
    #[test]
    fn allow_with_not_principal_grants_everyone_else() {
        let grant = resource_policy(&format!(
            r#"{{"Effect":"Allow","NotPrincipal":{{"AWS":"arn:aws:iam::{ACCOUNT}:user/bob"}},"Action":"s3:GetObject","Resource":"*"}}"#
        ));
        let only_resource = |principal| {
            authorize(
                &get_object(principal),
                &PolicySet {
                    resource: Some(&grant),
                    ..PolicySet::default()
                },
            )
            .effect
        };
        assert_eq!(only_resource(user_in(ACCOUNT)), EvalDecision::Allowed);
        let mut bob = user_in(ACCOUNT);
        bob.arn = format!("arn:aws:iam::{ACCOUNT}:user/bob");
        assert_eq!(only_resource(bob), EvalDecision::ImplicitDeny);
    }

    /// IAM User Guide, "Policy evaluation logic": within one account an identity policy alone
    /// allows, except for role trust policies and KMS key policies, which must grant themselves.
    #[test]
    fn kms_key_policy_must_grant_within_the_account() {
        let key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        let identity = policy(
            PolicyKind::Identity,
            "id",
            r#"{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}"#,
        );
        let silent = resource_policy(
            r#"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/nobody"},"Action":"kms:Decrypt","Resource":"*"}"#,
        );
        let request = RequestContext::new("kms:Decrypt", key).with_principal(user_in(ACCOUNT));
        let with_resource = |resource| PolicySet {
            identity: vec![&identity],
            resource,
            ..PolicySet::default()
        };
        assert_eq!(
            authorize(&request, &with_resource(Some(&silent))).effect,
            EvalDecision::ImplicitDeny
        );
        let delegating = resource_policy(
            r#"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}"#,
        );
        assert_eq!(
            authorize(&request, &with_resource(Some(&delegating))).effect,
            EvalDecision::Allowed
        );
        // Any other resource's policy need not grant within the account.
        let bucket = RequestContext::new("kms:Decrypt", "arn:aws:s3:::bucket")
            .with_principal(user_in(ACCOUNT));
        assert_eq!(
            authorize(&bucket, &with_resource(Some(&silent))).effect,
            EvalDecision::Allowed
        );
    }

    #[test]
    fn same_account_user_arn_trust_needs_no_identity_policy() {
        let trust = trust(&format!("arn:aws:iam::{ACCOUNT}:user/alice"));
        let decision = authorize(&assume(user_in(ACCOUNT)), &set(vec![], &trust));
        assert_eq!(decision.effect, EvalDecision::Allowed);
        assert_eq!(decision.matched.len(), 1);
        assert_eq!(decision.matched[0].policy_id, "trust");
        assert_eq!(
            decision.matched[0].principal_match,
            PrincipalMatch::Specific
        );
        assert_eq!(decision.matched[0].policy_kind, PolicyKind::Trust);
    }

    #[test]
    fn account_trust_needs_identity_allow() {
        for principal in [ACCOUNT.to_owned(), format!("arn:aws:iam::{ACCOUNT}:root")] {
            let trust = trust(&principal);
            assert_eq!(
                authorize(&assume(user_in(ACCOUNT)), &set(vec![], &trust)).effect,
                EvalDecision::ImplicitDeny
            );
            let id = allow_assume();
            let decision = authorize(&assume(user_in(ACCOUNT)), &set(vec![&id], &trust));
            assert_eq!(decision.effect, EvalDecision::Allowed);
            assert_eq!(decision.matched.len(), 2);
        }
    }

    #[test]
    fn cross_account_needs_both_sides() {
        let trust = trust(&format!("arn:aws:iam::{OTHER}:user/alice"));
        let id = allow_assume();
        assert_eq!(
            authorize(&assume(user_in(OTHER)), &set(vec![], &trust)).effect,
            EvalDecision::ImplicitDeny
        );
        assert_eq!(
            authorize(&assume(user_in(OTHER)), &set(vec![&id], &trust)).effect,
            EvalDecision::Allowed
        );
        let other_trust = trust_for_account(ACCOUNT);
        assert_eq!(
            authorize(&assume(user_in(OTHER)), &set(vec![&id], &other_trust)).effect,
            EvalDecision::ImplicitDeny
        );
    }

    fn trust_for_account(account: &str) -> Policy {
        trust(account)
    }

    #[test]
    fn trust_policy_must_allow_even_with_identity_allow() {
        let trust = trust(OTHER);
        let id = allow_assume();
        assert_eq!(
            authorize(&assume(user_in(ACCOUNT)), &set(vec![&id], &trust)).effect,
            EvalDecision::ImplicitDeny
        );
    }

    #[test]
    fn identity_only_without_resource_policy() {
        let id = allow_assume();
        let request = assume(user_in(ACCOUNT));
        let policies = PolicySet {
            identity: vec![&id],
            ..PolicySet::default()
        };
        assert_eq!(authorize(&request, &policies).effect, EvalDecision::Allowed);
        let nothing = PolicySet::default();
        assert_eq!(
            authorize(&request, &nothing).effect,
            EvalDecision::ImplicitDeny
        );
        let cross = PolicySet {
            identity: vec![&id],
            resource_account: Some(OTHER.into()),
            ..PolicySet::default()
        };
        assert_eq!(
            authorize(&request, &cross).effect,
            EvalDecision::ImplicitDeny
        );
    }

    #[test]
    fn boundary_limits_identity_but_not_a_specific_resource_grant() {
        let id = allow_assume();
        let boundary = policy(
            PolicyKind::PermissionsBoundary,
            "pb",
            r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#,
        );
        let account_trust = trust(ACCOUNT);
        let mut policies = set(vec![&id], &account_trust);
        policies.permissions_boundary = Some(&boundary);
        let decision = authorize(&assume(user_in(ACCOUNT)), &policies);
        assert_eq!(
            (decision.effect, decision.boundary_allowed),
            (EvalDecision::ImplicitDeny, Some(false))
        );

        let user_trust = trust(&format!("arn:aws:iam::{ACCOUNT}:user/alice"));
        policies.resource = Some(&user_trust);
        let decision = authorize(&assume(user_in(ACCOUNT)), &policies);
        assert_eq!(
            (decision.effect, decision.boundary_allowed),
            (EvalDecision::Allowed, Some(false))
        );
    }

    #[test]
    fn role_arn_grant_is_bounded_by_session_and_boundary() {
        let role_trust = trust(&format!("arn:aws:iam::{ACCOUNT}:role/caller"));
        let request = assume(session());
        assert_eq!(
            authorize(&request, &set(vec![], &role_trust)).effect,
            EvalDecision::Allowed
        );

        let narrow = policy(
            PolicyKind::Session,
            "session",
            r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}"#,
        );
        let mut policies = set(vec![], &role_trust);
        policies.session = Some(vec![&narrow]);
        assert_eq!(
            authorize(&request, &policies).effect,
            EvalDecision::ImplicitDeny
        );

        let wide = policy(
            PolicyKind::Session,
            "session",
            r#"{"Effect":"Allow","Action":"sts:*","Resource":"*"}"#,
        );
        policies.session = Some(vec![&wide]);
        assert_eq!(authorize(&request, &policies).effect, EvalDecision::Allowed);

        policies.session = Some(vec![]);
        assert_eq!(
            authorize(&request, &policies).effect,
            EvalDecision::ImplicitDeny,
            "an empty session policy set allows nothing"
        );

        let boundary = policy(
            PolicyKind::PermissionsBoundary,
            "pb",
            r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#,
        );
        let mut policies = set(vec![], &role_trust);
        policies.permissions_boundary = Some(&boundary);
        assert_eq!(
            authorize(&request, &policies).effect,
            EvalDecision::ImplicitDeny
        );
    }

    #[test]
    fn session_arn_grant_ignores_session_policy() {
        let session_trust = trust(&format!("arn:aws:sts::{ACCOUNT}:assumed-role/caller/s1"));
        let narrow = policy(
            PolicyKind::Session,
            "session",
            r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}"#,
        );
        let mut policies = set(vec![], &session_trust);
        policies.session = Some(vec![&narrow]);
        assert_eq!(
            authorize(&assume(session()), &policies).effect,
            EvalDecision::Allowed
        );
    }

    #[test]
    fn session_policy_limits_identity_allow() {
        let id = allow_assume();
        let narrow = policy(
            PolicyKind::Session,
            "session",
            r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}"#,
        );
        let policies = PolicySet {
            identity: vec![&id],
            session: Some(vec![&narrow]),
            ..PolicySet::default()
        };
        assert_eq!(
            authorize(&assume(session()), &policies).effect,
            EvalDecision::ImplicitDeny
        );
    }

    #[test]
    fn explicit_deny_wins_everywhere() {
        let user_trust = trust(&format!("arn:aws:iam::{ACCOUNT}:user/alice"));
        let deny = policy(
            PolicyKind::Identity,
            "deny",
            r#"{"Sid":"NoAssume","Effect":"Deny","Action":"sts:*","Resource":"*"}"#,
        );
        let decision = authorize(&assume(user_in(ACCOUNT)), &set(vec![&deny], &user_trust));
        assert_eq!(decision.effect, EvalDecision::ExplicitDeny);
        assert_eq!(decision.matched.len(), 1);
        assert_eq!(decision.matched[0].sid.as_deref(), Some("NoAssume"));
        assert_eq!(decision.matched[0].effect, Effect::Deny);

        let root_request = assume(PrincipalInfo {
            arn: format!("arn:aws:iam::{ACCOUNT}:root"),
            account: ACCOUNT.into(),
            unique_id: Some(ACCOUNT.into()),
            kind: PrincipalKind::Root,
        });
        let scp_deny = policy(
            PolicyKind::ServiceControl,
            "scp",
            r#"[{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"sts:AssumeRole","Resource":"*"}]"#,
        );
        let policies = PolicySet {
            scps: vec![vec![&scp_deny]],
            principal_is_root: true,
            ..PolicySet::default()
        };
        assert_eq!(
            authorize(&root_request, &policies).effect,
            EvalDecision::ExplicitDeny
        );
    }

    #[test]
    fn root_is_allowed_in_its_account_subject_to_scps() {
        let request = RequestContext::new("iam:CreateUser", "*").with_principal(PrincipalInfo {
            arn: format!("arn:aws:iam::{ACCOUNT}:root"),
            account: ACCOUNT.into(),
            unique_id: None,
            kind: PrincipalKind::Root,
        });
        let mut policies = PolicySet {
            principal_is_root: true,
            ..PolicySet::default()
        };
        assert_eq!(authorize(&request, &policies).effect, EvalDecision::Allowed);
        let full = policy(
            PolicyKind::ServiceControl,
            "full",
            r#"{"Effect":"Allow","Action":"*","Resource":"*"}"#,
        );
        let s3_only = policy(
            PolicyKind::ServiceControl,
            "s3",
            r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#,
        );
        policies.scps = vec![vec![&full], vec![&s3_only]];
        let decision = authorize(&request, &policies);
        assert_eq!(
            (decision.effect, decision.organizations_allowed),
            (EvalDecision::ImplicitDeny, Some(false))
        );
        policies.scps = vec![vec![&full], vec![&s3_only, &full]];
        let decision = authorize(&request, &policies);
        assert_eq!(
            (decision.effect, decision.organizations_allowed),
            (EvalDecision::Allowed, Some(true))
        );
        assert!(
            decision.matched.is_empty(),
            "SCP statements are reported through organizations_allowed"
        );
    }

    #[test]
    fn missing_context_keys_are_reported_once() {
        let id = policy(
            PolicyKind::Identity,
            "id",
            r#"[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"},"StringEquals":{"aws:PrincipalTag/team":"x"}}},
               {"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*","Condition":{"Bool":{"AWS:MultiFactorAuthPresent":"true"}}},
               {"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"Bool":{"s3:unrelated":"true"}}}]"#,
        );
        let request = assume(user_in(ACCOUNT))
            .with_keys(ContextKeys::new().with_string("aws:PrincipalTag/team", "x"));
        let policies = PolicySet {
            identity: vec![&id],
            ..PolicySet::default()
        };
        let decision = authorize(&request, &policies);
        assert_eq!(decision.effect, EvalDecision::ImplicitDeny);
        assert_eq!(
            decision.missing_context_keys,
            ["aws:MultiFactorAuthPresent"]
        );
        let request = request.with_keys(
            ContextKeys::new()
                .with_bool("aws:MultiFactorAuthPresent", true)
                .with_string("aws:principaltag/TEAM", "x"),
        );
        let decision = authorize(&request, &policies);
        assert_eq!(decision.effect, EvalDecision::Allowed);
        assert!(decision.missing_context_keys.is_empty());
        assert_eq!(EvalDecision::Allowed.as_str(), "allowed");
        assert_eq!(EvalDecision::ExplicitDeny.as_str(), "explicitDeny");
        assert_eq!(EvalDecision::ImplicitDeny.as_str(), "implicitDeny");
    }

    #[test]
    fn web_identity_trust() {
        let trust = policy(
            PolicyKind::Trust,
            "trust",
            r#"{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringLike":{"token.actions.githubusercontent.com:sub":"repo:org/*"},"StringEquals":{"token.actions.githubusercontent.com:aud":"sts.amazonaws.com"}}}"#,
        );
        let caller = PrincipalInfo {
            arn: String::new(),
            account: ACCOUNT.into(),
            unique_id: None,
            kind: PrincipalKind::WebIdentity {
                provider:
                    "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"
                        .into(),
            },
        };
        let keys = ContextKeys::new()
            .with_string(
                "token.actions.githubusercontent.com:sub",
                "repo:org/app:ref:refs/heads/main",
            )
            .with_string(
                "token.actions.githubusercontent.com:aud",
                "sts.amazonaws.com",
            );
        let request = RequestContext::new("sts:AssumeRoleWithWebIdentity", ROLE)
            .with_principal(caller)
            .with_keys(keys);
        assert_eq!(
            authorize(&request, &set(vec![], &trust)).effect,
            EvalDecision::Allowed
        );
        let mut wrong = request.clone();
        wrong.keys = wrong
            .keys
            .with_string("token.actions.githubusercontent.com:sub", "repo:evil/app");
        assert_eq!(
            authorize(&wrong, &set(vec![], &trust)).effect,
            EvalDecision::ImplicitDeny
        );
    }
}
