//! Authentication: from a signed (or unsigned) HTTP request to the [`Principal`] it acts as.
//!
//! The order of checks is AWS's: the credential scope's service and region come first
//! ([`scope`], for every signed request in both modes), then the access key is looked
//! up (unknown → `InvalidClientTokenId`), a temporary key's session token is opened (forged or
//! foreign → `InvalidClientTokenId`, expired → `ExpiredToken`), and only then is the signature
//! checked (`SignatureDoesNotMatch`). Lenient mode lets unsigned requests and keys gatehouse never issued
//! act as an account's root; a key gatehouse did issue is always verified.

use gatehouse_error::{Error, ErrorCode};
use gatehouse_sigv4::{HttpRequest, SignedClaim, Verified};
use gatehouse_store::{AccessKey, AccessKeyStatus, KeyHolder};
use gatehouse_token::{AccountId, SessionClaims};
use time::OffsetDateTime;

pub mod scope;
mod signing_keys;

pub use scope::Endpoint;

use crate::config::{BUILTIN_ACCESS_KEY, Mode};
use crate::{Principal, State, usage};

/// How the caller proved who it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A long-term access key, its signature verified.
    LongTerm(Verified),
    /// Temporary credentials issued by gatehouse: token opened, signature verified.
    Temporary(Verified),
    /// Lenient mode only: a key gatehouse never issued, or none at all, accepted as an
    /// account's root without checking a signature.
    Unverified {
        /// The key id the request named, if any.
        access_key_id: Option<String>,
    },
    /// The operation needs no credentials (AssumeRoleWithWebIdentity, AssumeRoleWithSAML):
    /// the caller is anonymous.
    NotRequired,
    /// No request: the operator of this instance, acting as an account's root (applying the
    /// `--init` seed).
    Operator,
}

/// An authenticated caller: who a request acts as, and how that was established.
///
/// Only authentication makes one ([`State::authenticate`]), besides [`Caller::operator`]
/// for the instance's own operator: an operation that takes a [`Context`](crate::Context)
/// cannot be reached with an identity nobody proved. Outside this crate, a caller cannot be
/// written down:
///
/// ```compile_fail
/// use gatehouse_core::{Caller, Credential, Principal};
/// let forged = Caller {
///     principal: Principal::Anonymous,
///     credential: Credential::NotRequired,
///     region: None,
/// };
/// ```
#[derive(Debug, Clone)]
pub struct Caller {
    principal: Principal,
    credential: Credential,
    region: Option<String>,
}

impl Caller {
    /// The operator of this instance acting as the root of `account`, as when it applies the
    /// seed given with `--init`. No request can carry this caller.
    pub fn operator(account: AccountId) -> Self {
        Caller {
            principal: Principal::Root { account },
            credential: Credential::Operator,
            region: None,
        }
    }

    /// Any principal, as tests and tools that call operations directly need, with `region` as
    /// the credential scope's region. Not in the server's build.
    #[cfg(any(test, feature = "test-support"))]
    pub fn unchecked(principal: Principal, region: Option<&str>) -> Self {
        Caller {
            principal,
            credential: Credential::NotRequired,
            region: region.map(str::to_owned),
        }
    }

    /// Who the request acts as.
    pub fn principal(&self) -> &Principal {
        &self.principal
    }

    /// How that was established.
    pub fn credential(&self) -> &Credential {
        &self.credential
    }

    /// The region of the credential scope, when the request was signed.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }
}

/// Facts about the HTTP request that policies can test (`aws:SourceIp`, …).
#[derive(Debug, Clone)]
pub struct RequestInfo {
    /// The id echoed in the response and `x-amzn-RequestId`.
    pub request_id: String,
    /// The client's address.
    pub source_ip: Option<std::net::IpAddr>,
    /// Whether the request came over TLS.
    pub secure_transport: bool,
    /// The `User-Agent` header.
    pub user_agent: Option<String>,
    /// The `Host` header: where the client reached gatehouse (outbound federation builds its
    /// issuer URL from it).
    pub host: Option<String>,
}

fn invalid_client_token_id() -> Error {
    Error::new(
        ErrorCode::InvalidClientTokenId,
        "The security token included in the request is invalid.",
    )
}

fn expired_token() -> Error {
    Error::new(
        ErrorCode::ExpiredToken,
        "The security token included in the request is expired",
    )
}

fn missing_authentication_token() -> Error {
    Error::new(
        ErrorCode::MissingAuthenticationToken,
        "Request is missing Authentication Token",
    )
}

fn signature_error(err: gatehouse_sigv4::SigV4Error) -> Error {
    let code = match err.code() {
        "IncompleteSignature" => ErrorCode::IncompleteSignature,
        _ => ErrorCode::SignatureDoesNotMatch,
    };
    Error::new(code, err.to_string())
}

/// The prefix of every session token gatehouse seals (base64 of its magic and version).
const OWN_TOKEN_PREFIX: &str = "R0gB";

/// Whether `access_key_id` is one of the lenient-mode stand-ins (the built-in key, or a
/// 12-digit account id), which no `CreateAccessKey` ever returns: access keys gatehouse
/// issues are `AKIA`/`ASIA` and 20 characters long. Lenient mode answers these as the
/// account's root without a store lookup.
fn is_lenient_alias(access_key_id: &str) -> bool {
    access_key_id == BUILTIN_ACCESS_KEY || AccountId::parse(access_key_id).is_some()
}

