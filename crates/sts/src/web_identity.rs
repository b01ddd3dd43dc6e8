//! AssumeRoleWithWebIdentity: an OpenID Connect ID token, verified against the IAM OIDC
//! provider of the role's account, exchanged for role credentials.
//!
//! The pieces both IdP-federated operations share (the target role, the trust-policy check
//! with a `Federated` principal, and the session they issue) live here too, and
//! [`crate::saml`] uses them.

use std::sync::{Arc, OnceLock};

use gatehouse_core::authorization::{Authorization, Requester};
use gatehouse_core::error::store_failure;
use gatehouse_core::{Context, Mode, State};
use gatehouse_error::{Error, ErrorCode};
use gatehouse_federation::{
    HttpJwksFetcher, OidcProvider, OidcVerifier, provider_host_path, unverified_issuer,
};
use gatehouse_policy::{ContextKeys, PrincipalInfo, PrincipalKind};
use gatehouse_protocol::sts::{
    AssumeRoleWithWebIdentityRequest, AssumeRoleWithWebIdentityResponse, AssumedRoleUser,
    PolicyDescriptorType, Tag, errors,
};
use gatehouse_store::Role;
use gatehouse_token::AccountId;
use gatehouse_token::SessionPrincipal;
use gatehouse_token::arn;
use time::OffsetDateTime;

use crate::error::{Result, StsError};
use crate::role_arn::{parse_role_arn, stored_role};
use crate::session::{self, IssuedCredentials};

/// The action of AssumeRoleWithWebIdentity.
const ACTION: &str = "sts:AssumeRoleWithWebIdentity";
/// The session duration when `DurationSeconds` is absent.
const DEFAULT_DURATION_SECONDS: i64 = 3600;
/// Session tags per session.
const MAX_SESSION_TAGS: usize = 50;
/// Web-identity keys that stay available to requests made with the session.
const SURVIVING_OIDC_KEYS: [&str; 4] = ["aud", "sub", "amr", "id"];

/// The one verifier, shared by every request so that its JWKS cache is too.
static VERIFIER: OnceLock<OidcVerifier<HttpJwksFetcher>> = OnceLock::new();

fn verifier() -> Result<&'static OidcVerifier<HttpJwksFetcher>> {
    if let Some(verifier) = VERIFIER.get() {
        return Ok(verifier);
    }
    let verifier = OidcVerifier::new(HttpJwksFetcher::new().map_err(federation_error)?);
    Ok(VERIFIER.get_or_init(|| verifier))
}

/// A verification failure as the AWS error it stands for.
pub(crate) fn federation_error(error: gatehouse_federation::Error) -> StsError {
    // Every code the verifiers answer is one of AWS's (the test below checks each).
    let code = ErrorCode::from_code(error.code()).unwrap_or(ErrorCode::InternalFailure);
    StsError::Aws(Error::new(code, error.to_string()).into())
}

/// AWS's refusal of an IdP-federated assume call.
pub(crate) fn not_authorized(action: &str) -> StsError {
    StsError::AccessDenied(format!("Not authorized to perform {action}"))
}

/// The role a federated call asks for.
pub(crate) struct TargetRole {
    /// The role's account.
    pub account: AccountId,
    /// The stored role.
    pub role: Arc<Role>,
    /// The role ARN as the caller gave it.
    pub arn: String,
}

/// Finds the role named by `role_arn`.
///
/// An ARN that names no IAM role (an identity provider's, a certificate's, or none at all) is
/// `ValidationError` "Request ARN is invalid", as users quote AWS answering when they passed a
/// provider or certificate ARN as `RoleArn` (physera/onelogin-aws-cli issue 12, 2017). A role of
/// another partition, or one that does not exist (at the ARN's path), is `AccessDenied` for
/// `action`, as AssumeRole answers.
pub(crate) async fn target_role(state: &State, role_arn: &str, action: &str) -> Result<TargetRole> {
    let partition = state.config().partition;
    let name = parse_role_arn(role_arn)
        .ok_or_else(|| StsError::Validation("Request ARN is invalid".to_owned()))?;
    if name.partition != partition.name() {
        return Err(not_authorized(action));
    }
    let Some(role) = stored_role(state, &name).await? else {
        return Err(not_authorized(action));
    };
    Ok(TargetRole {
        account: name.account,
        role,
        arn: role_arn.to_owned(),
    })
}

