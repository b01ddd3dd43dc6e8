//! The STS operations of gatehouse, as an [`StsApi`] handler over the shared [`State`].
//!
//! One module per operation; [`session`] holds what the credential-issuing operations share
//! (session policies, tags, packed size, sealing) and [`error::StsError`] is how they fail.

mod assume_role;
mod authorization_message;
mod caller_identity;
pub mod error;
mod federation_token;
mod mfa;
mod role_arn;
mod saml;
mod session;
mod session_token;
mod web_identity;
mod web_identity_token;

pub use error::StsError;

use gatehouse_core::{Context, State};
use gatehouse_protocol::AwsError;
use gatehouse_protocol::sts::{
    AssumeRoleRequest, AssumeRoleResponse, AssumeRoleWithSAMLRequest, AssumeRoleWithSAMLResponse,
    AssumeRoleWithWebIdentityRequest, AssumeRoleWithWebIdentityResponse,
    DecodeAuthorizationMessageRequest, DecodeAuthorizationMessageResponse, GetAccessKeyInfoRequest,
    GetAccessKeyInfoResponse, GetCallerIdentityRequest, GetCallerIdentityResponse,
    GetFederationTokenRequest, GetFederationTokenResponse, GetSessionTokenRequest,
    GetSessionTokenResponse, GetWebIdentityTokenRequest, GetWebIdentityTokenResponse, StsApi,
};

/// The STS handler: borrows the shared state for one request.
#[derive(Clone, Copy)]
pub struct Sts<'a> {
    state: &'a State,
}

impl<'a> Sts<'a> {
    /// The STS operations over `service`.
    pub fn new(state: &'a State) -> Self {
        Sts { state }
    }
}

impl StsApi for Sts<'_> {
    type Context = Context;

    async fn get_caller_identity(
        &self,
        ctx: &Context,
        _input: GetCallerIdentityRequest,
    ) -> Result<GetCallerIdentityResponse, AwsError> {
        caller_identity::get_caller_identity(ctx, self.state.config().partition)
    }

    async fn get_access_key_info(
        &self,
        _ctx: &Context,
        input: GetAccessKeyInfoRequest,
    ) -> Result<GetAccessKeyInfoResponse, AwsError> {
        caller_identity::get_access_key_info(&input.access_key_id)
    }

    async fn assume_role(
        &self,
        ctx: &Context,
        input: AssumeRoleRequest,
    ) -> Result<AssumeRoleResponse, AwsError> {
        Ok(assume_role::assume_role(self.state, ctx, input).await?)
    }

    async fn assume_role_with_web_identity(
        &self,
        ctx: &Context,
        input: AssumeRoleWithWebIdentityRequest,
    ) -> Result<AssumeRoleWithWebIdentityResponse, AwsError> {
        Ok(web_identity::assume_role_with_web_identity(self.state, ctx, input).await?)
    }

    async fn assume_role_with_saml(
        &self,
        ctx: &Context,
        input: AssumeRoleWithSAMLRequest,
    ) -> Result<AssumeRoleWithSAMLResponse, AwsError> {
        Ok(saml::assume_role_with_saml(self.state, ctx, input).await?)
    }

    async fn get_session_token(
        &self,
        ctx: &Context,
        input: GetSessionTokenRequest,
    ) -> Result<GetSessionTokenResponse, AwsError> {
        Ok(session_token::get_session_token(self.state, ctx, input).await?)
    }

    async fn get_federation_token(
        &self,
        ctx: &Context,
        input: GetFederationTokenRequest,
    ) -> Result<GetFederationTokenResponse, AwsError> {
        Ok(federation_token::get_federation_token(self.state, ctx, input).await?)
    }

    async fn decode_authorization_message(
        &self,
        ctx: &Context,
        input: DecodeAuthorizationMessageRequest,
    ) -> Result<DecodeAuthorizationMessageResponse, AwsError> {
        Ok(authorization_message::decode_authorization_message(self.state, ctx, input).await?)
    }

    async fn get_web_identity_token(
        &self,
        ctx: &Context,
        input: GetWebIdentityTokenRequest,
    ) -> Result<GetWebIdentityTokenResponse, AwsError> {
        Ok(web_identity_token::get_web_identity_token(self.state, ctx, input).await?)
    }
}
