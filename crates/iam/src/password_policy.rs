//! The account password policy: GetAccountPasswordPolicy, UpdateAccountPasswordPolicy,
//! DeleteAccountPasswordPolicy, and the check of a new console password against it.

use gatehouse_protocol::iam::{
    GetAccountPasswordPolicyResponse, PasswordPolicy as PasswordPolicyShape,
    UpdateAccountPasswordPolicyRequest,
};
use gatehouse_store::{PasswordPolicy, StoreError};
use gatehouse_token::AccountId;

use crate::error::{IamError, Result};
use crate::scope::Scope;

/// The symbols a password policy counts as non-alphanumeric characters (IAM User Guide,
/// "Set an account password policy for IAM users").
pub(crate) const SYMBOLS: &str = "!@#$%^&*()_+-=[]{}|'";

/// `MinimumPasswordLength` when UpdateAccountPasswordPolicy omits it.
const DEFAULT_MINIMUM_LENGTH: i32 = 6;

/// The minimum length of AWS's default password policy, which applies while the account has
/// no custom policy.
const DEFAULT_POLICY_MINIMUM_LENGTH: usize = 8;

/// The message of every password the account's policy refuses.
pub(crate) const VIOLATION: &str = "Password does not conform to the account password policy.";

fn violation() -> IamError {
    IamError::PasswordPolicyViolation(VIOLATION.to_owned())
}

/// Which character classes a password contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Classes {
    upper: bool,
    lower: bool,
    number: bool,
    symbol: bool,
}

impl Classes {
    fn of(password: &str) -> Self {
        password.chars().fold(Self::default(), |c, ch| Classes {
            upper: c.upper || ch.is_ascii_uppercase(),
            lower: c.lower || ch.is_ascii_lowercase(),
            number: c.number || ch.is_ascii_digit(),
            symbol: c.symbol || SYMBOLS.contains(ch),
        })
    }

    fn count(self) -> usize {
        [self.upper, self.lower, self.number, self.symbol]
            .into_iter()
            .filter(|present| *present)
            .count()
    }
}

/// Checks a new password against the account's policy, or against AWS's default policy (at
/// least 8 characters, at least three of uppercase, lowercase, numbers and symbols) when the
/// account has none. Reuse prevention is checked by the caller, which holds the history.
pub(crate) fn check(policy: Option<&PasswordPolicy>, password: &str) -> Result<()> {
    let length = password.chars().count();
    let classes = Classes::of(password);
    let Some(policy) = policy else {
        if length < DEFAULT_POLICY_MINIMUM_LENGTH || classes.count() < 3 {
            return Err(violation());
        }
        return Ok(());
    };
    let long_enough = i64::try_from(length).is_ok_and(|len| len >= policy.minimum_length);
    if !long_enough
        || (policy.require_symbols && !classes.symbol)
        || (policy.require_numbers && !classes.number)
        || (policy.require_uppercase && !classes.upper)
        || (policy.require_lowercase && !classes.lower)
    {
        return Err(violation());
    }
    Ok(())
}

/// The policy an UpdateAccountPasswordPolicy request sets: omitted fields take AWS's
/// defaults (length 6, nothing required, no expiry, no reuse prevention).
fn policy_from(input: &UpdateAccountPasswordPolicyRequest) -> Result<PasswordPolicy> {
    let minimum_length = input
        .minimum_password_length
        .unwrap_or(DEFAULT_MINIMUM_LENGTH);
    in_range("minimumPasswordLength", minimum_length, 6, 128)?;
    if let Some(age) = input.max_password_age {
        in_range("maxPasswordAge", age, 1, 1095)?;
    }
    if let Some(reuse) = input.password_reuse_prevention {
        in_range("passwordReusePrevention", reuse, 1, 24)?;
    }
    Ok(PasswordPolicy {
        minimum_length: i64::from(minimum_length),
        require_symbols: input.require_symbols.unwrap_or(false),
        require_numbers: input.require_numbers.unwrap_or(false),
        require_uppercase: input.require_uppercase_characters.unwrap_or(false),
        require_lowercase: input.require_lowercase_characters.unwrap_or(false),
        allow_users_to_change: input.allow_users_to_change_password.unwrap_or(false),
        max_password_age: input.max_password_age.map(i64::from),
        reuse_prevention: input.password_reuse_prevention.map(i64::from),
        hard_expiry: input.hard_expiry,
    })
}

/// AWS's ValidationError for a number outside its range.
fn in_range(member: &str, value: i32, min: i32, max: i32) -> Result<()> {
    if value < min {
        return Err(IamError::Validation(format!(
            "1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: Member must have value greater than or equal to {min}"
        )));
    }
    if value > max {
        return Err(IamError::Validation(format!(
            "1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: Member must have value less than or equal to {max}"
        )));
    }
    Ok(())
}

fn no_policy(account: AccountId) -> IamError {
    IamError::NoSuchEntity(format!(
        "The Password Policy with domain name {account} cannot be found."
    ))
}

