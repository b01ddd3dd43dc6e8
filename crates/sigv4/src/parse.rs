//! Reads what a request claims (Authorization header or presigned query), without any secret.

use http::header::{AUTHORIZATION, DATE};
use time::OffsetDateTime;

use crate::amz_date::{parse_basic, parse_rfc1123};
use crate::canonical::{ALGORITHM, SIGNATURE_PARAM, decode_query};
use crate::{Carrier, HttpRequest, SigV4Error, Signature};

const TERMINATOR: &str = "aws4_request";
const X_AMZ_DATE: &str = "x-amz-date";
const X_AMZ_SECURITY_TOKEN: &str = "x-amz-security-token";

const ALGORITHM_PARAM: &str = "X-Amz-Algorithm";
const CREDENTIAL_PARAM: &str = "X-Amz-Credential";
const SIGNED_HEADERS_PARAM: &str = "X-Amz-SignedHeaders";
const DATE_PARAM: &str = "X-Amz-Date";
const EXPIRES_PARAM: &str = "X-Amz-Expires";
const SECURITY_TOKEN_PARAM: &str = "X-Amz-Security-Token";

/// What a signed request claims: who signed it, for which scope, when, and over what.
/// Read without any secret; [`crate::verify`] checks it.
#[derive(Debug, Clone)]
pub struct SignedClaim {
    /// The access key id from the credential scope.
    pub access_key_id: String,
    /// The credential scope date, `YYYYMMDD`.
    pub scope_date: String,
    /// The credential scope region (the caller decides which regions it serves).
    pub region: String,
    /// The credential scope service (the caller decides which services it answers).
    pub service: String,
    /// The signed header names, as listed by the client.
    pub signed_headers: Vec<String>,
    /// The signature the client sent.
    pub signature: Signature,
    /// The request time (`X-Amz-Date`, else the `Date` header).
    pub timestamp: OffsetDateTime,
    /// The session token (`X-Amz-Security-Token` header or parameter), if any.
    pub security_token: Option<String>,
    /// Where the signature travels.
    pub carrier: Carrier,
    /// `X-Amz-Expires` of a presigned request. STS ignores it: presigned requests are valid
    /// for 15 minutes after `X-Amz-Date` whatever it says.
    pub expires: Option<u64>,
}

/// Reads the signature claim of a request.
///
/// `Ok(None)` means the request carries no signature at all (neither an `Authorization`
/// header nor presigned query parameters).
///
/// A request with more than one `Authorization` header is refused, never answered for one of
/// them: the values are read as one, joined with commas as HTTP combines repeated fields (AWS
/// then finds the second `AWS4-HMAC-SHA256` not a valid key=value pair), and should the joined
/// value still parse, it is refused all the same.
///
/// # Errors
/// [`SigV4Error::IncompleteSignature`] or [`SigV4Error::UnsupportedAlgorithm`] when the
/// signature is malformed, incomplete or given more than once, [`SigV4Error::InvalidTerminator`]
/// when the credential scope does not end in `aws4_request`.
pub fn parse(req: &HttpRequest<'_>) -> Result<Option<SignedClaim>, SigV4Error> {
    let params = PresignParams::read(req.query);
    let values: Vec<String> = req
        .headers
        .get_all(AUTHORIZATION)
        .iter()
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        .collect();
    match (values.as_slice(), params.is_presigned()) {
        ([], false) => Ok(None),
        ([], true) => params.into_claim().map(Some),
        (_, true) => Err(SigV4Error::incomplete(
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified",
        )),
        ([value], false) => parse_header(value, req.headers).map(Some),
        (_, false) => parse_header(&values.join(","), req.headers).and_then(|_| {
            Err(SigV4Error::incomplete(
                "The request signature does not conform to AWS standards.",
            ))
        }),
    }
}

