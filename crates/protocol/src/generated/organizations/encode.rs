//! ORGANIZATIONS encoders: output shapes as JSON.
//!
//! Generated from `models/organizations-2016-11-28.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use crate::encode::{JsonBody, JsonWriter};

impl JsonBody for AcceptHandshakeResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshake {
            w.open("Handshake");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for Account {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.email {
            w.text("Email", v);
        }
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.state {
            w.text("State", v.as_str());
        }
        if let Some(v) = &self.paths {
            w.open_list("Paths");
            for item in v {
                w.item_text(item);
            }
            w.close_list();
        }
        if let Some(v) = &self.joined_method {
            w.text("JoinedMethod", v.as_str());
        }
        if let Some(v) = &self.joined_timestamp {
            w.timestamp("JoinedTimestamp", v);
        }
    }
}

impl JsonBody for CancelHandshakeResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshake {
            w.open("Handshake");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for Child {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
    }
}

impl JsonBody for CreateAccountResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.create_account_status {
            w.open("CreateAccountStatus");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for CreateAccountStatus {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.account_name {
            w.text("AccountName", v);
        }
        if let Some(v) = &self.state {
            w.text("State", v.as_str());
        }
        if let Some(v) = &self.requested_timestamp {
            w.timestamp("RequestedTimestamp", v);
        }
        if let Some(v) = &self.completed_timestamp {
            w.timestamp("CompletedTimestamp", v);
        }
        if let Some(v) = &self.account_id {
            w.text("AccountId", v);
        }
        if let Some(v) = &self.gov_cloud_account_id {
            w.text("GovCloudAccountId", v);
        }
        if let Some(v) = &self.failure_reason {
            w.text("FailureReason", v.as_str());
        }
    }
}

