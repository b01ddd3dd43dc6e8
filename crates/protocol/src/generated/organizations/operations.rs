//! ORGANIZATIONS operations: the table of the model's operations.
//!
//! Generated from `models/organizations-2016-11-28.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::OperationInfo;

/// The prefix of `X-Amz-Target` (`AWSOrganizationsV20161128.Operation`).
pub const TARGET_PREFIX: &str = "AWSOrganizationsV20161128";

static OPERATIONS: [OperationInfo; 63] = [
    OperationInfo {
        name: "AcceptHandshake",
        unsigned: false,
    },
    OperationInfo {
        name: "AttachPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "CancelHandshake",
        unsigned: false,
    },
    OperationInfo {
        name: "CloseAccount",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateAccount",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateGovCloudAccount",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateOrganization",
        unsigned: false,
    },
    OperationInfo {
        name: "CreateOrganizationalUnit",
        unsigned: false,
    },
    OperationInfo {
        name: "CreatePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeclineHandshake",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteOrganization",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteOrganizationalUnit",
        unsigned: false,
    },
    OperationInfo {
        name: "DeletePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeleteResourcePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DeregisterDelegatedAdministrator",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribeAccount",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribeCreateAccountStatus",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribeEffectivePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribeHandshake",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribeOrganization",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribeOrganizationalUnit",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribeResourcePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DescribeResponsibilityTransfer",
        unsigned: false,
    },
    OperationInfo {
        name: "DetachPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "DisableAWSServiceAccess",
        unsigned: false,
    },
    OperationInfo {
        name: "DisablePolicyType",
        unsigned: false,
    },
    OperationInfo {
        name: "EnableAWSServiceAccess",
        unsigned: false,
    },
    OperationInfo {
        name: "EnableAllFeatures",
        unsigned: false,
    },
    OperationInfo {
        name: "EnablePolicyType",
        unsigned: false,
    },
    OperationInfo {
        name: "InviteAccountToOrganization",
        unsigned: false,
    },
    OperationInfo {
        name: "InviteOrganizationToTransferResponsibility",
        unsigned: false,
    },
    OperationInfo {
        name: "LeaveOrganization",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAWSServiceAccessForOrganization",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAccounts",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAccountsForParent",
        unsigned: false,
    },
    OperationInfo {
        name: "ListAccountsWithInvalidEffectivePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "ListChildren",
        unsigned: false,
    },
    OperationInfo {
        name: "ListCreateAccountStatus",
        unsigned: false,
    },
    OperationInfo {
        name: "ListDelegatedAdministrators",
        unsigned: false,
    },
    OperationInfo {
        name: "ListDelegatedServicesForAccount",
        unsigned: false,
    },
    OperationInfo {
        name: "ListEffectivePolicyValidationErrors",
        unsigned: false,
    },
    OperationInfo {
        name: "ListHandshakesForAccount",
        unsigned: false,
    },
    OperationInfo {
        name: "ListHandshakesForOrganization",
        unsigned: false,
    },
    OperationInfo {
        name: "ListInboundResponsibilityTransfers",
        unsigned: false,
    },
    OperationInfo {
        name: "ListOrganizationalUnitsForParent",
        unsigned: false,
    },
    OperationInfo {
        name: "ListOutboundResponsibilityTransfers",
        unsigned: false,
    },
    OperationInfo {
        name: "ListParents",
        unsigned: false,
    },
    OperationInfo {
        name: "ListPolicies",
        unsigned: false,
    },
    OperationInfo {
        name: "ListPoliciesForTarget",
        unsigned: false,
    },
    OperationInfo {
        name: "ListRoots",
        unsigned: false,
    },
    OperationInfo {
        name: "ListTagsForResource",
        unsigned: false,
    },
    OperationInfo {
        name: "ListTargetsForPolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "MoveAccount",
        unsigned: false,
    },
    OperationInfo {
        name: "PutResourcePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "RegisterDelegatedAdministrator",
        unsigned: false,
    },
    OperationInfo {
        name: "RemoveAccountFromOrganization",
        unsigned: false,
    },
    OperationInfo {
        name: "TagResource",
        unsigned: false,
    },
    OperationInfo {
        name: "TerminateResponsibilityTransfer",
        unsigned: false,
    },
    OperationInfo {
        name: "UntagResource",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateOrganizationalUnit",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdatePolicy",
        unsigned: false,
    },
    OperationInfo {
        name: "UpdateResponsibilityTransfer",
        unsigned: false,
    },
];

/// The operation named `action`, if the model has it.
pub fn operation(action: &str) -> Option<&'static OperationInfo> {
    OPERATIONS
        .binary_search_by(|op| op.name.cmp(action))
        .ok()
        .and_then(|i| OPERATIONS.get(i))
}

/// Every operation of the model, sorted by name.
pub fn operations() -> &'static [OperationInfo] {
    &OPERATIONS
}
