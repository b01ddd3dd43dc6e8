//! Stored entities as the IAM response shapes.

use gatehouse_protocol::iam::{
    self, AttachedPermissionsBoundary, PermissionsBoundaryAttachmentType,
};
use gatehouse_store::{self as store, TagTarget};
use gatehouse_token::{AccountId, Partition, arn};

use crate::error::{IamError, Result};

/// The path AWS gives an entity created without one.
pub(crate) const DEFAULT_PATH: &str = "/";

/// Request tags for `target` as the store keeps them; `InvalidInput` when two keys are the
/// same as the resource compares keys: without case, but with it for a managed policy, in
/// the words AWS uses for each (LocalStack's AWS-recorded test_iam_roles.snapshot.json
/// `create-role-duplicate-tags*`, test_iam_policies.snapshot.json `err-duplicate-keys`).
pub(crate) fn tags_in(
    target: TagTarget<'_>,
    tags: Option<Vec<iam::Tag>>,
) -> Result<Vec<store::Tag>> {
    let tags: Vec<store::Tag> = tags
        .unwrap_or_default()
        .into_iter()
        .map(|tag| store::Tag::new(tag.key, tag.value))
        .collect();
    if target.has_duplicate_keys(&tags) {
        return Err(IamError::InvalidInput(if target.keys_keep_case() {
            "Duplicate tag keys found.".to_owned()
        } else {
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.".to_owned()
        }));
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

/// How much of an entity a response shows (AWS's recorded answers: the `SHAPES` table of
/// tests/python/test_fidelity_responses.py).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    /// Everything (Get*): a role's `MaxSessionDuration` and `RoleLastUsed` (empty when it was
    /// never used); an instance profile's or policy's `Tags` even when there are none.
    Full,
    /// The answer to the request that made the entity (Create*): without a role's or
    /// policy's `Description` (even one the request gave), a role's `MaxSessionDuration` and
    /// `RoleLastUsed`, and with `Tags` only when there are some.
    Created,
    /// What the List* operations show: no tags, boundary or last use.
    Listed,
}

/// A stored user as the `User` shape.
pub(crate) fn user(
    partition: Partition,
    account: AccountId,
    user: store::User,
    detail: Detail,
) -> iam::User {
    let full = detail != Detail::Listed;
    iam::User {
        arn: arn::user(partition, account, &user.path, &user.name),
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
pub(crate) fn role(
    partition: Partition,
    account: AccountId,
    role: store::Role,
    detail: Detail,
) -> iam::Role {
    let last_used = role
        .last_used
        .map_or_else(iam::RoleLastUsed::default, |used| iam::RoleLastUsed {
            last_used_date: Some(used.date),
            region: used.region,
        });
    let (details, settings) = match detail {
        Detail::Full => (true, true),
        Detail::Created => (true, false),
        Detail::Listed => (false, true),
    };
    iam::Role {
        arn: arn::role(partition, account, &role.path, &role.name),
        path: role.path,
        role_name: role.name,
        role_id: role.id,
        create_date: role.created,
        assume_role_policy_document: Some(role.trust_policy),
        // Console sign-in session limits of roles are not emulated.
        max_signin_session_duration: None,
        description: role.description.filter(|_| detail != Detail::Created),
        max_session_duration: settings
            .then(|| i32::try_from(role.max_session_duration).ok())
            .flatten(),
        permissions_boundary: if details {
            boundary(role.permissions_boundary)
        } else {
            None
        },
        tags: if details { tags_out(role.tags) } else { None },
        role_last_used: (detail == Detail::Full).then_some(last_used),
        source_role_template: None,
    }
}

/// A stored group as the `Group` shape.
pub(crate) fn group(partition: Partition, account: AccountId, group: store::Group) -> iam::Group {
    iam::Group {
        arn: arn::iam_path_resource(partition, account, "group", &group.path, &group.name),
        path: group.path,
        group_name: group.name,
        group_id: group.id,
        create_date: group.created,
    }
}

/// A stored instance profile as the `InstanceProfile` shape, with its roles.
pub(crate) fn instance_profile(
    partition: Partition,
    account: AccountId,
    profile: store::InstanceProfile,
    detail: Detail,
) -> iam::InstanceProfile {
    iam::InstanceProfile {
        arn: arn::iam_path_resource(
            partition,
            account,
            "instance-profile",
            &profile.path,
            &profile.name,
        ),
        path: profile.path,
        instance_profile_name: profile.name,
        instance_profile_id: profile.id,
        create_date: profile.created,
        roles: profile
            .roles
            .into_iter()
            .map(|r| profile_role(partition, account, r))
            .collect(),
        tags: tags_shown(profile.tags, detail),
    }
}

/// A role as the `Roles` of an instance profile show it: as ListRoles does, less the
/// `MaxSessionDuration` (AWS's recorded GetInstanceProfile, ListInstanceProfiles and
/// GetAccountAuthorizationDetails answers).
pub(crate) fn profile_role(
    partition: Partition,
    account: AccountId,
    stored: store::Role,
) -> iam::Role {
    iam::Role {
        max_session_duration: None,
        ..role(partition, account, stored, Detail::Listed)
    }
}

/// The `Tags` of an instance profile, a managed policy or an identity provider: present, even
/// empty, in the Get* answer; in a create's answer only when there are some; never in a list.
pub(crate) fn tags_shown(tags: Vec<store::Tag>, detail: Detail) -> Option<Vec<iam::Tag>> {
    match detail {
        Detail::Full => Some(tag_list(tags)),
        Detail::Created => tags_out(tags),
        Detail::Listed => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn stored_user() -> store::User {
        store::User {
            account: AccountId::parse("123456789012").unwrap(),
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
        let full = user(Partition::Aws, account, stored_user(), Detail::Full);
        assert_eq!(full.arn, "arn:aws:iam::123456789012:user/dev/alice");
        let china = user(Partition::AwsCn, account, stored_user(), Detail::Full);
        assert_eq!(china.arn, "arn:aws-cn:iam::123456789012:user/dev/alice");
        assert_eq!(full.tags.map(|t| t.len()), Some(1));
        assert!(full.permissions_boundary.is_some());
        let listed = user(Partition::Aws, account, stored_user(), Detail::Listed);
        assert_eq!(listed.tags, None);
        assert_eq!(listed.permissions_boundary, None);
    }

    fn stored_role(tags: Vec<store::Tag>) -> store::Role {
        store::Role {
            account: AccountId::parse("123456789012").unwrap(),
            id: "AROAEXAMPLE".into(),
            name: "app".into(),
            path: "/".into(),
            created: datetime!(2024-01-02 03:04:05 UTC),
            trust_policy: "{}".into(),
            description: None,
            max_session_duration: 3600,
            permissions_boundary: Some("arn:aws:iam::aws:policy/ReadOnlyAccess".into()),
            last_used: None,
            tags,
        }
    }

    /// Which optional members of a role each answer carries, as AWS's recorded answers show
    /// them (LocalStack's AWS-validated tests/aws/services/iam/test_iam_roles.snapshot.json:
    /// test_create_role_defaults, test_update_role, test_role_with_tags,
    /// test_role_permissions_boundary_lifecycle, test_list_roles_pagination).
    #[test]
    fn role_members_per_answer() {
        let account = AccountId::parse("123456789012").unwrap();
        // (detail, MaxSessionDuration, RoleLastUsed, PermissionsBoundary, Tags)
        let rows = [
            (Detail::Full, true, true, true, true),      // GetRole
            (Detail::Created, false, false, true, true), // CreateRole
            (Detail::Listed, true, false, false, false), // ListRoles
        ];
        for (detail, max, last_used, boundary, tags) in rows {
            let shape = role(
                Partition::Aws,
                account,
                stored_role(vec![store::Tag::new("a", "b")]),
                detail,
            );
            assert_eq!(shape.max_session_duration.is_some(), max, "{detail:?}");
            assert_eq!(shape.role_last_used.is_some(), last_used, "{detail:?}");
            assert_eq!(shape.permissions_boundary.is_some(), boundary, "{detail:?}");
            assert_eq!(shape.tags.is_some(), tags, "{detail:?}");
            // The Description given to CreateRole is in GetRole's and ListRoles' answers only
            // (test_role_permissions_boundary_lifecycle).
            let described = store::Role {
                description: Some("d".into()),
                ..stored_role(Vec::new())
            };
            assert_eq!(
                role(Partition::Aws, account, described, detail)
                    .description
                    .is_some(),
                detail != Detail::Created
            );
            // A role without tags has no `Tags` in any answer (get-role-no-tags).
            assert_eq!(
                role(Partition::Aws, account, stored_role(Vec::new()), detail).tags,
                None
            );
        }
    }

    /// `Tags` of instance profiles and policies: GetInstanceProfile and GetPolicy answer
    /// `Tags: []` for a resource without tags, their create answers leave it out
    /// (test_iam_instance_profiles.snapshot.json, test_iam_policies.snapshot.json).
    #[test]
    fn profile_and_policy_tags_per_answer() {
        let one = || vec![store::Tag::new("a", "b")];
        let rows: [(Detail, Vec<store::Tag>, Option<usize>); 6] = [
            (Detail::Full, Vec::new(), Some(0)),
            (Detail::Full, one(), Some(1)),
            (Detail::Created, Vec::new(), None),
            (Detail::Created, one(), Some(1)),
            (Detail::Listed, Vec::new(), None),
            (Detail::Listed, one(), None),
        ];
        for (detail, tags, shown) in rows {
            assert_eq!(
                tags_shown(tags, detail).map(|t| t.len()),
                shown,
                "{detail:?}"
            );
        }
    }

    #[test]
    fn profile_roles_show_no_max_session_duration() {
        let account = AccountId::parse("123456789012").unwrap();
        let profile = store::InstanceProfile {
            account: AccountId::parse("123456789012").unwrap(),
            id: "AIPAEXAMPLE".into(),
            name: "p".into(),
            path: "/".into(),
            created: datetime!(2024-01-02 03:04:05 UTC),
            roles: vec![stored_role(Vec::new())],
            tags: Vec::new(),
        };
        let shape = instance_profile(Partition::Aws, account, profile, Detail::Full);
        assert_eq!(shape.roles.len(), 1);
        assert!(shape.roles.iter().all(|r| r.max_session_duration.is_none()));
    }

    #[test]
    fn duplicate_request_tag_keys_are_invalid_input() {
        let tag = |key: &str| iam::Tag {
            key: key.to_owned(),
            value: String::new(),
        };
        const NOTED: &str =
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.";
        // (resource, keys, refusal or None when accepted)
        let rows = [
            (TagTarget::Role("r"), ["a", "b"], None),
            (TagTarget::Role("r"), ["a", "a"], Some(NOTED)),
            (TagTarget::User("u"), ["Env", "env"], Some(NOTED)),
            (TagTarget::Policy("p"), ["a", "A"], None),
            (
                TagTarget::Policy("p"),
                ["a", "a"],
                Some("Duplicate tag keys found."),
            ),
        ];
        for (target, keys, refusal) in rows {
            match (tags_in(target, Some(keys.map(tag).to_vec())), refusal) {
                (Ok(tags), None) => assert_eq!(tags.len(), 2),
                (Err(IamError::InvalidInput(message)), Some(expected)) => {
                    assert_eq!(message, expected, "{target:?} {keys:?}");
                }
                (other, _) => panic!("{target:?} {keys:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn empty_tags_are_absent() {
        assert_eq!(tags_out(Vec::new()), None);
        assert_eq!(tags_in(TagTarget::User("u"), None).unwrap(), Vec::new());
    }
}
