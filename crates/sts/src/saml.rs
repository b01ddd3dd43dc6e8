//! AssumeRoleWithSAML: a signed SAML response, verified against the metadata of the IAM SAML
//! provider named by `PrincipalArn`, exchanged for role credentials.

use gatehouse_core::error::store_failure;
use gatehouse_core::{Context, State};
use gatehouse_federation::{SamlProviderRecord, verify_saml_response};
use gatehouse_policy::PrincipalKind;
use gatehouse_protocol::sts::{AssumeRoleWithSAMLRequest, AssumeRoleWithSAMLResponse, errors};
use gatehouse_store::StoreError;
use gatehouse_token::AccountId;
use gatehouse_token::arn::Arn;

use crate::error::{Result, StsError};
use crate::web_identity::{
    FederatedIdentity, SessionRequest, authorize_trust, federation_error, issue_session,
    not_authorized, target_role,
};

/// The action of AssumeRoleWithSAML.
const ACTION: &str = "sts:AssumeRoleWithSAML";
/// SAML keys that stay available to requests made with the session.
const SURVIVING_SAML_KEYS: [&str; 3] = ["saml:namequalifier", "saml:sub", "saml:sub_type"];

/// The stored SAML provider `principal_arn` of `account`, as the verifier takes it.
async fn provider_record(
    state: &State,
    account: AccountId,
    principal_arn: &str,
) -> Result<SamlProviderRecord> {
    let unknown = || {
        StsError::Aws(errors::invalid_identity_token(format!(
            "SAML provider {principal_arn} does not exist in the account of the role"
        )))
    };
    let name = Arn::parse(principal_arn)
        .filter(|arn| {
            arn.partition == state.config().partition.name()
                && arn.service == "iam"
                && AccountId::parse(arn.account) == Some(account)
        })
        .and_then(|arn| arn.resource.strip_prefix("saml-provider/"))
        .ok_or_else(unknown)?;
    let stored = match state
        .store()
        .get_provider::<gatehouse_store::SamlProvider>(account, principal_arn)
        .await
    {
        Ok(stored) => stored,
        Err(StoreError::NotFound { .. }) => return Err(unknown()),
        Err(error) => return Err(store_failure(error).into()),
    };
    Ok(SamlProviderRecord {
        metadata_xml: stored.metadata,
        arn: stored.arn,
        name: name.to_owned(),
        account: account.to_string(),
    })
}

/// AssumeRoleWithSAML.
pub(crate) async fn assume_role_with_saml(
    state: &State,
    ctx: &Context,
    input: AssumeRoleWithSAMLRequest,
) -> Result<AssumeRoleWithSAMLResponse> {
    let target = target_role(state, &input.role_arn, ACTION).await?;
    let record = provider_record(state, target.account, &input.principal_arn).await?;
    let verified =
        verify_saml_response(&input.saml_assertion, &record, ctx.now).map_err(federation_error)?;
    // The assertion must pair exactly this role with exactly this provider.
    let paired = verified
        .roles
        .iter()
        .any(|(role, provider)| *role == input.role_arn && *provider == input.principal_arn);
    if !paired {
        return Err(not_authorized(ACTION));
    }

    let condition_keys = verified.condition_keys();
    let surviving_keys = condition_keys
        .iter()
        .filter(|(key, _)| SURVIVING_SAML_KEYS.contains(&key.as_str()))
        .cloned()
        .collect();
    let identity = FederatedIdentity {
        action: ACTION,
        kind: PrincipalKind::Saml {
            provider: record.arn.clone(),
        },
        provider_arn: record.arn.clone(),
        condition_keys,
        surviving_keys,
        session_name: verified.role_session_name.clone(),
        tags: verified.principal_tags.clone(),
        transitive_tag_keys: verified.transitive_tag_keys.clone(),
        source_identity: verified.source_identity.clone(),
    };
    authorize_trust(state, ctx, &target, &identity).await?;
    let session = issue_session(
        state,
        ctx,
        &target,
        identity,
        SessionRequest {
            duration_seconds: input.duration_seconds,
            provider_duration_seconds: verified.session_duration.map(i64::from),
            not_after: verified.session_not_on_or_after,
            policy: input.policy,
            policy_arns: input.policy_arns,
            minimum_token_size: input.minimum_session_token_size,
        },
    )
    .await?;
    Ok(AssumeRoleWithSAMLResponse {
        credentials: Some(session.issued.credentials),
        session_token_size: session.issued.size,
        session_token_utilization: session.issued.utilization,
        assumed_role_user: Some(session.assumed_role_user),
        packed_policy_size: session.packed_policy_size,
        subject: Some(verified.subject),
        subject_type: Some(verified.subject_type),
        issuer: Some(verified.issuer),
        audience: Some(verified.audience),
        name_qualifier: Some(verified.name_qualifier),
        source_identity: verified.source_identity,
        // Trusted identity propagation (IAM Identity Center) is not emulated.
        trusted_identity_propagation_context: None,
    })
}
