//! Session tokens: opening (`Keyring::open`) with a fixed key, and the round trip: claims
//! sealed (padded or not) open to the same claims.
//!
//! Input: a token, or (starting with `{`) session claims as JSON to seal and open again.
#![no_main]

use std::sync::LazyLock;

use gatehouse_token::{Keyring, SessionClaims};
use libfuzzer_sys::fuzz_target;

static KEYRING: LazyLock<Keyring> = LazyLock::new(|| Keyring::from_shared_secret("fuzz"));

fuzz_target!(|data: &[u8]| {
    if data.first() == Some(&b'{') {
        let Ok(claims) = serde_json::from_slice::<SessionClaims>(data) else {
            return;
        };
        let json = serde_json::to_string(&claims).expect("claims serialize");
        // A padding from the input's length, up to AWS's largest tokens.
        let minimum = data.len() * 7 % 4096;
        let padded = KEYRING.seal_padded(&claims, minimum);
        assert!(padded.len() >= minimum, "{} < {minimum}", padded.len());
        for token in [KEYRING.seal(&claims), padded] {
            let opened = KEYRING.open(&token).expect("a sealed token opens");
            assert_eq!(
                serde_json::to_string(&opened).expect("claims serialize"),
                json
            );
        }
    } else if let Ok(token) = std::str::from_utf8(data) {
        let _ = KEYRING.open(token);
    }
});
