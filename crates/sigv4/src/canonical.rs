//! The canonical request and the string to sign (non-S3 rules: normalised, double-encoded path).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode, percent_encode};
use sha2::{Digest, Sha256};

use crate::amz_date::{format_basic, format_date};
use crate::{Carrier, HttpRequest, SignedClaim};

/// The only algorithm this crate verifies.
pub(crate) const ALGORITHM: &str = "AWS4-HMAC-SHA256";
/// The payload hash S3-style presigners put in the canonical request instead of a body hash.
const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";
/// The query parameter that carries a presigned signature (left out of the canonical query).
pub(crate) const SIGNATURE_PARAM: &str = "X-Amz-Signature";

/// RFC 3986 unreserved characters stay; everything else is percent-encoded.
const QUERY_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// As [`QUERY_SET`], but `/` separates path segments and stays.
const PATH_SET: &AsciiSet = &QUERY_SET.remove(b'/');

/// The canonical request the server computes for a claim (step 1 of SigV4).
#[derive(Debug, Clone)]
pub struct CanonicalRequest(String);

impl CanonicalRequest {
    /// Builds the canonical request of `req` as described by `claim`, with the given payload hash.
    #[must_use]
    pub fn new(req: &HttpRequest<'_>, claim: &SignedClaim, payload_hash: &str) -> Self {
        // Written straight into one buffer: this runs on every signed request.
        let mut text = String::with_capacity(512);
        text.push_str(req.method);
        text.push('\n');
        write_canonical_uri(&mut text, req.path);
        text.push('\n');
        write_canonical_query(&mut text, req.query, claim.carrier);
        text.push('\n');
        for name in &claim.signed_headers {
            text.extend(name.chars().map(|c| c.to_ascii_lowercase()));
            text.push(':');
            write_canonical_header_value(&mut text, req.headers, name);
            text.push('\n');
        }
        text.push('\n');
        for (index, name) in claim.signed_headers.iter().enumerate() {
            if index > 0 {
                text.push(';');
            }
            text.push_str(name);
        }
        text.push('\n');
        text.push_str(payload_hash);
        Self(text)
    }

    /// The canonical request text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The string to sign for this canonical request (step 2 of SigV4).
    #[must_use]
    pub fn string_to_sign(&self, claim: &SignedClaim) -> StringToSign {
        StringToSign(format!(
            "{ALGORITHM}\n{}\n{}/{}/{}/aws4_request\n{}",
            format_basic(claim.timestamp),
            format_date(claim.timestamp),
            claim.region,
            claim.service,
            sha256_hex(self.0.as_bytes())
        ))
    }
}

/// The string to sign: algorithm, timestamp, credential scope and the canonical request hash.
#[derive(Debug, Clone)]
pub struct StringToSign(String);

impl StringToSign {
    /// The string to sign text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The payload hashes a signer may have used for this request, most likely first.
///
/// Header-signed requests sign the SHA-256 of the body. Presigned requests do too (botocore
/// and the AWS SDKs hash the, usually empty, body for non-S3 services); S3-style presigners use
/// `UNSIGNED-PAYLOAD`, which is also accepted when the body is empty, so nothing unsigned can
/// travel with it.
pub(crate) fn payload_hashes(body: &[u8], carrier: Carrier) -> Vec<String> {
    let mut hashes = vec![sha256_hex(body)];
    if carrier == Carrier::Query && body.is_empty() {
        hashes.push(UNSIGNED_PAYLOAD.to_owned());
    }
    hashes
}

fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// Writes the raw (percent-encoded as received) path with dot segments and empty segments
/// removed, then percent-encoded again, as the AWS SDKs sign it for every service but S3.
pub(crate) fn write_canonical_uri(out: &mut String, raw_path: &str) {
    let mut segments: Vec<&str> = Vec::new();
    for segment in raw_path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    for segment in &segments {
        out.push('/');
        out.extend(percent_encode(segment.as_bytes(), PATH_SET));
    }
    let ends_in_directory = ["/", "/.", "/.."]
        .iter()
        .any(|suffix| raw_path.ends_with(suffix));
    if segments.is_empty() || ends_in_directory {
        out.push('/');
    }
}

/// Splits a raw query string into form-decoded (`+` is a space) name and value bytes,
/// skipping empty pairs. A pair without `=` has an empty value.
pub(crate) fn decode_query(raw_query: &str) -> impl Iterator<Item = (Vec<u8>, Vec<u8>)> + '_ {
    raw_query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (form_decode(name), form_decode(value))
        })
}

fn form_decode(text: &str) -> Vec<u8> {
    let spaced = text.replace('+', " ");
    percent_decode(spaced.as_bytes()).collect()
}

