//! What every operation works with: the caller's account, the store, the time, the mode.

use gatehouse_core::{Context, Mode, Principal, State};
use gatehouse_store::{KeyOwner, Store};
use gatehouse_token::{AccountId, Partition, SessionPrincipal};
use time::OffsetDateTime;

use crate::error::{IamError, Result};

/// One request's view of the service: every entity it touches lives in `account`.
pub(crate) struct Scope<'a> {
    /// The IAM state.
    pub store: &'a Store,
    /// The caller's account.
    pub account: AccountId,
    /// When the request is served.
    pub now: OffsetDateTime,
    /// Lenient or strict.
    pub mode: Mode,
    /// The partition the endpoint stands for: every ARN it writes is of it.
    pub partition: Partition,
    /// Who is calling.
    pub principal: &'a Principal,
}

/// The identity that a request without `UserName` acts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Myself {
    /// The account root.
    Root,
    /// An IAM user, by name.
    User(String),
}

impl Myself {
    /// Whose access keys this is.
    pub fn key_owner(&self) -> KeyOwner<'_> {
        match self {
            Myself::Root => KeyOwner::Root,
            Myself::User(name) => KeyOwner::User(name),
        }
    }
}

impl<'a> Scope<'a> {
    /// The scope of a request; anonymous callers have no account and may call no IAM operation.
    pub fn new(state: &'a State, ctx: &'a Context) -> Result<Self> {
        let principal = ctx.caller.principal();
        let account = principal.account().ok_or_else(|| {
            IamError::Denied(gatehouse_error::Error::new(
                gatehouse_error::ErrorCode::MissingAuthenticationToken,
                "Request is missing Authentication Token",
            ))
        })?;
        Ok(Scope {
            store: state.store(),
            account,
            now: ctx.now,
            mode: state.config().mode,
            partition: state.config().partition,
            principal,
        })
    }

    /// The caller's account, as the store takes it.
    pub fn acct(&self) -> AccountId {
        self.account
    }

    /// The user or root that `user_name` names, or the caller when it is absent.
    pub fn user_or_myself(&self, user_name: Option<String>) -> Result<Myself> {
        if let Some(name) = user_name {
            return Ok(Myself::User(name));
        }
        match self.principal {
            Principal::Root { .. } => Ok(Myself::Root),
            Principal::User { user_name, .. } => Ok(Myself::User(user_name.clone())),
            Principal::Session(claims) => match &claims.principal {
                SessionPrincipal::Root => Ok(Myself::Root),
                SessionPrincipal::User { user_name, .. } => Ok(Myself::User(user_name.clone())),
                _ => Err(IamError::Denied(gatehouse_error::Error::new(
                    gatehouse_error::ErrorCode::ValidationError,
                    "Must specify userName when calling with non-User credentials",
                ))),
            },
            Principal::Anonymous => Err(IamError::Denied(gatehouse_error::Error::new(
                gatehouse_error::ErrorCode::MissingAuthenticationToken,
                "Request is missing Authentication Token",
            ))),
        }
    }
}
