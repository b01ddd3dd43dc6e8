//! Who a request acts as.

use gatehouse_error::{Error, ErrorCode};
use gatehouse_token::{AccountId, Partition, SessionClaims, SessionPrincipal, arn};

/// The identity behind a request, resolved by authentication.
#[derive(Debug, Clone)]
pub enum Principal {
    /// The root user of an account (its long-term keys, or `test` / lenient defaults).
    Root {
        /// The account.
        account: AccountId,
    },
    /// An IAM user signing with one of its long-term access keys.
    User {
        /// The user's account.
        account: AccountId,
        /// The user's unique id (`AIDA…`).
        user_id: String,
        /// The user's name.
        user_name: String,
        /// The user's path.
        path: String,
    },
    /// Temporary credentials issued by gatehouse.
    Session(Box<SessionClaims>),
    /// No credentials: the unsigned federation operations.
    Anonymous,
}

impl Principal {
    /// The account the principal acts in; `None` for anonymous callers.
    pub fn account(&self) -> Option<AccountId> {
        match self {
            Principal::Root { account } | Principal::User { account, .. } => Some(*account),
            Principal::Session(claims) => Some(claims.account),
            Principal::Anonymous => None,
        }
    }

    /// The ARN GetCallerIdentity reports (for role sessions, the assumed-role session ARN), in
    /// `partition`.
    pub fn arn(&self, partition: Partition) -> String {
        match self {
            Principal::Root { account } => arn::root(partition, *account),
            Principal::User {
                account,
                user_name,
                path,
                ..
            } => arn::user(partition, *account, path, user_name),
            Principal::Session(claims) => match &claims.principal {
                SessionPrincipal::AssumedRole {
                    role_name,
                    session_name,
                    ..
                } => arn::assumed_role(partition, claims.account, role_name, session_name),
                SessionPrincipal::FederatedUser { name, .. } => {
                    arn::federated_user(partition, claims.account, name)
                }
                SessionPrincipal::User {
                    user_name,
                    user_path,
                    ..
                } => arn::user(partition, claims.account, user_path, user_name),
                SessionPrincipal::Root => arn::root(partition, claims.account),
            },
            Principal::Anonymous => "anonymous".to_owned(),
        }
    }

    /// The `UserId` of GetCallerIdentity, which is also `aws:userid` (IAM User Guide, §2.7 of the reference).
    pub fn user_id(&self) -> String {
        match self {
            Principal::Root { account } => account.to_string(),
            Principal::User { user_id, .. } => user_id.clone(),
            Principal::Session(claims) => match &claims.principal {
                SessionPrincipal::AssumedRole {
                    role_id,
                    session_name,
                    ..
                } => format!("{role_id}:{session_name}"),
                SessionPrincipal::FederatedUser { name, .. } => {
                    format!("{}:{name}", claims.account)
                }
                SessionPrincipal::User { user_id, .. } => user_id.clone(),
                SessionPrincipal::Root => claims.account.to_string(),
            },
            Principal::Anonymous => "anonymous".to_owned(),
        }
    }

    /// Whether the principal is an account's root (long-term or a root session).
    pub fn is_root(&self) -> bool {
        match self {
            Principal::Root { .. } => true,
            Principal::Session(claims) => matches!(claims.principal, SessionPrincipal::Root),
            _ => false,
        }
    }

    /// Refuses what GetSessionToken and GetFederationToken credentials may not do, as AWS
    /// does, before the operation runs: IAM answers `InvalidClientTokenId` to a
    /// GetSessionToken session without MFA and to every federated user; of STS, a
    /// GetSessionToken session may call only AssumeRole and GetCallerIdentity, a federated user
    /// only GetCallerIdentity. `iam` tells which service `action` (an operation name) is of.
    ///
    /// # Errors
    /// The error AWS answers the refused call with.
    pub fn check_session_scope(&self, iam: bool, action: &str) -> Result<(), Error> {
        let Principal::Session(claims) = self else {
            return Ok(());
        };
        let (token_session, federated) = match claims.principal {
            SessionPrincipal::User { .. } | SessionPrincipal::Root => (true, false),
            SessionPrincipal::FederatedUser { .. } => (false, true),
            SessionPrincipal::AssumedRole { .. } => return Ok(()),
        };
        if iam {
            let with_mfa = token_session && claims.mfa_authenticated_at.is_some();
            return if with_mfa {
                Ok(())
            } else {
                Err(Error::new(
                    ErrorCode::InvalidClientTokenId,
                    "The security token included in the request is invalid",
                ))
            };
        }
        let allowed = action == "GetCallerIdentity" || (token_session && action == "AssumeRole");
        // Federated users calling AssumeRole get the AccessDenied of AssumeRole itself.
        if allowed || (federated && action == "AssumeRole") {
            Ok(())
        } else {
            Err(Error::new(
                ErrorCode::AccessDenied,
                format!("Cannot call {action} with session credentials"),
            ))
        }
    }
}
