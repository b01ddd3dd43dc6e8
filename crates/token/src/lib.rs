//! Identifier, key and token formats.
//!
//! - [`account`]: the 12-digit account id.
//! - [`ids`]: access key ids that encode their account the way AWS's do, unique ids with their
//!   type prefixes, and secret access keys.
//! - [`arn`]: ARNs of IAM and STS principals and resources.
//! - [`session`]: the claims a temporary credential carries and the keyring that seals them into
//!   an authenticated-encrypted session token.

pub mod account;
pub mod arn;
pub mod base32;
pub mod ids;
pub mod partition;
pub mod session;

pub use account::AccountId;
pub use partition::Partition;
pub use session::{Keyring, SealedToken, SessionClaims, SessionPrincipal, TokenError};
