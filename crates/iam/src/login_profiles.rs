//! Console passwords of IAM users: CreateLoginProfile, GetLoginProfile, UpdateLoginProfile,
//! DeleteLoginProfile and ChangePassword.
//!
//! A password is kept only as a salted PBKDF2-HMAC-SHA256 hash; it is checked against the
//! account's password policy when set and never used to sign in (there is no console).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_NO_PAD as B64;
use gatehouse_core::Principal;
use gatehouse_protocol::iam::{
    ChangePasswordRequest, CreateLoginProfileRequest, CreateLoginProfileResponse,
    DeleteLoginProfileRequest, GetLoginProfileRequest, GetLoginProfileResponse, LoginProfile,
    UpdateLoginProfileRequest,
};
use gatehouse_store::{LoginProfile as StoredProfile, NewLoginProfile, PasswordPolicy};
use gatehouse_token::SessionPrincipal;
use rand::RngCore as _;
use subtle::ConstantTimeEq as _;

use crate::error::{IamError, Result};
use crate::password_policy;
use crate::scope::{Myself, Scope};

/// The hash format's name, first in every stored hash.
const SCHEME: &str = "pbkdf2-sha256";
/// PBKDF2 iterations for new hashes; a stored hash names its own count.
const ITERATIONS: u32 = 100_000;
/// The most iterations a stored hash may ask for (bounds the work of a verification).
const MAX_ITERATIONS: u32 = 10_000_000;
const SALT_LEN: usize = 16;
const HASH_LEN: usize = 32;

fn derive(password: &str, salt: &[u8], iterations: u32) -> [u8; HASH_LEN] {
    let mut out = [0u8; HASH_LEN];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password.as_bytes(), salt, iterations, &mut out);
    out
}

/// A new salted hash of `password`: `pbkdf2-sha256$ITERATIONS$SALT$HASH` (base64).
pub(crate) fn hash_password(password: &str) -> String {
    let mut salt = [0u8; SALT_LEN];
    rand::rng().fill_bytes(&mut salt);
    let hash = derive(password, &salt, ITERATIONS);
    format!(
        "{SCHEME}${ITERATIONS}${}${}",
        B64.encode(salt),
        B64.encode(hash)
    )
}

/// Whether `password` is the one `stored` is a hash of; false for an unreadable hash.
pub(crate) fn verify_password(password: &str, stored: &str) -> bool {
    let mut parts = stored.split('$');
    let (Some(SCHEME), Some(iterations), Some(salt), Some(hash), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    let Ok(iterations) = iterations.parse::<u32>() else {
        return false;
    };
    if iterations == 0 || iterations > MAX_ITERATIONS {
        return false;
    }
    let (Ok(salt), Ok(hash)) = (B64.decode(salt), B64.decode(hash)) else {
        return false;
    };
    derive(password, &salt, iterations)
        .as_slice()
        .ct_eq(&hash)
        .into()
}

/// Hashing is slow on purpose: it runs off the request threads.
async fn hash_blocking(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|err| IamError::Denied(internal(&err)))
}

/// Whether `password` matches any of `hashes`, off the request threads.
async fn matches_any_blocking(password: String, hashes: Vec<String>) -> Result<bool> {
    tokio::task::spawn_blocking(move || hashes.iter().any(|h| verify_password(&password, h)))
        .await
        .map_err(|err| IamError::Denied(internal(&err)))
}

fn internal(err: &tokio::task::JoinError) -> gatehouse_error::Error {
    gatehouse_error::Error::new(
        gatehouse_error::ErrorCode::ServiceFailure,
        format!("The password could not be processed: {err}"),
    )
}

/// The user whose login profile a request without `UserName` means: the calling IAM user.
fn profile_user(s: &Scope<'_>, user_name: Option<String>) -> Result<String> {
    match s.user_or_myself(user_name)? {
        Myself::User(name) => Ok(name),
        Myself::Root => Err(IamError::Validation(
            "Must specify userName when calling with non-User credentials".to_owned(),
        )),
    }
}

fn profile_out(profile: StoredProfile) -> LoginProfile {
    LoginProfile {
        user_name: profile.user_name,
        create_date: profile.created,
        password_reset_required: Some(profile.reset_required),
        max_signin_session_duration: None,
    }
}

pub(crate) async fn create_login_profile(
    s: &Scope<'_>,
    input: CreateLoginProfileRequest,
) -> Result<CreateLoginProfileResponse> {
    let user = profile_user(s, input.user_name)?;
    let Some(password) = input.password else {
        return Err(IamError::Validation(
            "Password is required unless the request is made with an AssumeRoot session."
                .to_owned(),
        ));
    };
    s.store
        .get::<gatehouse_store::User>(s.acct(), &user)
        .await?;
    let policy = s.store.password_policy(s.acct()).await?;
    password_policy::check(policy.as_ref(), &password)?;
    let password_hash = hash_blocking(password).await?;
    let profile = s
        .store
        .create_login_profile(
            s.acct(),
            &user,
            NewLoginProfile {
                password_hash,
                reset_required: input.password_reset_required.unwrap_or(false),
                created: s.now,
            },
        )
        .await?;
    Ok(CreateLoginProfileResponse {
        login_profile: profile_out(profile),
    })
}

pub(crate) async fn get_login_profile(
    s: &Scope<'_>,
    input: GetLoginProfileRequest,
) -> Result<GetLoginProfileResponse> {
    let user = profile_user(s, input.user_name)?;
    let profile = s.store.get_login_profile(s.acct(), &user).await?;
    Ok(GetLoginProfileResponse {
        login_profile: profile_out(profile),
    })
}

