//! gatehouse-policy: the IAM policy language and AWS's policy evaluation logic.
//!
//! Pure library, no I/O. Parse a document once with [`Policy::parse`] (which validates it the
//! way IAM does and compiles it: lower-cased actions, ARN patterns split into segments, policy
//! variables pre-tokenised), then call [`authorize`] for each request with the applicable
//! [`PolicySet`]. The [`Decision`] says why: which statements matched, which context keys were
//! missing, and what the boundary and SCPs decided.

mod condition;
mod context;
mod date;
mod error;
mod eval;
mod json;
mod pattern;
mod policy;
mod principal;
mod validate;

pub use context::{
    ContextKeys, ContextValue, PrincipalInfo, PrincipalKind, RequestContext, Scalar,
};
pub use error::PolicyError;
pub use eval::{Decision, EvalDecision, MatchedStatement, PolicySet, authorize};
pub use json::Position;
pub use policy::{Effect, Policy, PolicyKind, PolicyVersion, Statement, size_without_whitespace};
pub use principal::PrincipalMatch;
