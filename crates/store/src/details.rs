//! The snapshot of an account's users, groups, roles and customer managed policies with
//! their relationships (`GetAccountAuthorizationDetails`), read in one transaction with a
//! fixed number of queries however large the account is.

use std::collections::HashMap;

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::db::{AccountKey, Resource, all, from_epoch, stored_account};
use crate::error::Result;
use crate::instance_profiles::InstanceProfile;
use crate::pathed;
use crate::policies::{
    InlinePolicy, ManagedPolicy, PolicyRow, PolicyVersion, VersionId, select_policies,
};
use crate::roles::Role;
use crate::tags::Tag;
use crate::users::User;
use crate::{Group, Store};

/// Everything `GetAccountAuthorizationDetails` reports about one account. Users, groups,
/// roles and policies are ordered by name; users and roles carry their tags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountDetails {
    /// The users.
    pub users: Vec<User>,
    /// The groups.
    pub groups: Vec<Group>,
    /// The roles.
    pub roles: Vec<Role>,
    /// The customer managed policies, with their usage counts.
    pub policies: Vec<ManagedPolicy>,
    /// The versions of each customer managed policy by policy id, newest first.
    pub versions: HashMap<String, Vec<PolicyVersion>>,
    /// The inline policies of each user, group or role by its unique id, ordered by name.
    pub inline_policies: HashMap<String, Vec<InlinePolicy>>,
    /// The ARNs of the managed policies attached to each user, group or role by unique id.
    pub attached_policies: HashMap<String, Vec<String>>,
    /// The names of the groups of each user by user id, ordered by name.
    pub group_names: HashMap<String, Vec<String>>,
    /// The instance profiles that hold each role by role id (their `roles` are empty).
    pub instance_profiles: HashMap<String, Vec<InstanceProfile>>,
}

/// `(owner id, value)` rows gathered into lists per owner, in row order.
fn by_owner<T>(rows: impl IntoIterator<Item = (String, T)>) -> HashMap<String, Vec<T>> {
    let mut map: HashMap<String, Vec<T>> = HashMap::new();
    for (owner, value) in rows {
        map.entry(owner).or_default().push(value);
    }
    map
}

/// The ids of the account's (`?1`) users, groups and roles.
macro_rules! owner_ids {
    () => {
        "SELECT id FROM users WHERE account = ?1 UNION ALL SELECT id FROM iam_groups WHERE account = ?1 \
         UNION ALL SELECT id FROM roles WHERE account = ?1"
    };
}

