//! CreateOrganization, DescribeOrganization, DeleteOrganization and ListRoots.

use gatehouse_core::{Context, State};
use gatehouse_protocol::AwsError;
use gatehouse_protocol::organizations::{
    CreateOrganizationRequest, CreateOrganizationResponse, DescribeOrganizationResponse,
    ListRootsRequest, ListRootsResponse, Organization as OrganizationShape, OrganizationFeatureSet,
};
use gatehouse_store::{ConflictReason, NewOrganization, Organization, StoreError};
use gatehouse_token::arn;

use crate::error;
use crate::ids;
use crate::paging::page;
use crate::scope::Scope;
use crate::tree::Tree;

/// The organization as the API shows it. Its available policy types come with the
/// policies.
fn shape(scope: &Scope<'_>, organization: &Organization) -> OrganizationShape {
    let management = organization.management_account;
    let partition = scope.partition();
    OrganizationShape {
        id: Some(organization.id.clone()),
        arn: Some(arn::organization(partition, management, &organization.id)),
        feature_set: OrganizationFeatureSet::parse(&organization.feature_set),
        master_account_arn: Some(arn::organization_entity(
            partition,
            management,
            "account",
            &organization.id,
            &management.to_string(),
        )),
        master_account_id: Some(management.to_string()),
        master_account_email: Some(organization.management_email.clone()),
        available_policy_types: Some(Vec::new()),
    }
}

/// CreateOrganization: the caller's account becomes the management account of a new
/// organization with one root. `FeatureSet` defaults to `ALL` (the API reference).
pub async fn create(
    state: &State,
    ctx: &Context,
    input: CreateOrganizationRequest,
) -> Result<CreateOrganizationResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    scope.authorize("CreateOrganization", "*").await?;
    let account = scope.account;
    // The account has no name or email of its own in gatehouse: the organization lists it
    // under its IAM account alias (else its id) and an address under `.invalid`.
    let name = state
        .store()
        .account_alias(account)
        .await
        .map_err(error::store)?
        .unwrap_or_else(|| account.to_string());
    let feature_set = input.feature_set.unwrap_or(OrganizationFeatureSet::All);
    let new = NewOrganization {
        id: ids::organization(),
        root_id: ids::root(),
        management_account: account,
        management_name: name,
        management_email: format!("{account}@gatehouse.invalid"),
        feature_set: feature_set.as_str().to_owned(),
        created: ctx.now,
    };
    let organization = match state.store().create_organization(new).await {
        Ok(organization) => organization,
        Err(StoreError::AlreadyExists { .. }) => return Err(error::already_in_organization()),
        Err(other) => return Err(error::store(other)),
    };
    Ok(CreateOrganizationResponse {
        organization: Some(shape(&scope, &organization)),
    })
}

/// DescribeOrganization: any account of the organization may call it.
pub async fn describe(
    state: &State,
    ctx: &Context,
) -> Result<DescribeOrganizationResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope.organization().await?;
    scope.authorize("DescribeOrganization", "*").await?;
    Ok(DescribeOrganizationResponse {
        organization: Some(shape(&scope, &organization)),
    })
}

/// DeleteOrganization: from the management account, once no member account is left; its OUs
/// go with it.
pub async fn delete(state: &State, ctx: &Context) -> Result<(), AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope
        .managed("DeleteOrganization", |_| "*".to_owned())
        .await?;
    match state.store().delete_organization(&organization.id).await {
        Ok(()) => Ok(()),
        Err(StoreError::DeleteConflict {
            reason: ConflictReason::MemberAccounts,
            ..
        }) => Err(error::organization_not_empty()),
        Err(StoreError::NotFound { .. }) => Err(error::not_in_use()),
        Err(other) => Err(error::store(other)),
    }
}

/// ListRoots: the organization's one root, from the management account.
pub async fn list_roots(
    state: &State,
    ctx: &Context,
    input: ListRootsRequest,
) -> Result<ListRootsResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope.managed("ListRoots", |_| "*".to_owned()).await?;
    let parents = state
        .store()
        .organization_parents(&organization.id)
        .await
        .map_err(error::store)?;
    let tree = Tree::new(&organization, scope.partition(), &parents);
    let roots = parents
        .iter()
        .filter(|p| p.parent.is_none())
        .map(|root| tree.root(root))
        .collect();
    let (roots, next_token) = page(roots, input.next_token.as_deref(), input.max_results)?;
    Ok(ListRootsResponse {
        roots: Some(roots),
        next_token,
    })
}
