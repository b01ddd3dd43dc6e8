//! Authorization of every call: the caller's policies, gathered from the store and the session
//! claims, evaluated by the policy engine against the request context AWS would build.
//!
//! - The account root is allowed everything in its own account (lenient unverified callers are
//!   root too).
//! - An IAM user: its inline, attached and groups' policies, within its permissions boundary.
//! - A role session: the role's policies within its boundary, and the session policies (inline
//!   and managed) when the session has any.
//! - A GetSessionToken session: the permissions of the user (or root) that asked for it.
//! - A federated user: the permissions of the user (or root) that asked for it, within the
//!   session policies; with none the session may do nothing.

use std::sync::Arc;

use gatehouse_policy::{
    ContextKeys, Decision, EvalDecision, Policy, PolicyKind, PolicySet, RequestContext, authorize,
};
use gatehouse_protocol::AwsError;
use gatehouse_store::{ManagedDocument, StoreError};
use gatehouse_token::{AccountId, SessionClaims, SessionPrincipal};

use crate::entity_cache::Holder;
use crate::error::store_failure;
use crate::policy_cache::compile_stored;
use crate::request_context::{self, overlay_tags};
use crate::{Context, Principal, Service};

/// Everything that decides what a principal may do, loaded once per request.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    /// Identity-based policies (user inline + attached + groups', or the role's).
    pub policies: Vec<Arc<Policy>>,
    /// The permissions boundary.
    pub boundary: Option<Arc<Policy>>,
    /// Session policies: `None` when the session has none (or is no session); `Some(empty)`
    /// denies everything (a federated user without session policies).
    pub session: Option<Vec<Arc<Policy>>>,
    /// The caller is the root of its account.
    pub is_root: bool,
    /// `aws:PrincipalTag/*`: entity tags overlaid by session tags.
    pub tags: Vec<(String, String)>,
}

impl Identity {
    /// The policy set for a request on a resource in the caller's own account.
    pub fn policy_set(&self) -> PolicySet<'_> {
        PolicySet {
            identity: self.policies.iter().map(Arc::as_ref).collect(),
            permissions_boundary: self.boundary.as_deref(),
            session: self
                .session
                .as_ref()
                .map(|list| list.iter().map(Arc::as_ref).collect()),
            principal_is_root: self.is_root,
            ..PolicySet::default()
        }
    }
}

/// The `AccessDenied` (403) AWS answers, e.g. "User: arn:aws:iam::123456789012:user/bob is not
/// authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/alice
/// because no identity-based policy allows the iam:CreateUser action". `reason` is the part
/// after the resource (with its leading space), empty for AWS's bare form.
pub fn access_denied(caller_arn: &str, action: &str, resource: &str, reason: &str) -> AwsError {
    AwsError::new(
        "AccessDenied",
        403,
        format!(
            "User: {caller_arn} is not authorized to perform: {action} on resource: {resource}{reason}"
        ),
    )
}

/// AWS's name for the kind of policy that decided a denial.
fn policy_type_name(kind: PolicyKind) -> &'static str {
    match kind {
        PolicyKind::Identity => "identity-based policy",
        PolicyKind::Resource | PolicyKind::Trust => "resource-based policy",
        PolicyKind::Session => "session policy",
        PolicyKind::PermissionsBoundary => "permissions boundary",
        PolicyKind::ServiceControl => "service control policy",
    }
}

/// Why `decision` denied `request`, in AWS's words: " with an explicit deny in a session
/// policy" or " because no identity-based policy allows the iam:ListUsers action".
pub fn denial_reason(request: &RequestContext, identity: &Identity, decision: &Decision) -> String {
    let action = &request.action;
    if decision.effect == EvalDecision::ExplicitDeny {
        let kind = decision
            .matched
            .first()
            .map_or(PolicyKind::Identity, |m| m.policy_kind);
        let name = policy_type_name(kind);
        let article = if kind == PolicyKind::Identity {
            "an"
        } else {
            "a"
        };
        return format!(" with an explicit deny in {article} {name}");
    }
    let identity_only = PolicySet {
        identity: identity.policies.iter().map(Arc::as_ref).collect(),
        principal_is_root: identity.is_root,
        ..PolicySet::default()
    };
    let missing = if authorize(request, &identity_only).effect != EvalDecision::Allowed {
        PolicyKind::Identity
    } else if decision.boundary_allowed == Some(false) {
        PolicyKind::PermissionsBoundary
    } else {
        PolicyKind::Session
    };
    format!(
        " because no {} allows the {action} action",
        policy_type_name(missing)
    )
}

