//! The inline policies of users, groups and roles.

use gatehouse_token::AccountId;

use crate::Store;
use crate::db::{AccountKey, all, change_existing, execute, name_key, optional};
use crate::error::{EntityKind, Result, StoreError};
use crate::policies::PolicyOwner;

/// An inline policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlinePolicy {
    /// The policy name.
    pub name: String,
    /// The document, as submitted.
    pub document: String,
}

/// A row of `other_inline_policies_sql!`: the owner's id, then an inline policy's name and
/// document (both `NULL` for an owner without any other).
type OwnerPolicyRow = (String, Option<String>, Option<String>);

/// The owner in `?2` whose name key is `?3`, from the owner table `$table`, joined to its
/// inline policies (owner kind `?1`) other than the one whose name key is `?4`: one row of
/// `NULL`s after the id when it has none, no row when there is no such owner.
macro_rules! other_inline_policies_sql {
    ($table:literal) => {
        concat!(
            "SELECT o.id, p.name, p.document FROM ",
            $table,
            " o LEFT JOIN inline_policies p ON p.owner_kind = ?1 AND p.owner_id = o.id AND p.name_key <> ?4 \
             WHERE o.account = ?2 AND o.name_key = ?3"
        )
    };
}

impl Store {
    /// Creates or replaces an inline policy (`PutUserPolicy`, …).
    pub async fn put_inline_policy(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
        name: &str,
        document: &str,
    ) -> Result<()> {
        self.put_inline_policy_if(account, owner, name, document, |_| true)
            .await
            .map(|_| ())
    }

    /// Creates or replaces an inline policy if `admit` accepts it beside the owner's other
    /// inline policies (all but the one of this name), which it is given; returns whether it
    /// was written. The check runs in the write's own transaction, so two puts that each fit a
    /// quota cannot together exceed it.
    pub async fn put_inline_policy_if(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
        name: &str,
        document: &str,
        admit: impl FnOnce(&[InlinePolicy]) -> bool + Send + 'static,
    ) -> Result<bool> {
        let (resource, owner_name) = owner.resource();
        let sql = match owner {
            PolicyOwner::User(_) => other_inline_policies_sql!("users"),
            PolicyOwner::Group(_) => other_inline_policies_sql!("iam_groups"),
            PolicyOwner::Role(_) => other_inline_policies_sql!("roles"),
        };
        let key = name_key(name);
        let (account, owner_name) = (AccountKey::from(account), owner_name.to_owned());
        let (name, document) = (name.to_owned(), document.to_owned());
        self.write(move |tx| {
            let rows: Vec<OwnerPolicyRow> = all(
                tx,
                sql,
                (resource.code(), &account, name_key(&owner_name), &key),
                |row| row.try_into(),
            )?;
            let Some(owner_id) = rows.first().map(|(id, ..)| id.clone()) else {
                return Err(StoreError::not_found(resource.entity_kind(), &owner_name));
            };
            let others: Vec<InlinePolicy> = rows
                .into_iter()
                .filter_map(|(_, name, document)| {
                    Some(InlinePolicy {
                        name: name?,
                        document: document?,
                    })
                })
                .collect();
            if !admit(&others) {
                return Ok(false);
            }
            execute(
                tx,
                "INSERT INTO inline_policies (owner_kind, owner_id, name, name_key, document) VALUES (?1, ?2, ?3, ?4, ?5) \
                 ON CONFLICT (owner_kind, owner_id, name_key) DO UPDATE SET name = excluded.name, document = excluded.document",
                (resource.code(), &owner_id, &name, &key, &document),
            )?;
            Ok(true)
        })
        .await
    }

    /// One inline policy (`GetUserPolicy`, …).
    pub async fn get_inline_policy(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
        name: &str,
    ) -> Result<InlinePolicy> {
        let (name, document): (String, String) = self
            .read_owned(account, owner, |conn, kind, owner_id| {
                optional(
                    conn,
                    "SELECT name, document FROM inline_policies WHERE owner_kind = ?1 AND owner_id = ?2 AND name_key = ?3",
                    (kind, owner_id, name_key(name)),
                    |row| row.try_into(),
                )
            })?
            .ok_or_else(|| StoreError::not_found(EntityKind::InlinePolicy, name))?;
        Ok(InlinePolicy { name, document })
    }

    /// The names of an owner's inline policies, ordered (`ListUserPolicies`, …).
    pub async fn list_inline_policies(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
    ) -> Result<Vec<String>> {
        self.read_owned(account, owner, |conn, kind, owner_id| {
            all(
                conn,
                "SELECT name FROM inline_policies WHERE owner_kind = ?1 AND owner_id = ?2 ORDER BY name_key",
                (kind, owner_id),
                |row| row.get(0),
            )
        })
    }

    /// Deletes an inline policy (`DeleteUserPolicy`, …).
    pub async fn delete_inline_policy(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
        name: &str,
    ) -> Result<()> {
        let name = name.to_owned();
        self.change_owned(account, owner, move |tx, kind, owner_id| {
            change_existing(
                tx,
                "DELETE FROM inline_policies WHERE owner_kind = ?1 AND owner_id = ?2 AND name_key = ?3",
                (kind, owner_id, name_key(&name)),
                EntityKind::InlinePolicy,
                &name,
            )
        })
        .await
    }
}