pub(crate) async fn update_login_profile(
    s: &Scope<'_>,
    input: UpdateLoginProfileRequest,
) -> Result<()> {
    let user = input.user_name;
    let password_hash = match input.password {
        Some(password) => {
            // The user and its profile must exist before the password is judged.
            s.store.get_login_profile(s.acct(), &user).await?;
            let policy = s.store.password_policy(s.acct()).await?;
            password_policy::check(policy.as_ref(), &password)?;
            Some(hash_blocking(password).await?)
        }
        None => None,
    };
    s.store
        .update_login_profile(
            s.acct(),
            &user,
            password_hash,
            None,
            input.password_reset_required,
            s.now,
        )
        .await?;
    Ok(())
}

pub(crate) async fn delete_login_profile(
    s: &Scope<'_>,
    input: DeleteLoginProfileRequest,
) -> Result<()> {
    let user = profile_user(s, input.user_name)?;
    s.store.delete_login_profile(s.acct(), &user).await?;
    Ok(())
}

/// The IAM user that calls ChangePassword; the root and roles are `InvalidUserType`.
pub(crate) fn password_changer(s: &Scope<'_>) -> Result<String> {
    let user = match s.principal {
        Principal::User { user_name, .. } => Some(user_name.clone()),
        Principal::Session(claims) => match &claims.principal {
            SessionPrincipal::User { user_name, .. } => Some(user_name.clone()),
            _ => None,
        },
        _ => None,
    };
    user.ok_or_else(|| {
        IamError::InvalidUserType("Only IAM Users can change their own password.".to_owned())
    })
}

/// The hashes a new password must not match: the current one and, with reuse prevention of
/// `n`, the `n - 1` before it.
fn reuse_window(profile: &StoredProfile, policy: Option<&PasswordPolicy>) -> Vec<String> {
    let previous = policy
        .and_then(|p| p.reuse_prevention)
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(1)
        .saturating_sub(1);
    std::iter::once(profile.password_hash.clone())
        .chain(profile.history.iter().take(previous).cloned())
        .collect()
}

pub(crate) async fn change_password(
    s: &Scope<'_>,
    user: &str,
    policy: Option<PasswordPolicy>,
    input: ChangePasswordRequest,
) -> Result<()> {
    let profile = s.store.get_login_profile(s.acct(), user).await?;
    let current = vec![profile.password_hash.clone()];
    if !matches_any_blocking(input.old_password, current).await? {
        return Err(IamError::Denied(gatehouse_error::Error::new(
            gatehouse_error::ErrorCode::AccessDenied,
            "The old password was incorrect.",
        )));
    }
    password_policy::check(policy.as_ref(), &input.new_password)?;
    let reused = match policy.and_then(|p| p.reuse_prevention) {
        Some(_) => {
            let window = reuse_window(&profile, policy.as_ref());
            matches_any_blocking(input.new_password.clone(), window).await?
        }
        None => false,
    };
    if reused {
        return Err(IamError::PasswordPolicyViolation(
            password_policy::VIOLATION.to_owned(),
        ));
    }
    let hash = hash_blocking(input.new_password).await?;
    s.store
        .update_login_profile(
            s.acct(),
            user,
            Some(hash),
            Some(&profile.password_hash),
            Some(false),
            s.now,
        )
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::OffsetDateTime;

    #[test]
    fn hashes_are_salted_and_verify_only_their_password() {
        let first = hash_password("Correct horse 1!");
        let second = hash_password("Correct horse 1!");
        assert_ne!(first, second, "each hash has its own salt");
        assert!(first.starts_with("pbkdf2-sha256$100000$"));
        assert!(!first.contains("Correct horse"));
        assert!(verify_password("Correct horse 1!", &first));
        assert!(verify_password("Correct horse 1!", &second));
        assert!(!verify_password("correct horse 1!", &first));
        assert!(!verify_password("", &first));
    }

    #[test]
    fn unreadable_hashes_never_verify() {
        for stored in [
            "",
            "plain",
            "pbkdf2-sha256$x$AAAA$AAAA",
            "pbkdf2-sha256$0$AAAA$AAAA",
            "pbkdf2-sha256$99999999999$AAAA$AAAA",
            "pbkdf2-sha256$1$!!$AAAA",
            "bcrypt$1$AAAA$AAAA",
            "pbkdf2-sha256$1$AAAA$AAAA$extra",
        ] {
            assert!(!verify_password("pw", stored), "{stored}");
        }
        // A hash with a low iteration count made elsewhere still verifies.
        let salt = [7u8; 16];
        let stored = format!(
            "pbkdf2-sha256$2${}${}",
            B64.encode(salt),
            B64.encode(derive("pw", &salt, 2))
        );
        assert!(verify_password("pw", &stored));
    }

    #[test]
    fn the_reuse_window_is_the_current_password_and_the_ones_before() {
        let profile = StoredProfile {
            user_name: "u".into(),
            password_hash: "h0".into(),
            history: vec!["h1".into(), "h2".into(), "h3".into()],
            reset_required: false,
            created: OffsetDateTime::UNIX_EPOCH,
            password_changed: OffsetDateTime::UNIX_EPOCH,
        };
        let mut policy = PasswordPolicy {
            minimum_length: 6,
            require_symbols: false,
            require_numbers: false,
            require_uppercase: false,
            require_lowercase: false,
            allow_users_to_change: true,
            max_password_age: None,
            reuse_prevention: Some(3),
            hard_expiry: None,
        };
        assert_eq!(reuse_window(&profile, Some(&policy)), ["h0", "h1", "h2"]);
        policy.reuse_prevention = Some(24);
        assert_eq!(reuse_window(&profile, Some(&policy)).len(), 4);
        assert_eq!(reuse_window(&profile, None), ["h0"]);
    }
}