/// The account an ARN names, when it names a 12-digit one.
fn arn_account(resource: &str) -> Option<String> {
    let account = gatehouse_token::arn::Arn::parse(resource)?.account;
    AccountId::parse(account).map(|a| a.to_string())
}

/// `NotFound` (a deleted user or role behind live credentials) means "no policies".
fn found<T: Default>(result: Result<T, StoreError>) -> Result<T, AwsError> {
    match result {
        Ok(value) => Ok(value),
        Err(StoreError::NotFound { .. }) => Ok(T::default()),
        Err(other) => Err(store_failure(other)),
    }
}

impl Service {
    /// Authorizes `action` on `resource` for the caller of `ctx`, with the keys every request
    /// carries. `AccessDenied` with AWS's message when the policies do not allow it.
    pub async fn authorize(
        &self,
        ctx: &Context,
        action: &str,
        resource: &str,
    ) -> Result<(), AwsError> {
        self.authorize_with(ctx, action, resource, &ContextKeys::new())
            .await
    }

    /// [`Service::authorize`] with request-specific condition keys (`aws:RequestTag/*`,
    /// `aws:TagKeys`, `iam:PolicyARN`, …).
    pub async fn authorize_with(
        &self,
        ctx: &Context,
        action: &str,
        resource: &str,
        extra: &ContextKeys,
    ) -> Result<(), AwsError> {
        let principal = &ctx.caller.principal;
        if matches!(principal, Principal::Anonymous) {
            return Err(access_denied("anonymous", action, resource, ""));
        }
        let identity = self.identity(principal).await?;
        let request = request_context::build(ctx, &identity.tags, action, resource, extra);
        let mut set = identity.policy_set();
        set.resource_account = arn_account(resource);
        let decision = authorize(&request, &set);
        if decision.effect == EvalDecision::Allowed {
            return Ok(());
        }
        let reason = denial_reason(&request, &identity, &decision);
        Err(access_denied(&principal.arn(), action, resource, &reason))
    }

    /// Loads what decides the permissions of `principal`.
    pub async fn identity(&self, principal: &Principal) -> Result<Arc<Identity>, AwsError> {
        match principal {
            Principal::Root { .. } => Ok(root_identity()),
            Principal::User {
                account, user_name, ..
            } => self.user_identity(*account, user_name).await,
            Principal::Session(claims) => self.session_identity(claims).await,
            Principal::Anonymous => Ok(Arc::default()),
        }
    }

    async fn user_identity(
        &self,
        account: AccountId,
        user: &str,
    ) -> Result<Arc<Identity>, AwsError> {
        let acct = account.to_string();
        let holder = Holder::User(acct.clone(), user.to_owned());
        self.cached_identity(holder, async {
            let store = self.store();
            let set = found(store.user_policies(&acct, user).await)?;
            let tags = found(store.get_user(&acct, user).await.map(Some))?
                .map(|u| u.tags)
                .unwrap_or_default();
            Ok(self.compile_set(set, tags))
        })
        .await
    }

    async fn role_identity(
        &self,
        account: AccountId,
        role: &str,
    ) -> Result<Arc<Identity>, AwsError> {
        let acct = account.to_string();
        let holder = Holder::Role(acct.clone(), role.to_owned());
        self.cached_identity(holder, async {
            let store = self.store();
            let set = found(store.role_policies(&acct, role).await)?;
            let tags = found(store.get_role(&acct, role).await.map(Some))?
                .map(|r| r.tags)
                .unwrap_or_default();
            Ok(self.compile_set(set, tags))
        })
        .await
    }

