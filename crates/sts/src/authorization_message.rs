//! Encoded authorization messages: the decision behind an `AccessDenied`, sealed with the
//! session-token keyring so that only gatehouse can read it back, and
//! DecodeAuthorizationMessage, which returns it in AWS's JSON shape.
//!
//! The sealed envelope is a [`SessionClaims`] that can never act as credentials: its access
//! key id is a marker no request can carry and it expired when it was made.

use gatehouse_core::{Context, State};
use gatehouse_policy::{ContextValue, Decision, EvalDecision, RequestContext, Scalar};
use gatehouse_protocol::sts::{
    DecodeAuthorizationMessageRequest, DecodeAuthorizationMessageResponse,
};
use gatehouse_token::{AccountId, SessionClaims, SessionPrincipal};
use serde_json::{Value, json};

use crate::error::{Result, StsError};
use crate::session::new_claims;

/// The access key id of every authorization-message envelope.
const MARKER: &str = "authorization-message";

fn scalar_text(value: &Scalar) -> String {
    match value {
        Scalar::String(text) => text.clone(),
        Scalar::Bool(flag) => flag.to_string(),
        Scalar::Number(number) => number.to_string(),
        Scalar::Date(date) => date
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
        Scalar::Ip(ip) => ip.to_string(),
        Scalar::Binary(bytes) => format!("{bytes:?}"),
    }
}

/// The decoded message AWS returns: allowed, explicitDeny, matchedStatements, failures and
/// the context (principal, action, resource, conditions).
pub(crate) fn describe(request: &RequestContext, decision: &Decision) -> Value {
    let principal = request.principal.as_ref();
    let mut conditions: Vec<(&str, &ContextValue)> = request.keys.iter().collect();
    conditions.sort_by(|a, b| a.0.cmp(b.0));
    let conditions: Vec<Value> = conditions
        .into_iter()
        .map(|(key, value)| {
            let values: Vec<Value> = value
                .values()
                .iter()
                .map(|v| json!({ "value": scalar_text(v) }))
                .collect();
            json!({ "key": key, "values": { "items": values } })
        })
        .collect();
    let statements: Vec<Value> = decision
        .matched
        .iter()
        .map(|m| {
            json!({
                "statementId": m.sid.clone().unwrap_or_default(),
                "effect": match m.effect { gatehouse_policy::Effect::Allow => "ALLOW", gatehouse_policy::Effect::Deny => "DENY" },
                "principals": { "items": [] },
                "principalGroups": { "items": [] },
                "actions": { "items": [] },
                "resources": { "items": [] },
                "conditions": { "items": [] },
                "policyId": m.policy_id,
            })
        })
        .collect();
    json!({
        "allowed": decision.effect == EvalDecision::Allowed,
        "explicitDeny": decision.effect == EvalDecision::ExplicitDeny,
        "matchedStatements": { "items": statements },
        "failures": { "items": [] },
        "context": {
            "principal": {
                "id": principal.and_then(|p| p.unique_id.clone()).unwrap_or_default(),
                "name": principal.map(|p| p.arn.rsplit('/').next().unwrap_or_default().to_owned()).unwrap_or_default(),
                "arn": principal.map(|p| p.arn.clone()).unwrap_or_default(),
            },
            "action": request.action,
            "resource": request.resource,
            "conditions": { "items": conditions },
        }
    })
}

/// Seals the description of a denied request.
pub(crate) fn encode(state: &State, account: AccountId, ctx: &Context, message: &Value) -> String {
    let mut envelope = new_claims(account, SessionPrincipal::Root, ctx.now, 0);
    envelope.access_key_id = MARKER.to_owned();
    envelope.session_policy = Some(message.to_string());
    state.keyring().seal(&envelope)
}

fn open(state: &State, encoded: &str) -> Result<String> {
    let envelope: SessionClaims = state
        .keyring()
        .open(encoded.trim())
        .map_err(|_| StsError::InvalidAuthorizationMessage)?;
    if envelope.access_key_id != MARKER {
        return Err(StsError::InvalidAuthorizationMessage);
    }
    envelope
        .session_policy
        .ok_or(StsError::InvalidAuthorizationMessage)
}

/// DecodeAuthorizationMessage: needs `sts:DecodeAuthorizationMessage`; anything gatehouse did
/// not encode is `InvalidAuthorizationMessageException`.
pub(crate) async fn decode_authorization_message(
    state: &State,
    ctx: &Context,
    input: DecodeAuthorizationMessageRequest,
) -> Result<DecodeAuthorizationMessageResponse> {
    state
        .authorize(ctx, "sts:DecodeAuthorizationMessage", "*")
        .await?;
    Ok(DecodeAuthorizationMessageResponse {
        decoded_message: Some(open(state, &input.encoded_message)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_core::Principal;
    use gatehouse_policy::{ContextKeys, PrincipalInfo, PrincipalKind};

    #[tokio::test]
    async fn messages_round_trip_and_garbage_is_refused() {
        let state = gatehouse_test_support::state().await;
        let account = AccountId::parse("111122223333").unwrap();
        let now = time::OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        let mut ctx = Context::local(Principal::Root { account }, now);
        ctx.caller = gatehouse_core::Caller::unchecked(Principal::Root { account }, None);
        ctx.request.secure_transport = false;
        let request = RequestContext::new("sts:AssumeRole", "arn:aws:iam::111122223333:role/r")
            .with_principal(PrincipalInfo {
                arn: "arn:aws:iam::111122223333:user/bob".into(),
                account: "111122223333".into(),
                unique_id: Some("AIDAX".into()),
                kind: PrincipalKind::User,
            })
            .with_keys(ContextKeys::new().with_string("sts:ExternalId", "x1"));
        let decision = Decision {
            effect: EvalDecision::ImplicitDeny,
            matched: vec![],
            missing_context_keys: vec![],
            boundary_allowed: None,
            organizations_allowed: None,
        };
        let encoded = encode(&state, account, &ctx, &describe(&request, &decision));
        let decoded = decode_authorization_message(
            &state,
            &ctx,
            DecodeAuthorizationMessageRequest {
                encoded_message: encoded,
            },
        )
        .await
        .unwrap()
        .decoded_message
        .unwrap();
        let value: Value = serde_json::from_str(&decoded).unwrap();
        assert_eq!(value["allowed"], false);
        assert_eq!(value["explicitDeny"], false);
        assert_eq!(value["context"]["principal"]["name"], "bob");
        assert_eq!(value["context"]["action"], "sts:AssumeRole");
        assert_eq!(
            value["context"]["conditions"]["items"][0]["key"],
            "sts:ExternalId"
        );
        let garbage = decode_authorization_message(
            &state,
            &ctx,
            DecodeAuthorizationMessageRequest {
                encoded_message: "bm90IGEgbWVzc2FnZQ==".into(),
            },
        )
        .await;
        assert!(matches!(
            garbage,
            Err(StsError::InvalidAuthorizationMessage)
        ));
        // A session token is not an authorization message.
        let token =
            state
                .keyring()
                .seal(&new_claims(account, SessionPrincipal::Root, ctx.now, 3600));
        let token = decode_authorization_message(
            &state,
            &ctx,
            DecodeAuthorizationMessageRequest {
                encoded_message: token,
            },
        )
        .await;
        assert!(matches!(token, Err(StsError::InvalidAuthorizationMessage)));
    }
}