fn to_i32(value: i64) -> Option<i32> {
    i32::try_from(value).ok()
}

pub(crate) async fn get_account_password_policy(
    s: &Scope<'_>,
) -> Result<GetAccountPasswordPolicyResponse> {
    let policy = s
        .store
        .password_policy(s.acct())
        .await?
        .ok_or_else(|| no_policy(s.acct()))?;
    Ok(GetAccountPasswordPolicyResponse {
        password_policy: PasswordPolicyShape {
            minimum_password_length: to_i32(policy.minimum_length),
            require_symbols: Some(policy.require_symbols),
            require_numbers: Some(policy.require_numbers),
            require_uppercase_characters: Some(policy.require_uppercase),
            require_lowercase_characters: Some(policy.require_lowercase),
            allow_users_to_change_password: Some(policy.allow_users_to_change),
            expire_passwords: Some(policy.max_password_age.is_some()),
            max_password_age: policy.max_password_age.and_then(to_i32),
            password_reuse_prevention: policy.reuse_prevention.and_then(to_i32),
            hard_expiry: policy.hard_expiry,
        },
    })
}

pub(crate) async fn update_account_password_policy(
    s: &Scope<'_>,
    input: UpdateAccountPasswordPolicyRequest,
) -> Result<()> {
    let policy = policy_from(&input)?;
    s.store.put_password_policy(s.acct(), policy).await?;
    Ok(())
}

pub(crate) async fn delete_account_password_policy(s: &Scope<'_>) -> Result<()> {
    match s.store.delete_password_policy(s.acct()).await {
        Err(StoreError::NotFound { .. }) => Err(no_policy(s.acct())),
        other => Ok(other?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(minimum_length: i64) -> PasswordPolicy {
        PasswordPolicy {
            minimum_length,
            require_symbols: false,
            require_numbers: false,
            require_uppercase: false,
            require_lowercase: false,
            allow_users_to_change: false,
            max_password_age: None,
            reuse_prevention: None,
            hard_expiry: None,
        }
    }

    fn refused(policy: Option<&PasswordPolicy>, password: &str) -> bool {
        matches!(check(policy, password), Err(IamError::PasswordPolicyViolation(m)) if m == VIOLATION)
    }

    #[test]
    fn the_default_policy_wants_eight_characters_of_three_classes() {
        assert!(refused(None, "Ab1!"));
        assert!(refused(None, "abcdefghij"));
        assert!(refused(None, "abcdefgh12"));
        assert!(check(None, "abcdefG12").is_ok());
        assert!(check(None, "abcdefg!1").is_ok());
    }

    #[test]
    fn a_custom_policy_checks_length_and_each_required_class() {
        let mut p = policy(10);
        assert!(refused(Some(&p), "short"));
        assert!(check(Some(&p), "longenough").is_ok());
        p.require_symbols = true;
        assert!(refused(Some(&p), "longenough"));
        assert!(check(Some(&p), "longenough|").is_ok());
        p.require_numbers = true;
        assert!(refused(Some(&p), "longenough|"));
        p.require_uppercase = true;
        p.require_lowercase = true;
        assert!(refused(Some(&p), "LONGENOUGH|1"));
        assert!(check(Some(&p), "LongEnough|1").is_ok());
        // A character outside the symbol list is not a symbol.
        p.require_symbols = true;
        assert!(refused(Some(&p), "LongEnough~1"));
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        let p = policy(6);
        assert!(refused(Some(&p), "ééééé"));
        assert!(check(Some(&p), "éééééé").is_ok());
    }

    #[test]
    fn updates_default_omitted_fields_and_check_ranges() {
        let set = policy_from(&UpdateAccountPasswordPolicyRequest::default()).ok();
        assert_eq!(set, Some(policy(6)));
        for (input, member) in [
            (
                UpdateAccountPasswordPolicyRequest {
                    minimum_password_length: Some(5),
                    ..Default::default()
                },
                "minimumPasswordLength",
            ),
            (
                UpdateAccountPasswordPolicyRequest {
                    max_password_age: Some(1096),
                    ..Default::default()
                },
                "maxPasswordAge",
            ),
            (
                UpdateAccountPasswordPolicyRequest {
                    password_reuse_prevention: Some(0),
                    ..Default::default()
                },
                "passwordReusePrevention",
            ),
        ] {
            let err = policy_from(&input).err();
            assert!(
                matches!(&err, Some(IamError::Validation(m)) if m.contains(member)),
                "{err:?}"
            );
        }
        let full = policy_from(&UpdateAccountPasswordPolicyRequest {
            minimum_password_length: Some(128),
            max_password_age: Some(1095),
            password_reuse_prevention: Some(24),
            hard_expiry: Some(true),
            ..Default::default()
        })
        .ok();
        assert_eq!(full.map(|p| p.max_password_age), Some(Some(1095)));
    }
}
