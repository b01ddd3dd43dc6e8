//! GetAccountAuthorizationDetails: every user, group, role and managed policy of the account
//! with their relationships, filtered by entity type and paged across the combined lists.

use gatehouse_managed_policies as catalogue;
use gatehouse_protocol::iam::{
    AttachedPolicy, EntityType, GetAccountAuthorizationDetailsRequest,
    GetAccountAuthorizationDetailsResponse, GroupDetail, ManagedPolicyDetail, PolicyDetail,
    RoleDetail, UserDetail,
};
use gatehouse_store::{AccountDetails, InlinePolicy};

use crate::attachments::policy_path_and_name;
use crate::convert::{self, Detail};
use crate::error::Result;
use crate::paging;
use crate::permission::Target;
use crate::policies::{aws_version, count, version_shape};
use crate::scope::Scope;

impl Target for GetAccountAuthorizationDetailsRequest {
    fn resource(&self, _scope: &Scope<'_>) -> String {
        "*".to_owned()
    }
}

/// One item of the combined listing; a page may cut across the four lists.
enum Entry {
    User(Box<UserDetail>),
    Group(Box<GroupDetail>),
    Role(Box<RoleDetail>),
    Policy(Box<ManagedPolicyDetail>),
}

/// Which entity types the `Filter` asks for (all of them when it is absent or empty).
struct Wanted(Vec<EntityType>);

impl Wanted {
    fn new(filter: Option<Vec<EntityType>>) -> Self {
        Wanted(filter.unwrap_or_default())
    }

    fn includes(&self, kind: EntityType) -> bool {
        self.0.is_empty() || self.0.contains(&kind)
    }
}

/// Inline policies as `PolicyDetail`s (documents as text: the encoder URL-encodes them).
fn inline_list(policies: Vec<InlinePolicy>) -> Vec<PolicyDetail> {
    policies
        .into_iter()
        .map(|policy| PolicyDetail {
            policy_name: Some(policy.name),
            policy_document: Some(policy.document),
        })
        .collect()
}

/// Attached managed policy ARNs as `AttachedPolicy`s.
fn attached_list(arns: Vec<String>) -> Vec<AttachedPolicy> {
    arns.into_iter()
        .map(|arn| AttachedPolicy {
            policy_name: Some(policy_path_and_name(&arn).1.to_owned()),
            policy_arn: Some(arn),
        })
        .collect()
}

/// Every entry the filter asks for, in AWS's order: users, groups, roles, then policies.
async fn entries(s: &Scope<'_>, wanted: &Wanted) -> Result<Vec<Entry>> {
    let AccountDetails {
        users,
        groups,
        roles,
        policies,
        mut versions,
        mut inline_policies,
        mut attached_policies,
        mut group_names,
        mut instance_profiles,
    } = s.store.account_details(s.acct()).await?;
    let mut out = Vec::new();
    if wanted.includes(EntityType::User) {
        for user in users {
            let inline = inline_policies.remove(&user.id).unwrap_or_default();
            let attached = attached_policies.remove(&user.id).unwrap_or_default();
            let groups = group_names.remove(&user.id).unwrap_or_default();
            let shape = convert::user(s.partition, s.account, user, Detail::Full);
            out.push(Entry::User(Box::new(UserDetail {
                path: Some(shape.path),
                user_name: Some(shape.user_name),
                user_id: Some(shape.user_id),
                arn: Some(shape.arn),
                create_date: Some(shape.create_date),
                user_policy_list: (!inline.is_empty()).then(|| inline_list(inline)),
                group_list: Some(groups),
                attached_managed_policies: Some(attached_list(attached)),
                permissions_boundary: shape.permissions_boundary,
                tags: Some(shape.tags.unwrap_or_default()),
            })));
        }
    }
    if wanted.includes(EntityType::Group) {
        for group in groups {
            let inline = inline_policies.remove(&group.id).unwrap_or_default();
            let attached = attached_policies.remove(&group.id).unwrap_or_default();
            let shape = convert::group(s.partition, s.account, group);
            out.push(Entry::Group(Box::new(GroupDetail {
                path: Some(shape.path),
                group_name: Some(shape.group_name),
                group_id: Some(shape.group_id),
                arn: Some(shape.arn),
                create_date: Some(shape.create_date),
                group_policy_list: Some(inline_list(inline)),
                attached_managed_policies: Some(attached_list(attached)),
            })));
        }
    }
    if wanted.includes(EntityType::Role) {
        for role in roles {
            let inline = inline_policies.remove(&role.id).unwrap_or_default();
            let attached = attached_policies.remove(&role.id).unwrap_or_default();
            let profiles = instance_profiles.remove(&role.id).unwrap_or_default();
            let listed_role = convert::profile_role(s.partition, s.account, role.clone());
            let profiles = profiles
                .into_iter()
                .map(|profile| {
                    let mut shape =
                        convert::instance_profile(s.partition, s.account, profile, Detail::Listed);
                    shape.roles = vec![listed_role.clone()];
                    shape
                })
                .collect();
            let shape = convert::role(s.partition, s.account, role, Detail::Full);
            out.push(Entry::Role(Box::new(RoleDetail {
                path: Some(shape.path),
                role_name: Some(shape.role_name),
                role_id: Some(shape.role_id),
                arn: Some(shape.arn),
                create_date: Some(shape.create_date),
                assume_role_policy_document: shape.assume_role_policy_document,
                instance_profile_list: Some(profiles),
                role_policy_list: Some(inline_list(inline)),
                attached_managed_policies: Some(attached_list(attached)),
                permissions_boundary: shape.permissions_boundary,
                tags: Some(shape.tags.unwrap_or_default()),
                role_last_used: shape.role_last_used,
            })));
        }
    }
    if wanted.includes(EntityType::LocalManagedPolicy) {
        for policy in policies {
            let versions = versions
                .remove(&policy.id)
                .unwrap_or_default()
                .into_iter()
                .map(|version| version_shape(version, true))
                .collect();
            out.push(Entry::Policy(Box::new(ManagedPolicyDetail {
                policy_name: Some(policy.name),
                policy_id: Some(policy.id),
                arn: Some(policy.arn),
                path: Some(policy.path),
                default_version_id: Some(policy.default_version.to_string()),
                attachment_count: count(policy.attachment_count),
                permissions_boundary_usage_count: count(policy.boundary_usage_count),
                is_attachable: Some(true),
                description: policy.description,
                create_date: Some(policy.created),
                update_date: Some(policy.updated),
                policy_version_list: Some(versions),
            })));
        }
    }
    if wanted.includes(EntityType::AWSManagedPolicy) {
        // AWS lists the AWS managed policies the account uses, not the whole catalogue.
        for usage in s.store.aws_policy_usage(s.acct()).await? {
            let Some(policy) = catalogue::get_in(s.partition.name(), &usage.arn) else {
                continue;
            };
            out.push(Entry::Policy(Box::new(ManagedPolicyDetail {
                policy_name: Some(policy.name.clone()),
                policy_id: Some(policy.policy_id.clone()),
                arn: Some(usage.arn.clone()),
                path: Some(policy.path.clone()),
                default_version_id: Some(policy.default_version_id.clone()),
                attachment_count: count(usage.attachments),
                permissions_boundary_usage_count: count(usage.boundary_uses),
                is_attachable: Some(true),
                description: policy.description.clone(),
                create_date: Some(policy.create_date),
                update_date: Some(policy.update_date),
                policy_version_list: Some(vec![aws_version(policy, s.partition)]),
            })));
        }
    }
    Ok(out)
}

