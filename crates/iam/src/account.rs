//! GetAccountSummary, the account alias, GetAccountAuthorizationDetails.

use gatehouse_protocol::iam::{
    CreateAccountAliasRequest, DeleteAccountAliasRequest, GetAccountSummaryResponse,
    ListAccountAliasesRequest, ListAccountAliasesResponse, SummaryKeyType,
};

use crate::error::Result;
use crate::inline_policies::{GROUP_INLINE_SIZE, ROLE_INLINE_SIZE, USER_INLINE_SIZE};
use crate::paging;
use crate::policies::MANAGED_POLICY_SIZE;
use crate::roles::TRUST_POLICY_SIZE;
use crate::scope::Scope;

/// AWS's default quotas that gatehouse reports but does not enforce.
const USERS_QUOTA: i64 = 5000;
const GROUPS_QUOTA: i64 = 300;
const ROLES_QUOTA: i64 = 1000;
const POLICIES_QUOTA: i64 = 1500;
const INSTANCE_PROFILES_QUOTA: i64 = 1000;
const SERVER_CERTIFICATES_QUOTA: i64 = 20;
const SIGNING_CERTIFICATES_PER_USER_QUOTA: i64 = 2;
const POLICY_VERSIONS_IN_USE_QUOTA: i64 = 10000;

fn number(n: impl TryInto<i32>) -> i32 {
    n.try_into().unwrap_or(i32::MAX)
}

pub(crate) async fn get_account_summary(s: &Scope<'_>) -> Result<GetAccountSummaryResponse> {
    let summary = s.store.account_summary(s.acct()).await?;
    let limits = s.store.limits();
    let entries: Vec<(SummaryKeyType, i32)> = vec![
        (SummaryKeyType::Users, number(summary.users)),
        (SummaryKeyType::UsersQuota, number(USERS_QUOTA)),
        (SummaryKeyType::Groups, number(summary.groups)),
        (SummaryKeyType::GroupsQuota, number(GROUPS_QUOTA)),
        (SummaryKeyType::Roles, number(summary.roles)),
        (SummaryKeyType::RolesQuota, number(ROLES_QUOTA)),
        (SummaryKeyType::Policies, number(summary.policies)),
        (SummaryKeyType::PoliciesQuota, number(POLICIES_QUOTA)),
        (
            SummaryKeyType::PolicyVersionsInUse,
            number(summary.policies_in_use),
        ),
        (
            SummaryKeyType::PolicyVersionsInUseQuota,
            number(POLICY_VERSIONS_IN_USE_QUOTA),
        ),
        (
            SummaryKeyType::VersionsPerPolicyQuota,
            number(limits.versions_per_policy),
        ),
        (SummaryKeyType::PolicySizeQuota, number(MANAGED_POLICY_SIZE)),
        (
            SummaryKeyType::UserPolicySizeQuota,
            number(USER_INLINE_SIZE),
        ),
        (
            SummaryKeyType::GroupPolicySizeQuota,
            number(GROUP_INLINE_SIZE),
        ),
        (
            SummaryKeyType::RolePolicySizeQuota,
            number(ROLE_INLINE_SIZE),
        ),
        (
            SummaryKeyType::AssumeRolePolicySizeQuota,
            number(TRUST_POLICY_SIZE),
        ),
        (
            SummaryKeyType::GroupsPerUserQuota,
            number(limits.groups_per_user),
        ),
        (
            SummaryKeyType::AccessKeysPerUserQuota,
            number(limits.access_keys_per_user),
        ),
        (
            SummaryKeyType::SigningCertificatesPerUserQuota,
            number(SIGNING_CERTIFICATES_PER_USER_QUOTA),
        ),
        (
            SummaryKeyType::AttachedPoliciesPerUserQuota,
            number(limits.attached_policies_per_user),
        ),
        (
            SummaryKeyType::AttachedPoliciesPerRoleQuota,
            number(limits.attached_policies_per_role),
        ),
        (
            SummaryKeyType::AttachedPoliciesPerGroupQuota,
            number(limits.attached_policies_per_group),
        ),
        (SummaryKeyType::MFADevices, number(summary.mfa_devices)),
        (
            SummaryKeyType::MFADevicesInUse,
            number(summary.mfa_devices_in_use),
        ),
        (SummaryKeyType::AccountMFAEnabled, 0),
        (
            SummaryKeyType::AccountAccessKeysPresent,
            number(i64::from(summary.root_access_keys > 0)),
        ),
        (SummaryKeyType::AccountPasswordPresent, 0),
        (SummaryKeyType::AccountSigningCertificatesPresent, 0),
        (SummaryKeyType::ServerCertificates, 0),
        (
            SummaryKeyType::ServerCertificatesQuota,
            number(SERVER_CERTIFICATES_QUOTA),
        ),
        (SummaryKeyType::Providers, number(summary.providers)),
        (
            SummaryKeyType::InstanceProfiles,
            number(summary.instance_profiles),
        ),
        (
            SummaryKeyType::InstanceProfilesQuota,
            number(INSTANCE_PROFILES_QUOTA),
        ),
        (SummaryKeyType::GlobalEndpointTokenVersion, 1),
    ];
    Ok(GetAccountSummaryResponse {
        summary_map: Some(entries),
    })
}

pub(crate) async fn create_account_alias(
    s: &Scope<'_>,
    input: CreateAccountAliasRequest,
) -> Result<()> {
    s.store
        .create_account_alias(s.acct(), &input.account_alias)
        .await?;
    Ok(())
}

pub(crate) async fn delete_account_alias(
    s: &Scope<'_>,
    input: DeleteAccountAliasRequest,
) -> Result<()> {
    s.store
        .delete_account_alias(s.acct(), &input.account_alias)
        .await?;
    Ok(())
}

pub(crate) async fn list_account_aliases(
    s: &Scope<'_>,
    input: ListAccountAliasesRequest,
) -> Result<ListAccountAliasesResponse> {
    let aliases = s.store.account_alias(s.acct()).await?.into_iter().collect();
    let listed = paging::paginate(aliases, input.marker.as_deref(), input.max_items)?;
    Ok(ListAccountAliasesResponse {
        account_aliases: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}
