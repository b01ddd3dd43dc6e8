//! Inline policies of users, groups and roles: Put, Get, List and Delete.

use gatehouse_policy::size_without_whitespace;
use gatehouse_store::{EntityKind, InlinePolicy, PolicyOwner, StoreError};

use crate::error::{IamError, Result};
use crate::paging::{self, Listed};
use crate::policies::parse_identity_policy;
use crate::scope::Scope;
use crate::service_linked_roles::check_owner_modifiable;

/// The word AWS uses for an owner in messages (`user`, `group`, `role`).
fn owner_word(owner: PolicyOwner<'_>) -> &'static str {
    match owner {
        PolicyOwner::User(_) => "user",
        PolicyOwner::Group(_) => "group",
        PolicyOwner::Role(_) => "role",
    }
}

fn owner_name(owner: PolicyOwner<'_>) -> &str {
    match owner {
        PolicyOwner::User(name) | PolicyOwner::Group(name) | PolicyOwner::Role(name) => name,
    }
}

/// The quota on all of a user's inline policies together, whitespace not counted.
pub(crate) const USER_INLINE_SIZE: usize = 2048;
/// The quota on all of a group's inline policies together, whitespace not counted.
pub(crate) const GROUP_INLINE_SIZE: usize = 5120;
/// The quota on all of a role's inline policies together, whitespace not counted.
pub(crate) const ROLE_INLINE_SIZE: usize = 10240;

/// The quota on all of an owner's inline policies together.
fn aggregate_quota(owner: PolicyOwner<'_>) -> usize {
    match owner {
        PolicyOwner::User(_) => USER_INLINE_SIZE,
        PolicyOwner::Group(_) => GROUP_INLINE_SIZE,
        PolicyOwner::Role(_) => ROLE_INLINE_SIZE,
    }
}

/// Store errors about an inline policy, with AWS's message for a missing one.
fn inline_error(owner: PolicyOwner<'_>, policy: &str) -> impl FnOnce(StoreError) -> IamError {
    let word = owner_word(owner);
    let policy = policy.to_owned();
    move |err| match err {
        StoreError::NotFound {
            kind: EntityKind::InlinePolicy,
            ..
        } => IamError::NoSuchEntity(format!(
            "The {word} policy with name {policy} cannot be found."
        )),
        other => other.into(),
    }
}

/// Validates and stores an inline policy, keeping the owner's inline policies within quota.
pub(crate) async fn put(
    s: &Scope<'_>,
    owner: PolicyOwner<'_>,
    name: &str,
    document: &str,
) -> Result<()> {
    check_owner_modifiable(s, owner).await?;
    parse_identity_policy(document)?;
    let quota = aggregate_quota(owner);
    let size = size_without_whitespace(document);
    let fits = move |others: &[InlinePolicy]| {
        let total: usize = others
            .iter()
            .map(|other| size_without_whitespace(&other.document))
            .sum();
        size + total <= quota
    };
    let written = s
        .store
        .put_inline_policy_if(s.acct(), owner, name, document, fits)
        .await?;
    if !written {
        return Err(IamError::LimitExceeded(format!(
            "Maximum policy size of {quota} bytes exceeded for {} {}",
            owner_word(owner),
            owner_name(owner)
        )));
    }
    Ok(())
}

/// An inline policy's document.
pub(crate) async fn get(s: &Scope<'_>, owner: PolicyOwner<'_>, name: &str) -> Result<String> {
    let policy = s
        .store
        .get_inline_policy(s.acct(), owner, name)
        .await
        .map_err(inline_error(owner, name))?;
    Ok(policy.document)
}

/// One page of an owner's inline policy names.
pub(crate) async fn list(
    s: &Scope<'_>,
    owner: PolicyOwner<'_>,
    marker: Option<&str>,
    max_items: Option<i32>,
) -> Result<Listed<String>> {
    let names = s.store.list_inline_policies(s.acct(), owner).await?;
    paging::paginate(names, marker, max_items)
}

/// Deletes an inline policy.
pub(crate) async fn delete(s: &Scope<'_>, owner: PolicyOwner<'_>, name: &str) -> Result<()> {
    check_owner_modifiable(s, owner).await?;
    s.store
        .delete_inline_policy(s.acct(), owner, name)
        .await
        .map_err(inline_error(owner, name))
}

/// The typed operations over [`put`], [`get`], [`list`] and [`delete`], one set per owner kind.
macro_rules! inline_operations {
    ($owner:ident, $name_field:ident,
     $put:ident($put_req:ident), $get:ident($get_req:ident) -> $get_resp:ident,
     $list:ident($list_req:ident) -> $list_resp:ident, $delete:ident($delete_req:ident)) => {
        pub(crate) async fn $put(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$put_req,
        ) -> Result<()> {
            put(
                s,
                PolicyOwner::$owner(&input.$name_field),
                &input.policy_name,
                &input.policy_document,
            )
            .await
        }

        pub(crate) async fn $get(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$get_req,
        ) -> Result<gatehouse_protocol::iam::$get_resp> {
            let document = get(
                s,
                PolicyOwner::$owner(&input.$name_field),
                &input.policy_name,
            )
            .await?;
            Ok(gatehouse_protocol::iam::$get_resp {
                $name_field: input.$name_field,
                policy_name: input.policy_name,
                policy_document: document,
            })
        }

        pub(crate) async fn $list(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$list_req,
        ) -> Result<gatehouse_protocol::iam::$list_resp> {
            let listed = list(
                s,
                PolicyOwner::$owner(&input.$name_field),
                input.marker.as_deref(),
                input.max_items,
            )
            .await?;
            Ok(gatehouse_protocol::iam::$list_resp {
                policy_names: listed.items,
                is_truncated: listed.is_truncated,
                marker: listed.marker,
            })
        }

        pub(crate) async fn $delete(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$delete_req,
        ) -> Result<()> {
            delete(
                s,
                PolicyOwner::$owner(&input.$name_field),
                &input.policy_name,
            )
            .await
        }
    };
}

inline_operations!(
    User, user_name,
    put_user_policy(PutUserPolicyRequest),
    get_user_policy(GetUserPolicyRequest) -> GetUserPolicyResponse,
    list_user_policies(ListUserPoliciesRequest) -> ListUserPoliciesResponse,
    delete_user_policy(DeleteUserPolicyRequest)
);
inline_operations!(
    Group, group_name,
    put_group_policy(PutGroupPolicyRequest),
    get_group_policy(GetGroupPolicyRequest) -> GetGroupPolicyResponse,
    list_group_policies(ListGroupPoliciesRequest) -> ListGroupPoliciesResponse,
    delete_group_policy(DeleteGroupPolicyRequest)
);
inline_operations!(
    Role, role_name,
    put_role_policy(PutRolePolicyRequest),
    get_role_policy(GetRolePolicyRequest) -> GetRolePolicyResponse,
    list_role_policies(ListRolePoliciesRequest) -> ListRolePoliciesResponse,
    delete_role_policy(DeleteRolePolicyRequest)
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotas_and_words_follow_the_owner() {
        assert_eq!(aggregate_quota(PolicyOwner::User("u")), 2048);
        assert_eq!(aggregate_quota(PolicyOwner::Group("g")), 5120);
        assert_eq!(aggregate_quota(PolicyOwner::Role("r")), 10240);
        assert_eq!(owner_word(PolicyOwner::Role("r")), "role");
        assert_eq!(owner_name(PolicyOwner::Group("g")), "g");
    }

    #[test]
    fn missing_inline_policies_get_aws_messages() {
        let err = inline_error(PolicyOwner::Role("r"), "p")(StoreError::NotFound {
            kind: EntityKind::InlinePolicy,
            name: "p".into(),
        });
        assert_eq!(
            err.to_string(),
            "The role policy with name p cannot be found."
        );
    }
}
