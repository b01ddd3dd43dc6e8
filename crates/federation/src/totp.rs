//! RFC 6238 time-based one-time passwords for IAM virtual MFA devices.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;
use subtle::ConstantTimeEq;
use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::error::{CodeRejection, Error};

/// Length in bytes of a generated seed (AWS uses 160-bit seeds).
pub const SEED_LEN: usize = 20;

/// How many steps before the current one [`Totp::verify_consecutive`] searches for the
/// first of two consecutive codes.
const CONSECUTIVE_LOOKBACK_STEPS: u64 = 4;

/// A virtual MFA device's secret seed. Zeroed on drop, never printed, not comparable.
pub struct Seed(Zeroizing<Vec<u8>>);

impl Seed {
    /// Wraps raw seed bytes (e.g. loaded from storage).
    #[must_use]
    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        Self(Zeroizing::new(bytes))
    }

    /// The raw seed bytes, for storage.
    #[must_use]
    pub fn expose_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The seed as RFC 4648 Base32 text without padding (IAM's `Base32StringSeed`).
    #[must_use]
    pub fn to_base32(&self) -> Zeroizing<String> {
        Zeroizing::new(gatehouse_token::base32::encode(&self.0))
    }

    /// The seed whose Base32 text (as [`Seed::to_base32`] writes it) is `text`; `None` for
    /// anything else.
    pub fn from_base32(text: &str) -> Option<Self> {
        gatehouse_token::base32::decode(text).map(|bytes| Seed(Zeroizing::new(bytes)))
    }
}

impl std::fmt::Debug for Seed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Seed(<redacted>)")
    }
}

/// Generates a fresh random 20-byte seed from the OS-seeded CSPRNG.
#[must_use]
pub fn generate_seed() -> Seed {
    let mut bytes = Zeroizing::new(vec![0u8; SEED_LEN]);
    rand::rng().fill_bytes(&mut bytes);
    Seed(bytes)
}

/// TOTP parameters: HMAC-SHA-1 with a configurable step, code length and skew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totp {
    /// Seconds per time step.
    pub step_seconds: u64,
    /// Number of decimal digits in a code.
    pub digits: u32,
    /// Steps accepted on each side of the current one.
    pub skew_steps: u64,
}

impl Totp {
    /// What AWS virtual MFA uses: 30-second steps, 6 digits, one step of skew either way.
    pub const AWS: Self = Self {
        step_seconds: 30,
        digits: 6,
        skew_steps: 1,
    };

    /// The time step that `now` falls in (`None` before the Unix epoch).
    #[must_use]
    pub fn step_at(&self, now: OffsetDateTime) -> Option<u64> {
        let seconds = u64::try_from(now.unix_timestamp()).ok()?;
        seconds.checked_div(self.step_seconds)
    }

