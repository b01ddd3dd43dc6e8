//! Integration tests that drive the real gatehouse binary with the AWS SDK for Rust.