    /// The identity of `holder`: from the cache while the store is unchanged since it was
    /// loaded, else from `load`.
    async fn cached_identity(
        &self,
        holder: Holder,
        load: impl Future<Output = Result<Identity, AwsError>>,
    ) -> Result<Arc<Identity>, AwsError> {
        let generation = self.store().generation();
        if let Some(identity) = self.cache.identities.get(generation, &holder) {
            return Ok(identity);
        }
        let identity = Arc::new(load.await?);
        self.cache
            .identities
            .put(generation, holder, Arc::clone(&identity));
        Ok(identity)
    }

    fn compile_set(
        &self,
        set: gatehouse_store::PolicySet,
        tags: Vec<gatehouse_store::Tag>,
    ) -> Identity {
        let mut policies: Vec<Arc<Policy>> = set
            .inline
            .iter()
            .filter_map(|p| compile_stored(&p.document, PolicyKind::Identity, &p.name))
            .collect();
        policies.extend(
            set.managed
                .iter()
                .filter_map(|m| managed(m, PolicyKind::Identity)),
        );
        Identity {
            policies,
            boundary: set
                .boundary
                .as_ref()
                .and_then(|m| managed(m, PolicyKind::PermissionsBoundary)),
            session: None,
            is_root: false,
            tags: tags.into_iter().map(|t| (t.key, t.value)).collect(),
        }
    }

    async fn session_identity(&self, claims: &SessionClaims) -> Result<Arc<Identity>, AwsError> {
        let account = claims.account;
        let base = match &claims.principal {
            SessionPrincipal::AssumedRole { role_name, .. } => {
                self.role_identity(account, role_name).await?
            }
            SessionPrincipal::User { user_name, .. } => {
                return self.user_identity(account, user_name).await;
            }
            SessionPrincipal::Root => return Ok(root_identity()),
            SessionPrincipal::FederatedUser { user_name, .. } => match user_name {
                Some(user) => self.user_identity(account, user).await?,
                None => root_identity(),
            },
        };
        let session = self.session_policies(claims).await?;
        let federated = matches!(claims.principal, SessionPrincipal::FederatedUser { .. });
        if !federated && session.is_empty() && claims.tags.is_empty() {
            return Ok(base);
        }
        let mut identity = Identity::clone(&base);
        // A federated user without session policies may do nothing: `Some(empty)`.
        identity.session = (federated || !session.is_empty()).then_some(session);
        identity.tags = overlay_tags(std::mem::take(&mut identity.tags), &claims.tags);
        Ok(Arc::new(identity))
    }

    /// The session policies a session carries: its inline policy and its managed policy ARNs.
    pub async fn session_policies(
        &self,
        claims: &SessionClaims,
    ) -> Result<Vec<Arc<Policy>>, AwsError> {
        let mut policies: Vec<Arc<Policy>> = claims
            .session_policy
            .as_deref()
            .and_then(|text| compile_stored(text, PolicyKind::Session, "session policy"))
            .into_iter()
            .collect();
        for arn in &claims.policy_arns {
            if let Some(text) = self.managed_policy_document(arn).await? {
                policies.extend(compile_stored(&text, PolicyKind::Session, arn));
            }
        }
        Ok(policies)
    }

    /// The default version's document of a managed policy (AWS managed or customer managed),
    /// `None` when there is no such policy.
    pub async fn managed_policy_document(&self, arn: &str) -> Result<Option<String>, AwsError> {
        if let Some(aws) = gatehouse_managed_policies::get(arn) {
            return Ok(Some(aws.document.clone()));
        }
        let Some(account) = arn_account(arn) else {
            return Ok(None);
        };
        let store = self.store();
        let policy = match store.get_policy(&account, arn).await {
            Ok(policy) => policy,
            Err(StoreError::NotFound { .. }) => return Ok(None),
            Err(other) => return Err(store_failure(other)),
        };
        match store
            .get_policy_version(&account, arn, policy.default_version)
            .await
        {
            Ok(version) => Ok(Some(version.document)),
            Err(StoreError::NotFound { .. }) => Ok(None),
            Err(other) => Err(store_failure(other)),
        }
    }
}

