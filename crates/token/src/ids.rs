//! Access key ids, unique ids and secret access keys in AWS's formats.
//!
//! An AWS access key id is a four-letter prefix (`AKIA` long-term, `ASIA` temporary) and sixteen
//! base32 characters. Decoded, their first six bytes hold the account id in bits 7..47 (the
//! layout AWS uses, so `GetAccessKeyInfo` and third-party tools agree with us on any key). Unique
//! ids of users, roles, groups and policies carry the same encoding after their own prefix.

use rand::{Rng, RngCore};

use crate::{AccountId, base32};

/// The mask of the account bits within the first six decoded bytes.
const ACCOUNT_MASK: u64 = 0x7fff_ffff_ff80;
/// The bit AWS sets above the account in current keys (`AKIAQ…`, `AKIAY…`).
const HIGH_BIT: u64 = 1 << 47;

/// The type prefix of an identifier (IAM User Guide, "Unique identifiers").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdPrefix {
    /// `AKIA`: a long-term access key id.
    AccessKey,
    /// `ASIA`: a temporary access key id.
    TemporaryAccessKey,
    /// `AIDA`: an IAM user.
    User,
    /// `AROA`: a role.
    Role,
    /// `AGPA`: a group.
    Group,
    /// `ANPA`: a managed policy.
    Policy,
    /// `ANVA`: a managed policy version.
    PolicyVersion,
    /// `AIPA`: an instance profile.
    InstanceProfile,
}

impl IdPrefix {
    /// The four-letter prefix.
    pub fn as_str(self) -> &'static str {
        match self {
            IdPrefix::AccessKey => "AKIA",
            IdPrefix::TemporaryAccessKey => "ASIA",
            IdPrefix::User => "AIDA",
            IdPrefix::Role => "AROA",
            IdPrefix::Group => "AGPA",
            IdPrefix::Policy => "ANPA",
            IdPrefix::PolicyVersion => "ANVA",
            IdPrefix::InstanceProfile => "AIPA",
        }
    }
}

/// The sixteen characters after the prefix: the account and random bits.
fn encoded_body(account: AccountId) -> String {
    let mut rng = rand::rng();
    let head = HIGH_BIT | (account.number() << 7) | u64::from(rng.random::<u8>() & 0x7f);
    let mut bytes = [0u8; 10];
    for (slot, byte) in bytes.iter_mut().zip(head.to_be_bytes().iter().skip(2)) {
        *slot = *byte;
    }
    if let Some(tail) = bytes.get_mut(6..) {
        rng.fill_bytes(tail);
    }
    base32::encode(&bytes)
}

/// A new 20-character access key id of `prefix` that encodes `account`.
pub fn new_access_key_id(prefix: IdPrefix, account: AccountId) -> String {
    format!("{}{}", prefix.as_str(), encoded_body(account))
}

/// A new 21-character unique id (`AIDA…`, `AROA…`, …) that encodes `account`.
pub fn new_unique_id(prefix: IdPrefix, account: AccountId) -> String {
    let mut id = new_access_key_id(prefix, account);
    let extra = base32::encode(&[rand::rng().random::<u8>()]);
    id.push_str(extra.get(..1).unwrap_or("A"));
    id
}

/// The account encoded in an access key id or unique id, if it is well-formed.
///
/// Any four-character prefix is accepted, as `GetAccessKeyInfo` answers for any key id.
pub fn account_of_key_id(key_id: &str) -> Option<AccountId> {
    let body = key_id.get(4..20)?;
    if !key_id.is_char_boundary(4) {
        return None;
    }
    let bytes = base32::decode(body)?;
    let mut head = [0u8; 8];
    for (slot, byte) in head.iter_mut().skip(2).zip(bytes.iter()) {
        *slot = *byte;
    }
    AccountId::from_number((u64::from_be_bytes(head) & ACCOUNT_MASK) >> 7)
}

/// A new 40-character secret access key (base64 alphabet, as AWS's).
pub fn new_secret_access_key() -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut rng = rand::rng();
    (0..40)
        .map(|_| {
            let index = usize::from(rng.random::<u8>() & 63);
            ALPHABET.get(index).map_or('A', |&b| char::from(b))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_the_documented_example() {
        let account = account_of_key_id("ASIAY34FZKBOKMUTVV7A").unwrap();
        assert_eq!(account.to_string(), "609629065308");
    }

    #[test]
    fn rejects_malformed_ids() {
        assert!(account_of_key_id("AKIA").is_none());
        assert!(account_of_key_id("AKIA0000000000000000").is_none());
        assert!(account_of_key_id("AKIAéééééééééééééééé").is_none());
    }

    #[test]
    fn formats() {
        let account = AccountId::parse("123456789012").unwrap();
        let key = new_access_key_id(IdPrefix::AccessKey, account);
        assert_eq!(key.len(), 20);
        assert!(key.starts_with("AKIA"));
        assert!(
            key.bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        );
        let user = new_unique_id(IdPrefix::User, account);
        assert_eq!(user.len(), 21);
        assert!(user.starts_with("AIDA"));
        assert_eq!(account_of_key_id(&user), Some(account));
        let secret = new_secret_access_key();
        assert_eq!(secret.len(), 40);
        assert_ne!(secret, new_secret_access_key());
    }

    proptest::proptest! {
        #[test]
        fn every_account_round_trips(n in 0u64..=999_999_999_999) {
            let account = AccountId::from_number(n).unwrap();
            let key = new_access_key_id(IdPrefix::TemporaryAccessKey, account);
            proptest::prop_assert_eq!(account_of_key_id(&key), Some(account));
        }
    }
}