    /// The code for a given time step (RFC 4226 dynamic truncation), zero-padded.
    #[must_use]
    pub fn code_at_step(&self, seed: &Seed, step: u64) -> String {
        // HMAC accepts keys of any length, so this never fails.
        let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(seed.expose_bytes()) else {
            return String::new();
        };
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest.last().copied().unwrap_or(0) & 0x0f);
        let mut word = [0u8; 4];
        if let Some(slice) = digest.get(offset..offset + 4) {
            word.copy_from_slice(slice);
        }
        let binary = u32::from_be_bytes(word) & 0x7fff_ffff;
        let modulus = 10u64.pow(self.digits);
        let value = u64::from(binary) % modulus;
        format!("{value:0width$}", width = self.digits as usize)
    }

    /// Verifies `code` at `now`, accepting the current step ±`skew_steps`.
    ///
    /// Refuses a code whose step is not after `last_used_step` (replay). Returns the
    /// accepted step, which the caller stores as the new `last_used_step`.
    pub fn verify(
        &self,
        seed: &Seed,
        code: &str,
        now: OffsetDateTime,
        last_used_step: Option<u64>,
    ) -> Result<u64, Error> {
        self.check_format(code)?;
        let current = self.step_at(now).ok_or(rejected(CodeRejection::Mismatch))?;
        let first = current.saturating_sub(self.skew_steps);
        let last = current.saturating_add(self.skew_steps);
        let step = (first..=last)
            .rev()
            .find(|&step| self.matches(seed, code, step))
            .ok_or(rejected(CodeRejection::Mismatch))?;
        if last_used_step.is_some_and(|used| step <= used) {
            return Err(rejected(CodeRejection::Reused));
        }
        Ok(step)
    }

    /// Verifies two consecutive codes (EnableMFADevice, ResyncMFADevice): `code1` for some
    /// step `s` at most a few steps before now and `code2` for `s + 1`, where `s + 1` may be
    /// at most `skew_steps` ahead. Returns the step of `code2`.
    pub fn verify_consecutive(
        &self,
        seed: &Seed,
        code1: &str,
        code2: &str,
        now: OffsetDateTime,
    ) -> Result<u64, Error> {
        self.check_format(code1)?;
        self.check_format(code2)?;
        let current = self.step_at(now).ok_or(rejected(CodeRejection::Mismatch))?;
        let newest_second = current.saturating_add(self.skew_steps);
        let oldest_second = current.saturating_sub(CONSECUTIVE_LOOKBACK_STEPS).max(1);
        (oldest_second..=newest_second)
            .rev()
            .find(|&second| {
                self.matches(seed, code2, second) && self.matches(seed, code1, second - 1)
            })
            .ok_or(rejected(CodeRejection::Mismatch))
    }

    fn check_format(&self, code: &str) -> Result<(), Error> {
        let well_formed =
            code.len() == self.digits as usize && code.bytes().all(|b| b.is_ascii_digit());
        if well_formed {
            Ok(())
        } else {
            Err(rejected(CodeRejection::Malformed))
        }
    }

    fn matches(&self, seed: &Seed, code: &str, step: u64) -> bool {
        let expected = Zeroizing::new(self.code_at_step(seed, step));
        expected.as_bytes().ct_eq(code.as_bytes()).into()
    }
}

fn rejected(reason: CodeRejection) -> Error {
    Error::InvalidAuthenticationCode(reason)
}

/// The `otpauth://` URI that authenticator apps read, as IAM encodes it in `QRCodePNG`:
/// `otpauth://totp/{device_name}@{account_id}?secret={base32}`.
#[must_use]
pub fn otpauth_uri(device_name: &str, account_id: &str, seed: &Seed) -> Zeroizing<String> {
    let label: String = percent_encode_label(&format!("{device_name}@{account_id}"));
    Zeroizing::new(format!(
        "otpauth://totp/{label}?secret={}",
        seed.to_base32().as_str()
    ))
}

