//! The STS operations of gatehouse, as an [`StsApi`] handler over the shared [`Service`].

mod caller_identity;

use gatehouse_protocol::AwsError;
use gatehouse_protocol::sts::{
    GetAccessKeyInfoRequest, GetAccessKeyInfoResponse, GetCallerIdentityRequest,
    GetCallerIdentityResponse, StsApi,
};
use gatehouse_service::{Context, Service};

/// The STS handler: borrows the shared service state for one request.
#[derive(Clone, Copy)]
pub struct Sts<'a> {
    #[allow(
        dead_code,
        reason = "the credential-issuing operations use the service state"
    )]
    service: &'a Service,
}

impl<'a> Sts<'a> {
    /// The STS operations over `service`.
    pub fn new(service: &'a Service) -> Self {
        Sts { service }
    }
}

impl StsApi for Sts<'_> {
    type Context = Context;

    async fn get_caller_identity(
        &self,
        ctx: &Context,
        _input: GetCallerIdentityRequest,
    ) -> Result<GetCallerIdentityResponse, AwsError> {
        caller_identity::get_caller_identity(ctx)
    }

    async fn get_access_key_info(
        &self,
        _ctx: &Context,
        input: GetAccessKeyInfoRequest,
    ) -> Result<GetAccessKeyInfoResponse, AwsError> {
        caller_identity::get_access_key_info(&input.access_key_id)
    }
}