/// What an identity provider asserted, for the trust policy and the session.
pub(crate) struct FederatedIdentity {
    /// `sts:AssumeRoleWithWebIdentity` or `sts:AssumeRoleWithSAML`.
    pub action: &'static str,
    /// The caller as the policy engine sees it (`WebIdentity` or `Saml`, with the provider ARN).
    pub kind: PrincipalKind,
    /// The provider ARN: `aws:FederatedProvider` of the session.
    pub provider_arn: String,
    /// The provider's condition keys for the trust policy.
    pub condition_keys: Vec<(String, Vec<String>)>,
    /// The provider keys that stay with the session.
    pub surviving_keys: Vec<(String, Vec<String>)>,
    /// The session name.
    pub session_name: String,
    /// Session tags asserted by the provider.
    pub tags: Vec<(String, String)>,
    /// Keys of the tags that pass on to chained sessions.
    pub transitive_tag_keys: Vec<String>,
    /// The source identity asserted by the provider.
    pub source_identity: Option<String>,
}

/// Requires the role's trust policy to allow the federated caller the assume action, and
/// `sts:TagSession` / `sts:SetSourceIdentity` when the provider set tags / a source identity.
pub(crate) async fn authorize_trust(
    state: &State,
    ctx: &Context,
    target: &TargetRole,
    identity: &FederatedIdentity,
) -> Result<()> {
    validate_tags(&identity.tags)?;
    session::check_transitive_keys(&identity.tags, &identity.transitive_tag_keys)?;
    let mut keys = ContextKeys::new()
        .with_string("sts:RoleSessionName", identity.session_name.clone())
        .with_string("aws:FederatedProvider", identity.provider_arn.clone());
    for (key, values) in &identity.condition_keys {
        keys = keys.with_strings(key.clone(), values.clone());
    }
    if !identity.tags.is_empty() {
        for (key, value) in &identity.tags {
            keys = keys.with_string(format!("aws:RequestTag/{key}"), value.clone());
        }
        keys = keys.with_strings(
            "aws:TagKeys",
            identity.tags.iter().map(|(key, _)| key.clone()),
        );
    }
    if !identity.transitive_tag_keys.is_empty() {
        keys = keys.with_strings(
            "sts:TransitiveTagKeys",
            identity.transitive_tag_keys.iter().cloned(),
        );
    }
    if let Some(source) = &identity.source_identity {
        keys = keys.with_string("sts:SourceIdentity", source.clone());
    }
    let mut actions = vec![identity.action];
    if !identity.tags.is_empty() {
        actions.push("sts:TagSession");
    }
    if identity.source_identity.is_some() {
        actions.push("sts:SetSourceIdentity");
    }
    let principal = PrincipalInfo {
        arn: identity.provider_arn.clone(),
        account: target.account.to_string(),
        unique_id: None,
        kind: identity.kind.clone(),
    };
    let ask = Authorization {
        requester: Requester::Federated(&principal),
        actions: &actions,
        resource: &target.arn,
        keys: &keys,
        trust_policy: Some(&target.role.trust_policy),
    };
    // AWS names only the federated action, whichever of them was denied.
    match state.decide(ctx, &ask).await? {
        Ok(()) => Ok(()),
        Err(_) => Err(not_authorized(identity.action)),
    }
}