/// Percent-encodes the characters of a label that are not URI-safe (keeps `@`, as AWS does).
fn percent_encode_label(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for byte in label.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~@+=,".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The RFC 6238 Appendix B SHA-1 seed.
    fn rfc_seed() -> Seed {
        Seed::from_bytes(b"12345678901234567890".to_vec())
    }

    fn at(seconds: i64) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(seconds).unwrap()
    }

    #[test]
    fn rfc6238_sha1_vectors() {
        let eight = Totp {
            digits: 8,
            ..Totp::AWS
        };
        let vectors = [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ];
        for (seconds, expected) in vectors {
            let step = eight.step_at(at(seconds)).unwrap();
            assert_eq!(
                eight.code_at_step(&rfc_seed(), step),
                expected,
                "T={seconds}"
            );
        }
        // Six digits are the low six of the eight.
        assert_eq!(Totp::AWS.code_at_step(&rfc_seed(), 1), "287082");
    }

    #[test]
    fn verify_accepts_current_and_adjacent_steps_only() {
        let totp = Totp::AWS;
        let seed = rfc_seed();
        let now = at(1_111_111_111);
        let current = totp.step_at(now).unwrap();
        for step in [current - 1, current, current + 1] {
            let code = totp.code_at_step(&seed, step);
            assert_eq!(totp.verify(&seed, &code, now, None).unwrap(), step);
        }
        for step in [current - 2, current + 2] {
            let code = totp.code_at_step(&seed, step);
            assert!(matches!(
                totp.verify(&seed, &code, now, None),
                Err(Error::InvalidAuthenticationCode(CodeRejection::Mismatch))
            ));
        }
    }

    #[test]
    fn verify_refuses_reuse() {
        let totp = Totp::AWS;
        let seed = rfc_seed();
        let now = at(1_234_567_890);
        let code = totp.code_at_step(&seed, totp.step_at(now).unwrap());
        let step = totp.verify(&seed, &code, now, None).unwrap();
        assert!(matches!(
            totp.verify(&seed, &code, now, Some(step)),
            Err(Error::InvalidAuthenticationCode(CodeRejection::Reused))
        ));
        let next = totp.code_at_step(&seed, step + 1);
        assert_eq!(
            totp.verify(&seed, &next, at(1_234_567_890 + 30), Some(step))
                .unwrap(),
            step + 1
        );
    }

    #[test]
    fn verify_refuses_malformed_codes() {
        for code in ["", "12345", "1234567", "12a456", "١٢٣٤٥٦"] {
            assert!(matches!(
                Totp::AWS.verify(&rfc_seed(), code, at(59), None),
                Err(Error::InvalidAuthenticationCode(CodeRejection::Malformed))
            ));
        }
    }

    #[test]
    fn consecutive_codes() {
        let totp = Totp::AWS;
        let seed = generate_seed();
        let now = at(1_700_000_000);
        let current = totp.step_at(now).unwrap();
        let code1 = totp.code_at_step(&seed, current - 1);
        let code2 = totp.code_at_step(&seed, current);
        assert_eq!(
            totp.verify_consecutive(&seed, &code1, &code2, now).unwrap(),
            current
        );
        // Swapped order and non-consecutive pairs are refused.
        assert!(totp.verify_consecutive(&seed, &code2, &code1, now).is_err());
        let code3 = totp.code_at_step(&seed, current - 3);
        assert!(totp.verify_consecutive(&seed, &code3, &code2, now).is_err());
        // A pair from long ago is refused.
        let old1 = totp.code_at_step(&seed, current - 20);
        let old2 = totp.code_at_step(&seed, current - 19);
        assert!(totp.verify_consecutive(&seed, &old1, &old2, now).is_err());
    }

    #[test]
    fn seed_is_redacted_and_base32() {
        let seed = generate_seed();
        let again = Seed::from_base32(&seed.to_base32()).unwrap();
        assert_eq!(again.expose_bytes(), seed.expose_bytes());
        assert!(Seed::from_base32("not base32!").is_none());
        assert_eq!(seed.expose_bytes().len(), SEED_LEN);
        assert_eq!(format!("{seed:?}"), "Seed(<redacted>)");
        let text = seed.to_base32();
        assert_eq!(text.len(), 32);
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
        );
        assert_eq!(gatehouse_token::base32::encode(b"foobar"), "MZXW6YTBOI");
        assert_eq!(gatehouse_token::base32::encode(b"f"), "MY");
        assert_ne!(generate_seed().expose_bytes(), seed.expose_bytes());
    }

    #[test]
    fn otpauth_uri_shape() {
        let uri = otpauth_uri(
            "my device",
            "123456789012",
            &Seed::from_bytes(b"foobar".to_vec()),
        );
        assert_eq!(
            uri.as_str(),
            "otpauth://totp/my%20device@123456789012?secret=MZXW6YTBOI"
        );
    }

    proptest! {
        #[test]
        fn base32_length_and_alphabet(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let text = gatehouse_token::base32::encode(&bytes);
            prop_assert_eq!(text.len(), (bytes.len() * 8).div_ceil(5));
            prop_assert!(text.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)));
        }

        #[test]
        fn verify_never_panics(code in ".{0,12}", seconds in -10_000_000_000i64..40_000_000_000i64) {
            let _ = Totp::AWS.verify(&rfc_seed(), &code, at(seconds), Some(5));
            let _ = Totp::AWS.verify_consecutive(&rfc_seed(), &code, &code, at(seconds));
        }
    }
}