/// Writes each parameter decoded, re-encoded with the RFC 3986 rules, sorted by name then
/// value; a presigned request's `X-Amz-Signature` is left out.
pub(crate) fn write_canonical_query(out: &mut String, raw_query: &str, carrier: Carrier) {
    if raw_query.is_empty() {
        return;
    }
    let mut pairs: Vec<(String, String)> = decode_query(raw_query)
        .filter(|(name, _)| carrier != Carrier::Query || name != SIGNATURE_PARAM.as_bytes())
        .map(|(name, value)| {
            (
                percent_encode(&name, QUERY_SET).to_string(),
                percent_encode(&value, QUERY_SET).to_string(),
            )
        })
        .collect();
    pairs.sort();
    for (index, (name, value)) in pairs.iter().enumerate() {
        if index > 0 {
            out.push('&');
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    }
}

/// Writes all values of one header, each trimmed with inner runs of spaces collapsed,
/// comma-joined.
fn write_canonical_header_value(out: &mut String, headers: &http::HeaderMap, name: &str) {
    for (index, value) in headers.get_all(name).iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let value = String::from_utf8_lossy(value.as_bytes());
        for (word_index, word) in value.split(' ').filter(|word| !word.is_empty()).enumerate() {
            if word_index > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn canonical_uri(raw_path: &str) -> String {
        let mut out = String::new();
        write_canonical_uri(&mut out, raw_path);
        out
    }

    fn canonical_query(raw_query: &str, carrier: Carrier) -> String {
        let mut out = String::new();
        write_canonical_query(&mut out, raw_query, carrier);
        out
    }

    fn canonical_header_value(headers: &http::HeaderMap, name: &str) -> String {
        let mut out = String::new();
        write_canonical_header_value(&mut out, headers, name);
        out
    }

    #[test]
    fn uri_is_normalised_then_encoded_again() {
        let cases = [
            ("", "/"),
            ("/", "/"),
            ("//", "/"),
            ("/./", "/"),
            ("/example/..", "/"),
            ("/example1/example2/../..", "/"),
            ("/./example", "/example"),
            ("//example//", "/example/"),
            ("/a/b/.", "/a/b/"),
            ("relative", "/relative"),
            ("/example space/", "/example%20space/"),
            ("/example%20space/", "/example%2520space/"),
            (
                "/test/@connections/JBDvjfGEIAMCERw%3D",
                "/test/%40connections/JBDvjfGEIAMCERw%253D",
            ),
            ("/-._~AZaz09", "/-._~AZaz09"),
            ("/\u{1234}", "/%E1%88%B4"),
        ];
        for (raw, expected) in cases {
            assert_eq!(canonical_uri(raw), expected, "{raw}");
        }
    }

    #[test]
    fn query_is_decoded_encoded_and_sorted() {
        assert_eq!(
            canonical_query(
                "Param-3=Value3&Param=Value2&%E1%88%B4=Value1",
                Carrier::Header
            ),
            "%E1%88%B4=Value1&Param=Value2&Param-3=Value3"
        );
        assert_eq!(
            canonical_query("b=2&a=2&a=1", Carrier::Header),
            "a=1&a=2&b=2"
        );
        assert_eq!(canonical_query("a+b=c%2Bd", Carrier::Header), "a%20b=c%2Bd");
        assert_eq!(canonical_query("flag&&x=", Carrier::Header), "flag=&x=");
        assert_eq!(canonical_query("", Carrier::Header), "");
        assert_eq!(canonical_query("bad=%zz", Carrier::Header), "bad=%25zz");
    }

    #[test]
    fn signature_param_is_left_out_of_presigned_queries_only() {
        let query = "Action=GetCallerIdentity&X-Amz-Signature=abc";
        assert_eq!(
            canonical_query(query, Carrier::Query),
            "Action=GetCallerIdentity"
        );
        assert_eq!(
            canonical_query(query, Carrier::Header),
            "Action=GetCallerIdentity&X-Amz-Signature=abc"
        );
    }

    #[test]
    fn header_values_are_trimmed_collapsed_and_joined() {
        let mut headers = http::HeaderMap::new();
        headers.append("my-header", http::HeaderValue::from_static("  a   b  c "));
        headers.append("my-header", http::HeaderValue::from_static("d"));
        assert_eq!(canonical_header_value(&headers, "My-Header"), "a b c,d");
        assert_eq!(canonical_header_value(&headers, "absent"), "");
        assert_eq!(canonical_header_value(&headers, "not a name"), "");
    }

    #[test]
    fn presigned_empty_bodies_may_be_unsigned() {
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        assert_eq!(payload_hashes(b"", Carrier::Header), vec![empty.to_owned()]);
        assert_eq!(
            payload_hashes(b"", Carrier::Query),
            vec![empty.to_owned(), UNSIGNED_PAYLOAD.to_owned()]
        );
        assert_eq!(payload_hashes(b"x", Carrier::Query).len(), 1);
    }

    proptest! {
        #[test]
        fn canonical_uri_is_absolute_and_encoded(raw in ".*") {
            let uri = canonical_uri(&raw);
            prop_assert!(uri.starts_with('/'));
            prop_assert!(uri.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)));
            prop_assert!(!uri.contains("//"));
        }

        #[test]
        fn canonical_query_is_sorted_and_encoded(raw in ".*") {
            let query = canonical_query(&raw, Carrier::Query);
            let pairs: Vec<&str> = if query.is_empty() { vec![] } else { query.split('&').collect() };
            for pair in &pairs {
                prop_assert_eq!(pair.matches('=').count(), 1);
                prop_assert!(pair.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%=".contains(&b)));
            }
            let mut sorted = pairs.clone();
            sorted.sort_by(|a, b| {
                let (an, av) = a.split_once('=').unwrap();
                let (bn, bv) = b.split_once('=').unwrap();
                (an, av).cmp(&(bn, bv))
            });
            prop_assert_eq!(pairs, sorted);
        }

        #[test]
        fn encoding_round_trips(name in ".*", value in ".*") {
            let raw = format!(
                "{}={}",
                percent_encode(name.as_bytes(), QUERY_SET),
                percent_encode(value.as_bytes(), QUERY_SET)
            );
            let decoded: Vec<_> = decode_query(&raw).collect();
            prop_assert_eq!(decoded, vec![(name.into_bytes(), value.into_bytes())]);
        }
    }
}
