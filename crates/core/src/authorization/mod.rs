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
//!
//! Loading fails closed: a policy a decision depends on that cannot be found or compiled, or a
//! user or role behind the credentials that no longer exists (or was created again under the
//! same name, with another unique id), leaves the identity [`Identity::unusable`], and every
//! decision for it denies and says why. Nothing is ever dropped from an evaluation.

use std::sync::Arc;

use gatehouse_error::{Error, ErrorCode};
use gatehouse_policy::{
    ContextKeys, Decision, EvalDecision, Policy, PolicyKind, PolicySet, PrincipalInfo,
    RequestContext, authorize,
};
use gatehouse_store::{ManagedDocument, StoreError};
use gatehouse_token::{AccountId, SessionClaims, SessionPrincipal, arn};

pub mod policy_cache;
pub mod request_context;

use crate::entity_cache::Holder;
use crate::error::store_failure;
use crate::{Context, Principal, State};
use policy_cache::compile_stored;
use request_context::overlay_tags;

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
    /// The unique id (`AIDA…`, `AROA…`) of the user or role the policies were loaded for;
    /// `None` when no such entity exists.
    pub entity_id: Option<String>,
    /// Why no decision can be made for this identity (a policy it depends on cannot be found
    /// or compiled, or its user or role is gone), as the end of an `AccessDenied` message
    /// (" because …"). Every decision denies while this is set.
    pub unusable: Option<String>,
}

impl Identity {
    /// An identity for which every decision denies, because of `reason` (" because …").
    pub fn unusable(reason: String) -> Self {
        Self {
            unusable: Some(reason),
            ..Self::default()
        }
    }

    /// The policy set for a request on a resource in the caller's own account.
    ///
    /// # Errors
    /// The reason (" because …") when the identity is [`Identity::unusable`]: the request
    /// must be denied.
    pub fn policy_set(&self) -> Result<PolicySet<'_>, &str> {
        if let Some(reason) = &self.unusable {
            return Err(reason);
        }
        Ok(PolicySet {
            identity: self.policies.iter().map(Arc::as_ref).collect(),
            permissions_boundary: self.boundary.as_deref(),
            session: self
                .session
                .as_ref()
                .map(|list| list.iter().map(Arc::as_ref).collect()),
            principal_is_root: self.is_root,
            ..PolicySet::default()
        })
    }
}

/// Why an identity could not be loaded.
enum LoadError {
    /// The store failed: the request fails (`ServiceFailure`).
    Failed(Error),
    /// Something a decision depends on is missing or unreadable: every decision denies,
    /// with this reason.
    Unusable(String),
}

impl From<Error> for LoadError {
    fn from(error: Error) -> Self {
        LoadError::Failed(error)
    }
}

/// Compiles a stored document that a decision depends on, labelled `label`; `what` names it
/// in the reason a decision gives when it cannot be compiled (the failure is logged).
fn compile_required(
    text: &str,
    kind: PolicyKind,
    label: &str,
    what: &str,
) -> Result<Arc<Policy>, LoadError> {
    compile_stored(text, kind, label)
        .ok_or_else(|| LoadError::Unusable(format!(" because the {what} cannot be read")))
}

/// The `AccessDenied` (403) AWS answers, e.g. "User: arn:aws:iam::123456789012:user/bob is not
/// authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/alice
/// because no identity-based policy allows the iam:CreateUser action". `reason` is the part
/// after the resource (with its leading space), empty for AWS's bare form.
pub fn access_denied(caller_arn: &str, action: &str, resource: &str, reason: &str) -> Error {
    Error::new(
        ErrorCode::AccessDenied,
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
fn arn_account(resource: &str) -> Option<AccountId> {
    let account = gatehouse_token::arn::Arn::parse(resource)?.account;
    AccountId::parse(account)
}

/// `Ok(None)` for `NotFound`; any other store error fails the request.
fn found<T>(result: Result<T, StoreError>) -> Result<Option<T>, Error> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(StoreError::NotFound { .. }) => Ok(None),
        Err(other) => Err(store_failure(other)),
    }
}

/// Who a decision is for.
#[derive(Debug, Clone, Copy)]
pub enum Requester<'a> {
    /// The authenticated caller of the request: its identity's policies decide (its user's or
    /// role's, within boundary and session policies), together with the resource's policy.
    Caller,
    /// A principal of an identity provider (AssumeRoleWithWebIdentity, AssumeRoleWithSAML),
    /// which has no identity policies: the resource's policy alone decides.
    Federated(&'a PrincipalInfo),
}

