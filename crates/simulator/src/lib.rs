//! The IAM policy simulator.
