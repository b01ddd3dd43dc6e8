//! Query-string and form-body parameters of an AWS query-protocol request.

use crate::AwsError;

/// The most parameters one request may carry, query string and body together. The largest
/// requests AWS's models allow are policy simulations with long lists (action names, resource
/// ARNs, context entries), a few thousand parameters at most; a pair costs about 100 bytes
/// of memory once decoded, so the cap keeps a request's parameters within a megabyte or two
/// however its body is cut up.
pub const MAX_PARAMETERS: usize = 10_000;

/// The parameters of one request, from the query string and (for form bodies) the body.
///
/// Pairs are kept sorted by name (stable, so for a repeated name the query string's value comes
/// first, then the body's in order); lookups are binary searches and prefix scans are slices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueryParams {
    pairs: Vec<(String, String)>,
}

impl QueryParams {
    /// Parameters from the raw query string and, for form bodies, the body; both may carry parameters.
    ///
    /// The body is read when the content type is `application/x-www-form-urlencoded` (any
    /// parameters such as `charset`) or absent. `+` decodes to a space and `%XX` to its byte;
    /// names and values must be UTF-8 once decoded. More than [`MAX_PARAMETERS`] parameters
    /// is `RequestEntityTooLarge`, refused before any of them is decoded.
    pub fn parse(
        raw_query: &str,
        body: &[u8],
        content_type: Option<&str>,
    ) -> Result<QueryParams, AwsError> {
        let body: &[u8] = if content_type.is_none_or(is_form_content_type) {
            body
        } else {
            &[]
        };
        let count = count_pieces(raw_query.as_bytes()) + count_pieces(body);
        if count > MAX_PARAMETERS {
            return Err(AwsError::request_entity_too_large(format!(
                "The request has more than {MAX_PARAMETERS} parameters."
            )));
        }
        let mut pairs = Vec::with_capacity(count);
        parse_into(raw_query.as_bytes(), &mut pairs)?;
        parse_into(body, &mut pairs)?;
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(QueryParams { pairs })
    }

    /// Parameters from already-decoded pairs (e.g. built by a test or another transport).
    pub fn from_pairs<K: Into<String>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> QueryParams {
        let mut pairs: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(k, v)| (k.into(), v.into()))
            .collect();
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        QueryParams { pairs }
    }

    /// The first value of the parameter `name` (case-sensitive).
    pub fn get(&self, name: &str) -> Option<&str> {
        let start = self.pairs.partition_point(|(k, _)| k.as_str() < name);
        match self.pairs.get(start) {
            Some((k, v)) if k == name => Some(v.as_str()),
            _ => None,
        }
    }

    /// The `Action` parameter.
    pub fn action(&self) -> Option<&str> {
        self.get("Action")
    }

    /// The `Version` parameter.
    pub fn version(&self) -> Option<&str> {
        self.get("Version")
    }

    /// Every pair whose name starts with `prefix`, in name order.
    pub fn with_prefix(&self, prefix: &str) -> &[(String, String)] {
        let start = self.pairs.partition_point(|(k, _)| k.as_str() < prefix);
        let rest = self.pairs.get(start..).unwrap_or_default();
        let len = rest
            .iter()
            .take_while(|(k, _)| k.starts_with(prefix))
            .count();
        rest.get(..len).unwrap_or_default()
    }

    /// All pairs, sorted by name.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

fn is_form_content_type(content_type: &str) -> bool {
    let media_type = content_type.split(';').next().unwrap_or_default().trim();
    media_type.eq_ignore_ascii_case("application/x-www-form-urlencoded")
}

/// The `&`-separated pieces of `input` that are not empty: its parameters. Counting stops
/// past [`MAX_PARAMETERS`], so an oversized input is not scanned to its end.
fn count_pieces(input: &[u8]) -> usize {
    pieces(input).take(MAX_PARAMETERS + 1).count()
}

fn pieces(input: &[u8]) -> impl Iterator<Item = &[u8]> {
    input
        .split(|&b| b == b'&')
        .filter(|piece| !piece.is_empty())
}

fn parse_into(input: &[u8], pairs: &mut Vec<(String, String)>) -> Result<(), AwsError> {
    for piece in pieces(input) {
        let (name, value) = match piece.iter().position(|&b| b == b'=') {
            Some(eq) => (
                piece.get(..eq).unwrap_or_default(),
                piece.get(eq + 1..).unwrap_or_default(),
            ),
            None => (piece, &[][..]),
        };
        pairs.push((decode_component(name)?, decode_component(value)?));
    }
    Ok(())
}

/// Decodes one form component: `+` is a space, `%XX` a byte (a `%` not followed by two hex
/// digits stays as it is); the result must be UTF-8.
fn decode_component(raw: &[u8]) -> Result<String, AwsError> {
    let decoded = if raw.iter().any(|&b| b == b'+' || b == b'%') {
        let mut out = Vec::with_capacity(raw.len());
        let mut rest = raw;
        while let Some((&byte, tail)) = rest.split_first() {
            rest = tail;
            out.push(match byte {
                b'+' => b' ',
                b'%' => match percent_escape(rest) {
                    Some(escaped) => {
                        rest = rest.get(2..).unwrap_or_default();
                        escaped
                    }
                    None => b'%',
                },
                other => other,
            });
        }
        out
    } else {
        raw.to_vec()
    };
    String::from_utf8(decoded).map_err(|_| {
        AwsError::malformed_query_string("The query string is not valid UTF-8 once decoded.")
    })
}

