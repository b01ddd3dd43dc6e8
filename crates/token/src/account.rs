//! The AWS account id.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A 12-digit AWS account id.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct AccountId(u64);

/// The largest account id (twelve nines).
const MAX: u64 = 999_999_999_999;

impl AccountId {
    /// `000000000000`, the account local emulators conventionally use.
    pub const ZERO: AccountId = AccountId(0);

    /// Parses exactly twelve ASCII digits.
    pub fn parse(text: &str) -> Option<AccountId> {
        if text.len() != 12 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok().map(AccountId)
    }

    /// The account with this numeric value, if it has at most twelve digits.
    pub const fn from_number(value: u64) -> Option<AccountId> {
        if value <= MAX {
            Some(AccountId(value))
        } else {
            None
        }
    }

    /// The numeric value.
    pub fn number(self) -> u64 {
        self.0
    }
}

impl fmt::Display for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:012}", self.0)
    }
}

impl fmt::Debug for AccountId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AccountId({self})")
    }
}

impl TryFrom<String> for AccountId {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        AccountId::parse(&value).ok_or_else(|| format!("not a 12-digit account id: {value}"))
    }
}

impl From<AccountId> for String {
    fn from(value: AccountId) -> Self {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_twelve_digits() {
        assert_eq!(AccountId::parse("000000000000").unwrap().number(), 0);
        assert_eq!(
            AccountId::parse("123456789012").unwrap().to_string(),
            "123456789012"
        );
        assert!(AccountId::parse("12345678901").is_none());
        assert!(AccountId::parse("1234567890123").is_none());
        assert!(AccountId::parse("12345678901a").is_none());
        assert!(AccountId::parse("+12345678901").is_none());
    }

    #[test]
    fn displays_with_leading_zeros() {
        assert_eq!(
            AccountId::from_number(42).unwrap().to_string(),
            "000000000042"
        );
        assert!(AccountId::from_number(MAX + 1).is_none());
    }
}
