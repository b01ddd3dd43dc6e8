//! ORGANIZATIONS handler trait and dispatcher: one method per operation, and `dispatch`.
//!
//! Generated from `models/organizations-2016-11-28.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use crate::decode::decode_json_input;
use crate::encode::aws_json_response;
use crate::{AwsError, Encoded, JsonInput};

/// The ORGANIZATIONS operations. Every method defaults to `NotImplemented` (501); implement the ones
/// the service supports.
pub trait OrganizationsApi: Sync {
    /// Per-request context (caller identity, clock, …).
    type Context: Sync;

    /// Handles `AcceptHandshake`.
    fn accept_handshake(
        &self,
        _ctx: &Self::Context,
        _input: AcceptHandshakeRequest,
    ) -> impl Future<Output = Result<AcceptHandshakeResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AcceptHandshake")) }
    }

    /// Handles `AttachPolicy`.
    fn attach_policy(
        &self,
        _ctx: &Self::Context,
        _input: AttachPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("AttachPolicy")) }
    }

    /// Handles `CancelHandshake`.
    fn cancel_handshake(
        &self,
        _ctx: &Self::Context,
        _input: CancelHandshakeRequest,
    ) -> impl Future<Output = Result<CancelHandshakeResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CancelHandshake")) }
    }

    /// Handles `CloseAccount`.
    fn close_account(
        &self,
        _ctx: &Self::Context,
        _input: CloseAccountRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("CloseAccount")) }
    }

    /// Handles `CreateAccount`.
    fn create_account(
        &self,
        _ctx: &Self::Context,
        _input: CreateAccountRequest,
    ) -> impl Future<Output = Result<CreateAccountResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateAccount")) }
    }

    /// Handles `CreateGovCloudAccount`.
    fn create_gov_cloud_account(
        &self,
        _ctx: &Self::Context,
        _input: CreateGovCloudAccountRequest,
    ) -> impl Future<Output = Result<CreateGovCloudAccountResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateGovCloudAccount")) }
    }

    /// Handles `CreateOrganization`.
    fn create_organization(
        &self,
        _ctx: &Self::Context,
        _input: CreateOrganizationRequest,
    ) -> impl Future<Output = Result<CreateOrganizationResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateOrganization")) }
    }

    /// Handles `CreateOrganizationalUnit`.
    fn create_organizational_unit(
        &self,
        _ctx: &Self::Context,
        _input: CreateOrganizationalUnitRequest,
    ) -> impl Future<Output = Result<CreateOrganizationalUnitResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreateOrganizationalUnit")) }
    }

    /// Handles `CreatePolicy`.
    fn create_policy(
        &self,
        _ctx: &Self::Context,
        _input: CreatePolicyRequest,
    ) -> impl Future<Output = Result<CreatePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("CreatePolicy")) }
    }

    /// Handles `DeclineHandshake`.
    fn decline_handshake(
        &self,
        _ctx: &Self::Context,
        _input: DeclineHandshakeRequest,
    ) -> impl Future<Output = Result<DeclineHandshakeResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeclineHandshake")) }
    }

    /// Handles `DeleteOrganization`.
    fn delete_organization(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteOrganization")) }
    }

    /// Handles `DeleteOrganizationalUnit`.
    fn delete_organizational_unit(
        &self,
        _ctx: &Self::Context,
        _input: DeleteOrganizationalUnitRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteOrganizationalUnit")) }
    }

    /// Handles `DeletePolicy`.
    fn delete_policy(
        &self,
        _ctx: &Self::Context,
        _input: DeletePolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeletePolicy")) }
    }

    /// Handles `DeleteResourcePolicy`.
    fn delete_resource_policy(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DeleteResourcePolicy")) }
    }

    /// Handles `DeregisterDelegatedAdministrator`.
    fn deregister_delegated_administrator(
        &self,
        _ctx: &Self::Context,
        _input: DeregisterDelegatedAdministratorRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async {
            Err(AwsError::not_implemented(
                "DeregisterDelegatedAdministrator",
            ))
        }
    }

    /// Handles `DescribeAccount`.
    fn describe_account(
        &self,
        _ctx: &Self::Context,
        _input: DescribeAccountRequest,
    ) -> impl Future<Output = Result<DescribeAccountResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribeAccount")) }
    }

    /// Handles `DescribeCreateAccountStatus`.
    fn describe_create_account_status(
        &self,
        _ctx: &Self::Context,
        _input: DescribeCreateAccountStatusRequest,
    ) -> impl Future<Output = Result<DescribeCreateAccountStatusResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribeCreateAccountStatus")) }
    }

    /// Handles `DescribeEffectivePolicy`.
    fn describe_effective_policy(
        &self,
        _ctx: &Self::Context,
        _input: DescribeEffectivePolicyRequest,
    ) -> impl Future<Output = Result<DescribeEffectivePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribeEffectivePolicy")) }
    }

    /// Handles `DescribeHandshake`.
    fn describe_handshake(
        &self,
        _ctx: &Self::Context,
        _input: DescribeHandshakeRequest,
    ) -> impl Future<Output = Result<DescribeHandshakeResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribeHandshake")) }
    }

    /// Handles `DescribeOrganization`.
    fn describe_organization(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<DescribeOrganizationResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribeOrganization")) }
    }

    /// Handles `DescribeOrganizationalUnit`.
    fn describe_organizational_unit(
        &self,
        _ctx: &Self::Context,
        _input: DescribeOrganizationalUnitRequest,
    ) -> impl Future<Output = Result<DescribeOrganizationalUnitResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribeOrganizationalUnit")) }
    }

    /// Handles `DescribePolicy`.
    fn describe_policy(
        &self,
        _ctx: &Self::Context,
        _input: DescribePolicyRequest,
    ) -> impl Future<Output = Result<DescribePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribePolicy")) }
    }

    /// Handles `DescribeResourcePolicy`.
    fn describe_resource_policy(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<DescribeResourcePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribeResourcePolicy")) }
    }

    /// Handles `DescribeResponsibilityTransfer`.
    fn describe_responsibility_transfer(
        &self,
        _ctx: &Self::Context,
        _input: DescribeResponsibilityTransferRequest,
    ) -> impl Future<Output = Result<DescribeResponsibilityTransferResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DescribeResponsibilityTransfer")) }
    }

    /// Handles `DetachPolicy`.
    fn detach_policy(
        &self,
        _ctx: &Self::Context,
        _input: DetachPolicyRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DetachPolicy")) }
    }

    /// Handles `DisableAWSServiceAccess`.
    fn disable_aws_service_access(
        &self,
        _ctx: &Self::Context,
        _input: DisableAWSServiceAccessRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("DisableAWSServiceAccess")) }
    }

    /// Handles `DisablePolicyType`.
    fn disable_policy_type(
        &self,
        _ctx: &Self::Context,
        _input: DisablePolicyTypeRequest,
    ) -> impl Future<Output = Result<DisablePolicyTypeResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DisablePolicyType")) }
    }

    /// Handles `EnableAWSServiceAccess`.
    fn enable_aws_service_access(
        &self,
        _ctx: &Self::Context,
        _input: EnableAWSServiceAccessRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("EnableAWSServiceAccess")) }
    }

    /// Handles `EnableAllFeatures`.
    fn enable_all_features(
        &self,
        _ctx: &Self::Context,
        _input: EnableAllFeaturesRequest,
    ) -> impl Future<Output = Result<EnableAllFeaturesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("EnableAllFeatures")) }
    }

    /// Handles `EnablePolicyType`.
    fn enable_policy_type(
        &self,
        _ctx: &Self::Context,
        _input: EnablePolicyTypeRequest,
    ) -> impl Future<Output = Result<EnablePolicyTypeResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("EnablePolicyType")) }
    }

    /// Handles `InviteAccountToOrganization`.
    fn invite_account_to_organization(
        &self,
        _ctx: &Self::Context,
        _input: InviteAccountToOrganizationRequest,
    ) -> impl Future<Output = Result<InviteAccountToOrganizationResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("InviteAccountToOrganization")) }
    }

    /// Handles `InviteOrganizationToTransferResponsibility`.
    fn invite_organization_to_transfer_responsibility(
        &self,
        _ctx: &Self::Context,
        _input: InviteOrganizationToTransferResponsibilityRequest,
    ) -> impl Future<Output = Result<InviteOrganizationToTransferResponsibilityResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "InviteOrganizationToTransferResponsibility",
            ))
        }
    }

    /// Handles `LeaveOrganization`.
    fn leave_organization(
        &self,
        _ctx: &Self::Context,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("LeaveOrganization")) }
    }

    /// Handles `ListAWSServiceAccessForOrganization`.
    fn list_aws_service_access_for_organization(
        &self,
        _ctx: &Self::Context,
        _input: ListAWSServiceAccessForOrganizationRequest,
    ) -> impl Future<Output = Result<ListAWSServiceAccessForOrganizationResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListAWSServiceAccessForOrganization",
            ))
        }
    }

    /// Handles `ListAccounts`.
    fn list_accounts(
        &self,
        _ctx: &Self::Context,
        _input: ListAccountsRequest,
    ) -> impl Future<Output = Result<ListAccountsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListAccounts")) }
    }

    /// Handles `ListAccountsForParent`.
    fn list_accounts_for_parent(
        &self,
        _ctx: &Self::Context,
        _input: ListAccountsForParentRequest,
    ) -> impl Future<Output = Result<ListAccountsForParentResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListAccountsForParent")) }
    }

    /// Handles `ListAccountsWithInvalidEffectivePolicy`.
    fn list_accounts_with_invalid_effective_policy(
        &self,
        _ctx: &Self::Context,
        _input: ListAccountsWithInvalidEffectivePolicyRequest,
    ) -> impl Future<Output = Result<ListAccountsWithInvalidEffectivePolicyResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListAccountsWithInvalidEffectivePolicy",
            ))
        }
    }

    /// Handles `ListChildren`.
    fn list_children(
        &self,
        _ctx: &Self::Context,
        _input: ListChildrenRequest,
    ) -> impl Future<Output = Result<ListChildrenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListChildren")) }
    }

    /// Handles `ListCreateAccountStatus`.
    fn list_create_account_status(
        &self,
        _ctx: &Self::Context,
        _input: ListCreateAccountStatusRequest,
    ) -> impl Future<Output = Result<ListCreateAccountStatusResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListCreateAccountStatus")) }
    }

    /// Handles `ListDelegatedAdministrators`.
    fn list_delegated_administrators(
        &self,
        _ctx: &Self::Context,
        _input: ListDelegatedAdministratorsRequest,
    ) -> impl Future<Output = Result<ListDelegatedAdministratorsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListDelegatedAdministrators")) }
    }

    /// Handles `ListDelegatedServicesForAccount`.
    fn list_delegated_services_for_account(
        &self,
        _ctx: &Self::Context,
        _input: ListDelegatedServicesForAccountRequest,
    ) -> impl Future<Output = Result<ListDelegatedServicesForAccountResponse, AwsError>> + Send
    {
        async { Err(AwsError::not_implemented("ListDelegatedServicesForAccount")) }
    }

    /// Handles `ListEffectivePolicyValidationErrors`.
    fn list_effective_policy_validation_errors(
        &self,
        _ctx: &Self::Context,
        _input: ListEffectivePolicyValidationErrorsRequest,
    ) -> impl Future<Output = Result<ListEffectivePolicyValidationErrorsResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListEffectivePolicyValidationErrors",
            ))
        }
    }

    /// Handles `ListHandshakesForAccount`.
    fn list_handshakes_for_account(
        &self,
        _ctx: &Self::Context,
        _input: ListHandshakesForAccountRequest,
    ) -> impl Future<Output = Result<ListHandshakesForAccountResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListHandshakesForAccount")) }
    }

    /// Handles `ListHandshakesForOrganization`.
    fn list_handshakes_for_organization(
        &self,
        _ctx: &Self::Context,
        _input: ListHandshakesForOrganizationRequest,
    ) -> impl Future<Output = Result<ListHandshakesForOrganizationResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListHandshakesForOrganization")) }
    }

    /// Handles `ListInboundResponsibilityTransfers`.
    fn list_inbound_responsibility_transfers(
        &self,
        _ctx: &Self::Context,
        _input: ListInboundResponsibilityTransfersRequest,
    ) -> impl Future<Output = Result<ListInboundResponsibilityTransfersResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListInboundResponsibilityTransfers",
            ))
        }
    }

    /// Handles `ListOrganizationalUnitsForParent`.
    fn list_organizational_units_for_parent(
        &self,
        _ctx: &Self::Context,
        _input: ListOrganizationalUnitsForParentRequest,
    ) -> impl Future<Output = Result<ListOrganizationalUnitsForParentResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListOrganizationalUnitsForParent",
            ))
        }
    }

    /// Handles `ListOutboundResponsibilityTransfers`.
    fn list_outbound_responsibility_transfers(
        &self,
        _ctx: &Self::Context,
        _input: ListOutboundResponsibilityTransfersRequest,
    ) -> impl Future<Output = Result<ListOutboundResponsibilityTransfersResponse, AwsError>> + Send
    {
        async {
            Err(AwsError::not_implemented(
                "ListOutboundResponsibilityTransfers",
            ))
        }
    }

    /// Handles `ListParents`.
    fn list_parents(
        &self,
        _ctx: &Self::Context,
        _input: ListParentsRequest,
    ) -> impl Future<Output = Result<ListParentsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListParents")) }
    }

    /// Handles `ListPolicies`.
    fn list_policies(
        &self,
        _ctx: &Self::Context,
        _input: ListPoliciesRequest,
    ) -> impl Future<Output = Result<ListPoliciesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListPolicies")) }
    }

    /// Handles `ListPoliciesForTarget`.
    fn list_policies_for_target(
        &self,
        _ctx: &Self::Context,
        _input: ListPoliciesForTargetRequest,
    ) -> impl Future<Output = Result<ListPoliciesForTargetResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListPoliciesForTarget")) }
    }

    /// Handles `ListRoots`.
    fn list_roots(
        &self,
        _ctx: &Self::Context,
        _input: ListRootsRequest,
    ) -> impl Future<Output = Result<ListRootsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListRoots")) }
    }

    /// Handles `ListTagsForResource`.
    fn list_tags_for_resource(
        &self,
        _ctx: &Self::Context,
        _input: ListTagsForResourceRequest,
    ) -> impl Future<Output = Result<ListTagsForResourceResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListTagsForResource")) }
    }

    /// Handles `ListTargetsForPolicy`.
    fn list_targets_for_policy(
        &self,
        _ctx: &Self::Context,
        _input: ListTargetsForPolicyRequest,
    ) -> impl Future<Output = Result<ListTargetsForPolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("ListTargetsForPolicy")) }
    }

    /// Handles `MoveAccount`.
    fn move_account(
        &self,
        _ctx: &Self::Context,
        _input: MoveAccountRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("MoveAccount")) }
    }

    /// Handles `PutResourcePolicy`.
    fn put_resource_policy(
        &self,
        _ctx: &Self::Context,
        _input: PutResourcePolicyRequest,
    ) -> impl Future<Output = Result<PutResourcePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("PutResourcePolicy")) }
    }

    /// Handles `RegisterDelegatedAdministrator`.
    fn register_delegated_administrator(
        &self,
        _ctx: &Self::Context,
        _input: RegisterDelegatedAdministratorRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("RegisterDelegatedAdministrator")) }
    }

    /// Handles `RemoveAccountFromOrganization`.
    fn remove_account_from_organization(
        &self,
        _ctx: &Self::Context,
        _input: RemoveAccountFromOrganizationRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("RemoveAccountFromOrganization")) }
    }

    /// Handles `TagResource`.
    fn tag_resource(
        &self,
        _ctx: &Self::Context,
        _input: TagResourceRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("TagResource")) }
    }

    /// Handles `TerminateResponsibilityTransfer`.
    fn terminate_responsibility_transfer(
        &self,
        _ctx: &Self::Context,
        _input: TerminateResponsibilityTransferRequest,
    ) -> impl Future<Output = Result<TerminateResponsibilityTransferResponse, AwsError>> + Send
    {
        async { Err(AwsError::not_implemented("TerminateResponsibilityTransfer")) }
    }

    /// Handles `UntagResource`.
    fn untag_resource(
        &self,
        _ctx: &Self::Context,
        _input: UntagResourceRequest,
    ) -> impl Future<Output = Result<(), AwsError>> + Send {
        async { Err(AwsError::not_implemented("UntagResource")) }
    }

    /// Handles `UpdateOrganizationalUnit`.
    fn update_organizational_unit(
        &self,
        _ctx: &Self::Context,
        _input: UpdateOrganizationalUnitRequest,
    ) -> impl Future<Output = Result<UpdateOrganizationalUnitResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateOrganizationalUnit")) }
    }

    /// Handles `UpdatePolicy`.
    fn update_policy(
        &self,
        _ctx: &Self::Context,
        _input: UpdatePolicyRequest,
    ) -> impl Future<Output = Result<UpdatePolicyResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdatePolicy")) }
    }

    /// Handles `UpdateResponsibilityTransfer`.
    fn update_responsibility_transfer(
        &self,
        _ctx: &Self::Context,
        _input: UpdateResponsibilityTransferRequest,
    ) -> impl Future<Output = Result<UpdateResponsibilityTransferResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("UpdateResponsibilityTransfer")) }
    }
}