impl JsonBody for CreateGovCloudAccountResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.create_account_status {
            w.open("CreateAccountStatus");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for CreateOrganizationResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.organization {
            w.open("Organization");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for CreateOrganizationalUnitResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.organizational_unit {
            w.open("OrganizationalUnit");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for CreatePolicyResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.policy {
            w.open("Policy");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DeclineHandshakeResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshake {
            w.open("Handshake");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DelegatedAdministrator {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.email {
            w.text("Email", v);
        }
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.state {
            w.text("State", v.as_str());
        }
        if let Some(v) = &self.joined_method {
            w.text("JoinedMethod", v.as_str());
        }
        if let Some(v) = &self.joined_timestamp {
            w.timestamp("JoinedTimestamp", v);
        }
        if let Some(v) = &self.delegation_enabled_date {
            w.timestamp("DelegationEnabledDate", v);
        }
    }
}

impl JsonBody for DelegatedService {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.service_principal {
            w.text("ServicePrincipal", v);
        }
        if let Some(v) = &self.delegation_enabled_date {
            w.timestamp("DelegationEnabledDate", v);
        }
    }
}

impl JsonBody for DescribeAccountResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.account {
            w.open("Account");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DescribeCreateAccountStatusResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.create_account_status {
            w.open("CreateAccountStatus");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DescribeEffectivePolicyResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.effective_policy {
            w.open("EffectivePolicy");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DescribeHandshakeResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshake {
            w.open("Handshake");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DescribeOrganizationResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.organization {
            w.open("Organization");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DescribeOrganizationalUnitResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.organizational_unit {
            w.open("OrganizationalUnit");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DescribePolicyResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.policy {
            w.open("Policy");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DescribeResourcePolicyResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.resource_policy {
            w.open("ResourcePolicy");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DescribeResponsibilityTransferResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.responsibility_transfer {
            w.open("ResponsibilityTransfer");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for DisablePolicyTypeResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.root {
            w.open("Root");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for EffectivePolicy {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.policy_content {
            w.text("PolicyContent", v);
        }
        if let Some(v) = &self.last_updated_timestamp {
            w.timestamp("LastUpdatedTimestamp", v);
        }
        if let Some(v) = &self.target_id {
            w.text("TargetId", v);
        }
        if let Some(v) = &self.policy_type {
            w.text("PolicyType", v.as_str());
        }
    }
}

impl JsonBody for EffectivePolicyValidationError {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.error_code {
            w.text("ErrorCode", v);
        }
        if let Some(v) = &self.error_message {
            w.text("ErrorMessage", v);
        }
        if let Some(v) = &self.path_to_error {
            w.text("PathToError", v);
        }
        if let Some(v) = &self.contributing_policies {
            w.open_list("ContributingPolicies");
            for item in v {
                w.item_text(item);
            }
            w.close_list();
        }
    }
}

impl JsonBody for EnableAllFeaturesResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshake {
            w.open("Handshake");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for EnablePolicyTypeResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.root {
            w.open("Root");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for EnabledServicePrincipal {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.service_principal {
            w.text("ServicePrincipal", v);
        }
        if let Some(v) = &self.date_enabled {
            w.timestamp("DateEnabled", v);
        }
    }
}

impl JsonBody for Handshake {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.parties {
            w.open_list("Parties");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.state {
            w.text("State", v.as_str());
        }
        if let Some(v) = &self.requested_timestamp {
            w.timestamp("RequestedTimestamp", v);
        }
        if let Some(v) = &self.expiration_timestamp {
            w.timestamp("ExpirationTimestamp", v);
        }
        if let Some(v) = &self.action {
            w.text("Action", v.as_str());
        }
        if let Some(v) = &self.resources {
            w.open_list("Resources");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
    }
}

impl JsonBody for HandshakeParty {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.id;
            w.text("Id", v);
        }
        {
            let v = &self.r#type;
            w.text("Type", v.as_str());
        }
    }
}

impl JsonBody for HandshakeResource {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.value {
            w.text("Value", v);
        }
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
        if let Some(v) = &self.resources {
            w.open_list("Resources");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
    }
}

impl JsonBody for InviteAccountToOrganizationResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshake {
            w.open("Handshake");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for InviteOrganizationToTransferResponsibilityResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshake {
            w.open("Handshake");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for ListAWSServiceAccessForOrganizationResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.enabled_service_principals {
            w.open_list("EnabledServicePrincipals");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListAccountsForParentResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.accounts {
            w.open_list("Accounts");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListAccountsResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.accounts {
            w.open_list("Accounts");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListAccountsWithInvalidEffectivePolicyResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.accounts {
            w.open_list("Accounts");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.policy_type {
            w.text("PolicyType", v.as_str());
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListChildrenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.children {
            w.open_list("Children");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListCreateAccountStatusResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.create_account_statuses {
            w.open_list("CreateAccountStatuses");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListDelegatedAdministratorsResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.delegated_administrators {
            w.open_list("DelegatedAdministrators");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListDelegatedServicesForAccountResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.delegated_services {
            w.open_list("DelegatedServices");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListEffectivePolicyValidationErrorsResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.account_id {
            w.text("AccountId", v);
        }
        if let Some(v) = &self.policy_type {
            w.text("PolicyType", v.as_str());
        }
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.evaluation_timestamp {
            w.timestamp("EvaluationTimestamp", v);
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
        if let Some(v) = &self.effective_policy_validation_errors {
            w.open_list("EffectivePolicyValidationErrors");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
    }
}

impl JsonBody for ListHandshakesForAccountResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshakes {
            w.open_list("Handshakes");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListHandshakesForOrganizationResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.handshakes {
            w.open_list("Handshakes");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListInboundResponsibilityTransfersResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.responsibility_transfers {
            w.open_list("ResponsibilityTransfers");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListOrganizationalUnitsForParentResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.organizational_units {
            w.open_list("OrganizationalUnits");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListOutboundResponsibilityTransfersResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.responsibility_transfers {
            w.open_list("ResponsibilityTransfers");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListParentsResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.parents {
            w.open_list("Parents");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListPoliciesForTargetResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.policies {
            w.open_list("Policies");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListPoliciesResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.policies {
            w.open_list("Policies");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListRootsResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.roots {
            w.open_list("Roots");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListTagsForResourceResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.tags {
            w.open_list("Tags");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for ListTargetsForPolicyResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.targets {
            w.open_list("Targets");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
        if let Some(v) = &self.next_token {
            w.text("NextToken", v);
        }
    }
}

impl JsonBody for Organization {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.feature_set {
            w.text("FeatureSet", v.as_str());
        }
        if let Some(v) = &self.master_account_arn {
            w.text("MasterAccountArn", v);
        }
        if let Some(v) = &self.master_account_id {
            w.text("MasterAccountId", v);
        }
        if let Some(v) = &self.master_account_email {
            w.text("MasterAccountEmail", v);
        }
        if let Some(v) = &self.available_policy_types {
            w.open_list("AvailablePolicyTypes");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
    }
}

impl JsonBody for OrganizationalUnit {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
    }
}

impl JsonBody for Parent {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
    }
}

impl JsonBody for Policy {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.policy_summary {
            w.open("PolicySummary");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.content {
            w.text("Content", v);
        }
    }
}

impl JsonBody for PolicySummary {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
        if let Some(v) = &self.aws_managed {
            w.boolean("AwsManaged", *v);
        }
    }
}

impl JsonBody for PolicyTargetSummary {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.target_id {
            w.text("TargetId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
    }
}

impl JsonBody for PolicyTypeSummary {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
    }
}

impl JsonBody for PutResourcePolicyResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.resource_policy {
            w.open("ResourcePolicy");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for ResourcePolicy {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.resource_policy_summary {
            w.open("ResourcePolicySummary");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.content {
            w.text("Content", v);
        }
    }
}

impl JsonBody for ResourcePolicySummary {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
    }
}

impl JsonBody for ResponsibilityTransfer {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.source {
            w.open("Source");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.target {
            w.open("Target");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.start_timestamp {
            w.timestamp("StartTimestamp", v);
        }
        if let Some(v) = &self.end_timestamp {
            w.timestamp("EndTimestamp", v);
        }
        if let Some(v) = &self.active_handshake_id {
            w.text("ActiveHandshakeId", v);
        }
    }
}

impl JsonBody for Root {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.id {
            w.text("Id", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.policy_types {
            w.open_list("PolicyTypes");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
    }
}

impl JsonBody for Tag {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.key;
            w.text("Key", v);
        }
        {
            let v = &self.value;
            w.text("Value", v);
        }
    }
}

impl JsonBody for TerminateResponsibilityTransferResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.responsibility_transfer {
            w.open("ResponsibilityTransfer");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for TransferParticipant {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.management_account_id {
            w.text("ManagementAccountId", v);
        }
        if let Some(v) = &self.management_account_email {
            w.text("ManagementAccountEmail", v);
        }
    }
}

impl JsonBody for UpdateOrganizationalUnitResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.organizational_unit {
            w.open("OrganizationalUnit");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for UpdatePolicyResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.policy {
            w.open("Policy");
            v.write_json(w);
            w.close();
        }
    }
}

impl JsonBody for UpdateResponsibilityTransferResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.responsibility_transfer {
            w.open("ResponsibilityTransfer");
            v.write_json(w);
            w.close();
        }
    }
}
