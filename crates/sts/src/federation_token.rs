//! GetFederationToken: a federated user acting for an IAM user (or the root), whose
//! permissions are the caller's within the session policies passed here.

use gatehouse_core::{Context, Principal, State};
use gatehouse_policy::ContextKeys;
use gatehouse_protocol::sts::{
    FederatedUser, GetFederationTokenRequest, GetFederationTokenResponse,
};
use gatehouse_token::{SessionPrincipal, arn};

use crate::error::{Result, StsError};
use crate::session;

/// GetFederationToken: IAM users and root only; needs `sts:GetFederationToken` on the
/// federated user (and `sts:TagSession` to pass tags).
pub(crate) async fn get_federation_token(
    state: &State,
    ctx: &Context,
    input: GetFederationTokenRequest,
) -> Result<GetFederationTokenResponse> {
    let (account, user) = match ctx.caller.principal() {
        Principal::Root { account } => (*account, None),
        Principal::User {
            account,
            user_name,
            user_id,
            ..
        } => (*account, Some((user_name.clone(), user_id.clone()))),
        Principal::Session(_) | Principal::Anonymous => {
            return Err(StsError::AccessDenied(
                "Cannot call GetFederationToken with session credentials".to_owned(),
            ));
        }
    };
    let federated_arn = arn::federated_user(state.config().partition, account, &input.name);
    let policies = session::session_policies(state, input.policy, input.policy_arns).await?;
    let tags = session::session_tags(input.tags)?;
    let packed = session::packed_policy_size(&policies, &tags)?;
    state
        .authorize(ctx, "sts:GetFederationToken", &federated_arn)
        .await?;
    if !tags.is_empty() {
        let mut keys =
            ContextKeys::new().with_strings("aws:TagKeys", tags.iter().map(|(k, _)| k.clone()));
        for (key, value) in &tags {
            keys = keys.with_string(format!("aws:RequestTag/{key}"), value.clone());
        }
        state
            .authorize_with(ctx, "sts:TagSession", &federated_arn, &keys)
            .await?;
    }
    let duration = session::user_session_duration(input.duration_seconds, user.is_none());
    let mut claims = session::new_claims(
        account,
        SessionPrincipal::FederatedUser {
            name: input.name.clone(),
            user_name: user.as_ref().map(|(name, _)| name.clone()),
            user_id: user.map(|(_, id)| id),
        },
        ctx.now,
        duration,
    );
    let has_policies = !policies.is_empty() || !tags.is_empty();
    claims.session_policy = policies.inline;
    claims.policy_arns = policies.arns;
    claims.tags = tags;
    let issued = session::credentials(state, &claims, input.minimum_session_token_size)?;
    Ok(GetFederationTokenResponse {
        credentials: Some(issued.credentials),
        federated_user: Some(FederatedUser {
            federated_user_id: format!("{account}:{}", input.name),
            arn: federated_arn,
        }),
        // Always present: AWS answers 0 to a request without policies or tags (recorded in
        // LocalStack's tests/aws/services/sts/test_sts.snapshot.json, get-federation-token).
        packed_policy_size: i32::try_from(if has_policies { packed } else { 0 }).ok(),
        session_token_utilization: issued.utilization,
        session_token_size: issued.size,
    })
}
