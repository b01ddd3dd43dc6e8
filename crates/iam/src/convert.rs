//! Stored entities as the IAM response shapes.

use gatehouse_protocol::iam::{
    self, AttachedPermissionsBoundary, PermissionsBoundaryAttachmentType,
};
use gatehouse_store as store;
use gatehouse_token::{AccountId, arn};

use crate::error::{IamError, Result};

/// The path AWS gives an entity created without one.
pub(crate) const DEFAULT_PATH: &str = "/";

/// Request tags as the store keeps them; `InvalidInput` when two keys are the same without
/// regard to case (AWS's recorded CreateRole and TagRole answers, LocalStack's
/// test_iam_roles.snapshot.json `create-role-duplicate-tags*` and `tag-role-duplicate-tags*`).
pub(crate) fn tags_in(tags: Option<Vec<iam::Tag>>) -> Result<Vec<store::Tag>> {
    let tags: Vec<store::Tag> = tags
        .unwrap_or_default()
        .into_iter()
        .map(|tag| store::Tag::new(tag.key, tag.value))
        .collect();
    if store::has_duplicate_keys(&tags) {
        return Err(IamError::InvalidInput(
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.".to_owned(),
        ));
    }
    Ok(tags)
}

/// Stored tags as a response list.
pub(crate) fn tag_list(tags: Vec<store::Tag>) -> Vec<iam::Tag> {
    tags.into_iter()
        .map(|tag| iam::Tag {
            key: tag.key,
            value: tag.value,
        })
        .collect()
}

/// Stored tags as an optional response member: absent when there are none, as AWS does.
pub(crate) fn tags_out(tags: Vec<store::Tag>) -> Option<Vec<iam::Tag>> {
    (!tags.is_empty()).then(|| tag_list(tags))
}

/// A permissions boundary ARN as the response member.
pub(crate) fn boundary(arn: Option<String>) -> Option<AttachedPermissionsBoundary> {
    arn.map(|arn| AttachedPermissionsBoundary {
        permissions_boundary_type: Some(
            PermissionsBoundaryAttachmentType::PermissionsBoundaryPolicy,
        ),
        permissions_boundary_arn: Some(arn),
    })
}

/// How much of an entity a response shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    /// Everything (Create*, Get*).
    Full,
    /// What the List* operations show: no tags, boundary or last use.
    Listed,
}

/// A stored user as the `User` shape.
pub(crate) fn user(account: AccountId, user: store::User, detail: Detail) -> iam::User {
    let full = detail == Detail::Full;
    iam::User {
        arn: arn::user(account, &user.path, &user.name),
        path: user.path,
        user_name: user.name,
        user_id: user.id,
        create_date: user.created,
        password_last_used: None,
        permissions_boundary: if full {
            boundary(user.permissions_boundary)
        } else {
            None
        },
        tags: if full { tags_out(user.tags) } else { None },
    }
}

/// A stored role as the `Role` shape (trust policy as plain text: the encoder URL-encodes it).
pub(crate) fn role(account: AccountId, role: store::Role, detail: Detail) -> iam::Role {
    let full = detail == Detail::Full;
    let last_used = role
        .last_used
        .map_or_else(iam::RoleLastUsed::default, |used| iam::RoleLastUsed {
            last_used_date: Some(used.date),
            region: used.region,
        });
    iam::Role {
        arn: arn::role(account, &role.path, &role.name),
        path: role.path,
        role_name: role.name,
        role_id: role.id,
        create_date: role.created,
        assume_role_policy_document: Some(role.trust_policy),
        description: role.description,
        max_session_duration: i32::try_from(role.max_session_duration).ok(),
        permissions_boundary: if full {
            boundary(role.permissions_boundary)
        } else {
            None
        },
        tags: if full { tags_out(role.tags) } else { None },
        role_last_used: full.then_some(last_used),
        source_role_template: None,
    }
}

/// A stored group as the `Group` shape.
pub(crate) fn group(account: AccountId, group: store::Group) -> iam::Group {
    iam::Group {
        arn: arn::iam_path_resource(account, "group", &group.path, &group.name),
        path: group.path,
        group_name: group.name,
        group_id: group.id,
        create_date: group.created,
    }
}

/// A stored instance profile as the `InstanceProfile` shape, with its roles.
pub(crate) fn instance_profile(
    account: AccountId,
    profile: store::InstanceProfile,
    detail: Detail,
) -> iam::InstanceProfile {
    iam::InstanceProfile {
        arn: arn::iam_path_resource(account, "instance-profile", &profile.path, &profile.name),
        path: profile.path,
        instance_profile_name: profile.name,
        instance_profile_id: profile.id,
        create_date: profile.created,
        roles: profile
            .roles
            .into_iter()
            .map(|r| role(account, r, Detail::Listed))
            .collect(),
        tags: match detail {
            Detail::Full => tags_out(profile.tags),
            Detail::Listed => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn stored_user() -> store::User {
        store::User {
            account: "123456789012".into(),
            id: "AIDAEXAMPLE".into(),
            name: "alice".into(),
            path: "/dev/".into(),
            created: datetime!(2024-01-02 03:04:05 UTC),
            permissions_boundary: Some("arn:aws:iam::aws:policy/ReadOnlyAccess".into()),
            tags: vec![store::Tag::new("team", "a")],
        }
    }

    #[test]
    fn users_get_arns_with_paths_and_lists_hide_details() {
        let account = AccountId::parse("123456789012").unwrap();
        let full = user(account, stored_user(), Detail::Full);
        assert_eq!(full.arn, "arn:aws:iam::123456789012:user/dev/alice");
        assert_eq!(full.tags.map(|t| t.len()), Some(1));
        assert!(full.permissions_boundary.is_some());
        let listed = user(account, stored_user(), Detail::Listed);
        assert_eq!(listed.tags, None);
        assert_eq!(listed.permissions_boundary, None);
    }

    #[test]
    fn duplicate_request_tag_keys_are_invalid_input() {
        let tag = |key: &str| iam::Tag {
            key: key.to_owned(),
            value: String::new(),
        };
        assert_eq!(tags_in(Some(vec![tag("a"), tag("b")])).unwrap().len(), 2);
        for keys in [["a", "a"], ["Env", "env"]] {
            let err = tags_in(Some(keys.map(tag).to_vec())).unwrap_err();
            assert!(
                matches!(&err, IamError::InvalidInput(m) if m == "Duplicate tag keys found. Please note that Tag keys are case insensitive."),
                "{err:?}"
            );
        }
    }

    #[test]
    fn empty_tags_are_absent() {
        assert_eq!(tags_out(Vec::new()), None);
        assert_eq!(tags_in(None).unwrap(), Vec::new());
    }
}