fn parse_header(authorization: &str, headers: &http::HeaderMap) -> Result<SignedClaim, SigV4Error> {
    let trimmed = authorization.trim_start();
    let (scheme, rest) = trimmed
        .split_once(|c: char| c.is_ascii_whitespace())
        .unwrap_or((trimmed, ""));
    if scheme != ALGORITHM && scheme.starts_with("AWS4-") {
        return Err(SigV4Error::UnsupportedAlgorithm {
            algorithm: scheme.to_owned(),
        });
    }
    let (mut credential, mut signed_headers, mut signature) = (None, None, None);
    if scheme == ALGORITHM {
        for token in rest
            .split(|c: char| c == ',' || c.is_ascii_whitespace())
            .filter(|token| !token.is_empty())
        {
            let Some((key, value)) = token.split_once('=') else {
                return Err(SigV4Error::incomplete(format!(
                    "'{token}' not a valid key=value pair (missing equal-sign) in Authorization header: '{authorization}'."
                )));
            };
            let slot = match key {
                "Credential" => &mut credential,
                "SignedHeaders" => &mut signed_headers,
                "Signature" => &mut signature,
                _ => continue,
            };
            slot.get_or_insert(value);
        }
    }
    let date = header_text(headers, X_AMZ_DATE)
        .map(|text| (parse_basic(&text), text))
        .or_else(|| header_text(headers, DATE.as_str()).map(|text| (parse_rfc1123(&text), text)));

    let mut missing = String::new();
    for (name, value) in [
        ("Credential", credential.is_none()),
        ("Signature", signature.is_none()),
        ("SignedHeaders", signed_headers.is_none()),
    ] {
        if value {
            missing.push_str(&format!(
                "Authorization header requires '{name}' parameter. "
            ));
        }
    }
    if date.is_none() {
        missing.push_str(
            "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ",
        );
    }
    let (Some(credential), Some(signed_headers), Some(signature), Some((timestamp, date_text))) =
        (credential, signed_headers, signature, date)
    else {
        return Err(SigV4Error::incomplete(format!(
            "{missing}Authorization={authorization}"
        )));
    };
    build_claim(ClaimParts {
        credential,
        signed_headers,
        signature,
        timestamp: timestamp.ok_or_else(|| bad_date(&date_text))?,
        security_token: header_text(headers, X_AMZ_SECURITY_TOKEN),
        carrier: Carrier::Header,
        expires: None,
    })
}

/// The value of a header as the signature covers it: repeated fields are joined with commas,
/// as HTTP combines them and as the canonical request lists them. A second `X-Amz-Date` thus
/// makes the date unreadable and a second `X-Amz-Security-Token` the token unopenable, rather
/// than one of them being believed while the signature vouches for both.
fn header_text(headers: &http::HeaderMap, name: &str) -> Option<String> {
    let mut values = headers.get_all(name).iter();
    let first = values.next()?;
    let mut text = String::from_utf8_lossy(first.as_bytes()).into_owned();
    for value in values {
        text.push(',');
        text.push_str(&String::from_utf8_lossy(value.as_bytes()));
    }
    Some(text)
}

fn bad_date(text: &str) -> SigV4Error {
    SigV4Error::incomplete(format!(
        "Date must be in ISO-8601 'basic format'. Got '{text}'. See http://en.wikipedia.org/wiki/ISO_8601"
    ))
}

/// The `X-Amz-*` query parameters of a presigned request (first occurrence of each).
#[derive(Default)]
struct PresignParams {
    algorithm: Option<String>,
    credential: Option<String>,
    signature: Option<String>,
    signed_headers: Option<String>,
    date: Option<String>,
    expires: Option<String>,
    security_token: Option<String>,
}

impl PresignParams {
    fn read(raw_query: &str) -> Self {
        let mut params = Self::default();
        for (name, value) in decode_query(raw_query) {
            let slot = match name.as_slice() {
                n if n == ALGORITHM_PARAM.as_bytes() => &mut params.algorithm,
                n if n == CREDENTIAL_PARAM.as_bytes() => &mut params.credential,
                n if n == SIGNATURE_PARAM.as_bytes() => &mut params.signature,
                n if n == SIGNED_HEADERS_PARAM.as_bytes() => &mut params.signed_headers,
                n if n == DATE_PARAM.as_bytes() => &mut params.date,
                n if n == EXPIRES_PARAM.as_bytes() => &mut params.expires,
                n if n == SECURITY_TOKEN_PARAM.as_bytes() => &mut params.security_token,
                _ => continue,
            };
            slot.get_or_insert_with(|| String::from_utf8_lossy(&value).into_owned());
        }
        params
    }

    fn is_presigned(&self) -> bool {
        self.algorithm.is_some() || self.credential.is_some() || self.signature.is_some()
    }

