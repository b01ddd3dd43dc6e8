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
    /// The credential scope region (any region is accepted).
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

impl SignedClaim {
    /// Refuses a claim scoped to another service than `expected` (e.g. `sts`, `iam`).
    ///
    /// # Errors
    /// [`SigV4Error::WrongService`] when the credential scope names another service.
    pub fn require_service(&self, expected: &str) -> Result<(), SigV4Error> {
        if self.service == expected {
            Ok(())
        } else {
            Err(SigV4Error::WrongService {
                expected: expected.to_owned(),
            })
        }
    }
}

/// Reads the signature claim of a request.
///
/// `Ok(None)` means the request carries no signature at all (neither an `Authorization`
/// header nor presigned query parameters).
///
/// # Errors
/// [`SigV4Error::IncompleteSignature`] or [`SigV4Error::UnsupportedAlgorithm`] when the
/// signature is malformed or incomplete, [`SigV4Error::InvalidTerminator`] when the credential
/// scope does not end in `aws4_request`.
pub fn parse(req: &HttpRequest<'_>) -> Result<Option<SignedClaim>, SigV4Error> {
    let params = PresignParams::read(req.query);
    let authorization = req.headers.get(AUTHORIZATION);
    match (authorization, params.is_presigned()) {
        (None, false) => Ok(None),
        (Some(_), true) => Err(SigV4Error::incomplete(
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified",
        )),
        (Some(value), false) => {
            parse_header(&String::from_utf8_lossy(value.as_bytes()), req.headers).map(Some)
        }
        (None, true) => params.into_claim().map(Some),
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

fn header_text(headers: &http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
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
