//! ListEntitiesForPolicy: the users, groups and roles that use a managed policy (customer or
//! AWS managed) as a permissions policy or as their permissions boundary.

use gatehouse_protocol::iam::{
    EntityType, ListEntitiesForPolicyRequest, ListEntitiesForPolicyResponse, PolicyGroup,
    PolicyRole, PolicyUser,
};
use gatehouse_store::{EntityKind, PolicyEntity, PolicyUsage};

use crate::error::Result;
use crate::paging;
use crate::permission::Target;
use crate::policies::{ArnUse, aws_policy_named, check_policy_arn, is_aws_managed, usage_filter};
use crate::scope::Scope;

impl Target for ListEntitiesForPolicyRequest {
    fn resource(&self, _scope: &Scope<'_>) -> String {
        self.policy_arn.clone()
    }
}

/// Whether an entity passes `EntityFilter` (the policy kinds match no entity).
fn kind_matches(filter: Option<EntityType>, kind: EntityKind) -> bool {
    match filter {
        None => true,
        Some(EntityType::User) => kind == EntityKind::User,
        Some(EntityType::Group) => kind == EntityKind::Group,
        Some(EntityType::Role) => kind == EntityKind::Role,
        Some(EntityType::LocalManagedPolicy | EntityType::AWSManagedPolicy) => false,
    }
}

/// The entities that pass the filters, each once (an entity can both have the policy
/// attached and use it as boundary).
fn select(
    entities: Vec<PolicyEntity>,
    filter: Option<EntityType>,
    prefix: &str,
    usage: Option<PolicyUsage>,
) -> Vec<PolicyEntity> {
    let mut selected: Vec<PolicyEntity> = Vec::new();
    for entity in entities {
        let wanted = kind_matches(filter, entity.kind)
            && entity.path.starts_with(prefix)
            && usage.is_none_or(|usage| usage == entity.usage)
            && !selected.iter().any(|seen| seen.id == entity.id);
        if wanted {
            selected.push(entity);
        }
    }
    selected
}

pub(crate) async fn list_entities_for_policy(
    s: &Scope<'_>,
    input: ListEntitiesForPolicyRequest,
) -> Result<ListEntitiesForPolicyResponse> {
    let arn = &input.policy_arn;
    check_policy_arn(arn, ArnUse::Other)?;
    if is_aws_managed(arn) {
        aws_policy_named(s.partition, arn)?;
    } else {
        s.store.get_policy(s.acct(), arn).await?;
    }
    let entities = select(
        s.store.entities_for_policy(s.acct(), arn).await?,
        input.entity_filter,
        input.path_prefix.as_deref().unwrap_or("/"),
        usage_filter(input.policy_usage_filter),
    );
    let page = paging::paginate(entities, input.marker.as_deref(), input.max_items)?;
    let mut response = ListEntitiesForPolicyResponse {
        policy_groups: Some(Vec::new()),
        policy_users: Some(Vec::new()),
        policy_roles: Some(Vec::new()),
        is_truncated: page.is_truncated,
        marker: page.marker,
    };
    for entity in page.items {
        match entity.kind {
            EntityKind::User => response
                .policy_users
                .get_or_insert_default()
                .push(PolicyUser {
                    user_name: Some(entity.name),
                    user_id: Some(entity.id),
                }),
            EntityKind::Group => response
                .policy_groups
                .get_or_insert_default()
                .push(PolicyGroup {
                    group_name: Some(entity.name),
                    group_id: Some(entity.id),
                }),
            _ => response
                .policy_roles
                .get_or_insert_default()
                .push(PolicyRole {
                    role_name: Some(entity.name),
                    role_id: Some(entity.id),
                }),
        }
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(kind: EntityKind, id: &str, path: &str, usage: PolicyUsage) -> PolicyEntity {
        PolicyEntity {
            kind,
            id: id.into(),
            name: id.to_lowercase(),
            path: path.into(),
            usage,
        }
    }

    fn ids(entities: &[PolicyEntity]) -> Vec<&str> {
        entities.iter().map(|e| e.id.as_str()).collect()
    }

    #[test]
    fn filters_apply_and_entities_appear_once() {
        let all = vec![
            entity(EntityKind::Group, "G", "/", PolicyUsage::PermissionsPolicy),
            entity(
                EntityKind::Role,
                "R",
                "/app/",
                PolicyUsage::PermissionsPolicy,
            ),
            entity(EntityKind::User, "U", "/", PolicyUsage::PermissionsPolicy),
            entity(EntityKind::User, "U", "/", PolicyUsage::PermissionsBoundary),
            entity(EntityKind::Role, "B", "/", PolicyUsage::PermissionsBoundary),
        ];
        assert_eq!(
            ids(&select(all.clone(), None, "/", None)),
            ["G", "R", "U", "B"]
        );
        assert_eq!(
            ids(&select(all.clone(), Some(EntityType::Role), "/", None)),
            ["R", "B"]
        );
        assert_eq!(ids(&select(all.clone(), None, "/app/", None)), ["R"]);
        assert_eq!(
            ids(&select(
                all.clone(),
                None,
                "/",
                Some(PolicyUsage::PermissionsBoundary)
            )),
            ["U", "B"]
        );
        assert!(select(all, Some(EntityType::LocalManagedPolicy), "/", None).is_empty());
    }
}
