//! Checks a claim: credential scope, clock skew, then the signature itself.

use time::{Duration, OffsetDateTime};

use crate::amz_date::{format_basic, format_date};
use crate::canonical::payload_hashes;
use crate::{CanonicalRequest, HttpRequest, SecretKey, SigV4Error, SignedClaim, SigningKey};

/// How far a request timestamp may be from the server's clock, both ways (STS and IAM).
pub const MAX_CLOCK_SKEW: Duration = Duration::minutes(15);

/// The key [`verify`] checks a signature with: the secret itself, or a signing key the caller
/// derived (and perhaps cached) for the claim's scope with [`SigningKey::derive`].
#[derive(Debug, Clone, Copy)]
pub enum VerifyingKey<'a> {
    /// The secret access key; the signing key is derived for the claim's scope.
    Secret(&'a SecretKey),
    /// A signing key already derived for the claim's (date, region, service).
    Derived(&'a SigningKey),
}

impl<'a> From<&'a SecretKey> for VerifyingKey<'a> {
    fn from(secret: &'a SecretKey) -> Self {
        Self::Secret(secret)
    }
}

impl<'a> From<&'a SigningKey> for VerifyingKey<'a> {
    fn from(key: &'a SigningKey) -> Self {
        Self::Derived(key)
    }
}

/// Proof that a request was signed by the holder of the secret of an access key: only
/// [`verify`] makes one, so whoever holds one knows a signature was checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    access_key_id: String,
    region: String,
    service: String,
}

impl Verified {
    /// The access key id that signed the request.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The region of the credential scope.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The service of the credential scope.
    pub fn service(&self) -> &str {
        &self.service
    }
}

/// Verifies `claim` (from [`crate::parse`] on the same request) with the signer's key.
///
/// Checks, in order: the scope date (equal to the day of the request timestamp), the clock
/// skew against `now` (15 minutes both ways; for presigned requests too, whatever
/// `X-Amz-Expires` says), then the signature, compared in constant time. The scope's service
/// and region depend on the endpoint: the caller checks them.
///
/// # Errors
/// [`SigV4Error::ScopeDateMismatch`],
/// [`SigV4Error::SignatureExpired`], [`SigV4Error::SignatureNotYetCurrent`] or
/// [`SigV4Error::SignatureDoesNotMatch`] (which carries the canonical request and string to
/// sign the server computed).
pub fn verify<'k>(
    req: &HttpRequest<'_>,
    claim: &SignedClaim,
    key: impl Into<VerifyingKey<'k>>,
    now: OffsetDateTime,
) -> Result<Verified, SigV4Error> {
    check_scope_date(claim)?;
    check_clock_skew(claim.timestamp, now)?;
    let derived;
    let signing_key = match key.into() {
        VerifyingKey::Derived(key) => key,
        VerifyingKey::Secret(secret) => {
            derived = SigningKey::derive(secret, &claim.scope_date, &claim.region, &claim.service);
            &derived
        }
    };
    let mut first_attempt = None;
    for payload_hash in payload_hashes(req.body, claim.carrier) {
        let canonical_request = CanonicalRequest::new(req, claim, &payload_hash);
        let string_to_sign = canonical_request.string_to_sign(claim);
        if claim
            .signature
            .matches(&signing_key.sign(string_to_sign.as_str().as_bytes()))
        {
            return Ok(Verified {
                access_key_id: claim.access_key_id.clone(),
                region: claim.region.clone(),
                service: claim.service.clone(),
            });
        }
        first_attempt.get_or_insert((canonical_request, string_to_sign));
    }
    let (canonical_request, string_to_sign) = first_attempt
        .map_or_else(Default::default, |(c, s)| {
            (c.as_str().to_owned(), s.as_str().to_owned())
        });
    Err(SigV4Error::SignatureDoesNotMatch {
        canonical_request,
        string_to_sign,
    })
}

