//! Secret access keys and the SigV4 HMAC chain that derives a signing key from one.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::{Zeroize, Zeroizing};

type HmacSha256 = Hmac<Sha256>;

/// A secret access key. Zeroized on drop, never compared, redacted in `Debug`.
pub struct SecretKey(Zeroizing<String>);

impl SecretKey {
    /// Wraps the secret access key string.
    #[must_use]
    pub fn new(secret: impl Into<String>) -> Self {
        Self(Zeroizing::new(secret.into()))
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(** redacted **)")
    }
}

/// The key derived from a secret for one (date, region, service) scope:
/// `HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")`.
///
/// Callers may cache it per (secret, date, region, service) and pass it to
/// [`crate::verify`] instead of the secret. Zeroized on drop, redacted in `Debug`.
pub struct SigningKey([u8; 32]);

impl SigningKey {
    /// Derives the signing key of `secret` for the scope `date` (`YYYYMMDD`), `region`, `service`.
    #[must_use]
    pub fn derive(secret: &SecretKey, date: &str, region: &str, service: &str) -> Self {
        let mut seed = Zeroizing::new(Vec::with_capacity(secret.0.len() + 4));
        seed.extend_from_slice(b"AWS4");
        seed.extend_from_slice(secret.0.as_bytes());
        let mut key = hmac_sha256(&seed, date.as_bytes());
        for part in [region, service, "aws4_request"] {
            let next = hmac_sha256(&key, part.as_bytes());
            key.zeroize();
            key = next;
        }
        Self(key)
    }

    /// `HMAC-SHA256(signing key, string_to_sign)`: the raw signature bytes.
    pub(crate) fn sign(&self, string_to_sign: &[u8]) -> [u8; 32] {
        hmac_sha256(&self.0, string_to_sign)
    }
}

impl Drop for SigningKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey(** redacted **)")
    }
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    // HMAC accepts keys of any length, so this never takes the error branch.
    let Ok(mut mac) = HmacSha256::new_from_slice(key) else {
        return [0; 32];
    };
    mac.update(data);
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Worked example from the AWS General Reference ("Examples of how to derive a signing key").
    #[test]
    fn derives_the_documented_key() {
        let secret = SecretKey::new("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        let key = SigningKey::derive(&secret, "20120215", "us-east-1", "iam");
        assert_eq!(
            hex::encode(key.0),
            "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"
        );
    }

    #[test]
    fn debug_output_is_redacted() {
        let secret = SecretKey::new("super-secret");
        assert!(!format!("{secret:?}").contains("super-secret"));
        let key = SigningKey::derive(&secret, "20150830", "us-east-1", "sts");
        assert_eq!(format!("{key:?}"), "SigningKey(** redacted **)");
    }
}
