//! The real gatehouse binary, started on a loopback port and driven by real clients (the AWS
//! SDK for Rust, the `gatehouse` CLI itself). One test binary for all of them, so that the SDK
//! is compiled into, and linked with, one executable rather than one per file.

mod cli_token;
mod common;
mod request_log;
mod sdk_assume_role;
mod sdk_federation;
mod sdk_iam;
mod sdk_outbound_federation;
mod sdk_sts;
mod sdk_web_identity_provider;
mod startup;
mod strict_mode;
mod workspace_dependencies;