pub(crate) async fn get_account_authorization_details(
    s: &Scope<'_>,
    input: GetAccountAuthorizationDetailsRequest,
) -> Result<GetAccountAuthorizationDetailsResponse> {
    let wanted = Wanted::new(input.filter);
    let all = entries(s, &wanted).await?;
    let page = paging::paginate(all, input.marker.as_deref(), input.max_items)?;
    let mut response = GetAccountAuthorizationDetailsResponse {
        user_detail_list: Some(Vec::new()),
        group_detail_list: Some(Vec::new()),
        role_detail_list: Some(Vec::new()),
        policies: Some(Vec::new()),
        is_truncated: page.is_truncated,
        marker: page.marker,
    };
    for entry in page.items {
        match entry {
            Entry::User(user) => response
                .user_detail_list
                .get_or_insert_default()
                .push(*user),
            Entry::Group(group) => response
                .group_detail_list
                .get_or_insert_default()
                .push(*group),
            Entry::Role(role) => response
                .role_detail_list
                .get_or_insert_default()
                .push(*role),
            Entry::Policy(policy) => response.policies.get_or_insert_default().push(*policy),
        }
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absent_or_empty_filter_wants_everything() {
        assert!(Wanted::new(None).includes(EntityType::AWSManagedPolicy));
        assert!(Wanted::new(Some(Vec::new())).includes(EntityType::User));
        let only_roles = Wanted::new(Some(vec![EntityType::Role]));
        assert!(only_roles.includes(EntityType::Role));
        assert!(!only_roles.includes(EntityType::User));
        assert!(!only_roles.includes(EntityType::LocalManagedPolicy));
    }

    #[test]
    fn attached_policies_are_named_after_their_arn() {
        let listed = attached_list(vec![
            "arn:aws:iam::aws:policy/service-role/AWSLambdaRole".to_owned(),
        ]);
        assert_eq!(listed.len(), 1);
        assert_eq!(
            listed.first().and_then(|p| p.policy_name.as_deref()),
            Some("AWSLambdaRole")
        );
    }

    #[test]
    fn inline_documents_keep_their_text() {
        let details = inline_list(vec![InlinePolicy {
            name: "p".into(),
            document: "{\"a\": 1}".into(),
        }]);
        assert_eq!(
            details.first().and_then(|d| d.policy_document.as_deref()),
            Some("{\"a\": 1}")
        );
    }
}