/// Decodes and validates the input of `operation` (the part of `X-Amz-Target` after the
/// prefix) from the request's JSON object, calls the handler and encodes its output as a
/// JSON object.
pub async fn dispatch<H: OrganizationsApi>(
    handler: &H,
    ctx: &H::Context,
    operation: &str,
    input: &JsonInput,
) -> Result<Encoded, AwsError> {
    match operation {
        "AcceptHandshake" => {
            let input = decode_json_input(input, AcceptHandshakeRequest::decode_members)?;
            let output = handler.accept_handshake(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "AttachPolicy" => {
            let input = decode_json_input(input, AttachPolicyRequest::decode_members)?;
            handler.attach_policy(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "CancelHandshake" => {
            let input = decode_json_input(input, CancelHandshakeRequest::decode_members)?;
            let output = handler.cancel_handshake(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "CloseAccount" => {
            let input = decode_json_input(input, CloseAccountRequest::decode_members)?;
            handler.close_account(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "CreateAccount" => {
            let input = decode_json_input(input, CreateAccountRequest::decode_members)?;
            let output = handler.create_account(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "CreateGovCloudAccount" => {
            let input = decode_json_input(input, CreateGovCloudAccountRequest::decode_members)?;
            let output = handler.create_gov_cloud_account(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "CreateOrganization" => {
            let input = decode_json_input(input, CreateOrganizationRequest::decode_members)?;
            let output = handler.create_organization(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "CreateOrganizationalUnit" => {
            let input = decode_json_input(input, CreateOrganizationalUnitRequest::decode_members)?;
            let output = handler.create_organizational_unit(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "CreatePolicy" => {
            let input = decode_json_input(input, CreatePolicyRequest::decode_members)?;
            let output = handler.create_policy(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DeclineHandshake" => {
            let input = decode_json_input(input, DeclineHandshakeRequest::decode_members)?;
            let output = handler.decline_handshake(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DeleteOrganization" => {
            handler.delete_organization(ctx).await?;
            Ok(aws_json_response(None))
        }
        "DeleteOrganizationalUnit" => {
            let input = decode_json_input(input, DeleteOrganizationalUnitRequest::decode_members)?;
            handler.delete_organizational_unit(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "DeletePolicy" => {
            let input = decode_json_input(input, DeletePolicyRequest::decode_members)?;
            handler.delete_policy(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "DeleteResourcePolicy" => {
            handler.delete_resource_policy(ctx).await?;
            Ok(aws_json_response(None))
        }
        "DeregisterDelegatedAdministrator" => {
            let input = decode_json_input(
                input,
                DeregisterDelegatedAdministratorRequest::decode_members,
            )?;
            handler
                .deregister_delegated_administrator(ctx, input)
                .await?;
            Ok(aws_json_response(None))
        }
        "DescribeAccount" => {
            let input = decode_json_input(input, DescribeAccountRequest::decode_members)?;
            let output = handler.describe_account(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DescribeCreateAccountStatus" => {
            let input =
                decode_json_input(input, DescribeCreateAccountStatusRequest::decode_members)?;
            let output = handler.describe_create_account_status(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DescribeEffectivePolicy" => {
            let input = decode_json_input(input, DescribeEffectivePolicyRequest::decode_members)?;
            let output = handler.describe_effective_policy(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DescribeHandshake" => {
            let input = decode_json_input(input, DescribeHandshakeRequest::decode_members)?;
            let output = handler.describe_handshake(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DescribeOrganization" => {
            let output = handler.describe_organization(ctx).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DescribeOrganizationalUnit" => {
            let input =
                decode_json_input(input, DescribeOrganizationalUnitRequest::decode_members)?;
            let output = handler.describe_organizational_unit(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DescribePolicy" => {
            let input = decode_json_input(input, DescribePolicyRequest::decode_members)?;
            let output = handler.describe_policy(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DescribeResourcePolicy" => {
            let output = handler.describe_resource_policy(ctx).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DescribeResponsibilityTransfer" => {
            let input =
                decode_json_input(input, DescribeResponsibilityTransferRequest::decode_members)?;
            let output = handler.describe_responsibility_transfer(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "DetachPolicy" => {
            let input = decode_json_input(input, DetachPolicyRequest::decode_members)?;
            handler.detach_policy(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "DisableAWSServiceAccess" => {
            let input = decode_json_input(input, DisableAWSServiceAccessRequest::decode_members)?;
            handler.disable_aws_service_access(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "DisablePolicyType" => {
            let input = decode_json_input(input, DisablePolicyTypeRequest::decode_members)?;
            let output = handler.disable_policy_type(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "EnableAWSServiceAccess" => {
            let input = decode_json_input(input, EnableAWSServiceAccessRequest::decode_members)?;
            handler.enable_aws_service_access(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "EnableAllFeatures" => {
            let input = decode_json_input(input, EnableAllFeaturesRequest::decode_members)?;
            let output = handler.enable_all_features(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "EnablePolicyType" => {
            let input = decode_json_input(input, EnablePolicyTypeRequest::decode_members)?;
            let output = handler.enable_policy_type(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "InviteAccountToOrganization" => {
            let input =
                decode_json_input(input, InviteAccountToOrganizationRequest::decode_members)?;
            let output = handler.invite_account_to_organization(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "InviteOrganizationToTransferResponsibility" => {
            let input = decode_json_input(
                input,
                InviteOrganizationToTransferResponsibilityRequest::decode_members,
            )?;
            let output = handler
                .invite_organization_to_transfer_responsibility(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "LeaveOrganization" => {
            handler.leave_organization(ctx).await?;
            Ok(aws_json_response(None))
        }
        "ListAWSServiceAccessForOrganization" => {
            let input = decode_json_input(
                input,
                ListAWSServiceAccessForOrganizationRequest::decode_members,
            )?;
            let output = handler
                .list_aws_service_access_for_organization(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListAccounts" => {
            let input = decode_json_input(input, ListAccountsRequest::decode_members)?;
            let output = handler.list_accounts(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListAccountsForParent" => {
            let input = decode_json_input(input, ListAccountsForParentRequest::decode_members)?;
            let output = handler.list_accounts_for_parent(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListAccountsWithInvalidEffectivePolicy" => {
            let input = decode_json_input(
                input,
                ListAccountsWithInvalidEffectivePolicyRequest::decode_members,
            )?;
            let output = handler
                .list_accounts_with_invalid_effective_policy(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListChildren" => {
            let input = decode_json_input(input, ListChildrenRequest::decode_members)?;
            let output = handler.list_children(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListCreateAccountStatus" => {
            let input = decode_json_input(input, ListCreateAccountStatusRequest::decode_members)?;
            let output = handler.list_create_account_status(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListDelegatedAdministrators" => {
            let input =
                decode_json_input(input, ListDelegatedAdministratorsRequest::decode_members)?;
            let output = handler.list_delegated_administrators(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListDelegatedServicesForAccount" => {
            let input = decode_json_input(
                input,
                ListDelegatedServicesForAccountRequest::decode_members,
            )?;
            let output = handler
                .list_delegated_services_for_account(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListEffectivePolicyValidationErrors" => {
            let input = decode_json_input(
                input,
                ListEffectivePolicyValidationErrorsRequest::decode_members,
            )?;
            let output = handler
                .list_effective_policy_validation_errors(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListHandshakesForAccount" => {
            let input = decode_json_input(input, ListHandshakesForAccountRequest::decode_members)?;
            let output = handler.list_handshakes_for_account(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListHandshakesForOrganization" => {
            let input =
                decode_json_input(input, ListHandshakesForOrganizationRequest::decode_members)?;
            let output = handler.list_handshakes_for_organization(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListInboundResponsibilityTransfers" => {
            let input = decode_json_input(
                input,
                ListInboundResponsibilityTransfersRequest::decode_members,
            )?;
            let output = handler
                .list_inbound_responsibility_transfers(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListOrganizationalUnitsForParent" => {
            let input = decode_json_input(
                input,
                ListOrganizationalUnitsForParentRequest::decode_members,
            )?;
            let output = handler
                .list_organizational_units_for_parent(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListOutboundResponsibilityTransfers" => {
            let input = decode_json_input(
                input,
                ListOutboundResponsibilityTransfersRequest::decode_members,
            )?;
            let output = handler
                .list_outbound_responsibility_transfers(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListParents" => {
            let input = decode_json_input(input, ListParentsRequest::decode_members)?;
            let output = handler.list_parents(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListPolicies" => {
            let input = decode_json_input(input, ListPoliciesRequest::decode_members)?;
            let output = handler.list_policies(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListPoliciesForTarget" => {
            let input = decode_json_input(input, ListPoliciesForTargetRequest::decode_members)?;
            let output = handler.list_policies_for_target(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListRoots" => {
            let input = decode_json_input(input, ListRootsRequest::decode_members)?;
            let output = handler.list_roots(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListTagsForResource" => {
            let input = decode_json_input(input, ListTagsForResourceRequest::decode_members)?;
            let output = handler.list_tags_for_resource(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "ListTargetsForPolicy" => {
            let input = decode_json_input(input, ListTargetsForPolicyRequest::decode_members)?;
            let output = handler.list_targets_for_policy(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "MoveAccount" => {
            let input = decode_json_input(input, MoveAccountRequest::decode_members)?;
            handler.move_account(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "PutResourcePolicy" => {
            let input = decode_json_input(input, PutResourcePolicyRequest::decode_members)?;
            let output = handler.put_resource_policy(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "RegisterDelegatedAdministrator" => {
            let input =
                decode_json_input(input, RegisterDelegatedAdministratorRequest::decode_members)?;
            handler.register_delegated_administrator(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "RemoveAccountFromOrganization" => {
            let input =
                decode_json_input(input, RemoveAccountFromOrganizationRequest::decode_members)?;
            handler.remove_account_from_organization(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "TagResource" => {
            let input = decode_json_input(input, TagResourceRequest::decode_members)?;
            handler.tag_resource(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "TerminateResponsibilityTransfer" => {
            let input = decode_json_input(
                input,
                TerminateResponsibilityTransferRequest::decode_members,
            )?;
            let output = handler
                .terminate_responsibility_transfer(ctx, input)
                .await?;
            Ok(aws_json_response(Some(&output)))
        }
        "UntagResource" => {
            let input = decode_json_input(input, UntagResourceRequest::decode_members)?;
            handler.untag_resource(ctx, input).await?;
            Ok(aws_json_response(None))
        }
        "UpdateOrganizationalUnit" => {
            let input = decode_json_input(input, UpdateOrganizationalUnitRequest::decode_members)?;
            let output = handler.update_organizational_unit(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "UpdatePolicy" => {
            let input = decode_json_input(input, UpdatePolicyRequest::decode_members)?;
            let output = handler.update_policy(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        "UpdateResponsibilityTransfer" => {
            let input =
                decode_json_input(input, UpdateResponsibilityTransferRequest::decode_members)?;
            let output = handler.update_responsibility_transfer(ctx, input).await?;
            Ok(aws_json_response(Some(&output)))
        }
        other => Err(AwsError::unknown_operation(other)),
    }
}
