//! The signature a client sent, compared in constant time.

use subtle::ConstantTimeEq;

/// A SigV4 signature as sent by the client. No `PartialEq`: compare with
/// [`Signature::matches`], which runs in constant time.
///
/// A value that is not 64 hexadecimal digits is kept as malformed and never matches, so
/// that it is refused as a mismatch (after key lookup) just as AWS does.
#[derive(Clone)]
pub struct Signature(Option<[u8; 32]>);

impl Signature {
    /// Reads the hexadecimal signature (either case).
    #[must_use]
    pub fn from_hex(hex_signature: &str) -> Self {
        let mut bytes = [0u8; 32];
        match hex::decode_to_slice(hex_signature, &mut bytes) {
            Ok(()) => Self(Some(bytes)),
            Err(_) => Self(None),
        }
    }

    /// Whether the client sent 64 hexadecimal digits.
    #[must_use]
    pub fn is_well_formed(&self) -> bool {
        self.0.is_some()
    }

    /// Constant-time comparison with the signature computed by the server.
    #[must_use]
    pub fn matches(&self, computed: &[u8; 32]) -> bool {
        self.0
            .as_ref()
            .is_some_and(|provided| bool::from(provided.ct_eq(computed)))
    }
}

impl std::fmt::Debug for Signature {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(bytes) => write!(f, "Signature({})", hex::encode(bytes)),
            None => f.write_str("Signature(malformed)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn matches_only_the_same_bytes() {
        let hex_text = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
        let signature = Signature::from_hex(hex_text);
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(hex_text, &mut bytes).unwrap();
        assert!(signature.is_well_formed());
        assert!(signature.matches(&bytes));
        bytes[31] ^= 1;
        assert!(!signature.matches(&bytes));
        assert!(Signature::from_hex(&hex_text.to_uppercase()).is_well_formed());
    }

    #[test]
    fn malformed_never_matches() {
        for text in ["", "abc", "zz", &"0".repeat(66)] {
            let signature = Signature::from_hex(text);
            assert!(!signature.is_well_formed());
            assert!(!signature.matches(&[0; 32]));
        }
    }

    proptest! {
        #[test]
        fn from_hex_never_panics(text in ".*") {
            let _ = Signature::from_hex(&text);
        }

        #[test]
        fn hex_round_trip(bytes in proptest::array::uniform32(any::<u8>())) {
            prop_assert!(Signature::from_hex(&hex::encode(bytes)).matches(&bytes));
        }
    }
}
