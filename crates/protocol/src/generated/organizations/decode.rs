//! ORGANIZATIONS decoders: the JSON body to input shapes, with AWS's validation.
//!
//! Generated from `models/organizations-2016-11-28.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use super::validate::*;
use crate::decode::Decoder;
use time::OffsetDateTime;

impl AcceptHandshakeRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let handshake_id = d.member("HandshakeId", "handshakeId", true, d_handshake_id);
        Some(Self {
            handshake_id: handshake_id?,
        })
    }
}

impl AttachPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_id = d.member("PolicyId", "policyId", true, d_policy_id);
        let target_id = d.member("TargetId", "targetId", true, d_policy_target_id);
        Some(Self {
            policy_id: policy_id?,
            target_id: target_id?,
        })
    }
}

impl CancelHandshakeRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let handshake_id = d.member("HandshakeId", "handshakeId", true, d_handshake_id);
        Some(Self {
            handshake_id: handshake_id?,
        })
    }
}

impl CloseAccountRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_id = d.member("AccountId", "accountId", true, d_account_id);
        Some(Self {
            account_id: account_id?,
        })
    }
}

impl CreateAccountRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let email = d.member("Email", "email", true, d_email);
        let account_name = d.member("AccountName", "accountName", true, d_create_account_name);
        let role_name = d.member("RoleName", "roleName", false, d_role_name);
        let iam_user_access_to_billing = d.member(
            "IamUserAccessToBilling",
            "iamUserAccessToBilling",
            false,
            d_iam_user_access_to_billing,
        );
        let tags = d.member("Tags", "tags", false, d_tags);
        Some(Self {
            email: email?,
            account_name: account_name?,
            role_name,
            iam_user_access_to_billing,
            tags,
        })
    }
}

impl CreateGovCloudAccountRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let email = d.member("Email", "email", true, d_email);
        let account_name = d.member("AccountName", "accountName", true, d_create_account_name);
        let role_name = d.member("RoleName", "roleName", false, d_role_name);
        let iam_user_access_to_billing = d.member(
            "IamUserAccessToBilling",
            "iamUserAccessToBilling",
            false,
            d_iam_user_access_to_billing,
        );
        let tags = d.member("Tags", "tags", false, d_tags);
        Some(Self {
            email: email?,
            account_name: account_name?,
            role_name,
            iam_user_access_to_billing,
            tags,
        })
    }
}

impl CreateOrganizationRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let feature_set = d.member(
            "FeatureSet",
            "featureSet",
            false,
            d_organization_feature_set,
        );
        Some(Self { feature_set })
    }
}

impl CreateOrganizationalUnitRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let parent_id = d.member("ParentId", "parentId", true, d_parent_id);
        let name = d.member("Name", "name", true, d_organizational_unit_name);
        let tags = d.member("Tags", "tags", false, d_tags);
        Some(Self {
            parent_id: parent_id?,
            name: name?,
            tags,
        })
    }
}

impl CreatePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let content = d.member("Content", "content", true, d_policy_content);
        let description = d.member("Description", "description", true, d_policy_description);
        let name = d.member("Name", "name", true, d_policy_name);
        let r#type = d.member("Type", "type", true, d_policy_type);
        let tags = d.member("Tags", "tags", false, d_tags);
        Some(Self {
            content: content?,
            description: description?,
            name: name?,
            r#type: r#type?,
            tags,
        })
    }
}

impl DeclineHandshakeRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let handshake_id = d.member("HandshakeId", "handshakeId", true, d_handshake_id);
        Some(Self {
            handshake_id: handshake_id?,
        })
    }
}

impl DeleteOrganizationalUnitRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let organizational_unit_id = d.member(
            "OrganizationalUnitId",
            "organizationalUnitId",
            true,
            d_organizational_unit_id,
        );
        Some(Self {
            organizational_unit_id: organizational_unit_id?,
        })
    }
}

impl DeletePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_id = d.member("PolicyId", "policyId", true, d_policy_id);
        Some(Self {
            policy_id: policy_id?,
        })
    }
}

impl DeregisterDelegatedAdministratorRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_id = d.member("AccountId", "accountId", true, d_account_id);
        let service_principal = d.member(
            "ServicePrincipal",
            "servicePrincipal",
            true,
            d_service_principal,
        );
        Some(Self {
            account_id: account_id?,
            service_principal: service_principal?,
        })
    }
}

