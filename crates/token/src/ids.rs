//! Access key ids, unique ids and secret access keys in AWS's formats.
//!
//! An AWS access key id is a four-letter prefix (`AKIA` long-term, `ASIA` temporary) and sixteen
//! base32 characters. Decoded, their first six bytes hold the account id in bits 7..47 (the
//! layout AWS uses, so `GetAccessKeyInfo` and third-party tools agree with us on any key). Unique
//! ids of users, roles, groups and policies carry the same encoding after their own prefix.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use rand::Rng;

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
    /// `APKA`: an SSH public key (made like an access key id: `APKA` and sixteen characters).
    SshPublicKey,
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
            IdPrefix::SshPublicKey => "APKA",
        }
    }
}

/// The bits after the account: seven in the account's last byte, then four bytes.
const TAIL_BITS: u32 = 39;

/// The sixteen characters after the prefix: the account, then `tail` (its low 39 bits).
fn encoded_body(account: AccountId, tail: u64) -> String {
    let head = HIGH_BIT | (account.number() << 7) | ((tail >> 32) & 0x7f);
    let mut bytes = [0u8; 10];
    for (slot, byte) in bytes.iter_mut().zip(head.to_be_bytes().iter().skip(2)) {
        *slot = *byte;
    }
    if let Some(low) = bytes.get_mut(6..) {
        low.copy_from_slice(&(tail as u32).to_be_bytes());
    }
    base32::encode(&bytes)
}

/// A new 20-character access key id of `prefix` that encodes `account`.
pub fn new_access_key_id(prefix: IdPrefix, account: AccountId) -> String {
    let tail = rand::rng().random::<u64>() >> (64 - TAIL_BITS);
    format!("{}{}", prefix.as_str(), encoded_body(account, tail))
}

/// The bits of a unique id after its account: the 39-bit tail and the 5 bits of its last
/// character.
const UNIQUE_BITS: u32 = TAIL_BITS + 5;

/// The next unique-id value. Unique ids are drawn from one counter per process, not at random,
/// so the ids made close in time share all but their last characters: they sit side by side in
/// the store's id indexes, and a burst of creations changes a few index pages, not one page per
/// id at scattered places (which the store's checkpoints would then have to write, each a
/// request of its own to the disk). The counter is the clock in microseconds, or one more than
/// its last value when the clock has not moved on: within a process no value repeats, and
/// across processes a value repeats only for an id made at the same microsecond modulo 2^44 µs
/// (203 days) as one still stored.
fn next_unique_value() -> u64 {
    static LAST: AtomicU64 = AtomicU64::new(0);
    let clock = clock_micros();
    let after = |last: u64| last.saturating_add(1).max(clock);
    let previous = LAST
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| {
            Some(after(last))
        })
        .unwrap_or(clock);
    after(previous) & ((1 << UNIQUE_BITS) - 1)
}

/// Microseconds since the Unix epoch.
fn clock_micros() -> u64 {
    let since_epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    u64::try_from(since_epoch.as_micros()).unwrap_or(u64::MAX)
}

/// A new 21-character unique id (`AIDA…`, `AROA…`, …) that encodes `account`.
pub fn new_unique_id(prefix: IdPrefix, account: AccountId) -> String {
    let value = next_unique_value();
    let last = base32::encode(&[((value & 0x1f) as u8) << 3]);
    format!(
        "{}{}{}",
        prefix.as_str(),
        encoded_body(account, value >> 5),
        last.get(..1).unwrap_or("A")
    )
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
        // SSH public key ids are access-key-shaped: `APKA` and sixteen base32 characters, as
        // AWS's recorded `APKA254BBSGPK2B5K5YQ` (RhinoSecurityLabs/cloudgoat,
        // scenarios/cicd/cheat_sheet.md) and `APKAEIBAERJR2EXAMPLE` (CodeCommit User Guide).
        let ssh = new_access_key_id(IdPrefix::SshPublicKey, account);
        assert_eq!((ssh.len(), ssh.get(..4)), (20, Some("APKA")));
        assert_eq!(account_of_key_id(&ssh), Some(account));
        let secret = new_secret_access_key();
        assert_eq!(secret.len(), 40);
        assert_ne!(secret, new_secret_access_key());
    }

    /// The counter value a unique id carries after its account.
    fn unique_value(id: &str) -> u64 {
        let body = base32::decode(id.get(4..20).unwrap()).unwrap();
        let last = base32::decode(&format!("{}AAAAAAA", id.get(20..21).unwrap())).unwrap();
        let tail = (u64::from(body[5] & 0x7f) << 32)
            | u64::from(u32::from_be_bytes(body[6..10].try_into().unwrap()));
        (tail << 5) | u64::from(last[0] >> 3)
    }

    #[test]
    fn unique_ids_made_in_a_row_are_distinct_and_ordered() {
        let account = AccountId::parse("123456789012").unwrap();
        let ids: Vec<String> = (0..2_000)
            .map(|_| new_unique_id(IdPrefix::Role, account))
            .collect();
        let values: Vec<u64> = ids.iter().map(|id| unique_value(id)).collect();
        // Strictly increasing (other tests may draw ids in between): no value repeats, and
        // ids made close in time are close in the id space.
        assert!(
            values.windows(2).all(|pair| pair[0] < pair[1]),
            "{values:?}"
        );
        assert!(values[values.len() - 1] - values[0] < 1 << 26);
        for id in &ids {
            assert_eq!(account_of_key_id(id), Some(account));
        }
        // The counter keeps up with the clock (the assertion allows for the 2^44 µs wrap).
        let before = clock_micros() & ((1 << UNIQUE_BITS) - 1);
        let later = unique_value(&new_unique_id(IdPrefix::Role, account));
        assert!(
            later >= before || before - later > 1 << 43,
            "{later} < {before}"
        );
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
