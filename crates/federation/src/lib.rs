//! gatehouse-federation: verification of the identities STS federates, with no storage or
//! HTTP serving of its own.
//!
//! - [`totp`]: RFC 6238 codes for IAM virtual MFA devices, and their QR codes ([`qr`]).
//!
//! Every failure is an [`Error`] that knows its AWS error code and HTTP status.

pub mod error;
pub mod qr;
pub mod totp;

pub use error::{CodeRejection, Error};
pub use qr::qr_code_png;
pub use totp::{Seed, Totp, generate_seed, otpauth_uri};
