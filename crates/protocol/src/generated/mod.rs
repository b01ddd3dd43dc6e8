//! Code generated from the pinned botocore models by `gatehouse-codegen`; do not edit by hand.

pub mod iam;
pub mod organizations;
pub mod sts;