impl DescribeAccountRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_id = d.member("AccountId", "accountId", true, d_account_id);
        Some(Self {
            account_id: account_id?,
        })
    }
}

impl DescribeCreateAccountStatusRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let create_account_request_id = d.member(
            "CreateAccountRequestId",
            "createAccountRequestId",
            true,
            d_create_account_request_id,
        );
        Some(Self {
            create_account_request_id: create_account_request_id?,
        })
    }
}

impl DescribeEffectivePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_type = d.member("PolicyType", "policyType", true, d_effective_policy_type);
        let target_id = d.member("TargetId", "targetId", false, d_policy_target_id);
        Some(Self {
            policy_type: policy_type?,
            target_id,
        })
    }
}

impl DescribeHandshakeRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let handshake_id = d.member("HandshakeId", "handshakeId", true, d_handshake_id);
        Some(Self {
            handshake_id: handshake_id?,
        })
    }
}

impl DescribeOrganizationalUnitRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let organizational_unit_id = d.member(
            "OrganizationalUnitId",
            "organizationalUnitId",
            true,
            d_organizational_unit_id,
        );
        Some(Self {
            organizational_unit_id: organizational_unit_id?,
        })
    }
}

impl DescribePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_id = d.member("PolicyId", "policyId", true, d_policy_id);
        Some(Self {
            policy_id: policy_id?,
        })
    }
}

impl DescribeResponsibilityTransferRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let id = d.member("Id", "id", true, d_responsibility_transfer_id);
        Some(Self { id: id? })
    }
}

impl DetachPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_id = d.member("PolicyId", "policyId", true, d_policy_id);
        let target_id = d.member("TargetId", "targetId", true, d_policy_target_id);
        Some(Self {
            policy_id: policy_id?,
            target_id: target_id?,
        })
    }
}

impl DisableAWSServiceAccessRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let service_principal = d.member(
            "ServicePrincipal",
            "servicePrincipal",
            true,
            d_service_principal,
        );
        Some(Self {
            service_principal: service_principal?,
        })
    }
}

impl DisablePolicyTypeRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let root_id = d.member("RootId", "rootId", true, d_root_id);
        let policy_type = d.member("PolicyType", "policyType", true, d_policy_type);
        Some(Self {
            root_id: root_id?,
            policy_type: policy_type?,
        })
    }
}

impl EnableAWSServiceAccessRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let service_principal = d.member(
            "ServicePrincipal",
            "servicePrincipal",
            true,
            d_service_principal,
        );
        Some(Self {
            service_principal: service_principal?,
        })
    }
}

impl EnableAllFeaturesRequest {
    pub(super) fn decode_members(_d: &mut Decoder<'_>) -> Option<Self> {
        Some(Self {})
    }
}

impl EnablePolicyTypeRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let root_id = d.member("RootId", "rootId", true, d_root_id);
        let policy_type = d.member("PolicyType", "policyType", true, d_policy_type);
        Some(Self {
            root_id: root_id?,
            policy_type: policy_type?,
        })
    }
}

impl HandshakeFilter {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let action_type = d.member("ActionType", "actionType", false, d_action_type);
        let parent_handshake_id = d.member(
            "ParentHandshakeId",
            "parentHandshakeId",
            false,
            d_handshake_id,
        );
        Some(Self {
            action_type,
            parent_handshake_id,
        })
    }
}

impl HandshakeParty {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let id = d.member("Id", "id", true, d_handshake_party_id);
        let r#type = d.member("Type", "type", true, d_handshake_party_type);
        Some(Self {
            id: id?,
            r#type: r#type?,
        })
    }
}

impl InviteAccountToOrganizationRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let target = d.member("Target", "target", true, d_handshake_party);
        let notes = d.member("Notes", "notes", false, d_handshake_notes);
        let tags = d.member("Tags", "tags", false, d_tags);
        Some(Self {
            target: target?,
            notes,
            tags,
        })
    }
}

impl InviteOrganizationToTransferResponsibilityRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let r#type = d.member("Type", "type", true, d_responsibility_transfer_type);
        let target = d.member("Target", "target", true, d_handshake_party);
        let notes = d.member("Notes", "notes", false, d_handshake_notes);
        let start_timestamp = d.member("StartTimestamp", "startTimestamp", true, d_timestamp);
        let source_name = d.member(
            "SourceName",
            "sourceName",
            true,
            d_responsibility_transfer_name,
        );
        let tags = d.member("Tags", "tags", false, d_tags);
        Some(Self {
            r#type: r#type?,
            target: target?,
            notes,
            start_timestamp: start_timestamp?,
            source_name: source_name?,
            tags,
        })
    }
}

impl ListAWSServiceAccessForOrganizationRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            next_token,
            max_results,
        })
    }
}

impl ListAccountsForParentRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let parent_id = d.member("ParentId", "parentId", true, d_parent_id);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            parent_id: parent_id?,
            next_token,
            max_results,
        })
    }
}

impl ListAccountsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            next_token,
            max_results,
        })
    }
}

impl ListAccountsWithInvalidEffectivePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_type = d.member("PolicyType", "policyType", true, d_effective_policy_type);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            policy_type: policy_type?,
            next_token,
            max_results,
        })
    }
}

impl ListChildrenRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let parent_id = d.member("ParentId", "parentId", true, d_parent_id);
        let child_type = d.member("ChildType", "childType", true, d_child_type);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            parent_id: parent_id?,
            child_type: child_type?,
            next_token,
            max_results,
        })
    }
}

impl ListCreateAccountStatusRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let states = d.member("States", "states", false, d_create_account_states);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            states,
            next_token,
            max_results,
        })
    }
}

impl ListDelegatedAdministratorsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let service_principal = d.member(
            "ServicePrincipal",
            "servicePrincipal",
            false,
            d_service_principal,
        );
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            service_principal,
            next_token,
            max_results,
        })
    }
}

impl ListDelegatedServicesForAccountRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_id = d.member("AccountId", "accountId", true, d_account_id);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            account_id: account_id?,
            next_token,
            max_results,
        })
    }
}

impl ListEffectivePolicyValidationErrorsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_id = d.member("AccountId", "accountId", true, d_account_id);
        let policy_type = d.member("PolicyType", "policyType", true, d_effective_policy_type);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            account_id: account_id?,
            policy_type: policy_type?,
            next_token,
            max_results,
        })
    }
}

impl ListHandshakesForAccountRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let filter = d.member("Filter", "filter", false, d_handshake_filter);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            filter,
            next_token,
            max_results,
        })
    }
}

impl ListHandshakesForOrganizationRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let filter = d.member("Filter", "filter", false, d_handshake_filter);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            filter,
            next_token,
            max_results,
        })
    }
}

impl ListInboundResponsibilityTransfersRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let r#type = d.member("Type", "type", true, d_responsibility_transfer_type);
        let id = d.member("Id", "id", false, d_responsibility_transfer_id);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            r#type: r#type?,
            id,
            next_token,
            max_results,
        })
    }
}

impl ListOrganizationalUnitsForParentRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let parent_id = d.member("ParentId", "parentId", true, d_parent_id);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            parent_id: parent_id?,
            next_token,
            max_results,
        })
    }
}

impl ListOutboundResponsibilityTransfersRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let r#type = d.member("Type", "type", true, d_responsibility_transfer_type);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            r#type: r#type?,
            next_token,
            max_results,
        })
    }
}

impl ListParentsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let child_id = d.member("ChildId", "childId", true, d_child_id);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            child_id: child_id?,
            next_token,
            max_results,
        })
    }
}

impl ListPoliciesForTargetRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let target_id = d.member("TargetId", "targetId", true, d_policy_target_id);
        let filter = d.member("Filter", "filter", true, d_policy_type);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            target_id: target_id?,
            filter: filter?,
            next_token,
            max_results,
        })
    }
}

impl ListPoliciesRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let filter = d.member("Filter", "filter", true, d_policy_type);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            filter: filter?,
            next_token,
            max_results,
        })
    }
}

impl ListRootsRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            next_token,
            max_results,
        })
    }
}

impl ListTagsForResourceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let resource_id = d.member("ResourceId", "resourceId", true, d_taggable_resource_id);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        Some(Self {
            resource_id: resource_id?,
            next_token,
        })
    }
}

impl ListTargetsForPolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_id = d.member("PolicyId", "policyId", true, d_policy_id);
        let next_token = d.member("NextToken", "nextToken", false, d_next_token);
        let max_results = d.member("MaxResults", "maxResults", false, d_max_results);
        Some(Self {
            policy_id: policy_id?,
            next_token,
            max_results,
        })
    }
}

impl MoveAccountRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_id = d.member("AccountId", "accountId", true, d_account_id);
        let source_parent_id = d.member("SourceParentId", "sourceParentId", true, d_parent_id);
        let destination_parent_id = d.member(
            "DestinationParentId",
            "destinationParentId",
            true,
            d_parent_id,
        );
        Some(Self {
            account_id: account_id?,
            source_parent_id: source_parent_id?,
            destination_parent_id: destination_parent_id?,
        })
    }
}