/// A question for [`State::decide`]: may the requester do every one of `actions` on
/// `resource`?
#[derive(Debug, Clone, Copy)]
pub struct Authorization<'a> {
    /// Who asks.
    pub requester: Requester<'a>,
    /// The actions, each of which must be allowed; the first denied one is reported.
    pub actions: &'a [&'a str],
    /// The resource's ARN (`*` when the action has none).
    pub resource: &'a str,
    /// The operation's own condition keys (`aws:RequestTag/*`, `sts:RoleSessionName`, …).
    pub keys: &'a ContextKeys,
    /// The trust policy, as stored, of the role `resource` names when the actions assume it.
    pub trust_policy: Option<&'a str>,
}

/// Why [`State::decide`] refused.
#[derive(Debug, Clone)]
pub struct Denial {
    /// The action that was denied.
    pub action: String,
    /// The request as it was evaluated.
    pub request: RequestContext,
    /// The engine's decision; `None` when no evaluation could be made (the caller's identity,
    /// or the resource policy, cannot be used).
    pub decision: Option<Decision>,
    /// AWS's reason, as the end of an `AccessDenied` message (" because no identity-based
    /// policy allows the iam:ListUsers action", " with an explicit deny in …").
    pub reason: String,
}

impl Denial {
    /// A denial made without evaluating: what the decision depends on cannot be used.
    fn unevaluated(request: RequestContext, action: &str, reason: String) -> Box<Self> {
        Box::new(Self {
            action: action.to_owned(),
            request,
            decision: None,
            reason,
        })
    }
}

impl State {
    /// Authorizes `action` on `resource` for the caller of `ctx`, with the keys every request
    /// carries. `AccessDenied` with AWS's message when the policies do not allow it.
    pub async fn authorize(
        &self,
        ctx: &Context,
        action: &str,
        resource: &str,
    ) -> Result<(), Error> {
        self.authorize_with(ctx, action, resource, &ContextKeys::new())
            .await
    }

    /// [`State::authorize`] with request-specific condition keys (`aws:RequestTag/*`,
    /// `aws:TagKeys`, `iam:PolicyARN`, …).
    pub async fn authorize_with(
        &self,
        ctx: &Context,
        action: &str,
        resource: &str,
        keys: &ContextKeys,
    ) -> Result<(), Error> {
        let ask = Authorization {
            requester: Requester::Caller,
            actions: &[action],
            resource,
            keys,
            trust_policy: None,
        };
        self.decide(ctx, &ask).await?.map_err(|denial| {
            let caller = ctx.caller.principal().arn(self.config.partition);
            access_denied(&caller, action, resource, &denial.reason)
        })
    }

    /// The one decision point: every request gatehouse authorizes (IAM operations, every
    /// AssumeRole*, and whatever enforces later) is decided here, by the policy engine, over
    /// policies loaded by [`State::identity`], which never leaves one out.
    ///
    /// `Ok(Err(denial))` when a policy denies, or when the decision depends on something that
    /// cannot be used (the caller's user or role is gone, a policy is missing or unreadable,
    /// the trust policy does not compile): then nothing is evaluated and the denial says why.
    ///
    /// # Errors
    /// `ServiceFailure` when the store fails.
    pub async fn decide(
        &self,
        ctx: &Context,
        ask: &Authorization<'_>,
    ) -> Result<Result<(), Box<Denial>>, Error> {
        let decided = self.evaluate(ctx, ask).await;
        if let Ok(decision) = &decided {
            self.decisions.add(if decision.is_ok() {
                crate::ALLOWED
            } else {
                crate::DENIED
            });
        }
        decided
    }

    /// [`State::decide`], uncounted.
    async fn evaluate(
        &self,
        ctx: &Context,
        ask: &Authorization<'_>,
    ) -> Result<Result<(), Box<Denial>>, Error> {
        let partition = self.config.partition;
        // No action asked is nothing allowed: the loop below must run at least once.
        let Some(&first) = ask.actions.first() else {
            let request = RequestContext::new("", ask.resource);
            let reason = " because no action was asked for".to_owned();
            return Ok(Err(Denial::unevaluated(request, "", reason)));
        };
        let identity = match ask.requester {
            Requester::Caller => match ctx.caller.principal() {
                Principal::Anonymous => Arc::new(Identity::unusable(String::new())),
                principal => self.identity(principal).await?,
            },
            Requester::Federated(_) => Arc::new(Identity::default()),
        };
        let mut request = request_context::build(
            ctx,
            partition,
            &identity.tags,
            first,
            ask.resource,
            ask.keys,
        );
        if let Requester::Federated(principal) = ask.requester {
            request.principal = Some(principal.clone());
        }
        let mut set = match identity.policy_set() {
            Ok(set) => set,
            Err(reason) => {
                return Ok(Err(Denial::unevaluated(request, first, reason.to_owned())));
            }
        };
        let trust = match ask.trust_policy {
            Some(text) => match compile_stored(text, PolicyKind::Trust, ask.resource) {
                Some(policy) => Some(policy),
                None => {
                    let reason = format!(
                        " because the trust policy of {} cannot be read",
                        ask.resource
                    );
                    return Ok(Err(Denial::unevaluated(request, first, reason)));
                }
            },
            None => None,
        };
        set.resource = trust.as_deref();
        set.resource_account = arn_account(ask.resource).map(|account| account.to_string());
        for action in ask.actions {
            (*action).clone_into(&mut request.action);
            let decision = authorize(&request, &set);
            if decision.effect != EvalDecision::Allowed {
                let reason = denial_reason(&request, &identity, &decision);
                return Ok(Err(Box::new(Denial {
                    action: (*action).to_owned(),
                    request,
                    decision: Some(decision),
                    reason,
                })));
            }
        }
        Ok(Ok(()))
    }

