//! New ids in AWS's formats (the pinned model's patterns): `o-` and ten characters,
//! `r-` and four, `ou-` with the root's four and eight more, `car-` and thirty-two, all lower
//! case letters and digits; and new twelve-digit account ids.

use gatehouse_token::AccountId;
use rand::Rng as _;

const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

fn random(length: usize) -> String {
    let mut rng = rand::rng();
    (0..length)
        .map(|_| {
            let index = rng.random_range(0..ALPHABET.len());
            char::from(ALPHABET.get(index).copied().unwrap_or(b'0'))
        })
        .collect()
}

/// `o-` and ten characters (`^o-[a-z0-9]{10,32}$`).
pub fn organization() -> String {
    format!("o-{}", random(10))
}

/// `r-` and four characters (`^r-[0-9a-z]{4,32}$`).
pub fn root() -> String {
    format!("r-{}", random(4))
}

/// `ou-`, the root's characters and eight more (`^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$`).
pub fn organizational_unit(root_id: &str) -> String {
    let root = root_id.strip_prefix("r-").unwrap_or(root_id);
    format!("ou-{root}-{}", random(8))
}

/// `car-` and thirty-two characters (`^car-[a-z0-9]{8,32}$`).
pub fn create_account_request() -> String {
    format!("car-{}", random(32))
}

/// A new account id: twelve digits, not starting with zero.
pub fn account() -> AccountId {
    let number = rand::rng().random_range(100_000_000_000..=999_999_999_999_u64);
    AccountId::from_number(number).unwrap_or(AccountId::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_aws_formats() {
        let lower = |s: &str| {
            s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        };
        let rest = |id: &str, prefix: &str, len: usize| {
            let rest = id.strip_prefix(prefix).unwrap().to_owned();
            assert!(rest.len() == len && lower(&rest), "{id}");
            rest
        };
        rest(&organization(), "o-", 10);
        let root = root();
        let root_chars = rest(&root, "r-", 4);
        let ou = organizational_unit(&root);
        rest(&ou, &format!("ou-{root_chars}-"), 8);
        rest(&create_account_request(), "car-", 32);
        assert_eq!(account().to_string().len(), 12);
    }
}
