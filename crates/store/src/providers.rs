//! OpenID Connect and SAML identity providers.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::db::{
    AccountKey, Conn, Resource, all, count, epoch, execute, from_epoch, from_epoch_opt, optional,
    stored_account,
};
use crate::error::{EntityKind, Limit, Result, StoreError};
use crate::tags::{self, Tag};
use crate::{Limits, Store, check_limit};

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

fn decode_list(json: &str) -> Result<Vec<String>> {
    serde_json::from_str(json).map_err(|err| StoreError::Corrupt {
        detail: format!("string list: {err}"),
    })
}

fn encode_list(items: &[String]) -> String {
    serde_json::Value::from(items).to_string()
}

/// The table of one kind of identity provider: rows keyed by ARN within an account, a quota
/// per account, tags.
pub struct ProviderTable {
    kind: EntityKind,
    resource: Resource,
    /// `SELECT` of one row by account (`?1`) and ARN (`?2`): `account, arn, created`, then the
    /// provider's own columns.
    by_arn: &'static str,
    /// `SELECT` of the account's (`?1`) rows, by ARN.
    in_account: &'static str,
    /// How many rows the account (`?1`) has.
    count: &'static str,
    /// `DELETE` of the row with ARN `?1`.
    delete: &'static str,
    /// The quota per account.
    limit: Limit,
    max: fn(&Limits) -> u32,
}

/// An identity provider: [`OidcProvider`] or [`SamlProvider`]. Only the store implements it.
pub trait Provider: Sized + Send + 'static {
    /// Its own columns, as read.
    type Own;

    /// Its table.
    const TABLE: &'static ProviderTable;

    /// Reads its own columns, which follow `account, arn, created`.
    fn read_own(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self::Own>;

    /// The provider from its row, without tags.
    fn assemble(account: AccountId, arn: String, created: i64, own: Self::Own) -> Result<Self>;

    /// Gives the provider its tags.
    fn set_tags(&mut self, tags: Vec<Tag>);
}

/// A provider's row, as read.
struct ProviderRow<P: Provider> {
    account: String,
    arn: String,
    created: i64,
    own: P::Own,
}

impl<P: Provider> ProviderRow<P> {
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            account: row.get(0)?,
            arn: row.get(1)?,
            created: row.get(2)?,
            own: P::read_own(row)?,
        })
    }

    fn into_provider(self) -> Result<P> {
        P::assemble(
            stored_account(&self.account)?,
            self.arn,
            self.created,
            self.own,
        )
    }
}

static OIDC_PROVIDERS: ProviderTable = ProviderTable {
    kind: EntityKind::OidcProvider,
    resource: Resource::OidcProvider,
    by_arn: "SELECT account, arn, created, url, client_ids, thumbprints FROM oidc_providers WHERE account = ?1 AND arn = ?2",
    in_account: "SELECT account, arn, created, url, client_ids, thumbprints FROM oidc_providers WHERE account = ?1 ORDER BY arn",
    count: "SELECT COUNT(*) FROM oidc_providers WHERE account = ?1",
    delete: "DELETE FROM oidc_providers WHERE arn = ?1",
    limit: Limit::OidcProvidersPerAccount,
    max: |limits| limits.oidc_providers_per_account,
};

impl Provider for OidcProvider {
    /// URL, client ids and thumbprints (JSON lists).
    type Own = (String, String, String);

    const TABLE: &'static ProviderTable = &OIDC_PROVIDERS;

    fn read_own(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self::Own> {
        Ok((row.get(3)?, row.get(4)?, row.get(5)?))
    }

    fn assemble(account: AccountId, arn: String, created: i64, own: Self::Own) -> Result<Self> {
        let (url, client_ids, thumbprints) = own;
        Ok(OidcProvider {
            account,
            arn,
            url,
            client_ids: decode_list(&client_ids)?,
            thumbprints: decode_list(&thumbprints)?,
            created: from_epoch(created)?,
            tags: Vec::new(),
        })
    }

    fn set_tags(&mut self, tags: Vec<Tag>) {
        self.tags = tags;
    }
}

static SAML_PROVIDERS: ProviderTable = ProviderTable {
    kind: EntityKind::SamlProvider,
    resource: Resource::SamlProvider,
    by_arn: "SELECT account, arn, created, name, metadata, valid_until FROM saml_providers WHERE account = ?1 AND arn = ?2",
    in_account: "SELECT account, arn, created, name, metadata, valid_until FROM saml_providers WHERE account = ?1 ORDER BY arn",
    count: "SELECT COUNT(*) FROM saml_providers WHERE account = ?1",
    delete: "DELETE FROM saml_providers WHERE arn = ?1",
    limit: Limit::SamlProvidersPerAccount,
    max: |limits| limits.saml_providers_per_account,
};

impl Provider for SamlProvider {
    /// Name, metadata and end of validity.
    type Own = (String, String, Option<i64>);