fn check_scope_date(claim: &SignedClaim) -> Result<(), SigV4Error> {
    let request_date = format_date(claim.timestamp);
    if claim.scope_date != request_date {
        return Err(SigV4Error::ScopeDateMismatch {
            scope_date: claim.scope_date.clone(),
            request_date,
            timestamp: format_basic(claim.timestamp),
        });
    }
    Ok(())
}

fn check_clock_skew(timestamp: OffsetDateTime, now: OffsetDateTime) -> Result<(), SigV4Error> {
    let earliest = now - MAX_CLOCK_SKEW;
    if timestamp < earliest {
        return Err(SigV4Error::SignatureExpired {
            timestamp: format_basic(timestamp),
            earliest: format_basic(earliest),
            now: format_basic(now),
        });
    }
    let latest = now + MAX_CLOCK_SKEW;
    if timestamp > latest {
        return Err(SigV4Error::SignatureNotYetCurrent {
            timestamp: format_basic(timestamp),
            latest: format_basic(latest),
            now: format_basic(now),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Carrier, Signature};
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2016-06-10 01:45:08 UTC);

    fn claim(timestamp: OffsetDateTime, scope_date: &str, region: &str) -> SignedClaim {
        SignedClaim {
            access_key_id: "AKID".into(),
            scope_date: scope_date.into(),
            region: region.into(),
            service: "sts".into(),
            signed_headers: vec!["host".into()],
            signature: Signature::from_hex(&"0".repeat(64)),
            timestamp,
            security_token: None,
            carrier: Carrier::Header,
            expires: None,
        }
    }

    fn check(claim: &SignedClaim) -> Result<Verified, SigV4Error> {
        let mut headers = http::HeaderMap::new();
        headers.insert("host", http::HeaderValue::from_static("sts.amazonaws.com"));
        let req = HttpRequest {
            method: "POST",
            path: "/",
            query: "",
            headers: &headers,
            body: b"Action=GetCallerIdentity&Version=2011-06-15",
        };
        verify(&req, claim, &SecretKey::new("secret"), NOW)
    }

    #[test]
    fn scope_date_must_be_the_request_day() {
        let error = check(&claim(NOW, "20160609", "us-east-1")).unwrap_err();
        assert_eq!(error.code(), "SignatureDoesNotMatch");
        assert_eq!(
            error.to_string(),
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20160609' != '20160610', from '20160610T014508Z'."
        );
    }

    #[test]
    fn old_requests_have_expired() {
        let signed = datetime!(2016-06-09 18:45:12 UTC);
        let error = check(&claim(signed, "20160609", "us-east-1")).unwrap_err();
        assert_eq!(error.http_status(), 403);
        assert_eq!(
            error.to_string(),
            "Signature expired: 20160609T184512Z is now earlier than 20160610T013008Z (20160610T014508Z - 15 min.)"
        );
    }

    #[test]
    fn future_requests_are_not_yet_current() {
        let signed = datetime!(2016-06-10 02:00:09 UTC);
        let error = check(&claim(signed, "20160610", "us-east-1")).unwrap_err();
        assert_eq!(
            error.to_string(),
            "Signature not yet current: 20160610T020009Z is still later than 20160610T020008Z (20160610T014508Z + 15 min.)"
        );
    }

    #[test]
    fn skew_limits_are_inclusive_and_mismatch_carries_debug_text() {
        for signed in [NOW - MAX_CLOCK_SKEW, NOW + MAX_CLOCK_SKEW] {
            let error = check(&claim(signed, "20160610", "us-east-1")).unwrap_err();
            let SigV4Error::SignatureDoesNotMatch {
                canonical_request,
                string_to_sign,
            } = error
            else {
                panic!("expected a mismatch, got {error:?}");
            };
            assert!(canonical_request.starts_with("POST\n/\n\nhost:sts.amazonaws.com\n\nhost\n"));
            assert!(string_to_sign.starts_with("AWS4-HMAC-SHA256\n2016061"));
            assert!(string_to_sign.contains("\n20160610/us-east-1/sts/aws4_request\n"));
        }
    }
}