    /// Loads what decides the permissions of `principal`. A principal whose user or role is
    /// gone, or one of whose policies cannot be found or compiled, gets an
    /// [`Identity::unusable`] identity: every decision for it denies.
    pub async fn identity(&self, principal: &Principal) -> Result<Arc<Identity>, Error> {
        let loaded = match principal {
            Principal::Root { .. } => return Ok(root_identity()),
            Principal::User {
                account,
                user_id,
                user_name,
                ..
            } => self.user_identity(*account, user_name, user_id).await,
            Principal::Session(claims) => self.session_identity(claims).await,
            Principal::Anonymous => return Ok(Arc::default()),
        };
        match loaded {
            Ok(identity) => Ok(identity),
            Err(LoadError::Failed(error)) => Err(error),
            Err(LoadError::Unusable(reason)) => Ok(Arc::new(Identity::unusable(reason))),
        }
    }

    /// The identity of the user `name` whose unique id is `id`.
    async fn user_identity(
        &self,
        account: AccountId,
        name: &str,
        id: &str,
    ) -> Result<Arc<Identity>, LoadError> {
        self.entity_identity(account, Holder::User(account, name.to_owned()), id)
            .await
    }

    /// The identity of the role `name` whose unique id is `id`.
    async fn role_identity(
        &self,
        account: AccountId,
        name: &str,
        id: &str,
    ) -> Result<Arc<Identity>, LoadError> {
        self.entity_identity(account, Holder::Role(account, name.to_owned()), id)
            .await
    }

    /// The identity of the user or role `holder` of `account`, which must be the one whose
    /// unique id is `id` (not another created since under its name).
    async fn entity_identity(
        &self,
        account: AccountId,
        holder: Holder,
        id: &str,
    ) -> Result<Arc<Identity>, LoadError> {
        let gone = gone(&holder);
        let load = async {
            let store = self.store();
            // The entity (its id, ARN and tags), then its policies.
            let (entity_id, entity_arn, tags, set) = match &holder {
                Holder::User(acct, name) => {
                    let Some(user) = found(store.get::<gatehouse_store::User>(*acct, name).await)?
                    else {
                        return Ok(Identity::default());
                    };
                    let set = found(store.user_policies(*acct, name).await)?;
                    let arn = format!(
                        "user {}",
                        arn::user(self.config.partition, account, &user.path, name)
                    );
                    (user.id, arn, user.tags, set)
                }
                Holder::Role(acct, name) => {
                    let Some(role) = found(store.get::<gatehouse_store::Role>(*acct, name).await)?
                    else {
                        return Ok(Identity::default());
                    };
                    let set = found(store.role_policies(*acct, name).await)?;
                    let arn = format!(
                        "role {}",
                        arn::role(self.config.partition, account, &role.path, name)
                    );
                    (role.id, arn, role.tags, set)
                }
            };
            match set {
                Some(set) if set.id == entity_id => compile_set(set, tags, &entity_arn),
                // Deleted (and perhaps created again) between the two reads.
                _ => Err(LoadError::Unusable(gone.clone())),
            }
        };
        let identity = self.cached_identity(holder.clone(), load).await?;
        if identity.unusable.is_none() && identity.entity_id.as_deref() != Some(id) {
            return Err(LoadError::Unusable(gone));
        }
        Ok(identity)
    }

    /// The identity of `holder`: from the cache while the store is unchanged since it was
    /// loaded, else from `load`. An unusable identity is cached too (for its generation).
    async fn cached_identity(
        &self,
        holder: Holder,
        load: impl Future<Output = Result<Identity, LoadError>>,
    ) -> Result<Arc<Identity>, LoadError> {
        let generation = self.store().generation();
        if let Some(identity) = self.cache.identities.get(generation, &holder) {
            return Ok(identity);
        }
        let identity = Arc::new(match load.await {
            Ok(identity) => identity,
            Err(LoadError::Unusable(reason)) => Identity::unusable(reason),
            Err(failed) => return Err(failed),
        });
        self.cache
            .identities
            .put(generation, holder, Arc::clone(&identity));
        Ok(identity)
    }

