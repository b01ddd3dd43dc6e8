//! Organizational units and the tree between them: CreateOrganizationalUnit,
//! DescribeOrganizationalUnit, DeleteOrganizationalUnit, ListOrganizationalUnitsForParent,
//! ListChildren and ListParents. All from the management account.

use gatehouse_core::{Context, State};
use gatehouse_protocol::AwsError;
use gatehouse_protocol::organizations::{
    Child, ChildType, CreateOrganizationalUnitRequest, CreateOrganizationalUnitResponse,
    DeleteOrganizationalUnitRequest, DescribeOrganizationalUnitRequest,
    DescribeOrganizationalUnitResponse, ListChildrenRequest, ListChildrenResponse,
    ListOrganizationalUnitsForParentRequest, ListOrganizationalUnitsForParentResponse,
    ListParentsRequest, ListParentsResponse, Parent, ParentType,
};
use gatehouse_store::{
    ConflictReason, NewOrganizationalUnit, OrgAccount, OrgParent, Organization, StoreError,
};

use crate::error;
use crate::ids;
use crate::paging::page;
use crate::scope::Scope;
use crate::tree::Tree;

/// The roots and OUs of `organization`.
async fn parents(state: &State, organization: &Organization) -> Result<Vec<OrgParent>, AwsError> {
    state
        .store()
        .organization_parents(&organization.id)
        .await
        .map_err(error::store)
}

/// The accounts of `organization`.
async fn accounts(state: &State, organization: &Organization) -> Result<Vec<OrgAccount>, AwsError> {
    state
        .store()
        .organization_accounts(&organization.id)
        .await
        .map_err(error::store)
}

/// The ARN of a root or OU of the organization by its id, for authorization: `root` for
/// `r-…`, `ou` otherwise (the id's own prefix; one not in the organization is refused after).
fn parent_arn(scope: &Scope<'_>, organization: &Organization, id: &str) -> String {
    let kind = if id.starts_with("r-") { "root" } else { "ou" };
    Tree::new(organization, scope.partition(), &[]).arn(kind, id)
}

/// CreateOrganizationalUnit under a root or OU.
pub async fn create(
    state: &State,
    ctx: &Context,
    input: CreateOrganizationalUnitRequest,
) -> Result<CreateOrganizationalUnitResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope
        .managed("CreateOrganizationalUnit", |o| {
            parent_arn(&scope, o, &input.parent_id)
        })
        .await?;
    let new = NewOrganizationalUnit {
        id: ids::organizational_unit(&organization.root_id),
        parent: input.parent_id,
        name: input.name,
        created: ctx.now,
    };
    let unit = match state
        .store()
        .create_organizational_unit(&organization.id, new)
        .await
    {
        Ok(unit) => unit,
        Err(StoreError::NotFound { .. }) => return Err(error::parent_not_found()),
        Err(StoreError::AlreadyExists { .. }) => {
            return Err(error::duplicate_organizational_unit());
        }
        Err(other) => return Err(error::store(other)),
    };
    let parents = parents(state, &organization).await?;
    let tree = Tree::new(&organization, scope.partition(), &parents);
    Ok(CreateOrganizationalUnitResponse {
        organizational_unit: Some(tree.unit_shape(&unit)),
    })
}

/// DescribeOrganizationalUnit.
pub async fn describe(
    state: &State,
    ctx: &Context,
    input: DescribeOrganizationalUnitRequest,
) -> Result<DescribeOrganizationalUnitResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let id = input.organizational_unit_id;
    let organization = scope
        .managed("DescribeOrganizationalUnit", |o| parent_arn(&scope, o, &id))
        .await?;
    let parents = parents(state, &organization).await?;
    let tree = Tree::new(&organization, scope.partition(), &parents);
    let unit = tree
        .unit(&id)
        .ok_or_else(error::organizational_unit_not_found)?;
    Ok(DescribeOrganizationalUnitResponse {
        organizational_unit: Some(tree.unit_shape(unit)),
    })
}

