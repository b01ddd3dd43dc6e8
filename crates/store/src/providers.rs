//! OpenID Connect and SAML identity providers.

use gatehouse_token::AccountId;

use crate::db::{AccountKey, stored_account};

use time::OffsetDateTime;

use crate::db::{Conn, Resource, all, count, epoch, execute, from_epoch, from_epoch_opt, optional};
use crate::error::{EntityKind, Limit, Result, StoreError};
use crate::tags::{self, Tag};
use crate::{Store, check_limit};

/// An OpenID Connect provider to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOidcProvider {
    /// The ARN (`arn:aws:iam::<account>:oidc-provider/<url without https://>`); the same URL
    /// gives the same ARN, so a duplicate URL is `AlreadyExists`.
    pub arn: String,
    /// The issuer URL.
    pub url: String,
    /// The audiences (client ids).
    pub client_ids: Vec<String>,
    /// The server certificate thumbprints (hex SHA-1).
    pub thumbprints: Vec<String>,
    /// The creation time.
    pub created: OffsetDateTime,
    /// Initial tags.
    pub tags: Vec<Tag>,
}

/// A stored OpenID Connect provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcProvider {
    /// The account.
    pub account: AccountId,
    /// The ARN.
    pub arn: String,
    /// The issuer URL.
    pub url: String,
    /// The audiences, in the order they were added.
    pub client_ids: Vec<String>,
    /// The thumbprints.
    pub thumbprints: Vec<String>,
    /// The creation time.
    pub created: OffsetDateTime,
    /// The tags; empty in list results.
    pub tags: Vec<Tag>,
}

/// A SAML provider to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSamlProvider {
    /// The ARN (`arn:aws:iam::<account>:saml-provider/<name>`).
    pub arn: String,
    /// The name.
    pub name: String,
    /// The IdP's metadata document.
    pub metadata: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// When the metadata stops being valid.
    pub valid_until: Option<OffsetDateTime>,
    /// Initial tags.
    pub tags: Vec<Tag>,
}

/// A stored SAML provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SamlProvider {
    /// The account.
    pub account: AccountId,
    /// The ARN.
    pub arn: String,
    /// The name.
    pub name: String,
    /// The IdP's metadata document.
    pub metadata: String,
    /// The creation time.
    pub created: OffsetDateTime,
    /// When the metadata stops being valid.
    pub valid_until: Option<OffsetDateTime>,
    /// The tags; empty in list results.
    pub tags: Vec<Tag>,
}

struct OidcRow {
    account: String,
    arn: String,
    url: String,
    client_ids: String,
    thumbprints: String,
    created: i64,
}

fn decode_list(json: &str) -> Result<Vec<String>> {
    serde_json::from_str(json).map_err(|err| StoreError::Corrupt {
        detail: format!("string list: {err}"),
    })
}

fn encode_list(items: &[String]) -> String {
    serde_json::Value::from(items).to_string()
}

impl OidcRow {
    /// Reads the columns `account, arn, url, client_ids, thumbprints, created`, in this order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            account: row.get(0)?,
            arn: row.get(1)?,
            url: row.get(2)?,
            client_ids: row.get(3)?,
            thumbprints: row.get(4)?,
            created: row.get(5)?,
        })
    }

    fn into_provider(self) -> Result<OidcProvider> {
        Ok(OidcProvider {
            account: stored_account(&self.account)?,
            arn: self.arn,
            url: self.url,
            client_ids: decode_list(&self.client_ids)?,
            thumbprints: decode_list(&self.thumbprints)?,
            created: from_epoch(self.created)?,
            tags: Vec::new(),
        })
    }
}

struct SamlRow {
    account: String,
    arn: String,
    name: String,
    metadata: String,
    created: i64,
    valid_until: Option<i64>,
}

impl SamlRow {
    /// Reads the columns `account, arn, name, metadata, created, valid_until`, in this order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            account: row.get(0)?,
            arn: row.get(1)?,
            name: row.get(2)?,
            metadata: row.get(3)?,
            created: row.get(4)?,
            valid_until: row.get(5)?,
        })
    }

    fn into_provider(self) -> Result<SamlProvider> {
        Ok(SamlProvider {
            account: stored_account(&self.account)?,
            arn: self.arn,
            name: self.name,
            metadata: self.metadata,
            created: from_epoch(self.created)?,
            valid_until: from_epoch_opt(self.valid_until)?,
            tags: Vec::new(),
        })
    }
}

fn load_oidc(conn: &Conn, account: &str, arn: &str) -> Result<OidcProvider> {
    let row = optional(
        conn,
        "SELECT account, arn, url, client_ids, thumbprints, created FROM oidc_providers WHERE account = ?1 AND arn = ?2",
        (account, arn),
        OidcRow::from_row,
    )?;
    let mut provider = row
        .ok_or_else(|| StoreError::not_found(EntityKind::OidcProvider, arn))?
        .into_provider()?;
    provider.tags = tags::load(conn, Resource::OidcProvider, arn)?;
    Ok(provider)
}

