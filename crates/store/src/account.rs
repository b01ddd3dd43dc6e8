//! Account-wide state: the alias, the counts of `GetAccountSummary`, and which accounts the
//! store holds anything of.

use gatehouse_token::AccountId;

use crate::Store;
use crate::db::{AccountKey, all, change_existing, execute, one, optional, stored_account};
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
    /// The accounts that hold an identity, a policy, an identity provider or an alias, in
    /// order (`gatehouse export`).
    pub fn accounts(&self) -> Result<Vec<AccountId>> {
        let accounts: Vec<String> = self.read(|conn| {
            all(
                conn,
                "SELECT account FROM users UNION SELECT account FROM iam_groups \
                 UNION SELECT account FROM roles UNION SELECT account FROM managed_policies \
                 UNION SELECT account FROM access_keys UNION SELECT account FROM oidc_providers \
                 UNION SELECT account FROM saml_providers UNION SELECT account FROM account_aliases \
                 ORDER BY account",
                [],
                |row| row.get(0),
            )
        })?;
        accounts
            .iter()
            .map(|account| stored_account(account))
            .collect()
    }

    /// Sets the account alias (`CreateAccountAlias`), replacing any previous one;
    /// `AlreadyExists` if another account uses it.
    pub async fn create_account_alias(&self, account: AccountId, alias: &str) -> Result<()> {
        let (account, alias) = (AccountKey::from(account), alias.to_owned());
        self.write(move |tx| {
            execute(
                tx,
                "INSERT INTO account_aliases (account, alias) VALUES (?1, ?2) ON CONFLICT (account) DO UPDATE SET alias = excluded.alias",
                (&account, &alias),
            )
            .map_err(|err| StoreError::on_insert(err, EntityKind::AccountAlias, &alias))?;
            Ok(())
        })
        .await
    }

    /// Removes the account alias (`DeleteAccountAlias`); `NotFound` if it is not this one.
    pub async fn delete_account_alias(&self, account: AccountId, alias: &str) -> Result<()> {
        let (account, alias) = (AccountKey::from(account), alias.to_owned());
        self.write(move |tx| {
            change_existing(
                tx,
                "DELETE FROM account_aliases WHERE account = ?1 AND alias = ?2",
                (&account, &alias),
                EntityKind::AccountAlias,
                &alias,
            )
        })
        .await
    }

    /// The account alias, if set (`ListAccountAliases`).
    pub async fn account_alias(&self, account: AccountId) -> Result<Option<String>> {
        let account = &AccountKey::from(account);
        self.read(|conn| {
            optional(
                conn,
                "SELECT alias FROM account_aliases WHERE account = ?1",
                [account],
                |row| row.get(0),
            )
        })
    }

    /// The account's entity counts, in one query (`GetAccountSummary`).
    pub async fn account_summary(&self, account: AccountId) -> Result<AccountSummary> {
        let account = &AccountKey::from(account);
        let counts: (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) = self.read(|conn| {
            one(
                conn,
                "SELECT (SELECT COUNT(*) FROM users WHERE account = ?1), \
                        (SELECT COUNT(*) FROM iam_groups WHERE account = ?1), \
                        (SELECT COUNT(*) FROM roles WHERE account = ?1), \
                        (SELECT COUNT(*) FROM managed_policies WHERE account = ?1), \
                        (SELECT COUNT(DISTINCT policy_arn) FROM policy_attachments WHERE account = ?1), \
                        (SELECT COUNT(*) FROM mfa_devices WHERE account = ?1), \
                        (SELECT COUNT(*) FROM mfa_devices WHERE account = ?1 AND user_id IS NOT NULL), \
                        (SELECT COUNT(*) FROM access_keys WHERE account = ?1 AND user_id IS NULL), \
                        (SELECT COUNT(*) FROM oidc_providers WHERE account = ?1) \
                          + (SELECT COUNT(*) FROM saml_providers WHERE account = ?1), \
                        (SELECT COUNT(*) FROM instance_profiles WHERE account = ?1)",
                [account],
                |row| row.try_into(),
            )
        })?;
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