    const TABLE: &'static ProviderTable = &SAML_PROVIDERS;

    fn read_own(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self::Own> {
        Ok((row.get(3)?, row.get(4)?, row.get(5)?))
    }

    fn assemble(account: AccountId, arn: String, created: i64, own: Self::Own) -> Result<Self> {
        let (name, metadata, valid_until) = own;
        Ok(SamlProvider {
            account,
            arn,
            name,
            metadata,
            created: from_epoch(created)?,
            valid_until: from_epoch_opt(valid_until)?,
            tags: Vec::new(),
        })
    }

    fn set_tags(&mut self, tags: Vec<Tag>) {
        self.tags = tags;
    }
}

/// The provider with this ARN in `account`, with its tags.
fn load<P: Provider>(conn: &Conn, account: &str, arn: &str) -> Result<P> {
    let table = P::TABLE;
    let row = optional(
        conn,
        table.by_arn,
        (account, arn),
        ProviderRow::<P>::from_row,
    )?;
    let mut provider = row
        .ok_or_else(|| StoreError::not_found(table.kind, arn))?
        .into_provider()?;
    provider.set_tags(tags::load(conn, table.resource, arn)?);
    Ok(provider)
}

/// Creates a provider with `insert` (which returns the rows it added) once the account's
/// quota allows; a taken ARN is `AlreadyExists`. Returns the provider as read back.
fn create<P: Provider>(
    tx: &Conn,
    account: &AccountKey,
    arn: &str,
    tags: &[Tag],
    limits: &Limits,
    insert: impl FnOnce() -> Result<usize>,
) -> Result<P> {
    let table = P::TABLE;
    check_limit(
        count(tx, table.count, account)?,
        (table.max)(limits),
        table.limit,
    )?;
    insert().map_err(|err| StoreError::on_insert(err, table.kind, arn))?;
    tags::upsert(tx, table.resource, arn, tags, limits.tags_per_resource)?;
    load(tx, account, arn)
}

/// Runs `change` on the provider with this ARN in `account`, or fails `NotFound`.
fn change<P: Provider>(
    tx: &Conn,
    account: &str,
    arn: &str,
    change: impl FnOnce() -> Result<usize>,
) -> Result<()> {
    P::TABLE.resource.id(tx, account, arn)?;
    change()?;
    Ok(())
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
    /// The OpenID Connect or SAML provider with this ARN, with its tags
    /// (`GetOpenIDConnectProvider`, `GetSAMLProvider`; web identity, AssumeRoleWithSAML).
    pub async fn get_provider<P: Provider>(&self, account: AccountId, arn: &str) -> Result<P> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| load(conn, account, arn))
    }

    /// The account's OpenID Connect or SAML providers by ARN, without their tags
    /// (`ListOpenIDConnectProviders`, `ListSAMLProviders`).
    pub async fn list_providers<P: Provider>(&self, account: AccountId) -> Result<Vec<P>> {
        let account = &AccountKey::from(account);
        let rows = self.read(|conn| {
            all(
                conn,
                P::TABLE.in_account,
                [account],
                ProviderRow::<P>::from_row,
            )
        })?;
        rows.into_iter().map(ProviderRow::into_provider).collect()
    }

    /// Deletes an OpenID Connect or SAML provider with its tags
    /// (`DeleteOpenIDConnectProvider`, `DeleteSAMLProvider`).
    pub async fn delete_provider<P: Provider>(&self, account: AccountId, arn: &str) -> Result<()> {
        let (account, arn) = (AccountKey::from(account), arn.to_owned());
        self.write(move |tx| {
            let table = P::TABLE;
            change::<P>(tx, &account, &arn, || execute(tx, table.delete, [&arn]))?;
            tags::clear(tx, table.resource, &arn)
        })
        .await
    }

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
            create(tx, &account, &provider.arn, &provider.tags, &limits, || {
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
            })
        })
        .await
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
            let mut client_ids = load::<OidcProvider>(tx, &account, &arn)?.client_ids;
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
            let mut client_ids = load::<OidcProvider>(tx, &account, &arn)?.client_ids;
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
            change::<OidcProvider>(tx, &account, &arn, || {
                execute(
                    tx,
                    "UPDATE oidc_providers SET thumbprints = ?1 WHERE arn = ?2",
                    (&thumbprints, &arn),
                )
            })
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
            create(tx, &account, &provider.arn, &provider.tags, &limits, || {
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
            })
        })
        .await
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
            change::<SamlProvider>(tx, &account, &arn, || {
                execute(
                    tx,
                    "UPDATE saml_providers SET metadata = ?1, valid_until = ?2 WHERE arn = ?3",
                    (&metadata, valid_until.map(epoch), &arn),
                )
            })
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