    async fn session_identity(&self, claims: &SessionClaims) -> Result<Arc<Identity>, LoadError> {
        let account = claims.account;
        let base = match &claims.principal {
            SessionPrincipal::AssumedRole {
                role_id, role_name, ..
            } => self.role_identity(account, role_name, role_id).await?,
            SessionPrincipal::User {
                user_id, user_name, ..
            } => return self.user_identity(account, user_name, user_id).await,
            SessionPrincipal::Root => return Ok(root_identity()),
            SessionPrincipal::FederatedUser {
                user_name: None, ..
            } => root_identity(),
            SessionPrincipal::FederatedUser {
                user_name: Some(user),
                user_id: Some(id),
                ..
            } => self.user_identity(account, user, id).await?,
            SessionPrincipal::FederatedUser {
                user_name: Some(_),
                user_id: None,
                ..
            } => {
                return Err(LoadError::Unusable(
                    " because this session does not name the unique id of the user that asked for it"
                        .to_owned(),
                ));
            }
        };
        if base.unusable.is_some() {
            return Ok(base);
        }
        let federated = matches!(claims.principal, SessionPrincipal::FederatedUser { .. });
        let has_session_policies =
            claims.session_policy.is_some() || !claims.policy_arns.is_empty();
        if !federated && !has_session_policies && claims.tags.is_empty() {
            return Ok(base);
        }
        let mut identity = Identity::clone(&base);
        // A session that was given session policies is limited by them even when none of them
        // can still be found (then it may do nothing: the loading below says why); a federated
        // user without session policies may do nothing: `Some(empty)`.
        if federated || has_session_policies {
            identity.session = Some(self.session_policies(claims).await?);
        }
        identity.tags = overlay_tags(std::mem::take(&mut identity.tags), &claims.tags);
        Ok(Arc::new(identity))
    }

    /// The session policies a session carries, compiled: its inline policy and its managed
    /// policy ARNs. One that no longer exists or cannot be compiled makes the session unusable.
    async fn session_policies(
        &self,
        claims: &SessionClaims,
    ) -> Result<Vec<Arc<Policy>>, LoadError> {
        let mut policies = Vec::with_capacity(claims.policy_arns.len() + 1);
        if let Some(text) = &claims.session_policy {
            policies.push(compile_required(
                text,
                PolicyKind::Session,
                "session policy",
                "session policy",
            )?);
        }
        for arn in &claims.policy_arns {
            let Some(text) = self.managed_policy_document(arn).await? else {
                return Err(LoadError::Unusable(format!(
                    " because the session policy {arn} no longer exists"
                )));
            };
            policies.push(compile_required(
                &text,
                PolicyKind::Session,
                arn,
                &format!("session policy {arn}"),
            )?);
        }
        Ok(policies)
    }

    /// The default version's document of a managed policy (AWS managed or customer managed),
    /// `None` when there is no such policy.
    pub async fn managed_policy_document(&self, arn: &str) -> Result<Option<String>, Error> {
        let partition = self.config.partition.name();
        if let Some(aws) = gatehouse_managed_policies::get_in(partition, arn) {
            return Ok(Some(aws.document_in(partition).into_owned()));
        }
        let Some(account) = arn_account(arn) else {
            return Ok(None);
        };
        let store = self.store();
        let Some(policy) = found(store.get_policy(account, arn).await)? else {
            return Ok(None);
        };
        let version = found(
            store
                .get_policy_version(account, arn, policy.default_version)
                .await,
        )?;
        Ok(version.map(|version| version.document))
    }
}

/// The " because …" of a request whose user or role no longer exists.
fn gone(holder: &Holder) -> String {
    match holder {
        Holder::User(_, name) => {
            format!(" because the user {name} that these credentials belong to no longer exists")
        }
        Holder::Role(_, name) => {
            format!(" because the role {name} that this session was issued for no longer exists")
        }
    }
}

/// Compiles the stored policies of the user or role `what` (e.g. "user arn:…"): every one of
/// them, or the reason the first that cannot be used makes the identity unusable.
fn compile_set(
    set: gatehouse_store::PolicySet,
    tags: Vec<gatehouse_store::Tag>,
    what: &str,
) -> Result<Identity, LoadError> {
    let mut policies = Vec::with_capacity(set.inline.len() + set.managed.len());
    for inline in &set.inline {
        let owner = match &inline.group {
            Some(group) => format!("group {group}"),
            None => what.to_owned(),
        };
        policies.push(compile_required(
            &inline.document,
            PolicyKind::Identity,
            &inline.name,
            &format!("inline policy {} of the {owner}", inline.name),
        )?);
    }
    for doc in &set.managed {
        policies.push(managed(doc, PolicyKind::Identity, "policy")?);
    }
    let boundary = set
        .boundary
        .as_ref()
        .map(|doc| managed(doc, PolicyKind::PermissionsBoundary, "permissions boundary"))
        .transpose()?;
    Ok(Identity {
        policies,
        boundary,
        session: None,
        is_root: false,
        tags: tags.into_iter().map(|t| (t.key, t.value)).collect(),
        entity_id: Some(set.id),
        unusable: None,
    })
}

