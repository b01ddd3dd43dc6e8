//! Checking an MFA code sent with AssumeRole or GetSessionToken against the caller's enabled
//! virtual MFA device: TOTP with one step of skew either way, each code accepted once.

use gatehouse_core::{State, error::store_failure};
use gatehouse_federation::{Seed, Totp};
use gatehouse_store::StoreError;
use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::error::{Result, StsError};

/// The device is unknown or not the caller's.
const UNKNOWN_DEVICE: &str = "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.";
/// The code is wrong, or was used already.
const INVALID_CODE: &str = "MultiFactorAuthentication failed with invalid MFA one time pass code.";

/// Who presents the code: a user by name, or the account root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MfaHolder<'a> {
    /// An IAM user.
    User(&'a str),
    /// The account root.
    Root,
}

/// Verifies `code` from device `serial` of `holder` in `account` at `now`, recording the
/// accepted time step so that the same code cannot be used again. A caller without an account
/// has no device.
pub(crate) async fn verify(
    state: &State,
    account: Option<AccountId>,
    holder: MfaHolder<'_>,
    serial: &str,
    code: &str,
    now: OffsetDateTime,
) -> Result<()> {
    let unknown = || StsError::AccessDenied(UNKNOWN_DEVICE.to_owned());
    let account = account.ok_or_else(unknown)?;
    let device = match state.store().get_mfa_device(account, serial).await {
        Ok(device) => device,
        Err(StoreError::NotFound { .. }) => return Err(unknown()),
        Err(other) => return Err(store_failure(other).into()),
    };
    let owned = match (holder, &device.assignment) {
        (MfaHolder::User(name), Some(assignment)) => {
            assignment.user_name.eq_ignore_ascii_case(name)
        }
        (MfaHolder::Root, None) => true,
        _ => false,
    };
    if !owned {
        return Err(unknown());
    }
    let seed = Seed::from_base32(device.seed.expose()).ok_or_else(unknown)?;
    let last_step = device.last_step.and_then(|s| u64::try_from(s).ok());
    let step = Totp::AWS
        .verify(&seed, code, now, last_step)
        .map_err(|_| StsError::AccessDenied(INVALID_CODE.to_owned()))?;
    let step = i64::try_from(step).map_err(|_| StsError::AccessDenied(INVALID_CODE.to_owned()))?;
    let accepted = state
        .store()
        .accept_mfa_step(account, serial, step)
        .await
        .map_err(store_failure)?;
    if accepted {
        Ok(())
    } else {
        Err(StsError::AccessDenied(INVALID_CODE.to_owned()))
    }
}
