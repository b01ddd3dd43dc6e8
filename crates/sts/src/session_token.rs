//! GetSessionToken: temporary credentials for an IAM user or the root, with the same
//! permissions, optionally stamped with MFA.

use gatehouse_core::{Context, Principal, State};
use gatehouse_protocol::sts::{GetSessionTokenRequest, GetSessionTokenResponse};
use gatehouse_token::SessionPrincipal;

use crate::error::{Result, StsError};
use crate::mfa::{self, MfaHolder};
use crate::session;

/// GetSessionToken needs no permission; session credentials may not call it.
pub(crate) async fn get_session_token(
    state: &State,
    ctx: &Context,
    input: GetSessionTokenRequest,
) -> Result<GetSessionTokenResponse> {
    let (account, principal, holder) = match ctx.caller.principal() {
        Principal::Root { account } => (*account, SessionPrincipal::Root, MfaHolder::Root),
        Principal::User {
            account,
            user_id,
            user_name,
            path,
        } => (
            *account,
            SessionPrincipal::User {
                user_id: user_id.clone(),
                user_name: user_name.clone(),
                user_path: path.clone(),
            },
            MfaHolder::User(user_name),
        ),
        Principal::Session(_) | Principal::Anonymous => {
            return Err(StsError::AccessDenied(
                "Cannot call GetSessionToken with session credentials".to_owned(),
            ));
        }
    };
    let duration = session::user_session_duration(
        input.duration_seconds,
        matches!(principal, SessionPrincipal::Root),
    );
    let mfa_at = match (input.serial_number.as_deref(), input.token_code.as_deref()) {
        (None, None) => None,
        (Some(serial), Some(code)) => {
            mfa::verify(state, Some(account), holder, serial, code, ctx.now).await?;
            Some(ctx.now.unix_timestamp())
        }
        _ => {
            return Err(StsError::AccessDenied(
                "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.".to_owned(),
            ));
        }
    };
    let mut claims = session::new_claims(account, principal, ctx.now, duration);
    claims.mfa_authenticated_at = mfa_at;
    let issued = session::credentials(state, &claims, input.minimum_session_token_size)?;
    Ok(GetSessionTokenResponse {
        credentials: Some(issued.credentials),
        session_token_utilization: issued.utilization,
        session_token_size: issued.size,
    })
}
