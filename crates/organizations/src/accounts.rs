//! The accounts of an organization: ListAccounts, DescribeAccount, CreateAccount,
//! DescribeCreateAccountStatus and MoveAccount. All from the management account.

use gatehouse_core::{Context, State};
use gatehouse_protocol::AwsError;
use gatehouse_protocol::organizations::{
    CreateAccountFailureReason, CreateAccountRequest, CreateAccountResponse,
    CreateAccountState as StateShape, CreateAccountStatus, DescribeAccountRequest,
    DescribeAccountResponse, DescribeCreateAccountStatusRequest,
    DescribeCreateAccountStatusResponse, ListAccountsRequest, ListAccountsResponse,
    MoveAccountRequest,
};
use gatehouse_store::{
    AccountId, CreateAccountRequest as StoredRequest, CreateAccountState, EntityKind,
    NewMemberAccount, NewRole, StoreError,
};
use gatehouse_token::arn;
use gatehouse_token::ids::{IdPrefix, new_unique_id};

use crate::error;
use crate::ids;
use crate::paging::page;
use crate::scope::Scope;
use crate::tree::Tree;

/// The role a created account gets when CreateAccount names none (the API reference,
/// `RoleName`).
const DEFAULT_ROLE_NAME: &str = "OrganizationAccountAccessRole";

/// The policy that role has: full administrator access. AWS's guide to creating the role by
/// hand for an invited account "duplicates the role automatically set up for created
/// accounts": trusted by the management account, with the `AdministratorAccess` managed
/// policy attached (AWS Organizations User Guide, "Creating OrganizationAccountAccessRole for
/// an invited account").
const ACCESS_POLICY: &str = "AdministratorAccess";

/// How many new account ids CreateAccount tries before it gives up (each clash is one chance
/// in nine hundred billion per existing account).
const ACCOUNT_ID_TRIES: usize = 3;

/// A CreateAccount request as the API shows it.
fn status(request: &StoredRequest) -> CreateAccountStatus {
    CreateAccountStatus {
        id: Some(request.id.clone()),
        account_name: Some(request.account_name.clone()),
        state: Some(match request.state {
            CreateAccountState::Succeeded => StateShape::Succeeded,
            CreateAccountState::Failed => StateShape::Failed,
        }),
        requested_timestamp: Some(request.requested),
        completed_timestamp: request.completed,
        account_id: request.account.map(|a| a.to_string()),
        gov_cloud_account_id: None,
        failure_reason: request
            .failure_reason
            .as_deref()
            .and_then(CreateAccountFailureReason::parse),
    }
}

/// The trust policy of the access role: the management account's root, as AWS writes it.
fn trust_policy(root_arn: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"AWS":"{root_arn}"}},"Action":"sts:AssumeRole"}}]}}"#
    )
}

/// The account id `input` names, refused as not found when it is no account id.
fn account_id(text: &str) -> Result<AccountId, AwsError> {
    AccountId::parse(text).ok_or_else(error::account_not_found)
}

/// ListAccounts: every account of the organization, the management account included.
pub async fn list(
    state: &State,
    ctx: &Context,
    input: ListAccountsRequest,
) -> Result<ListAccountsResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope.managed("ListAccounts", |_| "*".to_owned()).await?;
    let store = state.store();
    let parents = store
        .organization_parents(&organization.id)
        .await
        .map_err(error::store)?;
    let tree = Tree::new(&organization, scope.partition(), &parents);
    let accounts = store
        .organization_accounts(&organization.id)
        .await
        .map_err(error::store)?
        .iter()
        .map(|account| tree.account(account))
        .collect();
    let (accounts, next_token) = page(accounts, input.next_token.as_deref(), input.max_results)?;
    Ok(ListAccountsResponse {
        accounts: Some(accounts),
        next_token,
    })
}

/// DescribeAccount: one account of the organization.
pub async fn describe(
    state: &State,
    ctx: &Context,
    input: DescribeAccountRequest,
) -> Result<DescribeAccountResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let id = input.account_id;
    let organization = scope
        .managed("DescribeAccount", |o| {
            Tree::new(o, scope.partition(), &[]).arn("account", &id)
        })
        .await?;
    let wanted = account_id(&id)?;
    let store = state.store();
    let account = store
        .organization_accounts(&organization.id)
        .await
        .map_err(error::store)?
        .into_iter()
        .find(|a| a.account == wanted)
        .ok_or_else(error::account_not_found)?;
    let parents = store
        .organization_parents(&organization.id)
        .await
        .map_err(error::store)?;
    let tree = Tree::new(&organization, scope.partition(), &parents);
    Ok(DescribeAccountResponse {
        account: Some(tree.account(&account)),
    })
}

