//! Outbound web identity federation: whether an account has it enabled, and the account's
//! JWT signing keys (kept across disable and re-enable).

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::Store;
use crate::db::{AccountKey, all, epoch, execute, from_epoch, optional};
use crate::error::{Result, StoreError};

/// A private signing key as DER. Never printed.
#[derive(Clone)]
pub struct PrivateKeyDer(Vec<u8>);

impl PrivateKeyDer {
    /// Wraps DER bytes.
    pub fn new(der: impl Into<Vec<u8>>) -> Self {
        Self(der.into())
    }

    /// The DER bytes, for loading the key.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for PrivateKeyDer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PrivateKeyDer(<redacted>)")
    }
}

/// One signing key of an account.
#[derive(Debug, Clone)]
pub struct OutboundSigningKey {
    /// The JOSE algorithm name (`RS256`, `ES384`); one key per algorithm.
    pub algorithm: String,
    /// The key id.
    pub kid: String,
    /// The private key.
    pub private_key: PrivateKeyDer,
    /// When the key was made.
    pub created: OffsetDateTime,
}

/// An account's outbound federation state.
#[derive(Debug, Clone)]
pub struct OutboundFederation {
    /// Whether GetWebIdentityToken may be called now.
    pub enabled: bool,
    /// When the feature was first enabled.
    pub created: OffsetDateTime,
    /// When it was last enabled or disabled.
    pub updated: OffsetDateTime,
    /// The signing keys, ordered by algorithm name.
    pub keys: Vec<OutboundSigningKey>,
}

/// What [`Store::enable_outbound_federation`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnableOutcome {
    /// First enabled: the keys given were stored.
    Created,
    /// Enabled again after a disable: the keys stored before are kept.
    Reenabled,
    /// It was enabled already; nothing changed.
    AlreadyEnabled,
}

