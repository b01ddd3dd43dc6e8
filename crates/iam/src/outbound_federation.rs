//! Outbound web identity federation, the account switch behind STS GetWebIdentityToken:
//! EnableOutboundWebIdentityFederation, DisableOutboundWebIdentityFederation and
//! GetOutboundWebIdentityFederationInfo.
//!
//! Enabling the first time generates the account's signing keys (RSA-2048 for RS256, P-384
//! for ES384); disabling keeps them, so tokens issued before stay verifiable and enabling
//! again brings back the same issuer and keys. The issuer URL is gatehouse's own
//! (`http://HOST/_gatehouse/outbound/ACCOUNT`, for the `Host` the client called), where the
//! discovery document and key set are served.

use gatehouse_core::Context;
use gatehouse_federation::outbound::{self, SigningAlgorithm};
use gatehouse_protocol::AwsError;
use gatehouse_protocol::iam::{
    EnableOutboundWebIdentityFederationResponse, GetOutboundWebIdentityFederationInfoResponse,
    errors,
};
use gatehouse_store::{EnableOutcome, PrivateKeyDer};

use crate::error::IamError;
use crate::scope::Scope;

/// `FeatureEnabled` (409).
fn already_enabled() -> AwsError {
    errors::feature_enabled("Outbound web identity federation is already enabled for this account.")
}

/// `FeatureDisabled` (404) for a disable that finds the feature off.
fn already_disabled() -> AwsError {
    errors::feature_disabled(
        "Outbound web identity federation is already disabled for this account.",
    )
}

/// `FeatureDisabled` (404) for an account that never enabled the feature.
fn never_enabled() -> AwsError {
    errors::feature_disabled("Outbound web identity federation is not enabled for this account.")
}

/// `ServiceFailure` (500) for a local failure, logged.
fn service_failure(error: &dyn std::fmt::Display) -> AwsError {
    tracing::error!(%error, "outbound federation key generation failed");
    gatehouse_core::error::service_failure().into()
}

/// A new key pair for each signing algorithm, as the store takes them.
fn generate_keys() -> Result<Vec<(String, String, PrivateKeyDer)>, AwsError> {
    SigningAlgorithm::ALL
        .into_iter()
        .map(|algorithm| {
            let key = outbound::generate(algorithm).map_err(|error| service_failure(&error))?;
            Ok((
                algorithm.as_str().to_owned(),
                key.kid,
                PrivateKeyDer::new(key.private_der.to_vec()),
            ))
        })
        .collect()
}

fn store_error(err: gatehouse_store::StoreError) -> AwsError {
    IamError::from(err).into()
}

fn issuer(s: &Scope<'_>, ctx: &Context) -> String {
    outbound::issuer_url(ctx.request.host.as_deref(), &s.account.to_string())
}

/// Turns the feature on; `FeatureEnabled` if it is on already.
pub(crate) async fn enable(
    s: &Scope<'_>,
    ctx: &Context,
) -> Result<EnableOutboundWebIdentityFederationResponse, AwsError> {
    let state = s
        .store
        .outbound_federation(s.acct())
        .await
        .map_err(store_error)?;
    let keys = match state {
        Some(state) if state.enabled => return Err(already_enabled()),
        Some(_) => Vec::new(),
        // RSA key generation takes a while: keep it off the request workers.
        None => tokio::task::spawn_blocking(generate_keys)
            .await
            .map_err(|error| service_failure(&error))??,
    };
    match s
        .store
        .enable_outbound_federation(s.acct(), &keys, s.now)
        .await
        .map_err(store_error)?
    {
        EnableOutcome::AlreadyEnabled => Err(already_enabled()),
        EnableOutcome::Created | EnableOutcome::Reenabled => {
            Ok(EnableOutboundWebIdentityFederationResponse {
                issuer_identifier: Some(issuer(s, ctx)),
            })
        }
    }
}

/// Turns the feature off; `FeatureDisabled` if it is off already.
pub(crate) async fn disable(s: &Scope<'_>) -> Result<(), AwsError> {
    if s.store
        .disable_outbound_federation(s.acct(), s.now)
        .await
        .map_err(store_error)?
    {
        Ok(())
    } else {
        Err(already_disabled())
    }
}

