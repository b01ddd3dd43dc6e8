//! AWS Signature Version 4 verification, pure and without I/O.
//!
//! Verification is two steps, because the caller must find the secret in between:
//! [`parse`] reads what a request claims (access key, scope, time, signed headers) from the
//! `Authorization` header or a presigned query string; [`verify`] then checks the scope, the
//! clock skew and the signature with the secret (or a cached [`SigningKey`]) and returns a
//! [`Verified`] proof. Errors carry AWS's codes, HTTP statuses and messages ([`SigV4Error`]).
//!
//! The canonical request follows the rules the AWS SDKs use for every service but S3: the
//! path is normalised and percent-encoded a second time, query parameters are decoded,
//! re-encoded and sorted, and the payload hash is the SHA-256 of the body.

mod amz_date;
mod canonical;
mod error;
mod parse;
mod signature;
mod signing_key;
mod verify;

pub use canonical::{CanonicalRequest, StringToSign};
pub use error::SigV4Error;
pub use parse::{SignedClaim, parse};
pub use signature::Signature;
pub use signing_key::{SecretKey, SigningKey};
pub use verify::{MAX_CLOCK_SKEW, Verified, VerifyingKey, verify};

/// The parts of an HTTP request that SigV4 covers, borrowed from the server's request.
#[derive(Debug, Clone, Copy)]
pub struct HttpRequest<'a> {
    /// The method, e.g. `POST`.
    pub method: &'a str,
    /// The path, raw: percent-encoded as received.
    pub path: &'a str,
    /// The raw query string, without the `?`.
    pub query: &'a str,
    /// The request headers; must include `host` (insert it from the URI authority for HTTP/2).
    pub headers: &'a http::HeaderMap,
    /// The whole body.
    pub body: &'a [u8],
}

/// Where the signature travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    /// `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
    Header,
    /// Presigned: `X-Amz-Algorithm`, `X-Amz-Credential`, … in the query string.
    Query,
}
