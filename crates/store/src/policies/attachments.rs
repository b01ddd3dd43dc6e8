//! Managed policies attached to users, groups and roles, and who uses a policy.

use gatehouse_token::AccountId;

use crate::db::{AccountKey, Resource, all, change_existing, execute, is_aws_managed, name_key};
use crate::error::{EntityKind, Result, StoreError};
use crate::policies::{PolicyOwner, PolicyUsage};
use crate::{Store, check_limit};

/// A user, group or role that uses a managed policy (`ListEntitiesForPolicy`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyEntity {
    /// User, group or role.
    pub kind: EntityKind,
    /// Its unique id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its path.
    pub path: String,
    /// Whether the policy is attached to it or is its permissions boundary.
    pub usage: PolicyUsage,
}

/// The owner in `?1` whose name key is `?2`, from the owner table `$table`, with whether the
/// customer managed policy `?4` exists in `?1`, joined to the policies attached to it
/// (owner kind `?3`).
macro_rules! attach_sql {
    ($table:literal) => {
        concat!(
            "SELECT o.id, EXISTS (SELECT 1 FROM managed_policies WHERE account = ?1 AND arn = ?4), a.policy_arn FROM ",
            $table,
            " o LEFT JOIN policy_attachments a ON a.owner_kind = ?3 AND a.owner_id = o.id \
             WHERE o.account = ?1 AND o.name_key = ?2"
        )
    };
}

impl Store {
    /// Attaches a managed policy (`AttachUserPolicy`, …). A customer managed ARN must name
    /// an existing policy of the account (`NotFound` otherwise); AWS managed ARNs
    /// (`arn:aws:iam::aws:policy/…`) are taken as given. Attaching twice changes nothing.
    pub async fn attach_policy(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
        arn: &str,
    ) -> Result<()> {
        let (resource, owner_name) = owner.resource();
        // The owner, whether the customer policy exists, and what is attached already, in
        // one statement: one row per attached policy, or one with none.
        let sql = match owner {
            PolicyOwner::User(_) => attach_sql!("users"),
            PolicyOwner::Group(_) => attach_sql!("iam_groups"),
            PolicyOwner::Role(_) => attach_sql!("roles"),
        };
        let (max, limit) = owner.attachment_limit(self.limits());
        let (account, owner_name, arn) = (
            AccountKey::from(account),
            owner_name.to_owned(),
            arn.to_owned(),
        );
        self.write(move |tx| {
            let rows: Vec<(String, i64, Option<String>)> = all(
                tx,
                sql,
                (&account, name_key(&owner_name), resource.code(), &arn),
                |row| row.try_into(),
            )?;
            let Some((owner_id, policy_exists, _)) = rows.first().cloned() else {
                return Err(StoreError::not_found(resource.entity_kind(), &owner_name));
            };
            if !is_aws_managed(&arn) && policy_exists == 0 {
                return Err(StoreError::not_found(EntityKind::Policy, &arn));
            }
            let attached: Vec<String> = rows.into_iter().filter_map(|(_, _, arn)| arn).collect();
            if attached.contains(&arn) {
                return Ok(());
            }
            check_limit(
                i64::try_from(attached.len()).unwrap_or(i64::MAX),
                max,
                limit,
            )?;
            execute(
                tx,
                "INSERT INTO policy_attachments (owner_kind, owner_id, account, policy_arn) VALUES (?1, ?2, ?3, ?4)",
                (resource.code(), &owner_id, &account, &arn),
            )?;
            Ok(())
        })
        .await
    }

    /// Detaches a managed policy (`DetachUserPolicy`, …); `NotFound` if it was not attached.
    pub async fn detach_policy(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
        arn: &str,
    ) -> Result<()> {
        let arn = arn.to_owned();
        self.change_owned(account, owner, move |tx, kind, owner_id| {
            change_existing(
                tx,
                "DELETE FROM policy_attachments WHERE owner_kind = ?1 AND owner_id = ?2 AND policy_arn = ?3",
                (kind, owner_id, &arn),
                EntityKind::PolicyAttachment,
                &arn,
            )
        })
        .await
    }

    /// The ARNs of the managed policies attached to an owner, ordered (`ListAttached*Policies`;
    /// at most the attachment quota, so unpaged).
    pub async fn list_attached_policies(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
    ) -> Result<Vec<String>> {
        self.read_owned(account, owner, |conn, kind, owner_id| {
            all(
                conn,
                "SELECT policy_arn FROM policy_attachments WHERE owner_kind = ?1 AND owner_id = ?2 ORDER BY policy_arn",
                (kind, owner_id),
                |row| row.get(0),
            )
        })
    }

    /// Every user, group and role of the account that has this policy (customer or AWS
    /// managed) attached or as permissions boundary (`ListEntitiesForPolicy`).
    pub async fn entities_for_policy(
        &self,
        account: AccountId,
        arn: &str,
    ) -> Result<Vec<PolicyEntity>> {
        let account = &AccountKey::from(account);
        let rows: Vec<(String, String, String, String, bool)> = self.read(|conn| {
            all(
                conn,
                "SELECT a.owner_kind, u.id, u.name, u.path, FALSE FROM policy_attachments a JOIN users u ON u.id = a.owner_id \
                   WHERE a.owner_kind = ?3 AND a.account = ?1 AND a.policy_arn = ?2 \
                 UNION ALL SELECT a.owner_kind, g.id, g.name, g.path, FALSE FROM policy_attachments a JOIN iam_groups g ON g.id = a.owner_id \
                   WHERE a.owner_kind = ?4 AND a.account = ?1 AND a.policy_arn = ?2 \
                 UNION ALL SELECT a.owner_kind, r.id, r.name, r.path, FALSE FROM policy_attachments a JOIN roles r ON r.id = a.owner_id \
                   WHERE a.owner_kind = ?5 AND a.account = ?1 AND a.policy_arn = ?2 \
                 UNION ALL SELECT ?3, u.id, u.name, u.path, TRUE FROM users u WHERE u.account = ?1 AND u.boundary_arn = ?2 \
                 UNION ALL SELECT ?5, r.id, r.name, r.path, TRUE FROM roles r WHERE r.account = ?1 AND r.boundary_arn = ?2 \
                 ORDER BY 1, 3",
                (
                    account,
                    arn,
                    Resource::User.code(),
                    Resource::Group.code(),
                    Resource::Role.code(),
                ),
                |row| row.try_into(),
            )
        })?;
        rows.into_iter()
            .map(|(kind, id, name, path, boundary)| {
                let kind = [Resource::User, Resource::Group, Resource::Role]
                    .into_iter()
                    .find(|resource| resource.code() == kind)
                    .ok_or_else(|| StoreError::Corrupt {
                        detail: format!("attachment owner kind {kind}"),
                    })?
                    .entity_kind();
                let usage = if boundary {
                    PolicyUsage::PermissionsBoundary
                } else {
                    PolicyUsage::PermissionsPolicy
                };
                Ok(PolicyEntity {
                    kind,
                    id,
                    name,
                    path,
                    usage,
                })
            })
            .collect()
    }
}