/// Tags asserted by a provider: at most 50, keys of 1 to 128 and values of at most 256
/// characters, keys unique regardless of case.
fn validate_tags(tags: &[(String, String)]) -> Result<()> {
    let too_long = tags.iter().any(|(key, value)| {
        key.is_empty() || key.chars().count() > 128 || value.chars().count() > 256
    });
    if tags.len() > MAX_SESSION_TAGS || too_long {
        return Err(StsError::InvalidParameter(format!(
            "Session tags must number at most {MAX_SESSION_TAGS}, with keys of 1 to 128 characters and values of at most 256 characters"
        )));
    }
    let as_request: Vec<Tag> = tags
        .iter()
        .map(|(key, value)| Tag {
            key: key.clone(),
            value: value.clone(),
        })
        .collect();
    session::session_tags(Some(as_request)).map(|_| ())
}

/// The session parameters a federated call asks for.
pub(crate) struct SessionRequest {
    /// `DurationSeconds`.
    pub duration_seconds: Option<i32>,
    /// Upper bound on the duration from the provider (SAML `SessionDuration`).
    pub provider_duration_seconds: Option<i64>,
    /// Latest expiry the provider allows (SAML `SessionNotOnOrAfter`).
    pub not_after: Option<OffsetDateTime>,
    /// The inline session policy.
    pub policy: Option<String>,
    /// Managed session policy ARNs.
    pub policy_arns: Option<Vec<PolicyDescriptorType>>,
    /// `MinimumSessionTokenSize`.
    pub minimum_token_size: Option<i32>,
}

/// Credentials issued for a federated role session.
pub(crate) struct IssuedSession {
    /// The credentials, with their token's size.
    pub issued: IssuedCredentials,
    /// The assumed-role user.
    pub assumed_role_user: AssumedRoleUser,
    /// Percent of the packed session-policy and tag limit used, when either was given.
    pub packed_policy_size: Option<i32>,
}

/// The session length: `DurationSeconds` (an hour by default, at most the role's maximum),
/// shortened by the provider's limits.
fn session_expiry(
    now: OffsetDateTime,
    role: &Role,
    request: &SessionRequest,
) -> Result<OffsetDateTime> {
    let requested = request
        .duration_seconds
        .map_or(DEFAULT_DURATION_SECONDS, i64::from);
    if requested > role.max_session_duration {
        return Err(StsError::Validation(
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role."
                .to_owned(),
        ));
    }
    let duration = request
        .provider_duration_seconds
        .map_or(requested, |limit| requested.min(limit));
    let expiry = now + time::Duration::seconds(duration);
    Ok(request.not_after.map_or(expiry, |limit| expiry.min(limit)))
}

/// Issues role-session credentials for `identity` on `target`.
pub(crate) async fn issue_session(
    state: &State,
    ctx: &Context,
    target: &TargetRole,
    identity: FederatedIdentity,
    request: SessionRequest,
) -> Result<IssuedSession> {
    let expires_at = session_expiry(ctx.now, &target.role, &request)?;
    let policies = session::session_policies(state, request.policy, request.policy_arns).await?;
    let packed = session::packed_policy_size(&policies, &identity.tags)?;
    let packed_policy_size = (!policies.is_empty() || !identity.tags.is_empty())
        .then(|| i32::try_from(packed).ok())
        .flatten();

    let role = &target.role;
    let duration = expires_at.unix_timestamp() - ctx.now.unix_timestamp();
    let mut claims = session::new_claims(
        target.account,
        SessionPrincipal::AssumedRole {
            role_id: role.id.clone(),
            role_name: role.name.clone(),
            role_path: role.path.clone(),
            session_name: identity.session_name.clone(),
        },
        ctx.now,
        duration,
    );
    claims.session_policy = policies.inline;
    claims.policy_arns = policies.arns;
    claims.tags = identity.tags;
    claims.transitive_tag_keys = identity.transitive_tag_keys;
    claims.source_identity = identity.source_identity;
    claims.federated_provider = Some(identity.provider_arn);
    claims.identity_keys = identity.surviving_keys;
    let issued = session::credentials(state, &claims, request.minimum_token_size)?;
    let partition = state.config().partition;
    let region = ctx.caller.region().unwrap_or(partition.iam_region());
    state.note_role_used(role, ctx.now, region);
    Ok(IssuedSession {
        issued,
        assumed_role_user: AssumedRoleUser {
            assumed_role_id: format!("{}:{}", role.id, identity.session_name),
            arn: arn::assumed_role(
                partition,
                target.account,
                &role.name,
                &identity.session_name,
            ),
        },
        packed_policy_size,
    })
}