impl State {
    /// Resolves the caller of `request`, which `endpoint` answers. `credentials_required` is
    /// false for the operations AWS serves unsigned; their signature, if any, is ignored as AWS
    /// does. A signed request's credential scope must name `endpoint` and a region gatehouse
    /// serves ([`scope`]), in both modes and before the key is looked at.
    pub async fn authenticate(
        &self,
        request: &HttpRequest<'_>,
        endpoint: scope::Endpoint,
        credentials_required: bool,
    ) -> Result<Caller, Error> {
        if !credentials_required {
            return Ok(Caller {
                principal: Principal::Anonymous,
                credential: Credential::NotRequired,
                region: None,
            });
        }
        let Some(claim) = gatehouse_sigv4::parse(request).map_err(signature_error)? else {
            return match self.config.mode {
                Mode::Lenient => Ok(self.lenient_root(None, None)),
                Mode::Strict => Err(missing_authentication_token()),
            };
        };
        scope::check(&claim, endpoint, self.config.partition)?;
        let now = self.clock.now();
        if let Some(token) = claim.security_token.as_deref()
            && (token.starts_with(OWN_TOKEN_PREFIX) || self.config.mode == Mode::Strict)
        {
            return self.authenticate_session(request, &claim, token, now);
        }
        if self.config.mode == Mode::Lenient && is_lenient_alias(&claim.access_key_id) {
            return Ok(self.lenient_root(Some(&claim.access_key_id), Some(&claim.region)));
        }
        let record = self
            .access_key(&claim.access_key_id)
            .await
            .map_err(crate::error::store_failure)?;
        if let Some(record) = record {
            if record.status != AccessKeyStatus::Active {
                return Err(invalid_client_token_id());
            }
            let account = record.account;
            let verified = self.verify(request, &claim, record.secret.expose(), now)?;
            self.note_key_used(&record, &claim, now);
            let principal = match &record.holder {
                KeyHolder::User { id, name, path } => Principal::User {
                    account,
                    user_id: id.clone(),
                    user_name: name.clone(),
                    path: path.clone(),
                },
                KeyHolder::Root => Principal::Root { account },
            };
            return Ok(Caller {
                principal,
                credential: Credential::LongTerm(verified),
                region: Some(claim.region.clone()),
            });
        }
        // Strict mode has no well-known key: `test` is unknown like any key never issued.
        match self.config.mode {
            Mode::Lenient => Ok(self.lenient_root(Some(&claim.access_key_id), Some(&claim.region))),
            Mode::Strict => Err(invalid_client_token_id()),
        }
    }

    fn authenticate_session(
        &self,
        request: &HttpRequest<'_>,
        claim: &SignedClaim,
        token: &str,
        now: OffsetDateTime,
    ) -> Result<Caller, Error> {
        let claims: SessionClaims = self
            .keyring
            .open(token)
            .map_err(|_| invalid_client_token_id())?;
        if claims.access_key_id != claim.access_key_id {
            return Err(invalid_client_token_id());
        }
        if now.unix_timestamp() >= claims.expires_at {
            return Err(expired_token());
        }
        let verified = self.verify(request, claim, claims.secret_access_key.expose(), now)?;
        Ok(Caller {
            principal: Principal::Session(Box::new(claims)),
            credential: Credential::Temporary(verified),
            region: Some(claim.region.clone()),
        })
    }

    /// Records when, where and for what service a long-term key was last used (see
    /// [`crate::usage`]).
    fn note_key_used(&self, record: &AccessKey, claim: &SignedClaim, now: OffsetDateTime) {
        if usage::is_fresh(record.last_used.as_ref().map(|used| used.date), now) {
            return;
        }
        let store = self.store.clone();
        let (id, state, region) = (
            record.id.clone(),
            claim.service.clone(),
            claim.region.clone(),
        );
        usage::spawn_record("access key use", async move {
            store
                .record_access_key_used(&id, now, &state, &region)
                .await
        });
    }

    fn verify(
        &self,
        request: &HttpRequest<'_>,
        claim: &SignedClaim,
        secret: &str,
        now: OffsetDateTime,
    ) -> Result<Verified, Error> {
        signing_keys::with_signing_key(secret, claim, |key| {
            gatehouse_sigv4::verify(request, claim, key, now)
        })
        .map_err(signature_error)
    }

    /// Lenient mode: the root of the account a 12-digit key id names, else of the default account.
    fn lenient_root(&self, access_key_id: Option<&str>, region: Option<&str>) -> Caller {
        let account = access_key_id
            .and_then(AccountId::parse)
            .unwrap_or(self.config.default_account);
        Caller {
            principal: Principal::Root { account },
            credential: Credential::Unverified {
                access_key_id: access_key_id.map(str::to_owned),
            },
            region: region.map(str::to_owned),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lenient_aliases_are_the_builtin_key_and_account_ids() {
        assert!(is_lenient_alias(BUILTIN_ACCESS_KEY));
        assert!(is_lenient_alias("111122223333"));
        assert!(!is_lenient_alias("11112222333"));
        assert!(!is_lenient_alias("1111222233334"));
        assert!(!is_lenient_alias("AKIAIOSFODNN7EXAMPLE"));
        assert!(!is_lenient_alias("ASIAIOSFODNN7EXAMPLE"));
        assert!(!is_lenient_alias("Test"));
        assert!(!is_lenient_alias(""));
    }
}
