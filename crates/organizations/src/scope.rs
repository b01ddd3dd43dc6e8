//! What every operation starts from: the caller's account and its organization, and the
//! authorization of the operation's action.

use gatehouse_core::{Context, State};
use gatehouse_protocol::AwsError;
use gatehouse_store::{AccountId, Organization};
use gatehouse_token::Partition;

use crate::error;

/// The caller's account, and its organization once found.
pub struct Scope<'a> {
    /// The shared state.
    pub state: &'a State,
    /// The request.
    pub ctx: &'a Context,
    /// The caller's account.
    pub account: AccountId,
}

impl<'a> Scope<'a> {
    /// The scope of the caller of `ctx`; an anonymous caller (Organizations has no unsigned
    /// operation) is refused as AWS refuses a request without permissions.
    pub fn new(state: &'a State, ctx: &'a Context) -> Result<Self, AwsError> {
        let account = ctx
            .caller
            .principal()
            .account()
            .ok_or_else(error::management_only)?;
        Ok(Self {
            state,
            ctx,
            account,
        })
    }

    /// The partition ARNs are written in.
    pub fn partition(&self) -> Partition {
        self.state.config().partition
    }

    /// Asks the decision point for `organizations:<operation>` on `resource`.
    pub async fn authorize(&self, operation: &str, resource: &str) -> Result<(), AwsError> {
        let action = format!("organizations:{operation}");
        Ok(self.state.authorize(self.ctx, &action, resource).await?)
    }

    /// The caller's organization; `AWSOrganizationsNotInUseException` without one.
    pub async fn organization(&self) -> Result<Organization, AwsError> {
        self.state
            .store()
            .organization_of(self.account)
            .await
            .map_err(error::store)?
            .ok_or_else(error::not_in_use)
    }

    /// The caller's organization, when the caller is its management account, having been
    /// allowed `organizations:<operation>` on the resource `resource` makes of it; a member
    /// account is refused with `AccessDeniedException` (AWS: these operations "can be called
    /// only from the organization's management account").
    pub async fn managed(
        &self,
        operation: &str,
        resource: impl FnOnce(&Organization) -> String,
    ) -> Result<Organization, AwsError> {
        let organization = self.organization().await?;
        self.authorize(operation, &resource(&organization)).await?;
        if organization.management_account != self.account {
            return Err(error::management_only());
        }
        Ok(organization)
    }
}
