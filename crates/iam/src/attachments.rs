//! Managed policies attached to users, groups and roles, and permissions boundaries.

use gatehouse_protocol::iam::{
    AttachedPolicy, DeleteRolePermissionsBoundaryRequest, DeleteUserPermissionsBoundaryRequest,
    PutRolePermissionsBoundaryRequest, PutUserPermissionsBoundaryRequest,
};
use gatehouse_store::PolicyOwner;
use gatehouse_token::arn::Arn;

use crate::error::Result;
use crate::paging::{self, Listed};
use crate::policies::{ArnUse, check_attachable, check_boundary, check_policy_arn};
use crate::scope::Scope;
use crate::service_linked_roles::{check_modifiable, check_owner_modifiable};

/// Fails with `NoSuchEntity` unless the owner exists.
async fn check_owner(s: &Scope<'_>, owner: PolicyOwner<'_>) -> Result<()> {
    match owner {
        PolicyOwner::User(name) => s
            .store
            .get::<gatehouse_store::User>(s.acct(), name)
            .await
            .map(drop),
        PolicyOwner::Group(name) => s
            .store
            .get::<gatehouse_store::Group>(s.acct(), name)
            .await
            .map(drop),
        PolicyOwner::Role(name) => s
            .store
            .get::<gatehouse_store::Role>(s.acct(), name)
            .await
            .map(drop),
    }?;
    Ok(())
}

/// Attaches a managed policy that exists and may be attached.
pub(crate) async fn attach(s: &Scope<'_>, owner: PolicyOwner<'_>, arn: &str) -> Result<()> {
    check_policy_arn(arn, ArnUse::Attach)?;
    check_owner(s, owner).await?;
    check_owner_modifiable(s, owner).await?;
    check_attachable(s, arn).await?;
    s.store.attach_policy(s.acct(), owner, arn).await?;
    Ok(())
}

/// Detaches a managed policy; `NoSuchEntity` when it was not attached.
pub(crate) async fn detach(s: &Scope<'_>, owner: PolicyOwner<'_>, arn: &str) -> Result<()> {
    check_policy_arn(arn, ArnUse::Other)?;
    check_owner_modifiable(s, owner).await?;
    s.store.detach_policy(s.acct(), owner, arn).await?;
    Ok(())
}

/// The `(path, name)` of a managed policy ARN.
pub(crate) fn policy_path_and_name(arn: &str) -> (&str, &str) {
    Arn::parse(arn)
        .and_then(|parsed| parsed.path_resource())
        .map_or(("/", arn), |(_, path, name)| (path, name))
}

/// One page of the policies attached to an owner whose path starts with `path_prefix`.
pub(crate) async fn list(
    s: &Scope<'_>,
    owner: PolicyOwner<'_>,
    path_prefix: Option<&str>,
    marker: Option<&str>,
    max_items: Option<i32>,
) -> Result<Listed<AttachedPolicy>> {
    let prefix = path_prefix.unwrap_or("/");
    let attached: Vec<AttachedPolicy> = s
        .store
        .list_attached_policies(s.acct(), owner)
        .await?
        .into_iter()
        .filter_map(|arn| {
            let (path, name) = policy_path_and_name(&arn);
            path.starts_with(prefix).then(|| AttachedPolicy {
                policy_name: Some(name.to_owned()),
                policy_arn: Some(arn.clone()),
            })
        })
        .collect();
    paging::paginate(attached, marker, max_items)
}