fn load_saml(conn: &Conn, account: &str, arn: &str) -> Result<SamlProvider> {
    let row = optional(
        conn,
        "SELECT account, arn, name, metadata, created, valid_until FROM saml_providers WHERE account = ?1 AND arn = ?2",
        (account, arn),
        SamlRow::from_row,
    )?;
    let mut provider = row
        .ok_or_else(|| StoreError::not_found(EntityKind::SamlProvider, arn))?
        .into_provider()?;
    provider.tags = tags::load(conn, Resource::SamlProvider, arn)?;
    Ok(provider)
}

/// Stores a provider's new client-id list.
fn save_client_ids(tx: &Conn, arn: &str, client_ids: &[String]) -> Result<()> {
    execute(
        tx,
        "UPDATE oidc_providers SET client_ids = ?1 WHERE arn = ?2",
        (encode_list(client_ids), arn),
    )?;
    Ok(())
}

impl Store {
    /// Creates an OpenID Connect provider (`CreateOpenIDConnectProvider`); `AlreadyExists`
    /// for a URL already registered, `LimitExceeded` past the per-account quota.
    pub async fn create_oidc_provider(
        &self,
        account: AccountId,
        provider: NewOidcProvider,
    ) -> Result<OidcProvider> {
        let account = AccountKey::from(account);
        let limits = *self.limits();
        self.write(move |tx| {
            let existing = count(
                tx,
                "SELECT COUNT(*) FROM oidc_providers WHERE account = ?1",
                &account,
            )?;
            check_limit(
                existing,
                limits.oidc_providers_per_account,
                Limit::OidcProvidersPerAccount,
            )?;
            execute(
                tx,
                "INSERT INTO oidc_providers (arn, account, url, client_ids, thumbprints, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &provider.arn,
                    &account,
                    &provider.url,
                    encode_list(&provider.client_ids),
                    encode_list(&provider.thumbprints),
                    epoch(provider.created),
                ),
            )
            .map_err(|err| StoreError::on_insert(err, EntityKind::OidcProvider, &provider.arn))?;
            tags::upsert(
                tx,
                Resource::OidcProvider,
                &provider.arn,
                &provider.tags,
                limits.tags_per_resource,
            )?;
            load_oidc(tx, &account, &provider.arn)
        })
        .await
    }

    /// The OpenID Connect provider with this ARN (`GetOpenIDConnectProvider`; web identity).
    pub async fn get_oidc_provider(&self, account: AccountId, arn: &str) -> Result<OidcProvider> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| load_oidc(conn, account, arn))
    }

    /// The account's OpenID Connect providers by ARN (`ListOpenIDConnectProviders`).
    pub async fn list_oidc_providers(&self, account: AccountId) -> Result<Vec<OidcProvider>> {
        let account = &AccountKey::from(account);
        let rows = self.read(|conn| {
            all(
                conn,
                "SELECT account, arn, url, client_ids, thumbprints, created FROM oidc_providers WHERE account = ?1 ORDER BY arn",
                [account],
                OidcRow::from_row,
            )
        })?;
        rows.into_iter().map(OidcRow::into_provider).collect()
    }

    /// Adds an audience (`AddClientIDToOpenIDConnectProvider`); adding one present is a no-op.
    pub async fn add_oidc_client_id(
        &self,
        account: AccountId,
        arn: &str,
        client_id: &str,
    ) -> Result<()> {
        let (account, arn, client_id) = (
            AccountKey::from(account),
            arn.to_owned(),
            client_id.to_owned(),
        );
        self.write(move |tx| {
            let mut client_ids = load_oidc(tx, &account, &arn)?.client_ids;
            if !client_ids.contains(&client_id) {
                client_ids.push(client_id);
                save_client_ids(tx, &arn, &client_ids)?;
            }
            Ok(())
        })
        .await
    }

    /// Removes an audience (`RemoveClientIDFromOpenIDConnectProvider`); absent is a no-op.
    pub async fn remove_oidc_client_id(
        &self,
        account: AccountId,
        arn: &str,
        client_id: &str,
    ) -> Result<()> {
        let (account, arn, client_id) = (
            AccountKey::from(account),
            arn.to_owned(),
            client_id.to_owned(),
        );
        self.write(move |tx| {
            let mut client_ids = load_oidc(tx, &account, &arn)?.client_ids;
            client_ids.retain(|existing| *existing != client_id);
            save_client_ids(tx, &arn, &client_ids)
        })
        .await
    }

    /// Replaces the thumbprints (`UpdateOpenIDConnectProviderThumbprint`).
    pub async fn update_oidc_thumbprints(
        &self,
        account: AccountId,
        arn: &str,
        thumbprints: &[String],
    ) -> Result<()> {
        let (account, arn) = (AccountKey::from(account), arn.to_owned());
        let thumbprints = encode_list(thumbprints);
        self.write(move |tx| {
            Resource::OidcProvider.id(tx, &account, &arn)?;
            execute(
                tx,
                "UPDATE oidc_providers SET thumbprints = ?1 WHERE arn = ?2",
                (&thumbprints, &arn),
            )?;
            Ok(())
        })
        .await
    }

    /// Deletes an OpenID Connect provider (`DeleteOpenIDConnectProvider`).
    pub async fn delete_oidc_provider(&self, account: AccountId, arn: &str) -> Result<()> {
        let (account, arn) = (AccountKey::from(account), arn.to_owned());
        self.write(move |tx| {
            Resource::OidcProvider.id(tx, &account, &arn)?;
            execute(tx, "DELETE FROM oidc_providers WHERE arn = ?1", [&arn])?;
            tags::clear(tx, Resource::OidcProvider, &arn)
        })
        .await
    }

    /// Creates a SAML provider (`CreateSAMLProvider`).
    pub async fn create_saml_provider(
        &self,
        account: AccountId,
        provider: NewSamlProvider,
    ) -> Result<SamlProvider> {
        let account = AccountKey::from(account);
        let limits = *self.limits();
        self.write(move |tx| {
            let existing = count(
                tx,
                "SELECT COUNT(*) FROM saml_providers WHERE account = ?1",
                &account,
            )?;
            check_limit(
                existing,
                limits.saml_providers_per_account,
                Limit::SamlProvidersPerAccount,
            )?;
            execute(
                tx,
                "INSERT INTO saml_providers (arn, account, name, metadata, created, valid_until) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    &provider.arn,
                    &account,
                    &provider.name,
                    &provider.metadata,
                    epoch(provider.created),
                    provider.valid_until.map(epoch),
                ),
            )
            .map_err(|err| StoreError::on_insert(err, EntityKind::SamlProvider, &provider.arn))?;
            tags::upsert(
                tx,
                Resource::SamlProvider,
                &provider.arn,
                &provider.tags,
                limits.tags_per_resource,
            )?;
            load_saml(tx, &account, &provider.arn)
        })
        .await
    }

    /// The SAML provider with this ARN (`GetSAMLProvider`; AssumeRoleWithSAML).
    pub async fn get_saml_provider(&self, account: AccountId, arn: &str) -> Result<SamlProvider> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| load_saml(conn, account, arn))
    }

    /// The account's SAML providers by ARN (`ListSAMLProviders`).
    pub async fn list_saml_providers(&self, account: AccountId) -> Result<Vec<SamlProvider>> {
        let account = &AccountKey::from(account);
        let rows = self.read(|conn| {
            all(
                conn,
                "SELECT account, arn, name, metadata, created, valid_until FROM saml_providers WHERE account = ?1 ORDER BY arn",
                [account],
                SamlRow::from_row,
            )
        })?;
        rows.into_iter().map(SamlRow::into_provider).collect()
    }

    /// Replaces a SAML provider's metadata (`UpdateSAMLProvider`).
    pub async fn update_saml_metadata(
        &self,
        account: AccountId,
        arn: &str,
        metadata: &str,
        valid_until: Option<OffsetDateTime>,
    ) -> Result<()> {
        let (account, arn, metadata) = (
            AccountKey::from(account),
            arn.to_owned(),
            metadata.to_owned(),
        );
        self.write(move |tx| {
            Resource::SamlProvider.id(tx, &account, &arn)?;
            execute(
                tx,
                "UPDATE saml_providers SET metadata = ?1, valid_until = ?2 WHERE arn = ?3",
                (&metadata, valid_until.map(epoch), &arn),
            )?;
            Ok(())
        })
        .await
    }

    /// Deletes a SAML provider (`DeleteSAMLProvider`).
    pub async fn delete_saml_provider(&self, account: AccountId, arn: &str) -> Result<()> {
        let (account, arn) = (AccountKey::from(account), arn.to_owned());
        self.write(move |tx| {
            Resource::SamlProvider.id(tx, &account, &arn)?;
            execute(tx, "DELETE FROM saml_providers WHERE arn = ?1", [&arn])?;
            tags::clear(tx, Resource::SamlProvider, &arn)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_lists_round_trip_through_json() {
        let items = vec!["sts.amazonaws.com".to_owned(), "a\"b".to_owned()];
        assert_eq!(decode_list(&encode_list(&items)).ok(), Some(items));
        assert!(decode_list("{").is_err());
    }
}