/// The issuer and whether tokens may be vended now; `FeatureDisabled` for an account that
/// never enabled the feature (one that disabled it still has its issuer).
pub(crate) async fn info(
    s: &Scope<'_>,
    ctx: &Context,
) -> Result<GetOutboundWebIdentityFederationInfoResponse, AwsError> {
    let state = s
        .store
        .outbound_federation(s.acct())
        .await
        .map_err(store_error)?
        .ok_or_else(never_enabled)?;
    Ok(GetOutboundWebIdentityFederationInfoResponse {
        issuer_identifier: Some(issuer(s, ctx)),
        jwt_vending_enabled: Some(state.enabled),
    })
}

#[cfg(test)]
mod tests {
    use gatehouse_core::Principal;
    use gatehouse_protocol::iam::IamApi;
    use gatehouse_test_support as fixtures;
    use gatehouse_token::AccountId;
    use time::OffsetDateTime;

    use super::*;
    use crate::Iam;

    const ACCT: &str = "111122223333";

    fn account() -> AccountId {
        AccountId::parse(ACCT).unwrap()
    }

    fn ctx(principal: Principal) -> Context {
        let mut ctx = Context::local(
            principal,
            OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap(),
        );
        ctx.request.host = Some("127.0.0.1:4566".into());
        ctx
    }

    fn root() -> Context {
        ctx(Principal::Root {
            account: AccountId::parse(ACCT).unwrap(),
        })
    }

    #[tokio::test]
    async fn enable_info_disable_follow_aws_states() {
        let state = fixtures::state().await;
        let iam = Iam::new(&state);
        let issuer = "http://127.0.0.1:4566/_gatehouse/outbound/111122223333";

        let err = iam
            .get_outbound_web_identity_federation_info(&root())
            .await
            .unwrap_err();
        assert_eq!((err.code.as_ref(), err.status), ("FeatureDisabled", 404));
        let err = iam
            .disable_outbound_web_identity_federation(&root())
            .await
            .unwrap_err();
        assert_eq!((err.code.as_ref(), err.status), ("FeatureDisabled", 404));

        let enabled = iam
            .enable_outbound_web_identity_federation(&root())
            .await
            .unwrap();
        assert_eq!(enabled.issuer_identifier.as_deref(), Some(issuer));
        let federation = state
            .store()
            .outbound_federation(account())
            .await
            .unwrap()
            .unwrap();
        let algorithms: Vec<_> = federation
            .keys
            .iter()
            .map(|k| k.algorithm.as_str())
            .collect();
        assert_eq!(algorithms, ["ES384", "RS256"]);
        let kids: Vec<_> = federation.keys.iter().map(|k| k.kid.clone()).collect();

        let err = iam
            .enable_outbound_web_identity_federation(&root())
            .await
            .unwrap_err();
        assert_eq!((err.code.as_ref(), err.status), ("FeatureEnabled", 409));

        let info = iam
            .get_outbound_web_identity_federation_info(&root())
            .await
            .unwrap();
        assert_eq!(info.issuer_identifier.as_deref(), Some(issuer));
        assert_eq!(info.jwt_vending_enabled, Some(true));

        iam.disable_outbound_web_identity_federation(&root())
            .await
            .unwrap();
        let info = iam
            .get_outbound_web_identity_federation_info(&root())
            .await
            .unwrap();
        assert_eq!(info.jwt_vending_enabled, Some(false));
        assert_eq!(info.issuer_identifier.as_deref(), Some(issuer));

        iam.enable_outbound_web_identity_federation(&root())
            .await
            .unwrap();
        let federation = state
            .store()
            .outbound_federation(account())
            .await
            .unwrap()
            .unwrap();
        let again: Vec<_> = federation.keys.iter().map(|k| k.kid.clone()).collect();
        assert_eq!(again, kids, "re-enabling keeps the keys");
    }

    #[tokio::test]
    async fn a_user_needs_permission() {
        let state = fixtures::state().await;
        state
            .store()
            .create_user(account(), fixtures::user("AIDAEXAMPLEUSER00001", "bob"))
            .await
            .unwrap();
        let bob = ctx(Principal::User {
            account: AccountId::parse(ACCT).unwrap(),
            user_id: "AIDAEXAMPLEUSER00001".into(),
            user_name: "bob".into(),
            path: "/".into(),
        });
        let iam = Iam::new(&state);
        let err = iam
            .enable_outbound_web_identity_federation(&bob)
            .await
            .unwrap_err();
        assert_eq!(err.code, "AccessDenied");
        assert!(
            err.message
                .contains("iam:EnableOutboundWebIdentityFederation on resource: *"),
            "{}",
            err.message
        );
        assert!(
            state
                .store()
                .outbound_federation(account())
                .await
                .unwrap()
                .is_none()
        );
    }
}
