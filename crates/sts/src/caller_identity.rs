//! GetCallerIdentity and GetAccessKeyInfo: who is calling, and which account owns a key.

use gatehouse_protocol::AwsError;
use gatehouse_protocol::sts::{GetAccessKeyInfoResponse, GetCallerIdentityResponse};
use gatehouse_token::Partition;
use gatehouse_token::ids::account_of_key_id;

use gatehouse_core::Context;

/// GetCallerIdentity needs no permission and is never denied, even by an explicit deny.
pub(super) fn get_caller_identity(
    ctx: &Context,
    partition: Partition,
) -> Result<GetCallerIdentityResponse, AwsError> {
    let principal = ctx.caller.principal();
    Ok(GetCallerIdentityResponse {
        user_id: Some(principal.user_id()),
        account: principal.account().map(|a| a.to_string()),
        arn: Some(principal.arn(partition)),
    })
}

/// The account encoded in any well-formed access key id, known to gatehouse or not; AWS says
/// nothing about the key's state.
pub(super) fn get_access_key_info(
    access_key_id: &str,
) -> Result<GetAccessKeyInfoResponse, AwsError> {
    let account = account_of_key_id(access_key_id).ok_or_else(|| {
        gatehouse_error::Error::new(
            gatehouse_error::ErrorCode::InvalidParameterValue,
            format!("The access key ID '{access_key_id}' is not well formed."),
        )
    })?;
    Ok(GetAccessKeyInfoResponse {
        account: Some(account.to_string()),
    })
}
