//! The AWS Organizations operations of gatehouse, as an [`OrganizationsApi`] handler over the
//! shared [`State`].
//!
//! An organization is kept in the store (`crates/store/src/organizations.rs`): its root, its
//! organizational units and its accounts. Every operation first finds the caller's
//! organization ([`scope::Scope`]), then asks the one decision point for
//! `organizations:<Operation>` on the operation's resource, then does its work. Operations
//! not implemented here answer `NotImplemented` (501), never a fake success.

mod accounts;
mod error;
mod ids;
mod organization;
mod paging;
mod scope;
mod tree;
mod units;

use gatehouse_core::{Context, State};
use gatehouse_protocol::AwsError;
use gatehouse_protocol::organizations::*;

/// The Organizations handler: borrows the shared state for one request.
#[derive(Clone, Copy)]
pub struct Organizations<'a> {
    state: &'a State,
}

impl<'a> Organizations<'a> {
    /// The Organizations operations over `state`.
    pub fn new(state: &'a State) -> Self {
        Organizations { state }
    }
}

impl OrganizationsApi for Organizations<'_> {
    type Context = Context;

    async fn create_organization(
        &self,
        ctx: &Context,
        input: CreateOrganizationRequest,
    ) -> Result<CreateOrganizationResponse, AwsError> {
        organization::create(self.state, ctx, input).await
    }

    async fn describe_organization(
        &self,
        ctx: &Context,
    ) -> Result<DescribeOrganizationResponse, AwsError> {
        organization::describe(self.state, ctx).await
    }

    async fn delete_organization(&self, ctx: &Context) -> Result<(), AwsError> {
        organization::delete(self.state, ctx).await
    }

    async fn list_roots(
        &self,
        ctx: &Context,
        input: ListRootsRequest,
    ) -> Result<ListRootsResponse, AwsError> {
        organization::list_roots(self.state, ctx, input).await
    }

    async fn create_organizational_unit(
        &self,
        ctx: &Context,
        input: CreateOrganizationalUnitRequest,
    ) -> Result<CreateOrganizationalUnitResponse, AwsError> {
        units::create(self.state, ctx, input).await
    }

    async fn describe_organizational_unit(
        &self,
        ctx: &Context,
        input: DescribeOrganizationalUnitRequest,
    ) -> Result<DescribeOrganizationalUnitResponse, AwsError> {
        units::describe(self.state, ctx, input).await
    }

    async fn delete_organizational_unit(
        &self,
        ctx: &Context,
        input: DeleteOrganizationalUnitRequest,
    ) -> Result<(), AwsError> {
        units::delete(self.state, ctx, input).await
    }

    async fn list_organizational_units_for_parent(
        &self,
        ctx: &Context,
        input: ListOrganizationalUnitsForParentRequest,
    ) -> Result<ListOrganizationalUnitsForParentResponse, AwsError> {
        units::list_for_parent(self.state, ctx, input).await
    }

    async fn list_children(
        &self,
        ctx: &Context,
        input: ListChildrenRequest,
    ) -> Result<ListChildrenResponse, AwsError> {
        units::list_children(self.state, ctx, input).await
    }

    async fn list_parents(
        &self,
        ctx: &Context,
        input: ListParentsRequest,
    ) -> Result<ListParentsResponse, AwsError> {
        units::list_parents(self.state, ctx, input).await
    }

    async fn list_accounts(
        &self,
        ctx: &Context,
        input: ListAccountsRequest,
    ) -> Result<ListAccountsResponse, AwsError> {
        accounts::list(self.state, ctx, input).await
    }

    async fn describe_account(
        &self,
        ctx: &Context,
        input: DescribeAccountRequest,
    ) -> Result<DescribeAccountResponse, AwsError> {
        accounts::describe(self.state, ctx, input).await
    }

    async fn create_account(
        &self,
        ctx: &Context,
        input: CreateAccountRequest,
    ) -> Result<CreateAccountResponse, AwsError> {
        accounts::create(self.state, ctx, input).await
    }

    async fn describe_create_account_status(
        &self,
        ctx: &Context,
        input: DescribeCreateAccountStatusRequest,
    ) -> Result<DescribeCreateAccountStatusResponse, AwsError> {
        accounts::describe_create_status(self.state, ctx, input).await
    }

    async fn move_account(&self, ctx: &Context, input: MoveAccountRequest) -> Result<(), AwsError> {
        accounts::move_account(self.state, ctx, input).await
    }
}
