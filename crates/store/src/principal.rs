//! The hot-path read: every policy a user or role carries, in one consistent read.

use gatehouse_token::AccountId;

use crate::Store;
use crate::db::{AccountKey, Conn, Resource, all, name_key, optional};
use crate::error::{Result, StoreError};

/// An inline policy of the principal or of one of its groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedDocument {
    /// The group the policy belongs to; `None` for the principal's own policies.
    pub group: Option<String>,
    /// The policy name.
    pub name: String,
    /// The document, as submitted.
    pub document: String,
}

/// A managed policy in effect, with its default version's document when it is customer
/// managed (`None` for AWS managed policies, which the caller resolves).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManagedDocument {
    /// The policy ARN.
    pub arn: String,
    /// The default version's document, for customer managed policies.
    pub document: Option<String>,
}

/// Everything the policy engine needs about a principal's identity policies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PolicySet {
    /// The unique id of the user or role the policies belong to.
    pub id: String,
    /// Inline policies: the principal's, then its groups', ordered by group and name.
    pub inline: Vec<NamedDocument>,
    /// Attached managed policies (also through groups), each once, ordered by ARN.
    pub managed: Vec<ManagedDocument>,
    /// The permissions boundary.
    pub boundary: Option<ManagedDocument>,
}

/// The `SELECT` of a principal's id, boundary ARN and boundary document from `$table` by
/// account (`?1`) and name key (`?2`).
macro_rules! principal_head_sql {
    ($table:literal) => {
        concat!(
            "SELECT e.id, e.boundary_arn, v.document FROM ",
            $table,
            " e LEFT JOIN managed_policies p ON p.arn = e.boundary_arn \
             LEFT JOIN policy_versions v ON v.policy_id = p.id AND v.version = p.default_version \
             WHERE e.account = ?1 AND e.name_key = ?2"
        )
    };
}

impl Store {
    /// A role's inline policies, attached policies and boundary, in three indexed queries
    /// inside one read transaction.
    pub async fn role_policies(&self, account: AccountId, role: &str) -> Result<PolicySet> {
        let account = &AccountKey::from(account);
        self.principal_policies(Resource::Role, principal_head_sql!("roles"), account, role)
    }

    /// A user's inline policies and attached policies, its groups' too, and its boundary, in
    /// three indexed queries inside one read transaction.
    pub async fn user_policies(&self, account: AccountId, user: &str) -> Result<PolicySet> {
        let account = &AccountKey::from(account);
        self.principal_policies(Resource::User, principal_head_sql!("users"), account, user)
    }

    /// The policies of the principal `name`, found by `head_sql`.
    fn principal_policies(
        &self,
        resource: Resource,
        head_sql: &'static str,
        account: &str,
        name: &str,
    ) -> Result<PolicySet> {
        self.read_tx(|conn| {
            let head: (String, Option<String>, Option<String>) =
                optional(conn, head_sql, (account, name_key(name)), |row| {
                    row.try_into()
                })?
                .ok_or_else(|| StoreError::not_found(resource.entity_kind(), name))?;
            policy_set(conn, resource, head)
        })
    }
}

/// Reads the policies of principal `id` (and of the groups it is a member of: none for a
/// role) given its boundary ARN and document.
fn policy_set(
    tx: &Conn,
    owner: Resource,
    (id, boundary_arn, boundary_document): (String, Option<String>, Option<String>),
) -> Result<PolicySet> {
    let inline: Vec<(Option<String>, String, String)> = all(
        tx,
        "SELECT g.name, i.name, i.document FROM inline_policies i \
         LEFT JOIN iam_groups g ON i.owner_kind = ?3 AND g.id = i.owner_id \
         WHERE (i.owner_kind = ?1 AND i.owner_id = ?2) \
            OR (i.owner_kind = ?3 AND i.owner_id IN (SELECT group_id FROM group_members WHERE user_id = ?2)) \
         ORDER BY COALESCE(g.name_key, ?4), i.name_key",
        (owner.code(), &id, Resource::Group.code(), ""),
        |row| row.try_into(),
    )?;
    let managed: Vec<(String, Option<String>)> = all(
        tx,
        "SELECT DISTINCT a.policy_arn, v.document FROM policy_attachments a \
         LEFT JOIN managed_policies p ON p.arn = a.policy_arn \
         LEFT JOIN policy_versions v ON v.policy_id = p.id AND v.version = p.default_version \
         WHERE (a.owner_kind = ?1 AND a.owner_id = ?2) \
            OR (a.owner_kind = ?3 AND a.owner_id IN (SELECT group_id FROM group_members WHERE user_id = ?2)) \
         ORDER BY a.policy_arn",
        (owner.code(), &id, Resource::Group.code()),
        |row| row.try_into(),
    )?;
    Ok(PolicySet {
        id,
        inline: inline
            .into_iter()
            .map(|(group, name, document)| NamedDocument {
                group,
                name,
                document,
            })
            .collect(),
        managed: managed
            .into_iter()
            .map(|(arn, document)| ManagedDocument { arn, document })
            .collect(),
        boundary: boundary_arn.map(|arn| ManagedDocument {
            arn,
            document: boundary_document,
        }),
    })
}
