//! AWS Identity and Access Management (`iam`, API version 2010-05-08).
//!
//! The shapes of the operations are the public types of this module; `IamApi` is the
//! handler trait and `dispatch` decodes, validates, calls it and encodes the answer.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

mod api;
mod decode;
mod encode;
pub mod errors;
mod operations;
mod shapes;
mod validate;

pub use crate::OperationInfo;
pub use api::{IamApi, dispatch};
pub use operations::{operation, operations};
pub use shapes::*;
