//! Account-wide state: the alias and the counts of `GetAccountSummary`.

use crate::Store;
use crate::error::{EntityKind, Result, StoreError};

/// Entity counts of one account, for `GetAccountSummary`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AccountSummary {
    /// `Users`.
    pub users: i64,
    /// `Groups`.
    pub groups: i64,
    /// `Roles`.
    pub roles: i64,
    /// `Policies`: customer managed policies.
    pub policies: i64,
    /// `AttachedPoliciesInUse`-style count: distinct managed policies (customer or AWS)
    /// attached to at least one user, group or role.
    pub policies_in_use: i64,
    /// `MFADevices`: virtual MFA devices.
    pub mfa_devices: i64,
    /// `MFADevicesInUse`: devices enabled for a user.
    pub mfa_devices_in_use: i64,
    /// Access keys of the account root (`AccountAccessKeysPresent` when > 0).
    pub root_access_keys: i64,
    /// `Providers`: OpenID Connect plus SAML providers.
    pub providers: i64,
    /// `InstanceProfiles`.
    pub instance_profiles: i64,
}

impl Store {
    /// Sets the account alias (`CreateAccountAlias`), replacing any previous one;
    /// `AlreadyExists` if another account uses it.
    pub async fn create_account_alias(&self, account: &str, alias: &str) -> Result<()> {
        let mut tx = self.write().await?;
        sqlx::query(
            "INSERT INTO account_aliases (account, alias) VALUES ($1, $2) ON CONFLICT (account) DO UPDATE SET alias = excluded.alias",
        )
        .bind(account)
        .bind(alias)
        .execute(&mut *tx)
        .await
        .map_err(|err| StoreError::on_insert(err, EntityKind::AccountAlias, alias))?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes the account alias (`DeleteAccountAlias`); `NotFound` if it is not this one.
    pub async fn delete_account_alias(&self, account: &str, alias: &str) -> Result<()> {
        let mut tx = self.write().await?;
        let deleted = sqlx::query("DELETE FROM account_aliases WHERE account = $1 AND alias = $2")
            .bind(account)
            .bind(alias)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if deleted == 0 {
            return Err(StoreError::not_found(EntityKind::AccountAlias, alias));
        }
        tx.commit().await?;
        Ok(())
    }

    /// The account alias, if set (`ListAccountAliases`).
    pub async fn account_alias(&self, account: &str) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT alias FROM account_aliases WHERE account = $1")
                .bind(account)
                .fetch_optional(&mut *self.read().await?)
                .await?,
        )
    }

    /// The account's entity counts, in one query (`GetAccountSummary`).
    pub async fn account_summary(&self, account: &str) -> Result<AccountSummary> {
        let counts: (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM users WHERE account = $1), \
                    (SELECT COUNT(*) FROM iam_groups WHERE account = $1), \
                    (SELECT COUNT(*) FROM roles WHERE account = $1), \
                    (SELECT COUNT(*) FROM managed_policies WHERE account = $1), \
                    (SELECT COUNT(DISTINCT policy_arn) FROM policy_attachments WHERE account = $1), \
                    (SELECT COUNT(*) FROM mfa_devices WHERE account = $1), \
                    (SELECT COUNT(*) FROM mfa_devices WHERE account = $1 AND user_id IS NOT NULL), \
                    (SELECT COUNT(*) FROM access_keys WHERE account = $1 AND user_id IS NULL), \
                    (SELECT COUNT(*) FROM oidc_providers WHERE account = $1) \
                      + (SELECT COUNT(*) FROM saml_providers WHERE account = $1), \
                    (SELECT COUNT(*) FROM instance_profiles WHERE account = $1)",
        )
        .bind(account)
        .fetch_one(&mut *self.read().await?)
        .await?;
        let (
            users,
            groups,
            roles,
            policies,
            policies_in_use,
            mfa_devices,
            mfa_devices_in_use,
            root_access_keys,
            providers,
            instance_profiles,
        ) = counts;
        Ok(AccountSummary {
            users,
            groups,
            roles,
            policies,
            policies_in_use,
            mfa_devices,
            mfa_devices_in_use,
            root_access_keys,
            providers,
            instance_profiles,
        })
    }
}
