//! Organizations' errors, in AWS's words. Each message names its source: a recorded answer
//! of AWS where one was found, else the description of the error shape in the pinned model
//! (`models/organizations-2016-11-28.json`), which is what AWS documents for it.

use gatehouse_core::error::store_failure;
use gatehouse_protocol::AwsError;
use gatehouse_protocol::organizations::errors;
use gatehouse_store::StoreError;

/// The caller's account is in no organization. Recorded: cloud-custodian/cloud-custodian
/// issue 8106, duo-labs/cloudmapper issue 733 (DescribeOrganization, ListAccounts).
pub fn not_in_use() -> AwsError {
    errors::aws_organizations_not_in_use("Your account is not a member of an organization.")
}

/// A member account calls an operation only the management account may call. Recorded:
/// aws-samples/aws-iam-access-key-auto-rotation issue 10 (ListAccounts),
/// awslabs/aws-innovation-sandbox issue 6 (ListRoots).
pub fn management_only() -> AwsError {
    errors::access_denied("You don't have permissions to access this resource.")
}

/// The caller's account already belongs to an organization. The model's description.
pub fn already_in_organization() -> AwsError {
    errors::already_in_organization(
        "This account is already a member of an organization. An account can belong to only one organization at a time.",
    )
}

/// DeleteOrganization while member accounts remain. The model's description.
pub fn organization_not_empty() -> AwsError {
    errors::organization_not_empty(
        "The organization isn't empty. To delete an organization, you must first remove all accounts except the management account.",
    )
}

/// An account id that is not an account of the organization. The model's description.
pub fn account_not_found() -> AwsError {
    errors::account_not_found(
        "We can't find an Amazon Web Services account with the AccountId that you specified, or the account whose credentials you used to make this request isn't a member of an organization.",
    )
}

/// A parent id that is not a root or OU of the organization. The model's description.
pub fn parent_not_found() -> AwsError {
    errors::parent_not_found("We can't find a root or OU with the ParentId that you specified.")
}

/// An OU id that is not an OU of the organization. The model's description.
pub fn organizational_unit_not_found() -> AwsError {
    errors::organizational_unit_not_found(
        "We can't find an OU with the OrganizationalUnitId that you specified.",
    )
}

/// DeleteOrganizationalUnit on an OU that holds accounts or OUs. The model's description.
pub fn organizational_unit_not_empty() -> AwsError {
    errors::organizational_unit_not_empty(
        "The specified OU is not empty. Move all accounts to another root or to other OUs, remove all child OUs, and try the operation again.",
    )
}

/// An OU name its parent already has. The model's description.
pub fn duplicate_organizational_unit() -> AwsError {
    errors::duplicate_organizational_unit("An OU with the same name already exists.")
}

/// A child id that is not an account or OU of the organization. The model's description.
pub fn child_not_found() -> AwsError {
    errors::child_not_found(
        "We can't find an organizational unit (OU) or Amazon Web Services account with the ChildId that you specified.",
    )
}

/// MoveAccount's source is not a root or OU of the organization. The model's description.
pub fn source_parent_not_found() -> AwsError {
    errors::source_parent_not_found(
        "We can't find a source root or OU with the ParentId that you specified.",
    )
}

/// MoveAccount's destination is not a root or OU of the organization. The model's
/// description.
pub fn destination_parent_not_found() -> AwsError {
    errors::destination_parent_not_found(
        "We can't find the destination container (a root or OU) with the ParentId that you specified.",
    )
}

/// MoveAccount to where the account already is. The model's description.
pub fn duplicate_account() -> AwsError {
    errors::duplicate_account("That account is already present in the specified destination.")
}

/// A CreateAccount request id the organization does not have. The model's description.
pub fn create_account_status_not_found() -> AwsError {
    errors::create_account_status_not_found(
        "We can't find an create account request with the CreateAccountRequestId that you specified.",
    )
}

/// A `NextToken` this server did not hand out. The model's description of the reason
/// `INVALID_NEXT_TOKEN`.
pub fn invalid_next_token() -> AwsError {
    errors::invalid_input("You specified an invalid value for the nextToken request parameter.")
}

/// A store failure no rule above covers: `ServiceFailure` (500), logged.
pub fn store(err: StoreError) -> AwsError {
    store_failure(err).into()
}
