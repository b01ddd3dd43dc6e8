//! The role a `RoleArn` parameter names, as every AssumeRole* operation reads it.

use gatehouse_token::AccountId;
use gatehouse_token::arn::Arn;

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