impl Store {
    /// The outbound federation state of `account`; `None` if it never enabled it.
    pub async fn outbound_federation(
        &self,
        account: AccountId,
    ) -> Result<Option<OutboundFederation>> {
        let account = &AccountKey::from(account);
        let found = self.read_tx(|conn| {
            let row: Option<(i64, i64, i64)> = optional(
                conn,
                "SELECT enabled, created, updated FROM outbound_federation WHERE account = ?1",
                [account],
                |row| row.try_into(),
            )?;
            let Some(row) = row else {
                return Ok(None);
            };
            let rows: Vec<(String, String, String, i64)> = all(
                conn,
                "SELECT algorithm, kid, private_key, created FROM outbound_signing_keys \
                 WHERE account = ?1 ORDER BY algorithm",
                [account],
                |row| row.try_into(),
            )?;
            Ok(Some((row, rows)))
        })?;
        let Some(((enabled, created, updated), rows)) = found else {
            return Ok(None);
        };
        let keys =
            rows.into_iter()
                .map(|(algorithm, kid, private_key, created)| {
                    let der = STANDARD.decode(private_key.as_bytes()).map_err(|_| {
                        StoreError::Corrupt {
                            detail: format!("signing key {kid} of account {account} is not base64"),
                        }
                    })?;
                    Ok(OutboundSigningKey {
                        algorithm,
                        kid,
                        private_key: PrivateKeyDer::new(der),
                        created: from_epoch(created)?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
        Ok(Some(OutboundFederation {
            enabled: enabled != 0,
            created: from_epoch(created)?,
            updated: from_epoch(updated)?,
            keys,
        }))
    }

    /// Enables outbound federation for `account`. The first time, `keys` are stored as the
    /// account's signing keys (`(algorithm, kid, private key)`); afterwards they are ignored
    /// and the stored keys stay.
    pub async fn enable_outbound_federation(
        &self,
        account: AccountId,
        keys: &[(String, String, PrivateKeyDer)],
        now: OffsetDateTime,
    ) -> Result<EnableOutcome> {
        let (account, keys) = (AccountKey::from(account), keys.to_vec());
        self.write(move |tx| {
            let enabled: Option<i64> = optional(
                tx,
                "SELECT enabled FROM outbound_federation WHERE account = ?1",
                [&account],
                |row| row.get(0),
            )?;
            let outcome = match enabled {
                Some(0) => {
                    execute(
                        tx,
                        "UPDATE outbound_federation SET enabled = 1, updated = ?2 WHERE account = ?1",
                        (&account, epoch(now)),
                    )?;
                    EnableOutcome::Reenabled
                }
                Some(_) => return Ok(EnableOutcome::AlreadyEnabled),
                None => {
                    execute(
                        tx,
                        "INSERT INTO outbound_federation (account, enabled, created, updated) \
                         VALUES (?1, 1, ?2, ?2)",
                        (&account, epoch(now)),
                    )?;
                    for (algorithm, kid, der) in &keys {
                        execute(
                            tx,
                            "INSERT INTO outbound_signing_keys \
                             (account, algorithm, kid, private_key, created) \
                             VALUES (?1, ?2, ?3, ?4, ?5)",
                            (
                                &account,
                                algorithm.as_str(),
                                kid.as_str(),
                                STANDARD.encode(der.expose()),
                                epoch(now),
                            ),
                        )?;
                    }
                    EnableOutcome::Created
                }
            };
            Ok(outcome)
        })
        .await
    }

    /// Disables outbound federation for `account`, keeping its keys; `false` if it was not
    /// enabled.
    pub async fn disable_outbound_federation(
        &self,
        account: AccountId,
        now: OffsetDateTime,
    ) -> Result<bool> {
        let account = AccountKey::from(account);
        self.write(move |tx| {
            let changed = execute(
                tx,
                "UPDATE outbound_federation SET enabled = 0, updated = ?2 \
                 WHERE account = ?1 AND enabled <> 0",
                (&account, epoch(now)),
            )?;
            Ok(changed > 0)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(seconds).unwrap()
    }

    fn keys(tag: &str) -> Vec<(String, String, PrivateKeyDer)> {
        vec![
            (
                "RS256".into(),
                format!("rsa-{tag}"),
                PrivateKeyDer::new(vec![1, 2, 3]),
            ),
            (
                "ES384".into(),
                format!("ec-{tag}"),
                PrivateKeyDer::new(vec![4, 5]),
            ),
        ]
    }

    #[tokio::test]
    async fn enable_disable_reenable_keeps_the_keys() {
        let store = Store::in_memory().await.unwrap();
        let acct = crate::test_account(111_122_223_333);
        assert!(store.outbound_federation(acct).await.unwrap().is_none());
        assert!(
            !store
                .disable_outbound_federation(acct, at(5))
                .await
                .unwrap()
        );

        let outcome = store
            .enable_outbound_federation(acct, &keys("a"), at(10))
            .await
            .unwrap();
        assert_eq!(outcome, EnableOutcome::Created);
        let state = store.outbound_federation(acct).await.unwrap().unwrap();
        assert!(state.enabled);
        assert_eq!(state.created, at(10));
        let kids: Vec<_> = state.keys.iter().map(|k| k.kid.as_str()).collect();
        assert_eq!(kids, ["ec-a", "rsa-a"]);
        assert_eq!(state.keys[1].private_key.expose(), [1, 2, 3]);

        let again = store
            .enable_outbound_federation(acct, &keys("b"), at(20))
            .await
            .unwrap();
        assert_eq!(again, EnableOutcome::AlreadyEnabled);

        assert!(
            store
                .disable_outbound_federation(acct, at(30))
                .await
                .unwrap()
        );
        assert!(
            !store
                .disable_outbound_federation(acct, at(31))
                .await
                .unwrap()
        );
        let state = store.outbound_federation(acct).await.unwrap().unwrap();
        assert!(!state.enabled);
        assert_eq!(state.updated, at(30));
        assert_eq!(state.keys.len(), 2, "disabling keeps the keys");

        let outcome = store
            .enable_outbound_federation(acct, &keys("c"), at(40))
            .await
            .unwrap();
        assert_eq!(outcome, EnableOutcome::Reenabled);
        let state = store.outbound_federation(acct).await.unwrap().unwrap();
        assert!(state.enabled);
        let kids: Vec<_> = state.keys.iter().map(|k| k.kid.as_str()).collect();
        assert_eq!(kids, ["ec-a", "rsa-a"], "re-enabling keeps the first keys");
    }

    #[tokio::test]
    async fn accounts_are_separate_and_reset_clears() {
        let store = Store::in_memory().await.unwrap();
        store
            .enable_outbound_federation(crate::test_account(111_122_223_333), &keys("a"), at(1))
            .await
            .unwrap();
        assert!(
            store
                .outbound_federation(crate::test_account(444_455_556_666))
                .await
                .unwrap()
                .is_none()
        );
        store.reset().await.unwrap();
        assert!(
            store
                .outbound_federation(crate::test_account(111_122_223_333))
                .await
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn private_keys_are_not_printed() {
        let key = PrivateKeyDer::new(vec![9, 9, 9]);
        assert_eq!(format!("{key:?}"), "PrivateKeyDer(<redacted>)");
    }
}
