//! The STS operations.

mod caller_identity;

use gatehouse_protocol::AwsError;
use gatehouse_protocol::sts::{
    GetAccessKeyInfoRequest, GetAccessKeyInfoResponse, GetCallerIdentityRequest,
    GetCallerIdentityResponse, StsApi,
};

use crate::{Context, Service};

impl StsApi for Service {
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
