//! CreateRole, GetRole, ListRoles, UpdateRole, UpdateRoleDescription, UpdateAssumeRolePolicy,
//! DeleteRole, and the trust policy rules they share.

use gatehouse_core::Mode;
use gatehouse_policy::{Policy, PolicyError, PolicyKind, size_without_whitespace};
use gatehouse_protocol::iam::{
    CreateRoleRequest, CreateRoleResponse, DeleteRoleRequest, GetRoleRequest, GetRoleResponse,
    ListRolesRequest, ListRolesResponse, Role, UpdateAssumeRolePolicyRequest,
    UpdateRoleDescriptionRequest, UpdateRoleDescriptionResponse, UpdateRoleRequest,
    UpdateRoleResponse,
};
use gatehouse_store::{NewRole, RoleUpdate, StoreError, TagTarget};
use gatehouse_token::AccountId;
use gatehouse_token::arn::Arn;
use gatehouse_token::ids::{IdPrefix, new_unique_id};

use crate::convert::{self, DEFAULT_PATH, Detail};
use crate::error::{IamError, Result};
use crate::new_ids::create_under_new_id;
use crate::paging;
use crate::policies::check_boundary;
use crate::scope::Scope;
use crate::service_linked_roles::check_modifiable;

/// Largest trust policy, whitespace not counted (AWS's default quota).
pub(crate) const TRUST_POLICY_SIZE: usize = 2048;

/// A role's `MaxSessionDuration` when none is given.
const DEFAULT_MAX_SESSION_DURATION: i64 = 3600;

/// Validates a trust policy: grammar, size, and (strict mode) that every AWS principal exists.
async fn check_trust_policy(s: &Scope<'_>, document: &str) -> Result<()> {
    let policy = Policy::parse(document, PolicyKind::Trust)?;
    if size_without_whitespace(document) > TRUST_POLICY_SIZE {
        return Err(IamError::LimitExceeded(format!(
            "Cannot exceed quota for ACLSizePerRole: {TRUST_POLICY_SIZE}"
        )));
    }
    if s.mode == Mode::Strict {
        for value in policy.principal_arns() {
            if !principal_exists(s, &value).await? {
                return Err(PolicyError::InvalidPrincipal {
                    kind: "AWS".to_owned(),
                    value,
                }
                .into());
            }
        }
    }
    Ok(())
}

/// Whether a store lookup found the entity (a missing one is `false`, not an error).
fn found<T>(lookup: std::result::Result<T, StoreError>) -> Result<Option<T>> {
    match lookup {
        Ok(found) => Ok(Some(found)),
        Err(StoreError::NotFound { .. }) => Ok(None),
        Err(other) => Err(other.into()),
    }
}

/// Whether an `AWS` principal of a trust policy names something that exists: an account,
/// an account root, or an existing user, role or role session (by ARN or unique id).
async fn principal_exists(s: &Scope<'_>, value: &str) -> Result<bool> {
    if AccountId::parse(value).is_some() {
        return Ok(true);
    }
    if value.starts_with("AIDA") {
        return Ok(s
            .store
            .by_id::<gatehouse_store::User>(value)
            .await?
            .is_some());
    }
    if value.starts_with("AROA") {
        return Ok(s
            .store
            .by_id::<gatehouse_store::Role>(value)
            .await?
            .is_some());
    }
    let Some(arn) = Arn::parse(value) else {
        return Ok(false);
    };
    let Some(account) = AccountId::parse(arn.account) else {
        return Ok(false);
    };
    if arn.service == "iam" && arn.resource == "root" {
        return Ok(true);
    }
    let Some((kind, path, name)) = arn.path_resource() else {
        return Ok(false);
    };
    Ok(match (arn.service, kind) {
        ("iam", "user") => found(s.store.get::<gatehouse_store::User>(account, name).await)?
            .is_some_and(|user| user.path == path),
        ("iam", "role") => found(s.store.get::<gatehouse_store::Role>(account, name).await)?
            .is_some_and(|role| role.path == path),
        ("sts", "assumed-role") => {
            let role_name = name_of_session_role(arn.resource);
            found(
                s.store
                    .get::<gatehouse_store::Role>(account, role_name)
                    .await,
            )?
            .is_some()
        }
        _ => false,
    })
}

/// The role name of `assumed-role/ROLE/SESSION`.
fn name_of_session_role(resource: &str) -> &str {
    resource.split('/').nth(1).unwrap_or_default()
}

