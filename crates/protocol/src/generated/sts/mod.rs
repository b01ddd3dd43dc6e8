//! AWS Security Token Service (`sts`, API version 2011-06-15).
//!
//! The shapes of the operations are the public types of this module; `StsApi` is the
//! handler trait and `dispatch` decodes, validates, calls it and encodes the answer.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

mod api;
mod decode;
mod encode;
pub mod errors;
mod operations;
mod shapes;
mod validate;

pub use crate::OperationInfo;
pub use api::{StsApi, dispatch};
pub use operations::{operation, operations};
pub use shapes::*;