/// DeleteOrganizationalUnit, once it holds no account and no OU.
pub async fn delete(
    state: &State,
    ctx: &Context,
    input: DeleteOrganizationalUnitRequest,
) -> Result<(), AwsError> {
    let scope = Scope::new(state, ctx)?;
    let id = input.organizational_unit_id;
    let organization = scope
        .managed("DeleteOrganizationalUnit", |o| parent_arn(&scope, o, &id))
        .await?;
    match state
        .store()
        .delete_organizational_unit(&organization.id, &id)
        .await
    {
        Ok(()) => Ok(()),
        Err(StoreError::NotFound { .. }) => Err(error::organizational_unit_not_found()),
        Err(StoreError::DeleteConflict {
            reason: ConflictReason::OrganizationalUnitChildren,
            ..
        }) => Err(error::organizational_unit_not_empty()),
        Err(other) => Err(error::store(other)),
    }
}

/// ListOrganizationalUnitsForParent: the OUs directly under a root or OU.
pub async fn list_for_parent(
    state: &State,
    ctx: &Context,
    input: ListOrganizationalUnitsForParentRequest,
) -> Result<ListOrganizationalUnitsForParentResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope
        .managed("ListOrganizationalUnitsForParent", |o| {
            parent_arn(&scope, o, &input.parent_id)
        })
        .await?;
    let parents = parents(state, &organization).await?;
    let tree = Tree::new(&organization, scope.partition(), &parents);
    tree.parent(&input.parent_id)
        .ok_or_else(error::parent_not_found)?;
    let units = parents
        .iter()
        .filter(|p| p.parent.as_deref() == Some(input.parent_id.as_str()))
        .map(|unit| tree.unit_shape(unit))
        .collect();
    let (units, next_token) = page(units, input.next_token.as_deref(), input.max_results)?;
    Ok(ListOrganizationalUnitsForParentResponse {
        organizational_units: Some(units),
        next_token,
    })
}

/// ListChildren: the accounts, or the OUs, directly under a root or OU.
pub async fn list_children(
    state: &State,
    ctx: &Context,
    input: ListChildrenRequest,
) -> Result<ListChildrenResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope
        .managed("ListChildren", |o| parent_arn(&scope, o, &input.parent_id))
        .await?;
    let parents = parents(state, &organization).await?;
    if !parents.iter().any(|p| p.id == input.parent_id) {
        return Err(error::parent_not_found());
    }
    let children: Vec<Child> = match input.child_type {
        ChildType::OrganizationalUnit => parents
            .iter()
            .filter(|p| p.parent.as_deref() == Some(input.parent_id.as_str()))
            .map(|unit| Child {
                id: Some(unit.id.clone()),
                r#type: Some(ChildType::OrganizationalUnit),
            })
            .collect(),
        ChildType::Account => accounts(state, &organization)
            .await?
            .iter()
            .filter(|a| a.parent == input.parent_id)
            .map(|account| Child {
                id: Some(account.account.to_string()),
                r#type: Some(ChildType::Account),
            })
            .collect(),
    };
    let (children, next_token) = page(children, input.next_token.as_deref(), input.max_results)?;
    Ok(ListChildrenResponse {
        children: Some(children),
        next_token,
    })
}

/// ListParents: the root or OU directly above an account or OU.
pub async fn list_parents(
    state: &State,
    ctx: &Context,
    input: ListParentsRequest,
) -> Result<ListParentsResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let child = input.child_id;
    let organization = scope
        .managed("ListParents", |o| {
            let tree = Tree::new(o, scope.partition(), &[]);
            if child.starts_with("ou-") {
                tree.arn("ou", &child)
            } else {
                tree.arn("account", &child)
            }
        })
        .await?;
    let parents = parents(state, &organization).await?;
    let above = match parents.iter().find(|p| p.id == child) {
        Some(unit) => unit.parent.clone(),
        None => accounts(state, &organization)
            .await?
            .into_iter()
            .find(|a| a.account.to_string() == child)
            .map(|a| a.parent),
    }
    .ok_or_else(error::child_not_found)?;
    let kind = if parents.iter().any(|p| p.id == above && p.parent.is_none()) {
        ParentType::Root
    } else {
        ParentType::OrganizationalUnit
    };
    let found = vec![Parent {
        id: Some(above),
        r#type: Some(kind),
    }];
    let (found, next_token) = page(found, input.next_token.as_deref(), input.max_results)?;
    Ok(ListParentsResponse {
        parents: Some(found),
        next_token,
    })
}