/// CreateAccount: a new account in the root, with the access role the management account
/// can assume. AWS makes the account in the background and answers `IN_PROGRESS` at once
/// (the API reference); gatehouse makes it before answering, so the same answer is followed
/// by a DescribeCreateAccountStatus that has `SUCCEEDED` (or `FAILED` with
/// `EMAIL_ALREADY_EXISTS` when another account has the email).
pub async fn create(
    state: &State,
    ctx: &Context,
    input: CreateAccountRequest,
) -> Result<CreateAccountResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope.managed("CreateAccount", |_| "*".to_owned()).await?;
    let partition = scope.partition();
    let role_name = input
        .role_name
        .unwrap_or_else(|| DEFAULT_ROLE_NAME.to_owned());
    let trust = trust_policy(&arn::root(partition, organization.management_account));
    let request_id = ids::create_account_request();
    let mut tries = 0;
    let request = loop {
        tries += 1;
        let account = ids::account();
        let new = NewMemberAccount {
            request_id: request_id.clone(),
            account,
            name: input.account_name.clone(),
            email: input.email.clone(),
            root_id: organization.root_id.clone(),
            requested: ctx.now,
            access_role: NewRole {
                id: new_unique_id(IdPrefix::Role, account),
                name: role_name.clone(),
                path: "/".to_owned(),
                created: ctx.now,
                trust_policy: trust.clone(),
                description: None,
                max_session_duration: 3600,
                permissions_boundary: None,
                tags: Vec::new(),
            },
            access_policy_arn: arn::aws_managed_policy(partition, ACCESS_POLICY),
        };
        match state
            .store()
            .create_member_account(&organization.id, new)
            .await
        {
            Ok(request) => break request,
            Err(StoreError::IdTaken {
                kind: EntityKind::OrganizationAccount | EntityKind::Role,
                ..
            }) if tries < ACCOUNT_ID_TRIES => {}
            Err(other) => return Err(error::store(other)),
        }
    };
    Ok(CreateAccountResponse {
        create_account_status: Some(CreateAccountStatus {
            state: Some(StateShape::InProgress),
            completed_timestamp: None,
            account_id: None,
            failure_reason: None,
            ..status(&request)
        }),
    })
}

/// DescribeCreateAccountStatus: where a CreateAccount request of the organization stands.
pub async fn describe_create_status(
    state: &State,
    ctx: &Context,
    input: DescribeCreateAccountStatusRequest,
) -> Result<DescribeCreateAccountStatusResponse, AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope
        .managed("DescribeCreateAccountStatus", |_| "*".to_owned())
        .await?;
    let request = state
        .store()
        .create_account_request(&organization.id, &input.create_account_request_id)
        .await
        .map_err(error::store)?
        .ok_or_else(error::create_account_status_not_found)?;
    Ok(DescribeCreateAccountStatusResponse {
        create_account_status: Some(status(&request)),
    })
}

/// MoveAccount from the root or OU it is in to another.
pub async fn move_account(
    state: &State,
    ctx: &Context,
    input: MoveAccountRequest,
) -> Result<(), AwsError> {
    let scope = Scope::new(state, ctx)?;
    let organization = scope
        .managed("MoveAccount", |o| {
            Tree::new(o, scope.partition(), &[]).arn("account", &input.account_id)
        })
        .await?;
    let account = account_id(&input.account_id)?;
    let (source, destination) = (&input.source_parent_id, &input.destination_parent_id);
    match state
        .store()
        .move_account(&organization.id, account, source, destination)
        .await
    {
        Ok(()) => Ok(()),
        Err(StoreError::NotFound {
            kind: EntityKind::OrganizationParent,
            name,
        }) if name == *source => Err(error::source_parent_not_found()),
        Err(StoreError::NotFound {
            kind: EntityKind::OrganizationParent,
            ..
        }) => Err(error::destination_parent_not_found()),
        Err(StoreError::NotFound { .. }) => Err(error::account_not_found()),
        Err(StoreError::AlreadyExists { .. }) => Err(error::duplicate_account()),
        Err(other) => Err(error::store(other)),
    }
}