impl Store {
    /// The whole account as `GetAccountAuthorizationDetails` reports it.
    pub async fn account_details(&self, account: AccountId) -> Result<AccountDetails> {
        let account = &AccountKey::from(account);
        let (mut users, groups, mut roles, policies, versions, tags, inline, attached, memberships, profiles) =
            self.read_tx(|conn| {
                let users: Vec<User> = pathed::in_account(conn, account)?;
                let groups: Vec<Group> = pathed::in_account(conn, account)?;
                let roles: Vec<Role> = pathed::in_account(conn, account)?;
                let policies = all(
                    conn,
                    concat!(select_policies!(), " ORDER BY q.name_key"),
                    [account],
                    PolicyRow::from_row,
                )?;
                let versions: Vec<(String, i64, String, i64, bool)> = all(
                    conn,
                    "SELECT v.policy_id, v.version, v.document, v.created, (v.version = p.default_version) \
                     FROM policy_versions v JOIN managed_policies p ON p.id = v.policy_id \
                     WHERE p.account = ?1 ORDER BY v.policy_id, v.version DESC",
                    [account],
                    |row| row.try_into(),
                )?;
                let tags: Vec<(String, String, String)> = all(
                    conn,
                    "SELECT t.resource_id, t.tag_key, t.tag_value FROM tags t \
                     WHERE (t.resource_kind = ?2 AND t.resource_id IN (SELECT id FROM users WHERE account = ?1)) \
                     OR (t.resource_kind = ?3 AND t.resource_id IN (SELECT id FROM roles WHERE account = ?1)) \
                     ORDER BY t.resource_id, t.key_lower",
                    (account, Resource::User.code(), Resource::Role.code()),
                    |row| row.try_into(),
                )?;
                let inline: Vec<(String, String, String)> = all(
                    conn,
                    concat!(
                        "SELECT owner_id, name, document FROM inline_policies WHERE owner_id IN (",
                        owner_ids!(),
                        ") ORDER BY owner_id, name_key"
                    ),
                    [account],
                    |row| row.try_into(),
                )?;
                let attached: Vec<(String, String)> = all(
                    conn,
                    "SELECT owner_id, policy_arn FROM policy_attachments WHERE account = ?1 ORDER BY owner_id, policy_arn",
                    [account],
                    |row| row.try_into(),
                )?;
                let memberships: Vec<(String, String)> = all(
                    conn,
                    "SELECT m.user_id, g.name FROM group_members m JOIN iam_groups g ON g.id = m.group_id \
                     WHERE g.account = ?1 ORDER BY m.user_id, g.name_key",
                    [account],
                    |row| row.try_into(),
                )?;
                let profiles: Vec<(String, String, String, String, String, i64)> = all(
                    conn,
                    "SELECT ipr.role_id, p.account, p.id, p.name, p.path, p.created FROM instance_profiles p \
                     JOIN instance_profile_roles ipr ON ipr.profile_id = p.id WHERE p.account = ?1 ORDER BY p.name_key",
                    [account],
                    |row| row.try_into(),
                )?;
                Ok((
                    users,
                    groups,
                    roles,
                    policies,
                    versions,
                    tags,
                    inline,
                    attached,
                    memberships,
                    profiles,
                ))
            })?;

        let mut tags = by_owner(
            tags.into_iter()
                .map(|(id, key, value)| (id, Tag { key, value })),
        );
        for user in &mut users {
            user.tags = tags.remove(&user.id).unwrap_or_default();
        }
        for role in &mut roles {
            role.tags = tags.remove(&role.id).unwrap_or_default();
        }
        let versions = versions
            .into_iter()
            .map(|(policy, version, document, created, is_default)| {
                Ok((
                    policy,
                    PolicyVersion {
                        version: VersionId(version),
                        document,
                        created: from_epoch(created)?,
                        is_default,
                    },
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        let profiles = profiles
            .into_iter()
            .map(|(role, account, id, name, path, created)| {
                let created: OffsetDateTime = from_epoch(created)?;
                Ok((
                    role,
                    InstanceProfile {
                        account: stored_account(&account)?,
                        id,
                        name,
                        path,
                        created,
                        roles: Vec::new(),
                        tags: Vec::new(),
                    },
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(AccountDetails {
            users,
            groups,
            roles,
            policies: policies
                .into_iter()
                .map(PolicyRow::into_policy)
                .collect::<Result<_>>()?,
            versions: by_owner(versions),
            inline_policies: by_owner(
                inline
                    .into_iter()
                    .map(|(owner, name, document)| (owner, InlinePolicy { name, document })),
            ),
            attached_policies: by_owner(attached),
            group_names: by_owner(memberships),
            instance_profiles: by_owner(profiles),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        NewGroup, NewInstanceProfile, NewManagedPolicy, NewRole, NewUser, PolicyOwner, Tag,
    };

    const ACCOUNT: AccountId = crate::test_account(111_111_111_111);

    #[tokio::test]
    async fn one_snapshot_holds_every_relationship() {
        let store = Store::in_memory().await.unwrap();
        let now = OffsetDateTime::UNIX_EPOCH;
        store
            .create_user(
                ACCOUNT,
                NewUser {
                    id: "AIDA1".into(),
                    name: "alice".into(),
                    path: "/".into(),
                    created: now,
                    permissions_boundary: None,
                    tags: vec![Tag::new("k", "v")],
                },
            )
            .await
            .unwrap();
        store
            .create_group(
                ACCOUNT,
                NewGroup {
                    id: "AGPA1".into(),
                    name: "devs".into(),
                    path: "/".into(),
                    created: now,
                },
            )
            .await
            .unwrap();
        store
            .add_user_to_group(ACCOUNT, "devs", "alice")
            .await
            .unwrap();
        store
            .create_role(
                ACCOUNT,
                NewRole {
                    id: "AROA1".into(),
                    name: "web".into(),
                    path: "/".into(),
                    created: now,
                    trust_policy: "{}".into(),
                    description: None,
                    max_session_duration: 3600,
                    permissions_boundary: None,
                    tags: vec![Tag::new("t", "1")],
                },
            )
            .await
            .unwrap();
        store
            .create_instance_profile(
                ACCOUNT,
                NewInstanceProfile {
                    id: "AIPA1".into(),
                    name: "prof".into(),
                    path: "/".into(),
                    created: now,
                    tags: vec![],
                },
            )
            .await
            .unwrap();
        store
            .add_role_to_instance_profile(ACCOUNT, "prof", "web")
            .await
            .unwrap();
        let arn = "arn:aws:iam::111111111111:policy/p";
        store
            .create_policy(
                ACCOUNT,
                NewManagedPolicy {
                    id: "ANPA1".into(),
                    arn: arn.into(),
                    name: "p".into(),
                    path: "/".into(),
                    description: None,
                    document: "{\"v\":1}".into(),
                    created: now,
                    tags: vec![],
                },
            )
            .await
            .unwrap();
        store
            .create_policy_version(ACCOUNT, arn, "{\"v\":2}", true, now)
            .await
            .unwrap();
        store
            .attach_policy(ACCOUNT, PolicyOwner::Role("web"), arn)
            .await
            .unwrap();
        store
            .put_inline_policy(ACCOUNT, PolicyOwner::Group("devs"), "g", "{}")
            .await
            .unwrap();

        let details = store.account_details(ACCOUNT).await.unwrap();
        assert_eq!(details.users.len(), 1);
        assert_eq!(details.users[0].tags, vec![Tag::new("k", "v")]);
        assert_eq!(details.roles[0].tags, vec![Tag::new("t", "1")]);
        assert_eq!(details.group_names["AIDA1"], vec!["devs".to_owned()]);
        assert_eq!(details.inline_policies["AGPA1"][0].name, "g");
        assert_eq!(details.attached_policies["AROA1"], vec![arn.to_owned()]);
        assert_eq!(details.instance_profiles["AROA1"][0].name, "prof");
        assert_eq!(details.policies[0].attachment_count, 1);
        let versions = &details.versions["ANPA1"];
        assert_eq!(
            versions
                .iter()
                .map(|v| (v.version.0, v.is_default))
                .collect::<Vec<_>>(),
            [(2, true), (1, false)]
        );
        assert_eq!(
            store
                .account_details(crate::test_account(222_222_222_222))
                .await
                .unwrap(),
            AccountDetails::default()
        );
    }
}
