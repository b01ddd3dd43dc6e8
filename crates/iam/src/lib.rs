//! The IAM operations of gatehouse, as an [`IamApi`] handler over the shared [`Service`].
//!
//! Operations not implemented here answer `NotImplemented` (501), never a fake success.

use gatehouse_protocol::iam::IamApi;
use gatehouse_service::{Context, Service};

/// The IAM handler: borrows the shared service state for one request.
#[derive(Clone, Copy)]
pub struct Iam<'a> {
    #[allow(
        dead_code,
        reason = "operations read and write the store through the service"
    )]
    service: &'a Service,
}

impl<'a> Iam<'a> {
    /// The IAM operations over `service`.
    pub fn new(service: &'a Service) -> Self {
        Iam { service }
    }
}

impl IamApi for Iam<'_> {
    type Context = Context;
}
