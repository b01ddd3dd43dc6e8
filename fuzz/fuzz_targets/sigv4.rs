//! SigV4: reading the claim of the `Authorization` header or of a presigned query string
//! (`gatehouse_sigv4::parse`), then verifying it with a fixed secret, which builds the
//! canonical request from the fuzzed path, query and headers.
//!
//! Input, one part per line: the method, the path, the query string, then header lines
//! `name: value` up to an empty line; the rest is the body.
#![no_main]

use gatehouse_sigv4::{HttpRequest, SecretKey, parse, verify};
use http::{HeaderMap, HeaderName, HeaderValue};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((head, body)) = split_head(data) else {
        return;
    };
    let Ok(head) = std::str::from_utf8(head) else {
        return;
    };
    let mut lines = head.split('\n');
    let (Some(method), Some(path), Some(query)) = (lines.next(), lines.next(), lines.next()) else {
        return;
    };
    let mut headers = HeaderMap::new();
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        // Only what the HTTP layer lets through: valid names and values.
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.trim().as_bytes()),
            HeaderValue::from_str(value.trim()),
        ) {
            headers.append(name, value);
        }
    }
    let req = HttpRequest {
        method,
        path,
        query,
        headers: &headers,
        body,
    };
    if let Ok(Some(claim)) = parse(&req) {
        // At the request's own time, so that the clock check passes and the signature is
        // computed.
        let _ = verify(
            &req,
            &claim,
            &SecretKey::new("fuzz secret"),
            claim.timestamp,
        );
    }
});

/// Splits at the first empty line: the request head, then the body.
fn split_head(data: &[u8]) -> Option<(&[u8], &[u8])> {
    let end = data.windows(2).position(|pair| pair == b"\n\n")?;
    Some((&data[..end], &data[end + 2..]))
}
