//! Tags on users, roles, policies, providers, MFA devices and instance profiles.
//!
//! Keys are unique per resource case-insensitively (IAM keeps the case it was given): tagging
//! with an existing key in another case replaces that tag. Managed policies are the exception:
//! their keys keep their case, `a` and `A` being two tags (AWS's recorded CreatePolicy,
//! ListPolicyTags and UntagPolicy answers, LocalStack's test_iam_policies.snapshot.json).

use std::collections::BTreeMap;

use gatehouse_token::AccountId;

use crate::Store;
use crate::db::{AccountKey, Conn, Resource, all, execute, name_key, one};
use crate::error::{Limit, Result, StoreError};

/// A tag: a key and a value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tag {
    /// The key (1..128 characters).
    pub key: String,
    /// The value (0..256 characters).
    pub value: String,
}

impl Tag {
    /// A tag from a key and a value.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: value.into(),
        }
    }
}

/// The form under which a resource's tag keys are unique (the `key_lower` column).
fn unique_key(resource: Resource, key: &str) -> String {
    match resource {
        Resource::Policy => key.to_owned(),
        _ => name_key(key),
    }
}

/// A taggable resource, named as the IAM API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagTarget<'a> {
    /// A user, by name.
    User(&'a str),
    /// A role, by name.
    Role(&'a str),
    /// A customer managed policy, by ARN.
    Policy(&'a str),
    /// An OpenID Connect provider, by ARN.
    OidcProvider(&'a str),
    /// A SAML provider, by ARN.
    SamlProvider(&'a str),
    /// A virtual MFA device, by serial number.
    MfaDevice(&'a str),
    /// An instance profile, by name.
    InstanceProfile(&'a str),
}

impl<'a> TagTarget<'a> {
    /// Whether the resource's tag keys keep their case (only a managed policy's do).
    pub fn keys_keep_case(self) -> bool {
        matches!(self, Self::Policy(_))
    }

    /// Whether two of `tags` have the same key, as this resource compares keys.
    pub fn has_duplicate_keys(self, tags: &[Tag]) -> bool {
        let (resource, _) = self.resource();
        let mut seen = std::collections::HashSet::with_capacity(tags.len());
        tags.iter()
            .any(|tag| !seen.insert(unique_key(resource, &tag.key)))
    }

    fn resource(self) -> (Resource, &'a str) {
        match self {
            Self::User(name) => (Resource::User, name),
            Self::Role(name) => (Resource::Role, name),
            Self::Policy(arn) => (Resource::Policy, arn),
            Self::OidcProvider(arn) => (Resource::OidcProvider, arn),
            Self::SamlProvider(arn) => (Resource::SamlProvider, arn),
            Self::MfaDevice(serial) => (Resource::MfaDevice, serial),
            Self::InstanceProfile(name) => (Resource::InstanceProfile, name),
        }
    }
}

/// The tags of one resource, ordered by key.
pub(crate) fn load(conn: &Conn, resource: Resource, id: &str) -> Result<Vec<Tag>> {
    all(
        conn,
        "SELECT tag_key, tag_value FROM tags WHERE resource_kind = ?1 AND resource_id = ?2 ORDER BY key_lower",
        (resource.code(), id),
        |row| {
            Ok(Tag {
                key: row.get(0)?,
                value: row.get(1)?,
            })
        },
    )
}

/// Adds or replaces tags on one resource, refusing to pass `max` tags in all.
pub(crate) fn upsert(
    tx: &Conn,
    resource: Resource,
    id: &str,
    tags: &[Tag],
    max: u32,
) -> Result<()> {
    insert_rows(tx, resource, id, &by_key(resource, tags), true)?;
    let total: i64 = one(
        tx,
        "SELECT COUNT(*) FROM tags WHERE resource_kind = ?1 AND resource_id = ?2",
        (resource.code(), id),
        |row| row.get(0),
    )?;
    if total > i64::from(max) {
        return Err(StoreError::LimitExceeded {
            limit: Limit::TagsPerResource,
            max,
        });
    }
    Ok(())
}

/// Tags the resource `id`, created in this same transaction and so without tags yet, and
/// returns them as [`load`] would read them back. More distinct keys than `max` fail with the
/// same `LimitExceeded` as [`upsert`], before anything is written.
pub(crate) fn insert_new(
    tx: &Conn,
    resource: Resource,
    id: &str,
    tags: &[Tag],
    max: u32,
) -> Result<Vec<Tag>> {
    let rows = by_key(resource, tags);
    if u64::try_from(rows.len()).unwrap_or(u64::MAX) > u64::from(max) {
        return Err(StoreError::LimitExceeded {
            limit: Limit::TagsPerResource,
            max,
        });
    }
    insert_rows(tx, resource, id, &rows, false)?;
    Ok(rows.into_iter().map(|(_, tag)| tag.clone()).collect())
}

/// The tags by their [`unique_key`], in the byte order of SQLite's BINARY collation (the
/// order of [`load`]). A key given twice keeps its last occurrence, as one upsert per tag in
/// the given order would.
fn by_key(resource: Resource, tags: &[Tag]) -> Vec<(String, &Tag)> {
    let mut by_key: BTreeMap<String, &Tag> = BTreeMap::new();
    for tag in tags {
        by_key.insert(unique_key(resource, &tag.key), tag);
    }
    by_key.into_iter().collect()
}

/// Rows of one multi-row tag `INSERT` (5 parameters each, well under SQLite's limit).
const INSERT_CHUNK: usize = 50;

/// Writes tag rows with distinct keys in as few statements as the chunk size allows;
/// `replace` makes an existing key take the new key case and value.
fn insert_rows(
    tx: &Conn,
    resource: Resource,
    id: &str,
    rows: &[(String, &Tag)],
    replace: bool,
) -> Result<()> {
    for chunk in rows.chunks(INSERT_CHUNK) {
        let mut sql = String::from(
            "INSERT INTO tags (resource_kind, resource_id, key_lower, tag_key, tag_value) VALUES ",
        );
        for n in 0..chunk.len() {
            if n > 0 {
                sql.push_str(", ");
            }
            let p = n * 5;
            sql.push_str(&format!(
                "(?{}, ?{}, ?{}, ?{}, ?{})",
                p + 1,
                p + 2,
                p + 3,
                p + 4,
                p + 5
            ));
        }
        if replace {
            sql.push_str(
                " ON CONFLICT (resource_kind, resource_id, key_lower) DO UPDATE SET tag_key = excluded.tag_key, tag_value = excluded.tag_value",
            );
        }
        let params = chunk.iter().flat_map(|(key_lower, tag)| {
            [
                resource.code(),
                id,
                key_lower.as_str(),
                tag.key.as_str(),
                tag.value.as_str(),
            ]
        });
        // Keep the prepared statement for the common small counts only, so that rare large
        // ones do not push the hot statements out of the connection's statement cache.
        if chunk.len() <= 10 {
            execute(tx, &sql, rusqlite::params_from_iter(params))?;
        } else {
            tx.prepare(&sql)?
                .execute(rusqlite::params_from_iter(params))?;
        }
    }
    Ok(())
}

/// Removes every tag of one resource (when the resource is deleted).
pub(crate) fn clear(tx: &Conn, resource: Resource, id: &str) -> Result<()> {
    execute(
        tx,
        "DELETE FROM tags WHERE resource_kind = ?1 AND resource_id = ?2",
        (resource.code(), id),
    )?;
    Ok(())
}

impl Store {
    /// Adds or replaces tags (`TagUser`, `TagRole`, …). The whole call fails, changing
    /// nothing, if the resource would end up with more tags than the quota.
    pub async fn tag_resource(
        &self,
        account: AccountId,
        target: TagTarget<'_>,
        tags: &[Tag],
    ) -> Result<()> {
        let (resource, name) = target.resource();
        let (account, name, tags) = (AccountKey::from(account), name.to_owned(), tags.to_vec());
        let max = self.limits().tags_per_resource;
        self.write(move |tx| {
            let id = resource.id(tx, &account, &name)?;
            upsert(tx, resource, &id, &tags, max)
        })
        .await
    }

    /// Removes the tags with these keys, compared as the resource compares its keys
    /// (`UntagUser`, …).
    /// Keys that are not present are ignored, as in AWS.
    pub async fn untag_resource(
        &self,
        account: AccountId,
        target: TagTarget<'_>,
        keys: &[String],
    ) -> Result<()> {
        let (resource, name) = target.resource();
        let (account, name, keys) = (AccountKey::from(account), name.to_owned(), keys.to_vec());
        self.write(move |tx| {
            let id = resource.id(tx, &account, &name)?;
            for key in &keys {
                execute(
                    tx,
                    "DELETE FROM tags WHERE resource_kind = ?1 AND resource_id = ?2 AND key_lower = ?3",
                    (resource.code(), &id, unique_key(resource, key)),
                )?;
            }
            Ok(())
        })
        .await
    }

    /// The tags of a resource, ordered by key (`ListUserTags`, …; at most 50, so unpaged).
    pub async fn list_tags(&self, account: AccountId, target: TagTarget<'_>) -> Result<Vec<Tag>> {
        let account = &AccountKey::from(account);
        let (resource, name) = target.resource();
        self.read_tx(|conn| {
            let id = resource.id(conn, account, name)?;
            load(conn, resource, &id)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_keys_are_found_as_the_resource_compares_keys() {
        let tags = |keys: &[&str]| keys.iter().map(|k| Tag::new(*k, "v")).collect::<Vec<_>>();
        // (keys, duplicated on a user, duplicated on a managed policy)
        let rows: [(&[&str], bool, bool); 5] = [
            (&[], false, false),
            (&["a", "b"], false, false),
            (&["a", "a"], true, true),
            (&["Team", "team"], true, false),
            (&["Ärger", "ärger"], true, false),
        ];
        for (keys, on_user, on_policy) in rows {
            let tags = tags(keys);
            assert_eq!(
                TagTarget::User("u").has_duplicate_keys(&tags),
                on_user,
                "{keys:?}"
            );
            assert_eq!(
                TagTarget::Policy("p").has_duplicate_keys(&tags),
                on_policy,
                "{keys:?}"
            );
        }
        assert!(TagTarget::Policy("p").keys_keep_case());
        assert!(!TagTarget::Role("r").keys_keep_case());
    }
}