    fn into_claim(self) -> Result<SignedClaim, SigV4Error> {
        let (Some(algorithm), Some(credential), Some(signature), Some(signed_headers), Some(date)) = (
            self.algorithm.as_deref(),
            self.credential.as_deref(),
            self.signature.as_deref(),
            self.signed_headers.as_deref(),
            self.date.as_deref(),
        ) else {
            let mut message = String::new();
            for (name, present) in [
                (ALGORITHM_PARAM, self.algorithm.is_some()),
                (CREDENTIAL_PARAM, self.credential.is_some()),
                (SIGNATURE_PARAM, self.signature.is_some()),
                (SIGNED_HEADERS_PARAM, self.signed_headers.is_some()),
                (DATE_PARAM, self.date.is_some()),
            ] {
                if !present {
                    message.push_str(&format!(
                        "AWS query-string parameters must include '{name}'. "
                    ));
                }
            }
            message.push_str("Re-examine the query-string parameters.");
            return Err(SigV4Error::incomplete(message));
        };
        if algorithm != ALGORITHM {
            return Err(SigV4Error::UnsupportedAlgorithm {
                algorithm: algorithm.to_owned(),
            });
        }
        let expires = match self.expires.as_deref() {
            None => None,
            Some(text) => Some(text.parse::<u64>().map_err(|_| {
                SigV4Error::incomplete(format!(
                    "X-Amz-Expires should be a number of seconds, got '{text}'."
                ))
            })?),
        };
        build_claim(ClaimParts {
            credential,
            signed_headers,
            signature,
            timestamp: parse_basic(date).ok_or_else(|| bad_date(date))?,
            security_token: self.security_token.clone(),
            carrier: Carrier::Query,
            expires,
        })
    }
}

/// The pieces both carriers deliver, before the credential is split.
struct ClaimParts<'a> {
    credential: &'a str,
    signed_headers: &'a str,
    signature: &'a str,
    timestamp: OffsetDateTime,
    security_token: Option<String>,
    carrier: Carrier,
    expires: Option<u64>,
}

