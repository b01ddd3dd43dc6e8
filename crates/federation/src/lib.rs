//! gatehouse-federation: verification of the identities STS federates, with no storage or
//! HTTP serving of its own.
//!
//! - [`totp`]: RFC 6238 codes for IAM virtual MFA devices, and their QR codes ([`qr`]).
//! - [`oidc`]: ID-token verification for AssumeRoleWithWebIdentity, with discovery and a
//!   JWKS cache; [`fetch`] fetches over HTTP(S); [`test_idp`] is a built-in provider.
//! - [`outbound`]: the per-account RS256/ES384 keys, JWKS and discovery document of
//!   outbound web identity federation (GetWebIdentityToken).
//! - [`saml`]: SAML response verification for AssumeRoleWithSAML (bergshamra XML-DSig).
//!
//! Every failure is an [`Error`] that knows its AWS error code and HTTP status.

pub mod error;
pub mod fetch;
pub mod oidc;
pub mod outbound;
pub mod qr;
pub mod saml;
pub mod test_idp;
pub mod test_saml_idp;
pub mod totp;

pub use error::{CodeRejection, Error};
pub use fetch::HttpJwksFetcher;
pub use oidc::{
    JwksFetcher, OidcProvider, OidcVerifier, VerifiedWebIdentity, provider_host_path,
    unverified_issuer,
};
pub use outbound::{IssuerKey, SigningAlgorithm};
pub use qr::qr_code_png;
pub use saml::{SamlProviderRecord, VerifiedSaml, verify_saml_response};
pub use test_idp::TestIdp;
pub use test_saml_idp::{SamlAssertion, TestSamlIdp};
pub use totp::{Seed, Totp, generate_seed, otpauth_uri};