impl PutResourcePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let content = d.member("Content", "content", true, d_resource_policy_content);
        let tags = d.member("Tags", "tags", false, d_tags);
        Some(Self {
            content: content?,
            tags,
        })
    }
}

impl RegisterDelegatedAdministratorRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_id = d.member("AccountId", "accountId", true, d_account_id);
        let service_principal = d.member(
            "ServicePrincipal",
            "servicePrincipal",
            true,
            d_service_principal,
        );
        Some(Self {
            account_id: account_id?,
            service_principal: service_principal?,
        })
    }
}

impl RemoveAccountFromOrganizationRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let account_id = d.member("AccountId", "accountId", true, d_account_id);
        Some(Self {
            account_id: account_id?,
        })
    }
}

impl Tag {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let key = d.member("Key", "key", true, d_tag_key);
        let value = d.member("Value", "value", true, d_tag_value);
        Some(Self {
            key: key?,
            value: value?,
        })
    }
}

impl TagResourceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let resource_id = d.member("ResourceId", "resourceId", true, d_taggable_resource_id);
        let tags = d.member("Tags", "tags", true, d_tags);
        Some(Self {
            resource_id: resource_id?,
            tags: tags?,
        })
    }
}

impl TerminateResponsibilityTransferRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let id = d.member("Id", "id", true, d_responsibility_transfer_id);
        let end_timestamp = d.member("EndTimestamp", "endTimestamp", false, d_timestamp);
        Some(Self {
            id: id?,
            end_timestamp,
        })
    }
}

impl UntagResourceRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let resource_id = d.member("ResourceId", "resourceId", true, d_taggable_resource_id);
        let tag_keys = d.member("TagKeys", "tagKeys", true, d_tag_keys);
        Some(Self {
            resource_id: resource_id?,
            tag_keys: tag_keys?,
        })
    }
}

impl UpdateOrganizationalUnitRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let organizational_unit_id = d.member(
            "OrganizationalUnitId",
            "organizationalUnitId",
            true,
            d_organizational_unit_id,
        );
        let name = d.member("Name", "name", false, d_organizational_unit_name);
        Some(Self {
            organizational_unit_id: organizational_unit_id?,
            name,
        })
    }
}

impl UpdatePolicyRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let policy_id = d.member("PolicyId", "policyId", true, d_policy_id);
        let name = d.member("Name", "name", false, d_policy_name);
        let description = d.member("Description", "description", false, d_policy_description);
        let content = d.member("Content", "content", false, d_policy_content);
        Some(Self {
            policy_id: policy_id?,
            name,
            description,
            content,
        })
    }
}

impl UpdateResponsibilityTransferRequest {
    pub(super) fn decode_members(d: &mut Decoder<'_>) -> Option<Self> {
        let id = d.member("Id", "id", true, d_responsibility_transfer_id);
        let name = d.member("Name", "name", true, d_responsibility_transfer_name);
        Some(Self {
            id: id?,
            name: name?,
        })
    }
}

fn d_account_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ACCOUNT_ID).map(str::to_owned)
}

fn d_action_type(d: &mut Decoder<'_>) -> Option<ActionType> {
    d.text(&S_ACTION_TYPE).and_then(ActionType::parse)
}

fn d_child_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CHILD_ID).map(str::to_owned)
}

fn d_child_type(d: &mut Decoder<'_>) -> Option<ChildType> {
    d.text(&S_CHILD_TYPE).and_then(ChildType::parse)
}

fn d_create_account_name(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CREATE_ACCOUNT_NAME).map(str::to_owned)
}

fn d_create_account_request_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_CREATE_ACCOUNT_REQUEST_ID).map(str::to_owned)
}

fn d_create_account_state(d: &mut Decoder<'_>) -> Option<CreateAccountState> {
    d.text(&S_CREATE_ACCOUNT_STATE)
        .and_then(CreateAccountState::parse)
}

fn d_create_account_states(d: &mut Decoder<'_>) -> Option<Vec<CreateAccountState>> {
    d.list(&C_CREATE_ACCOUNT_STATES, d_create_account_state)
}

fn d_effective_policy_type(d: &mut Decoder<'_>) -> Option<EffectivePolicyType> {
    d.text(&S_EFFECTIVE_POLICY_TYPE)
        .and_then(EffectivePolicyType::parse)
}