/// The typed Attach*/Detach*/ListAttached* operations for one owner kind.
macro_rules! attachment_operations {
    ($owner:ident, $name_field:ident, $attach:ident($attach_req:ident), $detach:ident($detach_req:ident),
     $list:ident($list_req:ident) -> $list_resp:ident) => {
        pub(crate) async fn $attach(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$attach_req,
        ) -> Result<()> {
            attach(
                s,
                PolicyOwner::$owner(&input.$name_field),
                &input.policy_arn,
            )
            .await
        }

        pub(crate) async fn $detach(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$detach_req,
        ) -> Result<()> {
            detach(
                s,
                PolicyOwner::$owner(&input.$name_field),
                &input.policy_arn,
            )
            .await
        }

        pub(crate) async fn $list(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$list_req,
        ) -> Result<gatehouse_protocol::iam::$list_resp> {
            let listed = list(
                s,
                PolicyOwner::$owner(&input.$name_field),
                input.path_prefix.as_deref(),
                input.marker.as_deref(),
                input.max_items,
            )
            .await?;
            Ok(gatehouse_protocol::iam::$list_resp {
                attached_policies: Some(listed.items),
                is_truncated: listed.is_truncated,
                marker: listed.marker,
            })
        }
    };
}

attachment_operations!(
    User, user_name,
    attach_user_policy(AttachUserPolicyRequest),
    detach_user_policy(DetachUserPolicyRequest),
    list_attached_user_policies(ListAttachedUserPoliciesRequest) -> ListAttachedUserPoliciesResponse
);
attachment_operations!(
    Group, group_name,
    attach_group_policy(AttachGroupPolicyRequest),
    detach_group_policy(DetachGroupPolicyRequest),
    list_attached_group_policies(ListAttachedGroupPoliciesRequest) -> ListAttachedGroupPoliciesResponse
);
attachment_operations!(
    Role, role_name,
    attach_role_policy(AttachRolePolicyRequest),
    detach_role_policy(DetachRolePolicyRequest),
    list_attached_role_policies(ListAttachedRolePoliciesRequest) -> ListAttachedRolePoliciesResponse
);

pub(crate) async fn put_user_permissions_boundary(
    s: &Scope<'_>,
    input: PutUserPermissionsBoundaryRequest,
) -> Result<()> {
    s.store
        .get::<gatehouse_store::User>(s.acct(), &input.user_name)
        .await?;
    check_boundary(s, &input.permissions_boundary).await?;
    s.store
        .set_permissions_boundary::<gatehouse_store::User>(
            s.acct(),
            &input.user_name,
            Some(&input.permissions_boundary),
        )
        .await?;
    Ok(())
}

pub(crate) async fn delete_user_permissions_boundary(
    s: &Scope<'_>,
    input: DeleteUserPermissionsBoundaryRequest,
) -> Result<()> {
    s.store
        .set_permissions_boundary::<gatehouse_store::User>(s.acct(), &input.user_name, None)
        .await?;
    Ok(())
}

pub(crate) async fn put_role_permissions_boundary(
    s: &Scope<'_>,
    input: PutRolePermissionsBoundaryRequest,
) -> Result<()> {
    s.store
        .get::<gatehouse_store::Role>(s.acct(), &input.role_name)
        .await?;
    check_modifiable(s, &input.role_name).await?;
    check_boundary(s, &input.permissions_boundary).await?;
    s.store
        .set_permissions_boundary::<gatehouse_store::Role>(
            s.acct(),
            &input.role_name,
            Some(&input.permissions_boundary),
        )
        .await?;
    Ok(())
}

pub(crate) async fn delete_role_permissions_boundary(
    s: &Scope<'_>,
    input: DeleteRolePermissionsBoundaryRequest,
) -> Result<()> {
    check_modifiable(s, &input.role_name).await?;
    s.store
        .set_permissions_boundary::<gatehouse_store::Role>(s.acct(), &input.role_name, None)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_arns_split_into_path_and_name() {
        assert_eq!(
            policy_path_and_name("arn:aws:iam::aws:policy/service-role/AWSLambdaRole"),
            ("/service-role/", "AWSLambdaRole")
        );
        assert_eq!(
            policy_path_and_name("arn:aws:iam::123456789012:policy/mine"),
            ("/", "mine")
        );
    }
}
