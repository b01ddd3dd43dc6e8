//! AWS Organizations (`organizations`, API version 2016-11-28).
//!
//! The shapes of the operations are the public types of this module; `OrganizationsApi` is the
//! handler trait and `dispatch` decodes, validates, calls it and encodes the answer.
//!
//! Generated from `models/organizations-2016-11-28.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

mod api;
mod decode;
mod encode;
pub mod errors;
mod operations;
mod shapes;
mod validate;

pub use crate::OperationInfo;
pub use api::{OrganizationsApi, dispatch};
pub use operations::{TARGET_PREFIX, operation, operations};
pub use shapes::*;
