//! OpenID Connect and SAML identity providers.

use time::OffsetDateTime;

use crate::db::{Conn, Resource, count, epoch, from_epoch, from_epoch_opt};
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
    pub account: String,
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
    pub account: String,
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

#[derive(sqlx::FromRow)]
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
    fn into_provider(self) -> Result<OidcProvider> {
        Ok(OidcProvider {
            account: self.account,
            arn: self.arn,
            url: self.url,
            client_ids: decode_list(&self.client_ids)?,
            thumbprints: decode_list(&self.thumbprints)?,
            created: from_epoch(self.created)?,
            tags: Vec::new(),
        })
    }
}

#[derive(sqlx::FromRow)]
struct SamlRow {
    account: String,
    arn: String,
    name: String,
    metadata: String,
    created: i64,
    valid_until: Option<i64>,
}

impl SamlRow {
    fn into_provider(self) -> Result<SamlProvider> {
        Ok(SamlProvider {
            account: self.account,
            arn: self.arn,
            name: self.name,
            metadata: self.metadata,
            created: from_epoch(self.created)?,
            valid_until: from_epoch_opt(self.valid_until)?,
            tags: Vec::new(),
        })
    }
}

async fn load_oidc(conn: &mut Conn, account: &str, arn: &str) -> Result<OidcProvider> {
    let row: Option<OidcRow> = sqlx::query_as(
        "SELECT account, arn, url, client_ids, thumbprints, created FROM oidc_providers WHERE account = $1 AND arn = $2",
    )
    .bind(account)
    .bind(arn)
    .fetch_optional(&mut *conn)
    .await?;
    let mut provider = row
        .ok_or_else(|| StoreError::not_found(EntityKind::OidcProvider, arn))?
        .into_provider()?;
    provider.tags = tags::load(conn, Resource::OidcProvider, arn).await?;
    Ok(provider)
}

async fn load_saml(conn: &mut Conn, account: &str, arn: &str) -> Result<SamlProvider> {
    let row: Option<SamlRow> = sqlx::query_as(
        "SELECT account, arn, name, metadata, created, valid_until FROM saml_providers WHERE account = $1 AND arn = $2",
    )
    .bind(account)
    .bind(arn)
    .fetch_optional(&mut *conn)
    .await?;
    let mut provider = row
        .ok_or_else(|| StoreError::not_found(EntityKind::SamlProvider, arn))?
        .into_provider()?;
    provider.tags = tags::load(conn, Resource::SamlProvider, arn).await?;
    Ok(provider)
}

