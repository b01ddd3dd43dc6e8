//! The role a `RoleArn` parameter names, as every AssumeRole* operation reads it and finds it.

use std::sync::Arc;

use gatehouse_core::State;
use gatehouse_core::error::store_failure;
use gatehouse_store::{Role, StoreError};
use gatehouse_token::AccountId;
use gatehouse_token::arn::Arn;

use crate::error::Result;

/// The role a `RoleArn` names: partition, account, path and name.
pub(crate) struct RoleName<'a> {
    pub(crate) partition: &'a str,
    pub(crate) account: AccountId,
    pub(crate) path: &'a str,
    pub(crate) name: &'a str,
}

/// The role `role_arn` names, if it is an IAM role's ARN (of any partition: one of another
/// partition is well formed, and refused as a role this caller may not assume).
pub(crate) fn parse_role_arn(role_arn: &str) -> Option<RoleName<'_>> {
    let parsed = Arn::parse(role_arn)?;
    if parsed.service != "iam" {
        return None;
    }
    let (kind, path, name) = parsed.path_resource()?;
    (kind == "role" && !name.is_empty()).then_some(())?;
    Some(RoleName {
        partition: parsed.partition,
        account: AccountId::parse(parsed.account)?,
        path,
        name,
    })
}

/// The stored role that `name` names, `None` when there is none. The path is part of the
/// name: a role found by its name at another path is none. Users of AWS report that "to call
/// the STS AssumeRole API, you need to provide that full ARN" with the path
/// (alphagov/gsp pull request 336, 2019); AssumeRoleWithWebIdentity and AssumeRoleWithSAML
/// read `RoleArn` the same way here, since an ARN that names no role must never reach one.
pub(crate) async fn stored_role(state: &State, name: &RoleName<'_>) -> Result<Option<Arc<Role>>> {
    match state.role(name.account, name.name).await {
        Ok(role) if role.path == name.path => Ok(Some(role)),
        Ok(_) | Err(StoreError::NotFound { .. }) => Ok(None),
        Err(other) => Err(store_failure(other).into()),
    }
}
