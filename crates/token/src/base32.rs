//! RFC 4648 base32 (alphabet `A-Z2-7`, no padding), as used inside AWS key ids.

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Encodes bytes; the output has `ceil(len * 8 / 5)` characters.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 8 / 5 + 1);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(symbol((buffer >> bits) & 31));
        }
    }
    if bits > 0 {
        out.push(symbol((buffer << (5 - bits)) & 31));
    }
    out
}

/// Decodes upper-case base32 text; `None` on any character outside the alphabet.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'2'..=b'7' => c - b'2' + 26,
            _ => return None,
        };
        buffer = (buffer << 5) | u32::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

fn symbol(index: u32) -> char {
    ALPHABET.get(index as usize).map_or('A', |&b| char::from(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4648_vectors() {
        assert_eq!(encode(b"foobar"), "MZXW6YTBOI");
        assert_eq!(decode("MZXW6YTBOI").unwrap(), b"foobar");
        assert_eq!(decode("mzxw"), None);
    }

    proptest::proptest! {
        #[test]
        fn round_trips_whole_groups(bytes in proptest::collection::vec(0u8.., 0..20)) {
            let padded_len = bytes.len() / 5 * 5;
            let whole = &bytes[..padded_len];
            proptest::prop_assert_eq!(decode(&encode(whole)).unwrap(), whole.to_vec());
        }
    }
}