fn build_claim(parts: ClaimParts<'_>) -> Result<SignedClaim, SigV4Error> {
    let elements: Vec<&str> = parts.credential.split('/').collect();
    let [access_key_id, scope_date, region, service, terminator] = elements.as_slice() else {
        return Err(SigV4Error::incomplete(format!(
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '{}'",
            parts.credential
        )));
    };
    if *terminator != TERMINATOR {
        return Err(SigV4Error::InvalidTerminator {
            terminator: (*terminator).to_owned(),
        });
    }
    let signed_headers: Vec<String> = parts.signed_headers.split(';').map(str::to_owned).collect();
    if !signed_headers
        .iter()
        .any(|name| name.eq_ignore_ascii_case("host") || name == ":authority")
    {
        return Err(SigV4Error::incomplete(
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
        ));
    }
    Ok(SignedClaim {
        access_key_id: (*access_key_id).to_owned(),
        scope_date: (*scope_date).to_owned(),
        region: (*region).to_owned(),
        service: (*service).to_owned(),
        signed_headers,
        signature: Signature::from_hex(parts.signature),
        timestamp: parts.timestamp,
        security_token: parts.security_token,
        carrier: parts.carrier,
        expires: parts.expires,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;
    use proptest::prelude::*;

    const SIGNATURE: &str = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";

    fn headers(pairs: &[(&'static str, &str)]) -> http::HeaderMap {
        let mut map = http::HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn parse_with(
        query: &str,
        headers: &http::HeaderMap,
    ) -> Result<Option<SignedClaim>, SigV4Error> {
        parse(&HttpRequest {
            method: "GET",
            path: "/",
            query,
            headers,
            body: b"",
        })
    }

    fn header_error(authorization: &str, date: Option<&str>) -> String {
        let mut pairs = vec![("authorization", authorization)];
        if let Some(date) = date {
            pairs.push(("x-amz-date", date));
        }
        let error = parse_with("", &headers(&pairs)).unwrap_err();
        assert_eq!(error.code(), "IncompleteSignature");
        assert_eq!(error.http_status(), 400);
        error.to_string()
    }

    #[test]
    fn unsigned_requests_carry_no_claim() {
        assert!(
            parse_with("Action=GetCallerIdentity", &headers(&[]))
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn reads_the_authorization_header_with_spacing_variants() {
        for authorization in [
            format!(
                "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature={SIGNATURE}"
            ),
            format!(
                "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/sts/aws4_request,SignedHeaders=host;x-amz-date,Signature={SIGNATURE}"
            ),
            format!(
                "AWS4-HMAC-SHA256   Credential=AKID/20150830/us-east-1/sts/aws4_request ,  SignedHeaders=host;x-amz-date,\tSignature={SIGNATURE}"
            ),
        ] {
            let map = headers(&[
                ("authorization", &authorization),
                ("x-amz-date", "20150830T123600Z"),
                ("x-amz-security-token", "token"),
            ]);
            let claim = parse_with("", &map).unwrap().unwrap();
            assert_eq!(claim.access_key_id, "AKID");
            assert_eq!(claim.scope_date, "20150830");
            assert_eq!(claim.region, "us-east-1");
            assert_eq!(claim.service, "sts");
            assert_eq!(claim.signed_headers, ["host", "x-amz-date"]);
            assert_eq!(claim.carrier, Carrier::Header);
            assert_eq!(claim.security_token.as_deref(), Some("token"));
            assert_eq!(claim.expires, None);
            assert!(claim.signature.is_well_formed());
            assert_eq!(
                crate::amz_date::format_basic(claim.timestamp),
                "20150830T123600Z"
            );
        }
    }

    #[test]
    fn date_header_is_the_fallback() {
        let authorization = format!(
            "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/sts/aws4_request, SignedHeaders=date;host, Signature={SIGNATURE}"
        );
        let map = headers(&[
            ("authorization", &authorization),
            ("date", "Sun, 30 Aug 2015 12:36:00 GMT"),
        ]);
        let claim = parse_with("", &map).unwrap().unwrap();
        assert_eq!(
            crate::amz_date::format_basic(claim.timestamp),
            "20150830T123600Z"
        );
    }

    #[test]
    fn missing_parts_are_listed_like_aws() {
        assert_eq!(
            header_error(
                "AWS4-HMAC-SHA256 Credential=ABCDEF",
                Some("20150830T123600Z")
            ),
            "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization=AWS4-HMAC-SHA256 Credential=ABCDEF"
        );
        assert_eq!(
            header_error("Bearer abc", None),
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=Bearer abc"
        );
    }

    #[test]
    fn pairs_without_equal_sign_are_refused() {
        let authorization = "AWS4-HMAC-SHA256 Credential=AKID /20150830/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00";
        assert_eq!(
            header_error(authorization, Some("20150830T123600Z")),
            format!(
                "'/20150830/us-east-1/sts/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: '{authorization}'."
            )
        );
    }

    #[test]
    fn other_algorithms_are_unsupported() {
        let map = headers(&[
            (
                "authorization",
                "AWS4-ECDSA-P256-SHA256 Credential=AKID/20150830/sts/aws4_request, SignedHeaders=host, Signature=00",
            ),
            ("x-amz-date", "20150830T123600Z"),
        ]);
        let error = parse_with("", &map).unwrap_err();
        assert_eq!(error.code(), "IncompleteSignature");
        assert_eq!(
            error.to_string(),
            "Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256'."
        );
        let error = parse_with(
            "X-Amz-Algorithm=AWS4-HMAC-SHA512&X-Amz-Credential=a%2Fb%2Fc%2Fd%2Faws4_request&X-Amz-Signature=00&X-Amz-SignedHeaders=host&X-Amz-Date=20150830T123600Z",
            &headers(&[]),
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512'."
        );
    }

    #[test]
    fn malformed_credential_scope_and_date() {
        let with = |credential: &str, signed: &str, date: &str| {
            let authorization = format!(
                "AWS4-HMAC-SHA256 Credential={credential}, SignedHeaders={signed}, Signature={SIGNATURE}"
            );
            parse_with(
                "",
                &headers(&[("authorization", &authorization), ("x-amz-date", date)]),
            )
            .unwrap_err()
        };
        let error = with("AKID/20150830/us-east-1/sts", "host", "20150830T123600Z");
        assert_eq!(
            error.to_string(),
            "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKID/20150830/us-east-1/sts'"
        );
        let error = with(
            "AKID/20150830/us-east-1/sts/aws5_request",
            "host",
            "20150830T123600Z",
        );
        assert_eq!(error.code(), "SignatureDoesNotMatch");
        assert_eq!(
            error.to_string(),
            "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. "
        );
        let error = with(
            "AKID/20150830/us-east-1/sts/aws4_request",
            "x-amz-date",
            "20150830T123600Z",
        );
        assert_eq!(
            error.to_string(),
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."
        );
        let error = with(
            "AKID/20150830/us-east-1/sts/aws4_request",
            "host",
            "2015-08-30T12:36:00Z",
        );
        assert_eq!(
            error.to_string(),
            "Date must be in ISO-8601 'basic format'. Got '2015-08-30T12:36:00Z'. See http://en.wikipedia.org/wiki/ISO_8601"
        );
        assert_eq!(error.http_status(), 400);
    }

    #[test]
    fn repeated_date_and_token_headers_are_read_combined() {
        let authorization = format!(
            "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature={SIGNATURE}"
        );
        let error = parse_with(
            "",
            &headers(&[
                ("authorization", &authorization),
                ("x-amz-date", "20150830T123600Z"),
                ("x-amz-date", "20150830T123700Z"),
            ]),
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "Date must be in ISO-8601 'basic format'. Got '20150830T123600Z,20150830T123700Z'. See http://en.wikipedia.org/wiki/ISO_8601"
        );
        let claim = parse_with(
            "",
            &headers(&[
                ("authorization", &authorization),
                ("x-amz-date", "20150830T123600Z"),
                ("x-amz-security-token", "first"),
                ("x-amz-security-token", "second"),
            ]),
        )
        .unwrap()
        .unwrap();
        assert_eq!(claim.security_token.as_deref(), Some("first,second"));
    }

    #[test]
    fn reads_presigned_queries() {
        let query = format!(
            "Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20150830%2Feu-west-1%2Fsts%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Security-Token=a%2Bb&X-Amz-Signature={SIGNATURE}"
        );
        let claim = parse_with(&query, &headers(&[])).unwrap().unwrap();
        assert_eq!(claim.carrier, Carrier::Query);
        assert_eq!(claim.region, "eu-west-1");
        assert_eq!(claim.expires, Some(60));
        assert_eq!(claim.security_token.as_deref(), Some("a+b"));
        assert_eq!(claim.signed_headers, ["host", "x-k8s-aws-id"]);
        assert_eq!(claim.service, "sts");
    }

    #[test]
    fn incomplete_presigned_queries_are_refused() {
        let error = parse_with(
            "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20150830T123600Z",
            &headers(&[]),
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters must include 'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters."
        );
        let error = parse_with(
            "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=a%2Fb%2Fc%2Fd%2Faws4_request&X-Amz-Signature=00&X-Amz-SignedHeaders=host&X-Amz-Date=20150830T123600Z&X-Amz-Expires=soon",
            &headers(&[]),
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "X-Amz-Expires should be a number of seconds, got 'soon'."
        );
    }

    #[test]
    fn both_carriers_at_once_are_refused() {
        let map = headers(&[("authorization", "AWS4-HMAC-SHA256 Credential=x")]);
        let error = parse_with("X-Amz-Algorithm=AWS4-HMAC-SHA256", &map).unwrap_err();
        assert_eq!(error.code(), "IncompleteSignature");
        assert!(
            error
                .to_string()
                .starts_with("Only one auth mechanism allowed")
        );
    }

    #[test]
    fn two_authorization_headers_are_refused() {
        let first = format!(
            "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature={SIGNATURE}"
        );
        let second = format!(
            "AWS4-HMAC-SHA256 Credential=OTHER/20150830/us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature={SIGNATURE}"
        );
        let map = headers(&[
            ("authorization", &first),
            ("authorization", &second),
            ("x-amz-date", "20150830T123600Z"),
        ]);
        let error = parse_with("", &map).unwrap_err();
        assert_eq!(error.code(), "IncompleteSignature");
        assert_eq!(error.http_status(), 400);
        // AWS reads a doubled header as one, joined with a comma (github.com/envoyproxy/envoy/issues/23702).
        assert_eq!(
            error.to_string(),
            format!(
                "'AWS4-HMAC-SHA256' not a valid key=value pair (missing equal-sign) in Authorization header: '{first},{second}'."
            )
        );

        // A second value that would parse joined to the first is refused all the same.
        let map = headers(&[
            ("authorization", &first),
            (
                "authorization",
                "Credential=OTHER/20150830/us-east-1/sts/aws4_request",
            ),
            ("x-amz-date", "20150830T123600Z"),
        ]);
        let error = parse_with("", &map).unwrap_err();
        assert_eq!(error.code(), "IncompleteSignature");
        assert_eq!(
            error.to_string(),
            "The request signature does not conform to AWS standards."
        );

        // Two headers and a presigned query: only one mechanism is allowed.
        let error = parse_with("X-Amz-Algorithm=AWS4-HMAC-SHA256", &map).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("Only one auth mechanism allowed")
        );
    }

    proptest! {
        #[test]
        fn authorization_parsing_never_panics(value in "[ -~]{0,200}", date in "[ -~]{0,20}") {
            if let (Ok(value), Ok(date)) = (HeaderValue::from_str(&value), HeaderValue::from_str(&date)) {
                let mut map = http::HeaderMap::new();
                map.insert("authorization", value);
                map.insert("x-amz-date", date);
                let _ = parse_with("", &map);
            }
        }

        #[test]
        fn query_parsing_never_panics(query in ".{0,200}") {
            let _ = parse_with(&query, &http::HeaderMap::new());
            let prefixed = format!("X-Amz-Algorithm=AWS4-HMAC-SHA256&{query}");
            let _ = parse_with(&prefixed, &http::HeaderMap::new());
        }
    }
}