fn root_identity() -> Arc<Identity> {
    Arc::new(Identity {
        is_root: true,
        ..Identity::default()
    })
}

/// A managed policy of a user or role (`role` names its use: "policy", "permissions
/// boundary"): customer managed documents come with the set, AWS managed ones from the
/// catalogue; one in neither makes the identity unusable.
fn managed(doc: &ManagedDocument, kind: PolicyKind, role: &str) -> Result<Arc<Policy>, LoadError> {
    let what = format!("{role} {}", doc.arn);
    let text = match &doc.document {
        Some(text) => std::borrow::Cow::Borrowed(text.as_str()),
        None => match gatehouse_managed_policies::attached_document(&doc.arn) {
            Some(text) => text,
            None => {
                return Err(LoadError::Unusable(format!(
                    " because the {what} does not exist"
                )));
            }
        },
    };
    compile_required(&text, kind, &doc.arn, &what)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;
    use gatehouse_store::{NewManagedPolicy, NewRole, NewUser, PolicyOwner, Store, Tag};
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

    async fn state() -> State {
        let store = Store::in_memory().await.unwrap();
        create_bob(
            &store,
            "AIDAEXAMPLEUSER00001",
            vec![Tag::new("team", "red")],
        )
        .await;
        create_ops(&store, "AROAEXAMPLEROLE00001").await;
        State::new(Config::default(), Keyring::generate(), store)
    }

    /// The user `bob` (unique id `id`).
    async fn create_bob(store: &Store, id: &str, tags: Vec<Tag>) {
        store
            .create_user(
                account(),
                NewUser {
                    id: id.into(),
                    name: "bob".into(),
                    path: "/".into(),
                    created: now(),
                    permissions_boundary: None,
                    tags,
                },
            )
            .await
            .unwrap();
    }

    /// The role `ops` (unique id `id`), trusting the account and allowed iam:*.
    async fn create_ops(store: &Store, id: &str) {
        store
            .create_role(
                account(),
                NewRole {
                    id: id.into(),
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
            .put_inline_policy(account(), PolicyOwner::Role("ops"), "all", &allow("iam:*"))
            .await
            .unwrap();
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
        let state = state().await;
        let root = ctx(Principal::Root { account: account() });
        state.authorize(&root, "iam:CreateUser", "*").await.unwrap();
        let foreign = "arn:aws:iam::999999999999:user/x";
        assert_eq!(
            state
                .authorize(&root, "iam:GetUser", foreign)
                .await
                .unwrap_err()
                .code,
            gatehouse_error::ErrorCode::AccessDenied
        );
    }

    #[tokio::test]
    async fn a_user_needs_an_identity_policy() {
        let state = state().await;
        let user = ctx(bob());
        let resource = "arn:aws:iam::111122223333:user/alice";
        let err = state
            .authorize(&user, "iam:CreateUser", resource)
            .await
            .unwrap_err();
        assert_eq!(err.status(), 403);
        assert_eq!(
            err.message,
            "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/alice because no identity-based policy allows the iam:CreateUser action"
        );
        state
            .store()
            .put_inline_policy(
                account(),
                PolicyOwner::User("bob"),
                "p",
                &allow("iam:CreateUser"),
            )
            .await
            .unwrap();
        state
            .authorize(&user, "iam:CreateUser", resource)
            .await
            .unwrap();
        let deny = r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"iam:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"red"}}}}"#;
        state
            .store()
            .put_inline_policy(account(), PolicyOwner::User("bob"), "deny", deny)
            .await
            .unwrap();
        let err = state
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
        let state = state().await;
        let open = ctx(role_session(None, 1_699_999_000));
        state.authorize(&open, "iam:ListUsers", "*").await.unwrap();
        let limited = ctx(role_session(Some(allow("iam:GetUser")), 1_699_999_000));
        state.authorize(&limited, "iam:GetUser", "*").await.unwrap();
        let err = state
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
        let state = state().await;
        let revoke = r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"DateLessThan":{"aws:TokenIssueTime":"2023-11-14T22:00:00Z"}}}}"#;
        state
            .store()
            .put_inline_policy(
                account(),
                PolicyOwner::Role("ops"),
                "AWSRevokeOlderSessions",
                revoke,
            )
            .await
            .unwrap();
        let old = ctx(role_session(None, 1_699_990_000));
        assert!(state.authorize(&old, "iam:ListUsers", "*").await.is_err());
        let new = ctx(role_session(None, 1_700_000_000));
        state.authorize(&new, "iam:ListUsers", "*").await.unwrap();
    }

    #[tokio::test]
    async fn federated_users_without_session_policy_may_do_nothing() {
        let state = state().await;
        state
            .store()
            .put_inline_policy(account(), PolicyOwner::User("bob"), "p", &allow("iam:*"))
            .await
            .unwrap();
        let mut claims = match role_session(None, 1_700_000_000) {
            Principal::Session(claims) => claims,
            _ => panic!("a role session"),
        };
        claims.principal = SessionPrincipal::FederatedUser {
            name: "fed".into(),
            user_name: Some("bob".into()),
            user_id: Some("AIDAEXAMPLEUSER00001".into()),
        };
        let none = ctx(Principal::Session(claims.clone()));
        assert!(state.authorize(&none, "iam:ListUsers", "*").await.is_err());
        claims.session_policy = Some(allow("iam:List*"));
        let some = ctx(Principal::Session(claims));
        state.authorize(&some, "iam:ListUsers", "*").await.unwrap();
        assert!(state.authorize(&some, "iam:GetUser", "*").await.is_err());
    }

    #[tokio::test]
    async fn aws_managed_policies_come_from_the_catalogue() {
        let state = state().await;
        state
            .store()
            .attach_policy(
                account(),
                PolicyOwner::User("bob"),
                "arn:aws:iam::aws:policy/IAMReadOnlyAccess",
            )
            .await
            .unwrap();
        let user = ctx(bob());
        state.authorize(&user, "iam:ListUsers", "*").await.unwrap();
        assert!(state.authorize(&user, "iam:CreateUser", "*").await.is_err());
    }

    const LIST_ONLY: &str = "arn:aws:iam::111122223333:policy/ListOnly";

    async fn create_list_only(state: &State) {
        state
            .store()
            .create_policy(
                account(),
                NewManagedPolicy {
                    id: "ANPAEXAMPLEPOLICY001".into(),
                    arn: LIST_ONLY.into(),
                    name: "ListOnly".into(),
                    path: "/".into(),
                    description: None,
                    document: allow("iam:ListUsers"),
                    created: now(),
                    tags: vec![],
                },
            )
            .await
            .unwrap();
    }

    fn claims_of(principal: Principal) -> Box<SessionClaims> {
        match principal {
            Principal::Session(claims) => claims,
            _ => panic!("a role session"),
        }
    }

    fn denial(err: &Error) -> &str {
        assert_eq!(
            (err.code.as_str(), err.status()),
            ("AccessDenied", 403),
            "{err:?}"
        );
        &err.message
    }

    async fn recreate_role(state: &State, id: &str) {
        let store = state.store();
        store
            .delete_inline_policy(account(), PolicyOwner::Role("ops"), "all")
            .await
            .unwrap();
        store
            .delete::<gatehouse_store::Role>(account(), "ops")
            .await
            .unwrap();
        create_ops(store, id).await;
    }

    /// The repro: a managed session policy deleted after the session was issued must not
    /// widen the session to the role's permissions.
    #[tokio::test]
    async fn a_deleted_session_policy_leaves_the_session_nothing() {
        let state = state().await;
        create_list_only(&state).await;
        let mut claims = claims_of(role_session(None, 1_699_999_000));
        claims.policy_arns = vec![LIST_ONLY.into()];
        let session = ctx(Principal::Session(claims));
        state
            .authorize(&session, "iam:ListUsers", "*")
            .await
            .unwrap();
        let err = state
            .authorize(&session, "iam:CreateUser", "*")
            .await
            .unwrap_err();
        assert!(
            denial(&err).ends_with("because no session policy allows the iam:CreateUser action")
        );
        state
            .store()
            .delete_policy(account(), LIST_ONLY)
            .await
            .unwrap();
        for action in ["iam:CreateUser", "iam:ListUsers"] {
            let err = state.authorize(&session, action, "*").await.unwrap_err();
            assert_eq!(
                denial(&err),
                format!(
                    "User: arn:aws:sts::111122223333:assumed-role/ops/s1 is not authorized to perform: {action} on resource: * because the session policy {LIST_ONLY} no longer exists"
                )
            );
        }
    }

    #[tokio::test]
    async fn an_unreadable_session_policy_denies() {
        let state = state().await;
        let session = ctx(role_session(Some("{not json".into()), 1_699_999_000));
        let err = state
            .authorize(&session, "iam:ListUsers", "*")
            .await
            .unwrap_err();
        assert!(denial(&err).ends_with(" because the session policy cannot be read"));
    }

    #[tokio::test]
    async fn a_session_does_not_outlive_its_role() {
        let state = state().await;
        let old = ctx(role_session(None, 1_699_999_000));
        state.authorize(&old, "iam:ListUsers", "*").await.unwrap();
        recreate_role(&state, "AROAEXAMPLEROLE00002").await;
        let err = state
            .authorize(&old, "iam:ListUsers", "*")
            .await
            .unwrap_err();
        assert!(
            denial(&err).ends_with(
                " because the role ops that this session was issued for no longer exists"
            ),
            "{}",
            err.message
        );
        // The identity loaded for the new role serves its own sessions.
        let mut claims = claims_of(role_session(None, 1_699_999_000));
        claims.principal = SessionPrincipal::AssumedRole {
            role_id: "AROAEXAMPLEROLE00002".into(),
            role_name: "ops".into(),
            role_path: "/".into(),
            session_name: "s1".into(),
        };
        let new = ctx(Principal::Session(claims));
        state.authorize(&new, "iam:ListUsers", "*").await.unwrap();
        // And the old session stays refused with the new identity cached.
        assert!(state.authorize(&old, "iam:ListUsers", "*").await.is_err());
    }

    #[tokio::test]
    async fn a_session_of_a_deleted_role_is_refused() {
        let state = state().await;
        let session = ctx(role_session(None, 1_699_999_000));
        state
            .store()
            .delete_inline_policy(account(), PolicyOwner::Role("ops"), "all")
            .await
            .unwrap();
        state
            .store()
            .delete::<gatehouse_store::Role>(account(), "ops")
            .await
            .unwrap();
        let identity = state.identity(session.caller.principal()).await.unwrap();
        assert!(identity.policy_set().is_err());
    }

    /// Sessions and keys of a user act for that user's unique id, not for whoever has its
    /// name now.
    #[tokio::test]
    async fn credentials_do_not_outlive_their_user() {
        let state = state().await;
        let store = state.store();
        store
            .put_inline_policy(account(), PolicyOwner::User("bob"), "p", &allow("iam:*"))
            .await
            .unwrap();
        let user_session = {
            let mut claims = claims_of(role_session(None, 1_699_999_000));
            claims.principal = SessionPrincipal::User {
                user_id: "AIDAEXAMPLEUSER00001".into(),
                user_name: "bob".into(),
                user_path: "/".into(),
            };
            ctx(Principal::Session(claims))
        };
        let federated = |user_id: Option<&str>| {
            let mut claims = claims_of(role_session(Some(allow("iam:*")), 1_699_999_000));
            claims.principal = SessionPrincipal::FederatedUser {
                name: "fed".into(),
                user_name: Some("bob".into()),
                user_id: user_id.map(str::to_owned),
            };
            ctx(Principal::Session(claims))
        };
        for caller in [
            ctx(bob()),
            user_session.clone(),
            federated(Some("AIDAEXAMPLEUSER00001")),
        ] {
            state
                .authorize(&caller, "iam:ListUsers", "*")
                .await
                .unwrap();
        }
        // A federated session that does not say which user it acts for is refused.
        let err = state
            .authorize(&federated(None), "iam:ListUsers", "*")
            .await
            .unwrap_err();
        assert!(denial(&err).contains(" because this session does not name the unique id"));

        store
            .delete_inline_policy(account(), PolicyOwner::User("bob"), "p")
            .await
            .unwrap();
        store
            .delete::<gatehouse_store::User>(account(), "bob")
            .await
            .unwrap();
        create_bob(store, "AIDAEXAMPLEUSER00002", vec![]).await;
        store
            .put_inline_policy(account(), PolicyOwner::User("bob"), "p", &allow("iam:*"))
            .await
            .unwrap();
        for caller in [
            ctx(bob()),
            user_session,
            federated(Some("AIDAEXAMPLEUSER00001")),
        ] {
            let err = state
                .authorize(&caller, "iam:ListUsers", "*")
                .await
                .unwrap_err();
            assert!(
                denial(&err).ends_with(
                    " because the user bob that these credentials belong to no longer exists"
                ),
                "{}",
                err.message
            );
        }
    }

    /// A stored identity policy that cannot be compiled may have been a Deny, and a missing
    /// attached or boundary policy may have held one or limited the user: nothing is decided
    /// without them.
    #[tokio::test]
    async fn an_unreadable_or_missing_identity_policy_denies_everything() {
        const MISSING: &str = "arn:aws:iam::aws:policy/NoSuchPolicyInTheCatalogue";
        enum Damage {
            UnreadableInline,
            MissingBoundary,
            MissingAttached,
        }
        let cases = [
            (
                Damage::UnreadableInline,
                " because the inline policy broken of the user arn:aws:iam::111122223333:user/bob cannot be read".to_owned(),
            ),
            (
                Damage::MissingBoundary,
                format!(" because the permissions boundary {MISSING} does not exist"),
            ),
            (
                Damage::MissingAttached,
                format!(" because the policy {MISSING} does not exist"),
            ),
        ];
        for (damage, reason) in cases {
            let state = state().await;
            let user = ctx(bob());
            let store = state.store();
            store
                .put_inline_policy(account(), PolicyOwner::User("bob"), "p", &allow("iam:*"))
                .await
                .unwrap();
            state.authorize(&user, "iam:ListUsers", "*").await.unwrap();
            match damage {
                Damage::UnreadableInline => store
                    .put_inline_policy(
                        account(),
                        PolicyOwner::User("bob"),
                        "broken",
                        r#"{"Statement": 7}"#,
                    )
                    .await
                    .unwrap(),
                Damage::MissingBoundary => store
                    .set_permissions_boundary::<gatehouse_store::User>(
                        account(),
                        "bob",
                        Some(MISSING),
                    )
                    .await
                    .unwrap(),
                Damage::MissingAttached => store
                    .attach_policy(account(), PolicyOwner::User("bob"), MISSING)
                    .await
                    .unwrap(),
            }
            let err = state
                .authorize(&user, "iam:ListUsers", "*")
                .await
                .unwrap_err();
            assert!(denial(&err).ends_with(&reason), "{}", err.message);
        }
    }

    const OPS: &str = "arn:aws:iam::111122223333:role/ops";
    const PROVIDER: &str = "arn:aws:iam::111122223333:oidc-provider/idp.example";

    fn provider_principal() -> PrincipalInfo {
        PrincipalInfo {
            arn: PROVIDER.into(),
            account: ACCT.into(),
            unique_id: None,
            kind: gatehouse_policy::PrincipalKind::WebIdentity {
                provider: PROVIDER.into(),
            },
        }
    }

    fn assume<'a>(
        requester: Requester<'a>,
        actions: &'a [&'a str],
        trust_policy: &'a str,
        keys: &'a ContextKeys,
    ) -> Authorization<'a> {
        Authorization {
            requester,
            actions,
            resource: OPS,
            keys,
            trust_policy: Some(trust_policy),
        }
    }

    /// The seam decides a caller's AssumeRole with its identity policy and the trust policy,
    /// reporting the first denied action with the request it evaluated.
    #[tokio::test]
    async fn a_caller_is_decided_with_its_policies_and_the_trust_policy() {
        let state = state().await;
        let keys = ContextKeys::new();
        let trust = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/bob"},"Action":"sts:AssumeRole"}}"#;
        let user = ctx(bob());
        let actions = ["sts:AssumeRole", "sts:TagSession"];
        let denial = state
            .decide(&user, &assume(Requester::Caller, &actions, trust, &keys))
            .await
            .unwrap()
            .unwrap_err();
        assert_eq!(denial.action, "sts:TagSession");
        assert_eq!(denial.request.action, "sts:TagSession");
        assert_eq!(
            denial.decision.map(|d| d.effect),
            Some(EvalDecision::ImplicitDeny)
        );
        state
            .decide(
                &user,
                &assume(Requester::Caller, &actions[..1], trust, &keys),
            )
            .await
            .unwrap()
            .unwrap();
    }

    /// Asking about no action allows nothing.
    #[tokio::test]
    async fn no_action_is_no_permission() {
        let state = state().await;
        let keys = ContextKeys::new();
        let root = ctx(Principal::Root { account: account() });
        let ask = Authorization {
            requester: Requester::Caller,
            actions: &[],
            resource: "*",
            keys: &keys,
            trust_policy: None,
        };
        let denial = state.decide(&root, &ask).await.unwrap().unwrap_err();
        assert!(denial.decision.is_none());
    }

    /// A federated principal has no identity policies: the trust policy alone decides, and one
    /// that cannot be compiled allows no one and says so.
    #[tokio::test]
    async fn a_federated_principal_is_decided_by_the_trust_policy_alone() {
        let state = state().await;
        let keys = ContextKeys::new();
        let principal = provider_principal();
        let anonymous = ctx(Principal::Anonymous);
        let action = ["sts:AssumeRoleWithWebIdentity"];
        let trust = format!(
            r#"{{"Version":"2012-10-17","Statement":{{"Effect":"Allow","Principal":{{"Federated":"{PROVIDER}"}},"Action":"sts:AssumeRoleWithWebIdentity"}}}}"#
        );
        let federated = Requester::Federated(&principal);
        state
            .decide(&anonymous, &assume(federated, &action, &trust, &keys))
            .await
            .unwrap()
            .unwrap();
        // The same caller without the provider's principal is anonymous and refused.
        let denial = state
            .decide(
                &anonymous,
                &assume(Requester::Caller, &action, &trust, &keys),
            )
            .await
            .unwrap()
            .unwrap_err();
        assert!(denial.decision.is_none());
        let denial = state
            .decide(&anonymous, &assume(federated, &action, "{not json", &keys))
            .await
            .unwrap()
            .unwrap_err();
        assert!(denial.decision.is_none());
        assert_eq!(
            denial.reason,
            format!(" because the trust policy of {OPS} cannot be read")
        );
    }
}