/// The byte written by the two hex digits at the start of `rest`, if they are hex digits.
fn percent_escape(rest: &[u8]) -> Option<u8> {
    let hex = |digit: u8| char::from(digit).to_digit(16);
    let (high, low) = (hex(*rest.first()?)?, hex(*rest.get(1)?)?);
    u8::try_from(high * 16 + low).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn query_and_form_body_mix() -> Result<(), AwsError> {
        let p = QueryParams::parse(
            "Action=AssumeRole&Version=2011-06-15",
            b"RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=a+b",
            Some("application/x-www-form-urlencoded; charset=utf-8"),
        )?;
        assert_eq!(p.action(), Some("AssumeRole"));
        assert_eq!(p.version(), Some("2011-06-15"));
        assert_eq!(
            p.get("RoleArn"),
            Some("arn:aws:iam::123456789012:role/demo")
        );
        assert_eq!(p.get("RoleSessionName"), Some("a b"));
        assert_eq!(p.get("rolearn"), None, "names are case-sensitive");
        Ok(())
    }

    #[test]
    fn body_ignored_for_other_content_types() -> Result<(), AwsError> {
        let p = QueryParams::parse(
            "Action=GetCallerIdentity",
            b"Version=x",
            Some("application/json"),
        )?;
        assert_eq!(p.version(), None);
        let p = QueryParams::parse("", b"Version=x", None)?;
        assert_eq!(p.version(), Some("x"));
        Ok(())
    }

    #[test]
    fn repeated_keys_first_wins_query_before_body() -> Result<(), AwsError> {
        let p = QueryParams::parse("A=1&A=2", b"A=3", Some("application/x-www-form-urlencoded"))?;
        assert_eq!(p.get("A"), Some("1"));
        assert_eq!(p.with_prefix("A").len(), 3);
        Ok(())
    }

    #[test]
    fn bare_key_and_empty_value() -> Result<(), AwsError> {
        let p = QueryParams::parse("Tags=&Flag&&X=%2B%20", b"", None)?;
        assert_eq!(p.get("Tags"), Some(""));
        assert_eq!(p.get("Flag"), Some(""));
        assert_eq!(p.get("X"), Some("+ "));
        Ok(())
    }

    #[test]
    fn invalid_utf8_is_malformed() {
        let err = QueryParams::parse("A=%FF", b"", None).err();
        assert_eq!(err.map(|e| e.code), Some("MalformedQueryString".into()));
    }

    #[test]
    fn parameter_count_is_capped() -> Result<(), AwsError> {
        let form = Some("application/x-www-form-urlencoded");
        let at_cap = "a=1&".repeat(MAX_PARAMETERS);
        assert_eq!(
            QueryParams::parse("", at_cap.as_bytes(), form)?
                .pairs()
                .len(),
            MAX_PARAMETERS
        );
        // Empty pieces are not parameters.
        let sparse = format!("&&{at_cap}&&");
        assert!(QueryParams::parse("", sparse.as_bytes(), form).is_ok());
        // One more, from the query string or the body, is refused.
        for (query, body) in [("b=2", at_cap.as_str()), ("", &format!("{at_cap}b"))] {
            let err = QueryParams::parse(query, body.as_bytes(), form).err();
            assert_eq!(
                err.map(|e| (e.code, e.status)),
                Some(("RequestEntityTooLarge".into(), 413))
            );
        }
        // A body that is not a form is not counted.
        let json = "a&".repeat(MAX_PARAMETERS + 1);
        assert!(QueryParams::parse("", json.as_bytes(), Some("application/json")).is_ok());
        Ok(())
    }

    #[test]
    fn prefix_scan() {
        let p = QueryParams::from_pairs([
            ("Tags.member.2.Key", "b"),
            ("Tags.member.10.Key", "c"),
            ("TagsX", "no"),
            ("Tag", "no"),
            ("Tags.member.1.Key", "a"),
        ]);
        let keys: Vec<&str> = p
            .with_prefix("Tags.")
            .iter()
            .map(|(k, _)| k.as_str())
            .collect();
        assert_eq!(
            keys,
            [
                "Tags.member.1.Key",
                "Tags.member.10.Key",
                "Tags.member.2.Key"
            ]
        );
    }

    proptest! {
        #[test]
        fn parse_never_panics(q in ".*", b in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = QueryParams::parse(&q, &b, None);
        }

        #[test]
        fn encoded_pairs_round_trip(k in "[A-Za-z.0-9]{1,12}", v in ".*") {
            let enc: String = percent_encoding::utf8_percent_encode(&v, percent_encoding::NON_ALPHANUMERIC).to_string();
            let p = QueryParams::parse(&format!("{k}={enc}"), b"", None);
            let p = p.ok();
            prop_assert_eq!(p.as_ref().and_then(|p| p.get(&k)), Some(v.as_str()));
        }

        #[test]
        fn decoding_agrees_with_the_percent_encoding_crate(
            raw in proptest::collection::vec(
                prop_oneof![Just(b'%'), Just(b'+'), Just(b'f'), Just(b'F'), Just(b'9'), Just(b'g'), any::<u8>()],
                0..24,
            )
        ) {
            let plus_decoded: Vec<u8> = raw.iter().map(|&b| if b == b'+' { b' ' } else { b }).collect();
            let reference = percent_encoding::percent_decode(&plus_decoded)
                .decode_utf8()
                .map(|s| s.into_owned())
                .ok();
            prop_assert_eq!(decode_component(&raw).ok(), reference);
        }
    }
}