/// The federation record of a stored OIDC provider. A URL stored without a scheme is
/// `https://`, except that lenient mode lets a loopback `http://` issuer keep its scheme.
fn oidc_record(state: &State, stored: gatehouse_store::OidcProvider, issuer: &str) -> OidcProvider {
    let has_scheme = stored.url.starts_with("https://") || stored.url.starts_with("http://");
    let url =
        if !has_scheme && state.config().mode == Mode::Lenient && issuer.starts_with("http://") {
            format!("http://{}", provider_host_path(&stored.url))
        } else {
            stored.url
        };
    OidcProvider {
        url,
        client_ids: stored.client_ids,
        thumbprints: stored.thumbprints,
    }
}

/// AssumeRoleWithWebIdentity.
pub(crate) async fn assume_role_with_web_identity(
    state: &State,
    ctx: &Context,
    input: AssumeRoleWithWebIdentityRequest,
) -> Result<AssumeRoleWithWebIdentityResponse> {
    let target = target_role(state, &input.role_arn, ACTION).await?;
    let issuer = unverified_issuer(&input.web_identity_token).map_err(federation_error)?;
    let host_path = provider_host_path(&issuer);
    let stored = state
        .store()
        .list_providers::<gatehouse_store::OidcProvider>(target.account)
        .await
        .map_err(store_failure)?
        .into_iter()
        .find(|provider| provider_host_path(&provider.url) == host_path)
        .ok_or_else(|| {
            StsError::Aws(errors::invalid_identity_token(format!(
                "No OpenIDConnect provider found in your account for {issuer}"
            )))
        })?;
    let provider_arn = stored.arn.clone();
    let record = oidc_record(state, stored, &issuer);
    let verified = verifier()?
        .verify(&input.web_identity_token, &record, ctx.now)
        .await
        .map_err(federation_error)?;

    let condition_keys = verified.condition_keys();
    let surviving_keys = condition_keys
        .iter()
        .filter(|(key, _)| {
            key.strip_prefix(verified.provider.as_str())
                .and_then(|rest| rest.strip_prefix(':'))
                .is_some_and(|claim| SURVIVING_OIDC_KEYS.contains(&claim))
        })
        .cloned()
        .collect();
    let identity = FederatedIdentity {
        action: ACTION,
        kind: PrincipalKind::WebIdentity {
            provider: provider_arn.clone(),
        },
        provider_arn: provider_arn.clone(),
        condition_keys,
        surviving_keys,
        session_name: input.role_session_name,
        tags: verified.principal_tags.clone(),
        transitive_tag_keys: verified.transitive_tag_keys.clone(),
        source_identity: verified.source_identity.clone(),
    };
    authorize_trust(state, ctx, &target, &identity).await?;
    let session = issue_session(
        state,
        ctx,
        &target,
        identity,
        SessionRequest {
            duration_seconds: input.duration_seconds,
            provider_duration_seconds: None,
            not_after: None,
            policy: input.policy,
            policy_arns: input.policy_arns,
            minimum_token_size: input.minimum_session_token_size,
        },
    )
    .await?;
    Ok(AssumeRoleWithWebIdentityResponse {
        credentials: Some(session.issued.credentials),
        session_token_size: session.issued.size,
        session_token_utilization: session.issued.utilization,
        subject_from_web_identity_token: Some(verified.subject),
        assumed_role_user: Some(session.assumed_role_user),
        packed_policy_size: session.packed_policy_size,
        provider: Some(provider_arn),
        audience: Some(verified.audience),
        source_identity: verified.source_identity,
        // Trusted identity propagation (IAM Identity Center) is not emulated.
        trusted_identity_propagation_context: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_protocol::AwsError;
    use time::macros::datetime;

    /// Each verifier error becomes the AWS error of the same code and status, never the
    /// fallback.
    #[test]
    fn federation_errors_keep_their_code_and_status() {
        use gatehouse_federation::Error as Federation;
        for error in [
            Federation::InvalidIdentityToken("m".into()),
            Federation::IdpRejectedClaim("m".into()),
            Federation::ExpiredToken("m".into()),
            Federation::IdpCommunication("m".into()),
            Federation::InvalidAuthenticationCode(gatehouse_federation::CodeRejection::Mismatch),
            Federation::Internal("m".into()),
        ] {
            let (code, status) = (error.code(), error.http_status());
            let aws = AwsError::from(federation_error(error));
            assert_eq!((aws.code.as_ref(), aws.status), (code, status));
        }
    }

    const NOW: OffsetDateTime = datetime!(2030-01-01 00:00:00 UTC);

    fn role(max_session_duration: i64) -> Role {
        Role {
            account: AccountId::parse("111122223333").unwrap(),
            id: "AROAEXAMPLE".into(),
            name: "r".into(),
            path: "/".into(),
            created: NOW,
            trust_policy: String::new(),
            description: None,
            max_session_duration,
            permissions_boundary: None,
            last_used: None,
            tags: Vec::new(),
        }
    }

    fn request(duration_seconds: Option<i32>) -> SessionRequest {
        SessionRequest {
            duration_seconds,
            provider_duration_seconds: None,
            not_after: None,
            policy: None,
            policy_arns: None,
            minimum_token_size: None,
        }
    }

    #[test]
    fn durations_follow_the_role_and_the_provider() {
        let hour = role(3600);
        assert_eq!(
            session_expiry(NOW, &hour, &request(None)).unwrap(),
            NOW + time::Duration::hours(1)
        );
        let error = session_expiry(NOW, &hour, &request(Some(7200))).unwrap_err();
        assert_eq!(AwsError::from(error).code, "ValidationError");
        let mut limited = request(Some(3600));
        limited.provider_duration_seconds = Some(1800);
        assert_eq!(
            session_expiry(NOW, &hour, &limited).unwrap(),
            NOW + time::Duration::minutes(30)
        );
        limited.not_after = Some(NOW + time::Duration::minutes(10));
        assert_eq!(
            session_expiry(NOW, &hour, &limited).unwrap(),
            NOW + time::Duration::minutes(10)
        );
    }

    #[test]
    fn tags_are_bounded_and_unique() {
        assert!(validate_tags(&[("k".into(), "v".into())]).is_ok());
        assert!(validate_tags(&[(String::new(), "v".into())]).is_err());
        assert!(validate_tags(&[("k".repeat(129), "v".into())]).is_err());
        assert!(validate_tags(&[("k".into(), "v".into()), ("K".into(), "w".into())]).is_err());
        let many: Vec<_> = (0..51).map(|i| (format!("k{i}"), String::new())).collect();
        assert!(validate_tags(&many).is_err());
    }

    #[test]
    fn errors_carry_aws_codes() {
        let error = AwsError::from(not_authorized(ACTION));
        assert_eq!(error.code, "AccessDenied");
        assert_eq!(error.status, 403);
        assert_eq!(
            error.message,
            "Not authorized to perform sts:AssumeRoleWithWebIdentity"
        );
        let error = AwsError::from(federation_error(gatehouse_federation::Error::ExpiredToken(
            "x".into(),
        )));
        assert_eq!(error.code, "ExpiredTokenException");
        assert_eq!(error.status, 400);
    }
}