fn root_identity() -> Arc<Identity> {
    Arc::new(Identity {
        is_root: true,
        ..Identity::default()
    })
}

/// A managed policy of a user or role: customer managed documents come with the set, AWS
/// managed ones from the catalogue.
fn managed(doc: &ManagedDocument, kind: PolicyKind) -> Option<Arc<Policy>> {
    match &doc.document {
        Some(text) => compile_stored(text, kind, &doc.arn),
        None => {
            let aws = gatehouse_managed_policies::get(&doc.arn)?;
            compile_stored(&aws.document, kind, &doc.arn)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;
    use gatehouse_store::{NewRole, NewUser, PolicyOwner, Store, Tag};
    use gatehouse_token::{Keyring, session::SecretString};

    const ACCT: &str = "111122223333";

    fn account() -> AccountId {
        AccountId::parse(ACCT).unwrap()
    }

    fn now() -> time::OffsetDateTime {
        time::OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap()
    }

    fn allow(action: &str) -> String {
        format!(
            r#"{{"Version":"2012-10-17","Statement":{{"Effect":"Allow","Action":"{action}","Resource":"*"}}}}"#
        )
    }

    fn ctx(principal: Principal) -> Context {
        Context::local(principal, now())
    }

    async fn service() -> Service {
        let store = Store::in_memory().await.unwrap();
        store
            .create_user(
                ACCT,
                NewUser {
                    id: "AIDAEXAMPLEUSER00001".into(),
                    name: "bob".into(),
                    path: "/".into(),
                    created: now(),
                    permissions_boundary: None,
                    tags: vec![Tag::new("team", "red")],
                },
            )
            .await
            .unwrap();
        store
            .create_role(
                ACCT,
                NewRole {
                    id: "AROAEXAMPLEROLE00001".into(),
                    name: "ops".into(),
                    path: "/".into(),
                    created: now(),
                    trust_policy: r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}}"#.into(),
                    description: None,
                    max_session_duration: 3600,
                    permissions_boundary: None,
                    tags: vec![],
                },
            )
            .await
            .unwrap();
        store
            .put_inline_policy(ACCT, PolicyOwner::Role("ops"), "all", &allow("iam:*"))
            .await
            .unwrap();
        Service::new(Config::default(), Keyring::generate(), store)
    }

    fn bob() -> Principal {
        Principal::User {
            account: account(),
            user_id: "AIDAEXAMPLEUSER00001".into(),
            user_name: "bob".into(),
            path: "/".into(),
        }
    }

    fn role_session(session_policy: Option<String>, issued_at: i64) -> Principal {
        Principal::Session(Box::new(SessionClaims {
            access_key_id: "ASIAEXAMPLE".into(),
            secret_access_key: SecretString::new("s".into()),
            account: account(),
            principal: SessionPrincipal::AssumedRole {
                role_id: "AROAEXAMPLEROLE00001".into(),
                role_name: "ops".into(),
                role_path: "/".into(),
                session_name: "s1".into(),
            },
            issued_at,
            expires_at: issued_at + 3600,
            session_policy,
            policy_arns: vec![],
            tags: vec![],
            transitive_tag_keys: vec![],
            source_identity: None,
            mfa_authenticated_at: None,
            federated_provider: None,
            identity_keys: vec![],
        }))
    }

    #[tokio::test]
    async fn root_is_allowed_in_its_own_account_only() {
        let service = service().await;
        let root = ctx(Principal::Root { account: account() });
        service
            .authorize(&root, "iam:CreateUser", "*")
            .await
            .unwrap();
        let foreign = "arn:aws:iam::999999999999:user/x";
        assert_eq!(
            service
                .authorize(&root, "iam:GetUser", foreign)
                .await
                .unwrap_err()
                .code,
            "AccessDenied"
        );
    }

    #[tokio::test]
    async fn a_user_needs_an_identity_policy() {
        let service = service().await;
        let user = ctx(bob());
        let resource = "arn:aws:iam::111122223333:user/alice";
        let err = service
            .authorize(&user, "iam:CreateUser", resource)
            .await
            .unwrap_err();
        assert_eq!(err.status, 403);
        assert_eq!(
            err.message,
            "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/alice because no identity-based policy allows the iam:CreateUser action"
        );
        service
            .store()
            .put_inline_policy(
                ACCT,
                PolicyOwner::User("bob"),
                "p",
                &allow("iam:CreateUser"),
            )
            .await
            .unwrap();
        service
            .authorize(&user, "iam:CreateUser", resource)
            .await
            .unwrap();
        let deny = r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"iam:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"red"}}}}"#;
        service
            .store()
            .put_inline_policy(ACCT, PolicyOwner::User("bob"), "deny", deny)
            .await
            .unwrap();
        let err = service
            .authorize(&user, "iam:CreateUser", resource)
            .await
            .unwrap_err();
        assert!(
            err.message
                .ends_with(" with an explicit deny in an identity-based policy"),
            "{}",
            err.message
        );
    }

    #[tokio::test]
    async fn session_policies_intersect_with_the_role() {
        let service = service().await;
        let open = ctx(role_session(None, 1_699_999_000));
        service
            .authorize(&open, "iam:ListUsers", "*")
            .await
            .unwrap();
        let limited = ctx(role_session(Some(allow("iam:GetUser")), 1_699_999_000));
        service
            .authorize(&limited, "iam:GetUser", "*")
            .await
            .unwrap();
        let err = service
            .authorize(&limited, "iam:ListUsers", "*")
            .await
            .unwrap_err();
        assert!(
            err.message
                .starts_with("User: arn:aws:sts::111122223333:assumed-role/ops/s1 is not"),
            "{}",
            err.message
        );
        assert!(
            err.message
                .ends_with("because no session policy allows the iam:ListUsers action")
        );
    }

    #[tokio::test]
    async fn revoking_older_sessions_denies_them() {
        let service = service().await;
        let revoke = r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"DateLessThan":{"aws:TokenIssueTime":"2023-11-14T22:00:00Z"}}}}"#;
        service
            .store()
            .put_inline_policy(
                ACCT,
                PolicyOwner::Role("ops"),
                "AWSRevokeOlderSessions",
                revoke,
            )
            .await
            .unwrap();
        let old = ctx(role_session(None, 1_699_990_000));
        assert!(service.authorize(&old, "iam:ListUsers", "*").await.is_err());
        let new = ctx(role_session(None, 1_700_000_000));
        service.authorize(&new, "iam:ListUsers", "*").await.unwrap();
    }

    #[tokio::test]
    async fn federated_users_without_session_policy_may_do_nothing() {
        let service = service().await;
        service
            .store()
            .put_inline_policy(ACCT, PolicyOwner::User("bob"), "p", &allow("iam:*"))
            .await
            .unwrap();
        let mut claims = match role_session(None, 1_700_000_000) {
            Principal::Session(claims) => claims,
            _ => unreachable!(),
        };
        claims.principal = SessionPrincipal::FederatedUser {
            name: "fed".into(),
            user_name: Some("bob".into()),
        };
        let none = ctx(Principal::Session(claims.clone()));
        assert!(
            service
                .authorize(&none, "iam:ListUsers", "*")
                .await
                .is_err()
        );
        claims.session_policy = Some(allow("iam:List*"));
        let some = ctx(Principal::Session(claims));
        service
            .authorize(&some, "iam:ListUsers", "*")
            .await
            .unwrap();
        assert!(service.authorize(&some, "iam:GetUser", "*").await.is_err());
    }

    #[tokio::test]
    async fn aws_managed_policies_come_from_the_catalogue() {
        let service = service().await;
        service
            .store()
            .attach_policy(
                ACCT,
                PolicyOwner::User("bob"),
                "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
            )
            .await
            .unwrap();
        let user = ctx(bob());
        service
            .authorize(&user, "iam:ListUsers", "*")
            .await
            .unwrap();
        assert!(
            service
                .authorize(&user, "iam:CreateUser", "*")
                .await
                .is_err()
        );
    }
}