fn d_email(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_EMAIL).map(str::to_owned)
}

fn d_handshake_filter(d: &mut Decoder<'_>) -> Option<HandshakeFilter> {
    if !d.has_children() {
        return None;
    }
    HandshakeFilter::decode_members(d)
}

fn d_handshake_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_HANDSHAKE_ID).map(str::to_owned)
}

fn d_handshake_notes(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_HANDSHAKE_NOTES).map(str::to_owned)
}

fn d_handshake_party(d: &mut Decoder<'_>) -> Option<HandshakeParty> {
    if !d.has_children() {
        return None;
    }
    HandshakeParty::decode_members(d)
}

fn d_handshake_party_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_HANDSHAKE_PARTY_ID).map(str::to_owned)
}

fn d_handshake_party_type(d: &mut Decoder<'_>) -> Option<HandshakePartyType> {
    d.text(&S_HANDSHAKE_PARTY_TYPE)
        .and_then(HandshakePartyType::parse)
}

fn d_iam_user_access_to_billing(d: &mut Decoder<'_>) -> Option<IAMUserAccessToBilling> {
    d.text(&S_IAM_USER_ACCESS_TO_BILLING)
        .and_then(IAMUserAccessToBilling::parse)
}

fn d_max_results(d: &mut Decoder<'_>) -> Option<i32> {
    d.integer(&I_MAX_RESULTS)
}

fn d_next_token(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_NEXT_TOKEN).map(str::to_owned)
}

fn d_organization_feature_set(d: &mut Decoder<'_>) -> Option<OrganizationFeatureSet> {
    d.text(&S_ORGANIZATION_FEATURE_SET)
        .and_then(OrganizationFeatureSet::parse)
}

fn d_organizational_unit_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ORGANIZATIONAL_UNIT_ID).map(str::to_owned)
}

fn d_organizational_unit_name(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ORGANIZATIONAL_UNIT_NAME).map(str::to_owned)
}

fn d_parent_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_PARENT_ID).map(str::to_owned)
}

fn d_policy_content(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_CONTENT).map(str::to_owned)
}

fn d_policy_description(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_DESCRIPTION).map(str::to_owned)
}

fn d_policy_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_ID).map(str::to_owned)
}

fn d_policy_name(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_NAME).map(str::to_owned)
}

fn d_policy_target_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_POLICY_TARGET_ID).map(str::to_owned)
}

fn d_policy_type(d: &mut Decoder<'_>) -> Option<PolicyType> {
    d.text(&S_POLICY_TYPE).and_then(PolicyType::parse)
}

fn d_resource_policy_content(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_RESOURCE_POLICY_CONTENT).map(str::to_owned)
}

fn d_responsibility_transfer_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_RESPONSIBILITY_TRANSFER_ID).map(str::to_owned)
}

fn d_responsibility_transfer_name(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_RESPONSIBILITY_TRANSFER_NAME).map(str::to_owned)
}

fn d_responsibility_transfer_type(d: &mut Decoder<'_>) -> Option<ResponsibilityTransferType> {
    d.text(&S_RESPONSIBILITY_TRANSFER_TYPE)
        .and_then(ResponsibilityTransferType::parse)
}

fn d_role_name(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ROLE_NAME).map(str::to_owned)
}

fn d_root_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_ROOT_ID).map(str::to_owned)
}

fn d_service_principal(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_SERVICE_PRINCIPAL).map(str::to_owned)
}

fn d_tag(d: &mut Decoder<'_>) -> Option<Tag> {
    if !d.has_children() {
        return None;
    }
    Tag::decode_members(d)
}

fn d_tag_key(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_TAG_KEY).map(str::to_owned)
}

fn d_tag_keys(d: &mut Decoder<'_>) -> Option<Vec<String>> {
    d.text_list(&C_TAG_KEYS, &S_TAG_KEY)
}

fn d_tag_value(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_TAG_VALUE).map(str::to_owned)
}

fn d_taggable_resource_id(d: &mut Decoder<'_>) -> Option<String> {
    d.text(&S_TAGGABLE_RESOURCE_ID).map(str::to_owned)
}

fn d_tags(d: &mut Decoder<'_>) -> Option<Vec<Tag>> {
    d.list(&C_TAGS, d_tag)
}

fn d_timestamp(d: &mut Decoder<'_>) -> Option<OffsetDateTime> {
    d.timestamp()
}
