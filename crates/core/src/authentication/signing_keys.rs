//! SigV4 signing keys, derived once per (secret, date, region, service) and kept per thread.
//!
//! Deriving a signing key takes four HMACs; a client signs every request of a day with the
//! same one. Each thread keeps the keys it derived, found by a SHA-256 digest of the secret
//! and the scope (so no secret is kept as a map key), with no lock shared between threads.
//! A thread forgets all its keys when it holds [`MAX_KEYS`].

use std::cell::RefCell;
use std::collections::HashMap;

use gatehouse_sigv4::{SecretKey, SignedClaim, SigningKey};
use sha2::{Digest, Sha256};

/// The most signing keys one thread keeps.
const MAX_KEYS: usize = 1024;

thread_local! {
    static DERIVED: RefCell<HashMap<[u8; 32], SigningKey>> = RefCell::new(HashMap::new());
}

/// Calls `verify` with the signing key of `secret` for the scope of `claim`.
pub(crate) fn with_signing_key<R>(
    secret: &str,
    claim: &SignedClaim,
    verify: impl FnOnce(&SigningKey) -> R,
) -> R {
    let mut digest = Sha256::new();
    for part in [secret, &claim.scope_date, &claim.region, &claim.service] {
        digest.update(u64::try_from(part.len()).unwrap_or(u64::MAX).to_be_bytes());
        digest.update(part.as_bytes());
    }
    let id: [u8; 32] = digest.finalize().into();
    DERIVED.with_borrow_mut(|keys| {
        if keys.len() >= MAX_KEYS && !keys.contains_key(&id) {
            keys.clear();
        }
        let key = keys.entry(id).or_insert_with(|| {
            SigningKey::derive(
                &SecretKey::new(secret),
                &claim.scope_date,
                &claim.region,
                &claim.service,
            )
        });
        verify(key)
    })
}

#[cfg(test)]
mod tests {
    use gatehouse_sigv4::{Carrier, Signature};
    use time::macros::datetime;

    use super::*;

    fn claim(scope_date: &str, region: &str) -> SignedClaim {
        SignedClaim {
            access_key_id: "AKIAIOSFODNN7EXAMPLE".into(),
            scope_date: scope_date.into(),
            region: region.into(),
            service: "sts".into(),
            signed_headers: vec!["host".into()],
            signature: Signature::from_hex(&"0".repeat(64)),
            timestamp: datetime!(2026-11-27 10:00 UTC),
            security_token: None,
            carrier: Carrier::Header,
            expires: None,
        }
    }

    fn kept() -> usize {
        DERIVED.with_borrow(HashMap::len)
    }

    #[test]
    fn one_key_per_secret_and_scope() {
        let today = claim("20261127", "us-east-1");
        with_signing_key("secret-a", &today, |_| ());
        with_signing_key("secret-a", &today, |_| ());
        assert_eq!(kept(), 1, "the same secret and scope reuse their key");
        with_signing_key("secret-b", &today, |_| ());
        assert_eq!(kept(), 2, "another secret never finds the first one's key");
        with_signing_key("secret-a", &claim("20261128", "us-east-1"), |_| ());
        with_signing_key("secret-a", &claim("20261127", "eu-west-1"), |_| ());
        assert_eq!(kept(), 4, "another day or region is another key");
    }
}