pub(crate) async fn create_role(
    s: &Scope<'_>,
    input: CreateRoleRequest,
) -> Result<CreateRoleResponse> {
    check_trust_policy(s, &input.assume_role_policy_document).await?;
    if let Some(arn) = &input.permissions_boundary {
        check_boundary(s, arn).await?;
    }
    let tags = convert::tags_in(TagTarget::Role(&input.role_name), input.tags)?;
    let new = NewRole {
        id: String::new(),
        name: input.role_name,
        path: input.path.unwrap_or_else(|| DEFAULT_PATH.to_owned()),
        created: s.now,
        trust_policy: input.assume_role_policy_document,
        description: input.description,
        max_session_duration: input
            .max_session_duration
            .map_or(DEFAULT_MAX_SESSION_DURATION, i64::from),
        permissions_boundary: input.permissions_boundary,
        tags,
    };
    let role = create_under_new_id(
        || new_unique_id(IdPrefix::Role, s.account),
        |id| s.store.create_role(s.acct(), NewRole { id, ..new.clone() }),
    )
    .await?;
    Ok(CreateRoleResponse {
        role: convert::role(s.partition, s.account, role, Detail::Created),
    })
}

pub(crate) async fn get_role(s: &Scope<'_>, input: GetRoleRequest) -> Result<GetRoleResponse> {
    let role = s
        .store
        .get::<gatehouse_store::Role>(s.acct(), &input.role_name)
        .await?;
    Ok(GetRoleResponse {
        role: convert::role(s.partition, s.account, role, Detail::Full),
    })
}

pub(crate) async fn list_roles(
    s: &Scope<'_>,
    input: ListRolesRequest,
) -> Result<ListRolesResponse> {
    let page = s
        .store
        .list::<gatehouse_store::Role>(
            s.acct(),
            input.path_prefix.as_deref(),
            &paging::request(input.marker, input.max_items),
        )
        .await?;
    let listed = paging::from_store(page, |r| {
        convert::role(s.partition, s.account, r, Detail::Listed)
    });
    Ok(ListRolesResponse {
        roles: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn update_role(
    s: &Scope<'_>,
    input: UpdateRoleRequest,
) -> Result<UpdateRoleResponse> {
    // A service-linked role's description may be edited; nothing else about it.
    if input.max_session_duration.is_some() {
        check_modifiable(s, &input.role_name).await?;
    }
    s.store
        .update_role(
            s.acct(),
            &input.role_name,
            RoleUpdate {
                description: input.description,
                max_session_duration: input.max_session_duration.map(i64::from),
            },
        )
        .await?;
    Ok(UpdateRoleResponse {})
}

pub(crate) async fn update_role_description(
    s: &Scope<'_>,
    input: UpdateRoleDescriptionRequest,
) -> Result<UpdateRoleDescriptionResponse> {
    let role = s
        .store
        .update_role(
            s.acct(),
            &input.role_name,
            RoleUpdate {
                description: Some(input.description),
                max_session_duration: None,
            },
        )
        .await?;
    // The new description, and otherwise what CreateRole answers (AWS's recorded answer,
    // LocalStack's test_iam_roles.snapshot.json, update-role-description-response).
    Ok(UpdateRoleDescriptionResponse {
        role: Some(Role {
            description: role.description.clone(),
            ..convert::role(s.partition, s.account, role, Detail::Created)
        }),
    })
}

pub(crate) async fn update_assume_role_policy(
    s: &Scope<'_>,
    input: UpdateAssumeRolePolicyRequest,
) -> Result<()> {
    // The role must exist before its new trust policy is judged, as AWS reports.
    s.store
        .get::<gatehouse_store::Role>(s.acct(), &input.role_name)
        .await?;
    check_modifiable(s, &input.role_name).await?;
    check_trust_policy(s, &input.policy_document).await?;
    s.store
        .update_trust_policy(s.acct(), &input.role_name, &input.policy_document)
        .await?;
    Ok(())
}

pub(crate) async fn delete_role(s: &Scope<'_>, input: DeleteRoleRequest) -> Result<()> {
    check_modifiable(s, &input.role_name).await?;
    s.store
        .delete::<gatehouse_store::Role>(s.acct(), &input.role_name)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_arns_name_their_role() {
        assert_eq!(name_of_session_role("assumed-role/admin/me"), "admin");
        assert_eq!(name_of_session_role("assumed-role"), "");
    }
}