/// Stores a provider's new client-id list.
async fn save_client_ids(tx: &mut Conn, arn: &str, client_ids: &[String]) -> Result<()> {
    sqlx::query("UPDATE oidc_providers SET client_ids = $1 WHERE arn = $2")
        .bind(encode_list(client_ids))
        .bind(arn)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

impl Store {
    /// Creates an OpenID Connect provider (`CreateOpenIDConnectProvider`); `AlreadyExists`
    /// for a URL already registered, `LimitExceeded` past the per-account quota.
    pub async fn create_oidc_provider(
        &self,
        account: &str,
        provider: NewOidcProvider,
    ) -> Result<OidcProvider> {
        let mut tx = self.write().await?;
        let existing = count(
            &mut tx,
            "SELECT COUNT(*) FROM oidc_providers WHERE account = $1",
            account,
        )
        .await?;
        check_limit(
            existing,
            self.limits().oidc_providers_per_account,
            Limit::OidcProvidersPerAccount,
        )?;
        sqlx::query(
            "INSERT INTO oidc_providers (arn, account, url, client_ids, thumbprints, created) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&provider.arn)
        .bind(account)
        .bind(&provider.url)
        .bind(encode_list(&provider.client_ids))
        .bind(encode_list(&provider.thumbprints))
        .bind(epoch(provider.created))
        .execute(&mut *tx)
        .await
        .map_err(|err| StoreError::on_insert(err, EntityKind::OidcProvider, &provider.arn))?;
        tags::upsert(
            &mut tx,
            Resource::OidcProvider,
            &provider.arn,
            &provider.tags,
            self.limits().tags_per_resource,
        )
        .await?;
        let created = load_oidc(&mut tx, account, &provider.arn).await?;
        tx.commit().await?;
        Ok(created)
    }

    /// The OpenID Connect provider with this ARN (`GetOpenIDConnectProvider`; web identity).
    pub async fn get_oidc_provider(&self, account: &str, arn: &str) -> Result<OidcProvider> {
        let mut tx = self.read_tx().await?;
        load_oidc(&mut tx, account, arn).await
    }

    /// The account's OpenID Connect providers by ARN (`ListOpenIDConnectProviders`).
    pub async fn list_oidc_providers(&self, account: &str) -> Result<Vec<OidcProvider>> {
        let rows: Vec<OidcRow> = sqlx::query_as(
            "SELECT account, arn, url, client_ids, thumbprints, created FROM oidc_providers WHERE account = $1 ORDER BY arn",
        )
        .bind(account)
        .fetch_all(&mut *self.read().await?)
        .await?;
        rows.into_iter().map(OidcRow::into_provider).collect()
    }

    /// Adds an audience (`AddClientIDToOpenIDConnectProvider`); adding one present is a no-op.
    pub async fn add_oidc_client_id(
        &self,
        account: &str,
        arn: &str,
        client_id: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let mut client_ids = load_oidc(&mut tx, account, arn).await?.client_ids;
        if !client_ids.iter().any(|existing| existing == client_id) {
            client_ids.push(client_id.to_owned());
            save_client_ids(&mut tx, arn, &client_ids).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Removes an audience (`RemoveClientIDFromOpenIDConnectProvider`); absent is a no-op.
    pub async fn remove_oidc_client_id(
        &self,
        account: &str,
        arn: &str,
        client_id: &str,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        let mut client_ids = load_oidc(&mut tx, account, arn).await?.client_ids;
        client_ids.retain(|existing| existing != client_id);
        save_client_ids(&mut tx, arn, &client_ids).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Replaces the thumbprints (`UpdateOpenIDConnectProviderThumbprint`).
    pub async fn update_oidc_thumbprints(
        &self,
        account: &str,
        arn: &str,
        thumbprints: &[String],
    ) -> Result<()> {
        let mut tx = self.write().await?;
        Resource::OidcProvider.id(&mut tx, account, arn).await?;
        sqlx::query("UPDATE oidc_providers SET thumbprints = $1 WHERE arn = $2")
            .bind(encode_list(thumbprints))
            .bind(arn)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes an OpenID Connect provider (`DeleteOpenIDConnectProvider`).
    pub async fn delete_oidc_provider(&self, account: &str, arn: &str) -> Result<()> {
        let mut tx = self.write().await?;
        Resource::OidcProvider.id(&mut tx, account, arn).await?;
        sqlx::query("DELETE FROM oidc_providers WHERE arn = $1")
            .bind(arn)
            .execute(&mut *tx)
            .await?;
        tags::clear(&mut tx, Resource::OidcProvider, arn).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Creates a SAML provider (`CreateSAMLProvider`).
    pub async fn create_saml_provider(
        &self,
        account: &str,
        provider: NewSamlProvider,
    ) -> Result<SamlProvider> {
        let mut tx = self.write().await?;
        let existing = count(
            &mut tx,
            "SELECT COUNT(*) FROM saml_providers WHERE account = $1",
            account,
        )
        .await?;
        check_limit(
            existing,
            self.limits().saml_providers_per_account,
            Limit::SamlProvidersPerAccount,
        )?;
        sqlx::query(
            "INSERT INTO saml_providers (arn, account, name, metadata, created, valid_until) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&provider.arn)
        .bind(account)
        .bind(&provider.name)
        .bind(&provider.metadata)
        .bind(epoch(provider.created))
        .bind(provider.valid_until.map(epoch))
        .execute(&mut *tx)
        .await
        .map_err(|err| StoreError::on_insert(err, EntityKind::SamlProvider, &provider.arn))?;
        tags::upsert(
            &mut tx,
            Resource::SamlProvider,
            &provider.arn,
            &provider.tags,
            self.limits().tags_per_resource,
        )
        .await?;
        let created = load_saml(&mut tx, account, &provider.arn).await?;
        tx.commit().await?;
        Ok(created)
    }

    /// The SAML provider with this ARN (`GetSAMLProvider`; AssumeRoleWithSAML).
    pub async fn get_saml_provider(&self, account: &str, arn: &str) -> Result<SamlProvider> {
        let mut tx = self.read_tx().await?;
        load_saml(&mut tx, account, arn).await
    }

    /// The account's SAML providers by ARN (`ListSAMLProviders`).
    pub async fn list_saml_providers(&self, account: &str) -> Result<Vec<SamlProvider>> {
        let rows: Vec<SamlRow> = sqlx::query_as(
            "SELECT account, arn, name, metadata, created, valid_until FROM saml_providers WHERE account = $1 ORDER BY arn",
        )
        .bind(account)
        .fetch_all(&mut *self.read().await?)
        .await?;
        rows.into_iter().map(SamlRow::into_provider).collect()
    }

    /// Replaces a SAML provider's metadata (`UpdateSAMLProvider`).
    pub async fn update_saml_metadata(
        &self,
        account: &str,
        arn: &str,
        metadata: &str,
        valid_until: Option<OffsetDateTime>,
    ) -> Result<()> {
        let mut tx = self.write().await?;
        Resource::SamlProvider.id(&mut tx, account, arn).await?;
        sqlx::query("UPDATE saml_providers SET metadata = $1, valid_until = $2 WHERE arn = $3")
            .bind(metadata)
            .bind(valid_until.map(epoch))
            .bind(arn)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes a SAML provider (`DeleteSAMLProvider`).
    pub async fn delete_saml_provider(&self, account: &str, arn: &str) -> Result<()> {
        let mut tx = self.write().await?;
        Resource::SamlProvider.id(&mut tx, account, arn).await?;
        sqlx::query("DELETE FROM saml_providers WHERE arn = $1")
            .bind(arn)
            .execute(&mut *tx)
            .await?;
        tags::clear(&mut tx, Resource::SamlProvider, arn).await?;
        tx.commit().await?;
        Ok(())
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
