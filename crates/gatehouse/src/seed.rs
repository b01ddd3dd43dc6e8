//! `gatehouse serve --init FILE`: create a known world at startup from a TOML file.
//!
//! Every entity is created through the IAM API itself (the same decoder, validation and
//! operations a client meets), as the root of its account, so a seed file can hold nothing a
//! client could not create. Only access keys with given ids and secrets go to the store
//! directly, as no API can choose them. Applying a file twice changes nothing: what exists is
//! left as it is. A malformed file stops startup with a message naming the line. The file's
//! grammar and the calls it stands for are `crates/seed` ([`gatehouse_seed::plan`]).

use std::path::Path;

use gatehouse_core::{Caller, Context, RequestInfo, State};
use gatehouse_protocol::{QueryParams, ResponseFormat, iam};
use gatehouse_seed::{AccountPlan, plan};
use gatehouse_store::{KeyOwner, NewAccessKey, SecretAccessKey};

/// Reads and applies the seed file at `path`.
pub async fn apply_file(state: &State, path: &Path) -> Result<usize, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read the seed file {}: {e}", path.display()))?;
    let plans = plan(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut applied = 0;
    for plan in plans {
        applied += apply(state, plan)
            .await
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(applied)
}

/// Errors that mean "already there": applying a seed again leaves existing entities alone.
fn already_applied(code: &str) -> bool {
    matches!(code, "EntityAlreadyExists")
}

async fn apply(state: &State, plan: AccountPlan) -> Result<usize, String> {
    let context = Context {
        caller: Caller::operator(plan.account),
        request: RequestInfo {
            request_id: "seed".to_owned(),
            source_ip: None,
            secure_transport: false,
            user_agent: Some("gatehouse-seed".to_owned()),
            host: None,
        },
        now: state.clock().now(),
    };
    let handler = gatehouse_iam::Iam::new(state);
    let mut applied = 0;
    for call in plan.calls {
        let mut pairs = vec![
            ("Action".to_owned(), call.action.to_owned()),
            (
                "Version".to_owned(),
                gatehouse_protocol::Api::Iam.version().to_owned(),
            ),
        ];
        pairs.extend(call.params);
        let params = QueryParams::from_pairs(pairs);
        match iam::dispatch(&handler, &context, &params, "seed", ResponseFormat::Xml).await {
            Ok(_) => applied += 1,
            Err(err) if already_applied(&err.code) => {}
            Err(err) => {
                return Err(format!(
                    "line {}: {} failed: {}: {}",
                    call.line, call.action, err.code, err.message
                ));
            }
        }
    }
    let account = plan.account;
    for placement in plan.keys {
        let store = state.store();
        let existing = store
            .access_key(&placement.key.id)
            .await
            .map_err(|e| format!("line {}: {e}", placement.line))?;
        if existing.is_some() {
            continue;
        }
        let owner = match &placement.user {
            Some(name) => KeyOwner::User(name),
            None => KeyOwner::Root,
        };
        let key = NewAccessKey {
            id: placement.key.id.clone(),
            secret: SecretAccessKey::new(placement.key.secret.clone()),
            created: state.clock().now(),
        };
        store
            .create_access_key(account, owner, key)
            .await
            .map_err(|e| {
                format!(
                    "line {}: access key {}: {e}",
                    placement.line, placement.key.id
                )
            })?;
        applied += 1;
    }
    Ok(applied)
}
