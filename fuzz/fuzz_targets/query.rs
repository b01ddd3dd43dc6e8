//! Query-string and form-body decoding (`QueryParams::parse`), and the round trip: pairs
//! decoded, form-encoded again and decoded again are the same pairs.
//!
//! Input: the raw query string, a NUL byte, then the body (no NUL: all query string).
#![no_main]

use gatehouse_protocol::QueryParams;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (query, body) = match data.iter().position(|&b| b == 0) {
        Some(nul) => (&data[..nul], &data[nul + 1..]),
        None => (data, &[][..]),
    };
    // The server hands over the query string as text.
    let Ok(query) = std::str::from_utf8(query) else {
        return;
    };
    let form = QueryParams::parse(query, body, Some("application/x-www-form-urlencoded"));
    // Without a content type the body is read as a form too; with another one it is not.
    assert_eq!(form, QueryParams::parse(query, body, None));
    assert_eq!(
        QueryParams::parse(query, body, Some("application/json")),
        QueryParams::parse(query, b"", None),
    );
    if let Ok(params) = form {
        let encoded = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(params.pairs())
            .finish();
        let again = QueryParams::parse("", encoded.as_bytes(), None);
        assert_eq!(again.as_ref(), Ok(&params), "re-encoded as {encoded:?}");
    }
});
