//! IAM encoders: output shapes as XML.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use crate::encode::{XmlBody, XmlWriter};

impl XmlBody for AccessDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
        {
            let v = &self.service_namespace;
            w.text("ServiceNamespace", v);
        }
        if let Some(v) = &self.region {
            w.text("Region", v);
        }
        if let Some(v) = &self.entity_path {
            w.text("EntityPath", v);
        }
        if let Some(v) = &self.last_authenticated_time {
            w.timestamp("LastAuthenticatedTime", v);
        }
        if let Some(v) = &self.total_authenticated_entities {
            w.integer("TotalAuthenticatedEntities", i64::from(*v));
        }
    }
}

impl XmlBody for AccessKey {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.access_key_id;
            w.text("AccessKeyId", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        {
            let v = &self.secret_access_key;
            w.text("SecretAccessKey", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for AccessKeyLastUsed {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.last_used_date {
            w.timestamp("LastUsedDate", v);
        }
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
        {
            let v = &self.region;
            w.text("Region", v);
        }
    }
}

impl XmlBody for AccessKeyMetadata {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        if let Some(v) = &self.access_key_id {
            w.text("AccessKeyId", v);
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for AcquireRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role;
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for AttachedPermissionsBoundary {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.permissions_boundary_type {
            w.text("PermissionsBoundaryType", v.as_str());
        }
        if let Some(v) = &self.permissions_boundary_arn {
            w.text("PermissionsBoundaryArn", v);
        }
    }
}

impl XmlBody for AttachedPolicy {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_name {
            w.text("PolicyName", v);
        }
        if let Some(v) = &self.policy_arn {
            w.text("PolicyArn", v);
        }
    }
}

impl XmlBody for ContextProvider {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.key_definition_list {
            w.open("KeyDefinitionList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("KeyDefinitionList");
        }
        {
            let v = &self.subject_source_key;
            w.text("SubjectSourceKey", v);
        }
        if let Some(v) = &self.subject_type_value {
            w.text("SubjectTypeValue", v);
        }
        if let Some(v) = &self.subject_type_source_key {
            w.text("SubjectTypeSourceKey", v);
        }
    }
}

impl XmlBody for ContextProviderKeyDefinition {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.source_key;
            w.text("SourceKey", v);
        }
        if let Some(v) = &self.target_key {
            w.text("TargetKey", v);
        }
    }
}

impl XmlBody for CreateAccessKeyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.access_key;
            w.open("AccessKey");
            v.write_xml(w);
            w.close("AccessKey");
        }
    }
}

impl XmlBody for CreateDelegationRequestResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.console_deep_link {
            w.text("ConsoleDeepLink", v);
        }
        if let Some(v) = &self.delegation_request_id {
            w.text("DelegationRequestId", v);
        }
    }
}

impl XmlBody for CreateGroupResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.group;
            w.open("Group");
            v.write_xml(w);
            w.close("Group");
        }
    }
}

impl XmlBody for CreateInstanceProfileResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.instance_profile;
            w.open("InstanceProfile");
            v.write_xml(w);
            w.close("InstanceProfile");
        }
    }
}

impl XmlBody for CreateLoginProfileResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.login_profile;
            w.open("LoginProfile");
            v.write_xml(w);
            w.close("LoginProfile");
        }
    }
}

impl XmlBody for CreateOpenIDConnectProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.open_id_connect_provider_arn {
            w.text("OpenIDConnectProviderArn", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for CreatePolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy {
            w.open("Policy");
            v.write_xml(w);
            w.close("Policy");
        }
    }
}

impl XmlBody for CreatePolicyVersionResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_version {
            w.open("PolicyVersion");
            v.write_xml(w);
            w.close("PolicyVersion");
        }
    }
}

impl XmlBody for CreateRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role;
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for CreateSAMLProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.saml_provider_arn {
            w.text("SAMLProviderArn", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for CreateServiceLinkedRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.role {
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for CreateServiceSpecificCredentialResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.service_specific_credential {
            w.open("ServiceSpecificCredential");
            v.write_xml(w);
            w.close("ServiceSpecificCredential");
        }
    }
}

impl XmlBody for CreateUserResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user {
            w.open("User");
            v.write_xml(w);
            w.close("User");
        }
    }
}

impl XmlBody for CreateVirtualMFADeviceResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.virtual_mfa_device;
            w.open("VirtualMFADevice");
            v.write_xml(w);
            w.close("VirtualMFADevice");
        }
    }
}

impl XmlBody for CreateWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for CreateWorkloadIdentityProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.provider_name;
            w.text("ProviderName", v);
        }
        {
            let v = &self.provider_id;
            w.text("ProviderId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        {
            let v = &self.scheme;
            w.text("Scheme", v.as_str());
        }
        if let Some(v) = &self.workload_identity_domain {
            w.text("WorkloadIdentityDomain", v);
        }
        if let Some(v) = &self.outbound_signers {
            w.open("OutboundSigners");
            v.write_xml(w);
            w.close("OutboundSigners");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for CreateWorkloadIdentityTemplateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.template_id;
            w.text("TemplateId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        if let Some(v) = &self.path_prefix {
            w.text("PathPrefix", v);
        }
        {
            let v = &self.path_pattern;
            w.text("PathPattern", v);
        }
        if let Some(v) = &self.attestation_policy {
            w.policy_document("AttestationPolicy", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for DelegationPermission {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_template_arn {
            w.text("PolicyTemplateArn", v);
        }
        if let Some(v) = &self.parameters {
            w.open("Parameters");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Parameters");
        }
    }
}

impl XmlBody for DelegationRequest {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.delegation_request_id {
            w.text("DelegationRequestId", v);
        }
        if let Some(v) = &self.owner_account_id {
            w.text("OwnerAccountId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.request_message {
            w.text("RequestMessage", v);
        }
        if let Some(v) = &self.permissions {
            w.open("Permissions");
            v.write_xml(w);
            w.close("Permissions");
        }
        if let Some(v) = &self.permission_policy {
            w.text("PermissionPolicy", v);
        }
        if let Some(v) = &self.role_permission_restriction_arns {
            w.open("RolePermissionRestrictionArns");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("RolePermissionRestrictionArns");
        }
        if let Some(v) = &self.owner_id {
            w.text("OwnerId", v);
        }
        if let Some(v) = &self.approver_id {
            w.text("ApproverId", v);
        }
        if let Some(v) = &self.state {
            w.text("State", v.as_str());
        }
        if let Some(v) = &self.expiration_time {
            w.timestamp("ExpirationTime", v);
        }
        if let Some(v) = &self.requestor_id {
            w.text("RequestorId", v);
        }
        if let Some(v) = &self.requestor_name {
            w.text("RequestorName", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.session_duration {
            w.integer("SessionDuration", i64::from(*v));
        }
        if let Some(v) = &self.redirect_url {
            w.text("RedirectUrl", v);
        }
        if let Some(v) = &self.notes {
            w.text("Notes", v);
        }
        if let Some(v) = &self.rejection_reason {
            w.text("RejectionReason", v);
        }
        if let Some(v) = &self.only_send_by_owner {
            w.boolean("OnlySendByOwner", *v);
        }
        if let Some(v) = &self.updated_time {
            w.timestamp("UpdatedTime", v);
        }
    }
}

impl XmlBody for DeleteServiceLinkedRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.deletion_task_id;
            w.text("DeletionTaskId", v);
        }
    }
}

impl XmlBody for DeleteWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        {
            let v = &self.outbound_signer;
            w.open("OutboundSigner");
            v.write_xml(w);
            w.close("OutboundSigner");
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
    }
}

impl XmlBody for DeleteWorkloadIdentityProviderResourcePolicyResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for DeleteWorkloadIdentityProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.deletion_task_id {
            w.text("DeletionTaskId", v);
        }
    }
}

impl XmlBody for DeleteWorkloadIdentityTemplateAttestationPolicyResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for DeleteWorkloadIdentityTemplateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_template_arn;
            w.text("WorkloadIdentityTemplateArn", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
    }
}

impl XmlBody for DeletionTaskFailureReasonType {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.reason {
            w.text("Reason", v);
        }
        if let Some(v) = &self.role_usage_list {
            w.open("RoleUsageList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("RoleUsageList");
        }
    }
}

impl XmlBody for DisableOrganizationLevelResourcesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for DisableOrganizationsRootCredentialsManagementResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for DisableOrganizationsRootSessionsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for DisableWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for EnableOrganizationLevelResourcesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for EnableOrganizationsRootCredentialsManagementResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for EnableOrganizationsRootSessionsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for EnableOutboundWebIdentityFederationResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.issuer_identifier {
            w.text("IssuerIdentifier", v);
        }
    }
}

impl XmlBody for EnableWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for EntityDetails {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.entity_info;
            w.open("EntityInfo");
            v.write_xml(w);
            w.close("EntityInfo");
        }
        if let Some(v) = &self.last_authenticated {
            w.timestamp("LastAuthenticated", v);
        }
    }
}

impl XmlBody for EntityInfo {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.r#type;
            w.text("Type", v.as_str());
        }
        {
            let v = &self.id;
            w.text("Id", v);
        }
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
    }
}

impl XmlBody for ErrorDetails {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.message;
            w.text("Message", v);
        }
        {
            let v = &self.code;
            w.text("Code", v);
        }
    }
}

impl XmlBody for EvaluationResult {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.eval_action_name;
            w.text("EvalActionName", v);
        }
        if let Some(v) = &self.eval_resource_name {
            w.text("EvalResourceName", v);
        }
        {
            let v = &self.eval_decision;
            w.text("EvalDecision", v.as_str());
        }
        if let Some(v) = &self.matched_statements {
            w.open("MatchedStatements");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("MatchedStatements");
        }
        if let Some(v) = &self.missing_context_values {
            w.open("MissingContextValues");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("MissingContextValues");
        }
        if let Some(v) = &self.organizations_decision_detail {
            w.open("OrganizationsDecisionDetail");
            v.write_xml(w);
            w.close("OrganizationsDecisionDetail");
        }
        if let Some(v) = &self.permissions_boundary_decision_detail {
            w.open("PermissionsBoundaryDecisionDetail");
            v.write_xml(w);
            w.close("PermissionsBoundaryDecisionDetail");
        }
        if let Some(v) = &self.eval_decision_details {
            w.open("EvalDecisionDetails");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0.as_str());
                w.close("entry");
            }
            w.close("EvalDecisionDetails");
        }
        if let Some(v) = &self.resource_specific_results {
            w.open("ResourceSpecificResults");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ResourceSpecificResults");
        }
    }
}

impl XmlBody for GenerateCredentialReportResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.state {
            w.text("State", v.as_str());
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
    }
}

impl XmlBody for GenerateOrganizationsAccessReportResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.job_id {
            w.text("JobId", v);
        }
    }
}

impl XmlBody for GenerateServiceLastAccessedDetailsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.job_id {
            w.text("JobId", v);
        }
    }
}

impl XmlBody for GetAccessKeyLastUsedResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        if let Some(v) = &self.access_key_last_used {
            w.open("AccessKeyLastUsed");
            v.write_xml(w);
            w.close("AccessKeyLastUsed");
        }
    }
}

impl XmlBody for GetAccountAuthorizationDetailsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_detail_list {
            w.open("UserDetailList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("UserDetailList");
        }
        if let Some(v) = &self.group_detail_list {
            w.open("GroupDetailList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("GroupDetailList");
        }
        if let Some(v) = &self.role_detail_list {
            w.open("RoleDetailList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("RoleDetailList");
        }
        if let Some(v) = &self.policies {
            w.open("Policies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Policies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for GetAccountPasswordPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.password_policy;
            w.open("PasswordPolicy");
            v.write_xml(w);
            w.close("PasswordPolicy");
        }
    }
}

impl XmlBody for GetAccountPropertiesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.properties {
            w.open("Properties");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0);
                w.close("entry");
            }
            w.close("Properties");
        }
    }
}

impl XmlBody for GetAccountSummaryResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.summary_map {
            w.open("SummaryMap");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0.as_str());
                w.integer("value", i64::from(*value0));
                w.close("entry");
            }
            w.close("SummaryMap");
        }
    }
}

impl XmlBody for GetContextKeysForPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.context_key_names {
            w.open("ContextKeyNames");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("ContextKeyNames");
        }
    }
}

impl XmlBody for GetCredentialReportResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.content {
            w.blob("Content", v);
        }
        if let Some(v) = &self.report_format {
            w.text("ReportFormat", v.as_str());
        }
        if let Some(v) = &self.generated_time {
            w.timestamp("GeneratedTime", v);
        }
    }
}

impl XmlBody for GetDelegationRequestResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.delegation_request {
            w.open("DelegationRequest");
            v.write_xml(w);
            w.close("DelegationRequest");
        }
        if let Some(v) = &self.permission_check_status {
            w.text("PermissionCheckStatus", v.as_str());
        }
        if let Some(v) = &self.permission_check_result {
            w.text("PermissionCheckResult", v.as_str());
        }
    }
}

impl XmlBody for GetGroupPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.group_name;
            w.text("GroupName", v);
        }
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for GetGroupResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.group;
            w.open("Group");
            v.write_xml(w);
            w.close("Group");
        }
        {
            let v = &self.users;
            w.open("Users");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Users");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for GetHumanReadableSummaryResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.summary_content {
            w.text("SummaryContent", v);
        }
        if let Some(v) = &self.locale {
            w.text("Locale", v);
        }
        if let Some(v) = &self.summary_state {
            w.text("SummaryState", v.as_str());
        }
    }
}

impl XmlBody for GetInstanceProfileResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.instance_profile;
            w.open("InstanceProfile");
            v.write_xml(w);
            w.close("InstanceProfile");
        }
    }
}

impl XmlBody for GetLoginProfileResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.login_profile;
            w.open("LoginProfile");
            v.write_xml(w);
            w.close("LoginProfile");
        }
    }
}

impl XmlBody for GetMFADeviceResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        {
            let v = &self.serial_number;
            w.text("SerialNumber", v);
        }
        if let Some(v) = &self.enable_date {
            w.timestamp("EnableDate", v);
        }
        if let Some(v) = &self.certifications {
            w.open("Certifications");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0);
                w.close("entry");
            }
            w.close("Certifications");
        }
    }
}

impl XmlBody for GetOpenIDConnectProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.url {
            w.text("Url", v);
        }
        if let Some(v) = &self.client_id_list {
            w.open("ClientIDList");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("ClientIDList");
        }
        if let Some(v) = &self.thumbprint_list {
            w.open("ThumbprintList");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("ThumbprintList");
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.context_provider {
            w.open("ContextProvider");
            v.write_xml(w);
            w.close("ContextProvider");
        }
        if let Some(v) = &self.identity_center_instance_arn {
            w.text("IdentityCenterInstanceArn", v);
        }
        if let Some(v) = &self.identity_store_arn {
            w.text("IdentityStoreArn", v);
        }
    }
}

impl XmlBody for GetOrganizationsAccessReportResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.job_status;
            w.text("JobStatus", v.as_str());
        }
        {
            let v = &self.job_creation_date;
            w.timestamp("JobCreationDate", v);
        }
        if let Some(v) = &self.job_completion_date {
            w.timestamp("JobCompletionDate", v);
        }
        if let Some(v) = &self.number_of_services_accessible {
            w.integer("NumberOfServicesAccessible", i64::from(*v));
        }
        if let Some(v) = &self.number_of_services_not_accessed {
            w.integer("NumberOfServicesNotAccessed", i64::from(*v));
        }
        if let Some(v) = &self.access_details {
            w.open("AccessDetails");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AccessDetails");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.error_details {
            w.open("ErrorDetails");
            v.write_xml(w);
            w.close("ErrorDetails");
        }
    }
}

impl XmlBody for GetOutboundWebIdentityFederationInfoResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.issuer_identifier {
            w.text("IssuerIdentifier", v);
        }
        if let Some(v) = &self.jwt_vending_enabled {
            w.boolean("JwtVendingEnabled", *v);
        }
    }
}

impl XmlBody for GetPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy {
            w.open("Policy");
            v.write_xml(w);
            w.close("Policy");
        }
    }
}

impl XmlBody for GetPolicyVersionResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_version {
            w.open("PolicyVersion");
            v.write_xml(w);
            w.close("PolicyVersion");
        }
    }
}

impl XmlBody for GetRolePolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role_name;
            w.text("RoleName", v);
        }
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for GetRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role;
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for GetRoleTemplateVersionResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.role_template_version;
            w.open("RoleTemplateVersion");
            v.write_xml(w);
            w.close("RoleTemplateVersion");
        }
    }
}

impl XmlBody for GetSAMLProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.saml_provider_uuid {
            w.text("SAMLProviderUUID", v);
        }
        if let Some(v) = &self.saml_metadata_document {
            w.text("SAMLMetadataDocument", v);
        }
        if let Some(v) = &self.context_provider {
            w.open("ContextProvider");
            v.write_xml(w);
            w.close("ContextProvider");
        }
        if let Some(v) = &self.saml_key_hashes {
            w.open("SAMLKeyHashes");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("SAMLKeyHashes");
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.valid_until {
            w.timestamp("ValidUntil", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.assertion_encryption_mode {
            w.text("AssertionEncryptionMode", v.as_str());
        }
        if let Some(v) = &self.private_key_list {
            w.open("PrivateKeyList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PrivateKeyList");
        }
        if let Some(v) = &self.identity_center_instance_arn {
            w.text("IdentityCenterInstanceArn", v);
        }
        if let Some(v) = &self.identity_store_arn {
            w.text("IdentityStoreArn", v);
        }
    }
}

impl XmlBody for GetSSHPublicKeyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.ssh_public_key {
            w.open("SSHPublicKey");
            v.write_xml(w);
            w.close("SSHPublicKey");
        }
    }
}

impl XmlBody for GetServerCertificateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.server_certificate;
            w.open("ServerCertificate");
            v.write_xml(w);
            w.close("ServerCertificate");
        }
    }
}

impl XmlBody for GetServiceLastAccessedDetailsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.job_status;
            w.text("JobStatus", v.as_str());
        }
        if let Some(v) = &self.job_type {
            w.text("JobType", v.as_str());
        }
        {
            let v = &self.job_creation_date;
            w.timestamp("JobCreationDate", v);
        }
        {
            let v = &self.services_last_accessed;
            w.open("ServicesLastAccessed");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ServicesLastAccessed");
        }
        {
            let v = &self.job_completion_date;
            w.timestamp("JobCompletionDate", v);
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.error {
            w.open("Error");
            v.write_xml(w);
            w.close("Error");
        }
    }
}

impl XmlBody for GetServiceLastAccessedDetailsWithEntitiesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.job_status;
            w.text("JobStatus", v.as_str());
        }
        {
            let v = &self.job_creation_date;
            w.timestamp("JobCreationDate", v);
        }
        {
            let v = &self.job_completion_date;
            w.timestamp("JobCompletionDate", v);
        }
        {
            let v = &self.entity_details_list;
            w.open("EntityDetailsList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("EntityDetailsList");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.error {
            w.open("Error");
            v.write_xml(w);
            w.close("Error");
        }
    }
}

impl XmlBody for GetServiceLinkedRoleDeletionStatusResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.reason {
            w.open("Reason");
            v.write_xml(w);
            w.close("Reason");
        }
    }
}

impl XmlBody for GetUserPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for GetUserResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user;
            w.open("User");
            v.write_xml(w);
            w.close("User");
        }
    }
}

impl XmlBody for GetWorkloadIdentityProviderDeletionStatusResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
    }
}

impl XmlBody for GetWorkloadIdentityProviderResourcePolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for GetWorkloadIdentityProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.provider_name;
            w.text("ProviderName", v);
        }
        {
            let v = &self.provider_id;
            w.text("ProviderId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        {
            let v = &self.scheme;
            w.text("Scheme", v.as_str());
        }
        if let Some(v) = &self.workload_identity_domain {
            w.text("WorkloadIdentityDomain", v);
        }
        if let Some(v) = &self.outbound_signers {
            w.open("OutboundSigners");
            v.write_xml(w);
            w.close("OutboundSigners");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for GetWorkloadIdentityTemplateAttestationPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_template_arn;
            w.text("WorkloadIdentityTemplateArn", v);
        }
        {
            let v = &self.attestation_policy;
            w.policy_document("AttestationPolicy", v);
        }
    }
}

impl XmlBody for GetWorkloadIdentityTemplateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.template_id;
            w.text("TemplateId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        if let Some(v) = &self.path_prefix {
            w.text("PathPrefix", v);
        }
        {
            let v = &self.path_pattern;
            w.text("PathPattern", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for Group {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.group_name;
            w.text("GroupName", v);
        }
        {
            let v = &self.group_id;
            w.text("GroupId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for GroupDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.group_name {
            w.text("GroupName", v);
        }
        if let Some(v) = &self.group_id {
            w.text("GroupId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.group_policy_list {
            w.open("GroupPolicyList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("GroupPolicyList");
        }
        if let Some(v) = &self.attached_managed_policies {
            w.open("AttachedManagedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedManagedPolicies");
        }
    }
}

impl XmlBody for InlinePolicy {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_document;
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for InstanceProfile {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.instance_profile_name;
            w.text("InstanceProfileName", v);
        }
        {
            let v = &self.instance_profile_id;
            w.text("InstanceProfileId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        {
            let v = &self.roles;
            w.open("Roles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Roles");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for ListAccessKeysResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.access_key_metadata;
            w.open("AccessKeyMetadata");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AccessKeyMetadata");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListAccountAliasesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.account_aliases;
            w.open("AccountAliases");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("AccountAliases");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListAttachedGroupPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.attached_policies {
            w.open("AttachedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedPolicies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListAttachedRolePoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.attached_policies {
            w.open("AttachedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedPolicies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListAttachedUserPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.attached_policies {
            w.open("AttachedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedPolicies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListDelegationRequestsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.delegation_requests {
            w.open("DelegationRequests");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("DelegationRequests");
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("isTruncated", *v);
        }
    }
}

impl XmlBody for ListEntitiesForPolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_groups {
            w.open("PolicyGroups");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PolicyGroups");
        }
        if let Some(v) = &self.policy_users {
            w.open("PolicyUsers");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PolicyUsers");
        }
        if let Some(v) = &self.policy_roles {
            w.open("PolicyRoles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PolicyRoles");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListGroupPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_names;
            w.open("PolicyNames");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("PolicyNames");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListGroupsForUserResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.groups;
            w.open("Groups");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Groups");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListGroupsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.groups;
            w.open("Groups");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Groups");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListInstanceProfileTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListInstanceProfilesForRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.instance_profiles;
            w.open("InstanceProfiles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("InstanceProfiles");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListInstanceProfilesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.instance_profiles;
            w.open("InstanceProfiles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("InstanceProfiles");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListMFADeviceTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListMFADevicesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.mfa_devices;
            w.open("MFADevices");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("MFADevices");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListOpenIDConnectProviderTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListOpenIDConnectProvidersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.open_id_connect_provider_list {
            w.open("OpenIDConnectProviderList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("OpenIDConnectProviderList");
        }
    }
}

impl XmlBody for ListOrganizationsFeaturesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.organization_id {
            w.text("OrganizationId", v);
        }
        if let Some(v) = &self.enabled_features {
            w.open("EnabledFeatures");
            for item0 in v {
                w.text("member", item0.as_str());
            }
            w.close("EnabledFeatures");
        }
    }
}

impl XmlBody for ListPoliciesGrantingServiceAccessEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.service_namespace {
            w.text("ServiceNamespace", v);
        }
        if let Some(v) = &self.policies {
            w.open("Policies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Policies");
        }
    }
}

impl XmlBody for ListPoliciesGrantingServiceAccessResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policies_granting_service_access;
            w.open("PoliciesGrantingServiceAccess");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PoliciesGrantingServiceAccess");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policies {
            w.open("Policies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Policies");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListPolicyTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListPolicyVersionsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.versions {
            w.open("Versions");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Versions");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListRolePoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_names;
            w.open("PolicyNames");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("PolicyNames");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListRoleTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListRolesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.roles;
            w.open("Roles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Roles");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListSAMLProviderTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListSAMLProvidersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.saml_provider_list {
            w.open("SAMLProviderList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("SAMLProviderList");
        }
    }
}

impl XmlBody for ListSSHPublicKeysResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.ssh_public_keys {
            w.open("SSHPublicKeys");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("SSHPublicKeys");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListServerCertificateTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListServerCertificatesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.server_certificate_metadata_list;
            w.open("ServerCertificateMetadataList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ServerCertificateMetadataList");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListServiceSpecificCredentialsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.service_specific_credentials {
            w.open("ServiceSpecificCredentials");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ServiceSpecificCredentials");
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
    }
}

impl XmlBody for ListSigningCertificatesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.certificates;
            w.open("Certificates");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Certificates");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListUserPoliciesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_names;
            w.open("PolicyNames");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("PolicyNames");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListUserTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListUsersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.users;
            w.open("Users");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Users");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListVirtualMFADevicesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.virtual_mfa_devices;
            w.open("VirtualMFADevices");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("VirtualMFADevices");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityProviderOutboundSignersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.outbound_signers;
            w.open("OutboundSigners");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("OutboundSigners");
        }
        {
            let v = &self.is_truncated;
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityProviderTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityProvidersResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_providers;
            w.open("WorkloadIdentityProviders");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("WorkloadIdentityProviders");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityTemplateTagsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.tags;
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for ListWorkloadIdentityTemplatesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.workload_identity_templates;
            w.open("WorkloadIdentityTemplates");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("WorkloadIdentityTemplates");
        }
        {
            let v = &self.is_truncated;
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for LoginProfile {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.password_reset_required {
            w.boolean("PasswordResetRequired", *v);
        }
        if let Some(v) = &self.max_signin_session_duration {
            w.integer("MaxSigninSessionDuration", i64::from(*v));
        }
    }
}

impl XmlBody for MFADevice {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.serial_number;
            w.text("SerialNumber", v);
        }
        {
            let v = &self.enable_date;
            w.timestamp("EnableDate", v);
        }
    }
}

impl XmlBody for ManagedPolicyDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_name {
            w.text("PolicyName", v);
        }
        if let Some(v) = &self.policy_id {
            w.text("PolicyId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.default_version_id {
            w.text("DefaultVersionId", v);
        }
        if let Some(v) = &self.attachment_count {
            w.integer("AttachmentCount", i64::from(*v));
        }
        if let Some(v) = &self.permissions_boundary_usage_count {
            w.integer("PermissionsBoundaryUsageCount", i64::from(*v));
        }
        if let Some(v) = &self.is_attachable {
            w.boolean("IsAttachable", *v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.update_date {
            w.timestamp("UpdateDate", v);
        }
        if let Some(v) = &self.policy_version_list {
            w.open("PolicyVersionList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("PolicyVersionList");
        }
    }
}

impl XmlBody for OpenIDConnectProviderListEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.is_trusted_identity_propagation_enabled {
            w.boolean("IsTrustedIdentityPropagationEnabled", *v);
        }
    }
}

impl XmlBody for OrganizationsDecisionDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.allowed_by_organizations {
            w.boolean("AllowedByOrganizations", *v);
        }
    }
}

impl XmlBody for ParameterDefinition {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.r#type;
            w.text("Type", v.as_str());
        }
        if let Some(v) = &self.sub_type {
            w.text("SubType", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.is_required {
            w.boolean("IsRequired", *v);
        }
        if let Some(v) = &self.default_value {
            w.text("DefaultValue", v);
        }
        if let Some(v) = &self.immutable {
            w.boolean("Immutable", *v);
        }
    }
}

impl XmlBody for PasswordPolicy {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.minimum_password_length {
            w.integer("MinimumPasswordLength", i64::from(*v));
        }
        if let Some(v) = &self.require_symbols {
            w.boolean("RequireSymbols", *v);
        }
        if let Some(v) = &self.require_numbers {
            w.boolean("RequireNumbers", *v);
        }
        if let Some(v) = &self.require_uppercase_characters {
            w.boolean("RequireUppercaseCharacters", *v);
        }
        if let Some(v) = &self.require_lowercase_characters {
            w.boolean("RequireLowercaseCharacters", *v);
        }
        if let Some(v) = &self.allow_users_to_change_password {
            w.boolean("AllowUsersToChangePassword", *v);
        }
        if let Some(v) = &self.expire_passwords {
            w.boolean("ExpirePasswords", *v);
        }
        if let Some(v) = &self.max_password_age {
            w.integer("MaxPasswordAge", i64::from(*v));
        }
        if let Some(v) = &self.password_reuse_prevention {
            w.integer("PasswordReusePrevention", i64::from(*v));
        }
        if let Some(v) = &self.hard_expiry {
            w.boolean("HardExpiry", *v);
        }
    }
}

impl XmlBody for PermissionsBoundaryDecisionDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.allowed_by_permissions_boundary {
            w.boolean("AllowedByPermissionsBoundary", *v);
        }
    }
}

impl XmlBody for Policy {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_name {
            w.text("PolicyName", v);
        }
        if let Some(v) = &self.policy_id {
            w.text("PolicyId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.default_version_id {
            w.text("DefaultVersionId", v);
        }
        if let Some(v) = &self.attachment_count {
            w.integer("AttachmentCount", i64::from(*v));
        }
        if let Some(v) = &self.permissions_boundary_usage_count {
            w.integer("PermissionsBoundaryUsageCount", i64::from(*v));
        }
        if let Some(v) = &self.is_attachable {
            w.boolean("IsAttachable", *v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.update_date {
            w.timestamp("UpdateDate", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for PolicyDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.policy_name {
            w.text("PolicyName", v);
        }
        if let Some(v) = &self.policy_document {
            w.policy_document("PolicyDocument", v);
        }
    }
}

impl XmlBody for PolicyGrantingServiceAccess {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.policy_name;
            w.text("PolicyName", v);
        }
        {
            let v = &self.policy_type;
            w.text("PolicyType", v.as_str());
        }
        if let Some(v) = &self.policy_arn {
            w.text("PolicyArn", v);
        }
        if let Some(v) = &self.entity_type {
            w.text("EntityType", v.as_str());
        }
        if let Some(v) = &self.entity_name {
            w.text("EntityName", v);
        }
    }
}

impl XmlBody for PolicyGroup {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.group_name {
            w.text("GroupName", v);
        }
        if let Some(v) = &self.group_id {
            w.text("GroupId", v);
        }
    }
}

impl XmlBody for PolicyParameter {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.name {
            w.text("Name", v);
        }
        if let Some(v) = &self.values {
            w.open("Values");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("Values");
        }
        if let Some(v) = &self.r#type {
            w.text("Type", v.as_str());
        }
    }
}

impl XmlBody for PolicyRole {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.role_name {
            w.text("RoleName", v);
        }
        if let Some(v) = &self.role_id {
            w.text("RoleId", v);
        }
    }
}

impl XmlBody for PolicyUser {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        if let Some(v) = &self.user_id {
            w.text("UserId", v);
        }
    }
}

impl XmlBody for PolicyVersion {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.document {
            w.policy_document("Document", v);
        }
        if let Some(v) = &self.version_id {
            w.text("VersionId", v);
        }
        if let Some(v) = &self.is_default_version {
            w.boolean("IsDefaultVersion", *v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for Position {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.line {
            w.integer("Line", i64::from(*v));
        }
        if let Some(v) = &self.column {
            w.integer("Column", i64::from(*v));
        }
    }
}

impl XmlBody for PutAccountPropertiesResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for PutWorkloadIdentityProviderResourcePolicyResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for PutWorkloadIdentityTemplateAttestationPolicyResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for ResetServiceSpecificCredentialResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.service_specific_credential {
            w.open("ServiceSpecificCredential");
            v.write_xml(w);
            w.close("ServiceSpecificCredential");
        }
    }
}

impl XmlBody for ResourceSpecificResult {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.eval_resource_name;
            w.text("EvalResourceName", v);
        }
        {
            let v = &self.eval_resource_decision;
            w.text("EvalResourceDecision", v.as_str());
        }
        if let Some(v) = &self.matched_statements {
            w.open("MatchedStatements");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("MatchedStatements");
        }
        if let Some(v) = &self.missing_context_values {
            w.open("MissingContextValues");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("MissingContextValues");
        }
        if let Some(v) = &self.eval_decision_details {
            w.open("EvalDecisionDetails");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0.as_str());
                w.close("entry");
            }
            w.close("EvalDecisionDetails");
        }
        if let Some(v) = &self.permissions_boundary_decision_detail {
            w.open("PermissionsBoundaryDecisionDetail");
            v.write_xml(w);
            w.close("PermissionsBoundaryDecisionDetail");
        }
    }
}

impl XmlBody for Role {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.role_name;
            w.text("RoleName", v);
        }
        {
            let v = &self.role_id;
            w.text("RoleId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.assume_role_policy_document {
            w.policy_document("AssumeRolePolicyDocument", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.max_session_duration {
            w.integer("MaxSessionDuration", i64::from(*v));
        }
        if let Some(v) = &self.max_signin_session_duration {
            w.integer("MaxSigninSessionDuration", i64::from(*v));
        }
        if let Some(v) = &self.permissions_boundary {
            w.open("PermissionsBoundary");
            v.write_xml(w);
            w.close("PermissionsBoundary");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.role_last_used {
            w.open("RoleLastUsed");
            v.write_xml(w);
            w.close("RoleLastUsed");
        }
        if let Some(v) = &self.source_role_template {
            w.open("SourceRoleTemplate");
            v.write_xml(w);
            w.close("SourceRoleTemplate");
        }
    }
}

impl XmlBody for RoleDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.role_name {
            w.text("RoleName", v);
        }
        if let Some(v) = &self.role_id {
            w.text("RoleId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.assume_role_policy_document {
            w.policy_document("AssumeRolePolicyDocument", v);
        }
        if let Some(v) = &self.instance_profile_list {
            w.open("InstanceProfileList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("InstanceProfileList");
        }
        if let Some(v) = &self.role_policy_list {
            w.open("RolePolicyList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("RolePolicyList");
        }
        if let Some(v) = &self.attached_managed_policies {
            w.open("AttachedManagedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedManagedPolicies");
        }
        if let Some(v) = &self.permissions_boundary {
            w.open("PermissionsBoundary");
            v.write_xml(w);
            w.close("PermissionsBoundary");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
        if let Some(v) = &self.role_last_used {
            w.open("RoleLastUsed");
            v.write_xml(w);
            w.close("RoleLastUsed");
        }
    }
}

impl XmlBody for RoleLastUsed {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.last_used_date {
            w.timestamp("LastUsedDate", v);
        }
        if let Some(v) = &self.region {
            w.text("Region", v);
        }
    }
}

impl XmlBody for RoleTemplateVersion {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.template_arn {
            w.text("TemplateArn", v);
        }
        if let Some(v) = &self.template_name {
            w.text("TemplateName", v);
        }
        if let Some(v) = &self.template_version_id {
            w.text("TemplateVersionId", v);
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.major_version {
            w.integer("MajorVersion", i64::from(*v));
        }
        if let Some(v) = &self.default_minor_version {
            w.integer("DefaultMinorVersion", i64::from(*v));
        }
        if let Some(v) = &self.managed_by_type {
            w.text("ManagedByType", v.as_str());
        }
        if let Some(v) = &self.managed_by_value {
            w.text("ManagedByValue", v);
        }
        if let Some(v) = &self.enabled {
            w.boolean("Enabled", *v);
        }
        if let Some(v) = &self.minor_version {
            w.integer("MinorVersion", i64::from(*v));
        }
        if let Some(v) = &self.role_name_pattern {
            w.text("RoleNamePattern", v);
        }
        if let Some(v) = &self.role_path_pattern {
            w.text("RolePathPattern", v);
        }
        if let Some(v) = &self.role_description_pattern {
            w.text("RoleDescriptionPattern", v);
        }
        if let Some(v) = &self.assume_role_policy_document_template {
            w.policy_document("AssumeRolePolicyDocumentTemplate", v);
        }
        if let Some(v) = &self.inline_policy_templates {
            w.open("InlinePolicyTemplates");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("InlinePolicyTemplates");
        }
        if let Some(v) = &self.managed_policy_arns {
            w.open("ManagedPolicyArns");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("ManagedPolicyArns");
        }
        if let Some(v) = &self.permission_boundary_arn {
            w.text("PermissionBoundaryArn", v);
        }
        if let Some(v) = &self.parameters_definition {
            w.open("ParametersDefinition");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("ParametersDefinition");
        }
        if let Some(v) = &self.role_tags_template {
            w.open("RoleTagsTemplate");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("RoleTagsTemplate");
        }
        if let Some(v) = &self.max_session_duration {
            w.integer("MaxSessionDuration", i64::from(*v));
        }
        if let Some(v) = &self.version_enabled {
            w.boolean("VersionEnabled", *v);
        }
        if let Some(v) = &self.create_timestamp {
            w.timestamp("CreateTimestamp", v);
        }
        if let Some(v) = &self.update_timestamp {
            w.timestamp("UpdateTimestamp", v);
        }
    }
}

impl XmlBody for RoleUsageType {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.region {
            w.text("Region", v);
        }
        if let Some(v) = &self.resources {
            w.open("Resources");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("Resources");
        }
    }
}

impl XmlBody for SAMLKeyHashEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.issuer_url {
            w.text("IssuerURL", v);
        }
        if let Some(v) = &self.key_hashes {
            w.open("KeyHashes");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("KeyHashes");
        }
    }
}

impl XmlBody for SAMLPrivateKey {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.key_id {
            w.text("KeyId", v);
        }
        if let Some(v) = &self.timestamp {
            w.timestamp("Timestamp", v);
        }
    }
}

impl XmlBody for SAMLProviderListEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.valid_until {
            w.timestamp("ValidUntil", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.is_trusted_identity_propagation_enabled {
            w.boolean("IsTrustedIdentityPropagationEnabled", *v);
        }
    }
}

impl XmlBody for SSHPublicKey {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.ssh_public_key_id;
            w.text("SSHPublicKeyId", v);
        }
        {
            let v = &self.fingerprint;
            w.text("Fingerprint", v);
        }
        {
            let v = &self.ssh_public_key_body;
            w.text("SSHPublicKeyBody", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.upload_date {
            w.timestamp("UploadDate", v);
        }
    }
}

impl XmlBody for SSHPublicKeyMetadata {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.ssh_public_key_id;
            w.text("SSHPublicKeyId", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        {
            let v = &self.upload_date;
            w.timestamp("UploadDate", v);
        }
    }
}

impl XmlBody for ServerCertificate {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.server_certificate_metadata;
            w.open("ServerCertificateMetadata");
            v.write_xml(w);
            w.close("ServerCertificateMetadata");
        }
        {
            let v = &self.certificate_body;
            w.text("CertificateBody", v);
        }
        if let Some(v) = &self.certificate_chain {
            w.text("CertificateChain", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for ServerCertificateMetadata {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.server_certificate_name;
            w.text("ServerCertificateName", v);
        }
        {
            let v = &self.server_certificate_id;
            w.text("ServerCertificateId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        if let Some(v) = &self.upload_date {
            w.timestamp("UploadDate", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
    }
}

impl XmlBody for ServiceLastAccessed {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
        if let Some(v) = &self.last_authenticated {
            w.timestamp("LastAuthenticated", v);
        }
        {
            let v = &self.service_namespace;
            w.text("ServiceNamespace", v);
        }
        if let Some(v) = &self.last_authenticated_entity {
            w.text("LastAuthenticatedEntity", v);
        }
        if let Some(v) = &self.last_authenticated_region {
            w.text("LastAuthenticatedRegion", v);
        }
        if let Some(v) = &self.total_authenticated_entities {
            w.integer("TotalAuthenticatedEntities", i64::from(*v));
        }
        if let Some(v) = &self.tracked_actions_last_accessed {
            w.open("TrackedActionsLastAccessed");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("TrackedActionsLastAccessed");
        }
    }
}

impl XmlBody for ServiceSpecificCredential {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.expiration_date {
            w.timestamp("ExpirationDate", v);
        }
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
        if let Some(v) = &self.service_user_name {
            w.text("ServiceUserName", v);
        }
        if let Some(v) = &self.service_password {
            w.text("ServicePassword", v);
        }
        if let Some(v) = &self.service_credential_alias {
            w.text("ServiceCredentialAlias", v);
        }
        if let Some(v) = &self.service_credential_secret {
            w.text("ServiceCredentialSecret", v);
        }
        {
            let v = &self.service_specific_credential_id;
            w.text("ServiceSpecificCredentialId", v);
        }
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
    }
}

impl XmlBody for ServiceSpecificCredentialMetadata {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.service_user_name {
            w.text("ServiceUserName", v);
        }
        if let Some(v) = &self.service_credential_alias {
            w.text("ServiceCredentialAlias", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.expiration_date {
            w.timestamp("ExpirationDate", v);
        }
        {
            let v = &self.service_specific_credential_id;
            w.text("ServiceSpecificCredentialId", v);
        }
        {
            let v = &self.service_name;
            w.text("ServiceName", v);
        }
    }
}

impl XmlBody for SigningCertificate {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.certificate_id;
            w.text("CertificateId", v);
        }
        {
            let v = &self.certificate_body;
            w.text("CertificateBody", v);
        }
        {
            let v = &self.status;
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.upload_date {
            w.timestamp("UploadDate", v);
        }
    }
}

impl XmlBody for SimulatePolicyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.evaluation_results {
            w.open("EvaluationResults");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("EvaluationResults");
        }
        if let Some(v) = &self.is_truncated {
            w.boolean("IsTruncated", *v);
        }
        if let Some(v) = &self.marker {
            w.text("Marker", v);
        }
    }
}

impl XmlBody for SourceRoleTemplate {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.template_arn;
            w.text("TemplateArn", v);
        }
        {
            let v = &self.template_minor_version;
            w.integer("TemplateMinorVersion", i64::from(*v));
        }
    }
}

impl XmlBody for Statement {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.source_policy_id {
            w.text("SourcePolicyId", v);
        }
        if let Some(v) = &self.source_policy_type {
            w.text("SourcePolicyType", v.as_str());
        }
        if let Some(v) = &self.start_position {
            w.open("StartPosition");
            v.write_xml(w);
            w.close("StartPosition");
        }
        if let Some(v) = &self.end_position {
            w.open("EndPosition");
            v.write_xml(w);
            w.close("EndPosition");
        }
    }
}

impl XmlBody for Tag {
    fn write_xml(&self, w: &mut XmlWriter) {
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

impl XmlBody for TagTemplate {
    fn write_xml(&self, w: &mut XmlWriter) {
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

impl XmlBody for TrackedActionLastAccessed {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.action_name {
            w.text("ActionName", v);
        }
        if let Some(v) = &self.last_accessed_entity {
            w.text("LastAccessedEntity", v);
        }
        if let Some(v) = &self.last_accessed_time {
            w.timestamp("LastAccessedTime", v);
        }
        if let Some(v) = &self.last_accessed_region {
            w.text("LastAccessedRegion", v);
        }
    }
}

impl XmlBody for UpdateRoleDescriptionResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.role {
            w.open("Role");
            v.write_xml(w);
            w.close("Role");
        }
    }
}

impl XmlBody for UpdateRoleResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for UpdateSAMLProviderResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.saml_provider_arn {
            w.text("SAMLProviderArn", v);
        }
    }
}

impl XmlBody for UpdateWorkloadIdentityProviderOutboundSignerResponse {
    fn write_xml(&self, _w: &mut XmlWriter) {}
}

impl XmlBody for UploadSSHPublicKeyResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.ssh_public_key {
            w.open("SSHPublicKey");
            v.write_xml(w);
            w.close("SSHPublicKey");
        }
    }
}

impl XmlBody for UploadServerCertificateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.server_certificate_metadata {
            w.open("ServerCertificateMetadata");
            v.write_xml(w);
            w.close("ServerCertificateMetadata");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for UploadSigningCertificateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.certificate;
            w.open("Certificate");
            v.write_xml(w);
            w.close("Certificate");
        }
    }
}

impl XmlBody for User {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.path;
            w.text("Path", v);
        }
        {
            let v = &self.user_name;
            w.text("UserName", v);
        }
        {
            let v = &self.user_id;
            w.text("UserId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.password_last_used {
            w.timestamp("PasswordLastUsed", v);
        }
        if let Some(v) = &self.permissions_boundary {
            w.open("PermissionsBoundary");
            v.write_xml(w);
            w.close("PermissionsBoundary");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for UserDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.path {
            w.text("Path", v);
        }
        if let Some(v) = &self.user_name {
            w.text("UserName", v);
        }
        if let Some(v) = &self.user_id {
            w.text("UserId", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
        if let Some(v) = &self.create_date {
            w.timestamp("CreateDate", v);
        }
        if let Some(v) = &self.user_policy_list {
            w.open("UserPolicyList");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("UserPolicyList");
        }
        if let Some(v) = &self.group_list {
            w.open("GroupList");
            for item0 in v {
                w.text("member", item0);
            }
            w.close("GroupList");
        }
        if let Some(v) = &self.attached_managed_policies {
            w.open("AttachedManagedPolicies");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("AttachedManagedPolicies");
        }
        if let Some(v) = &self.permissions_boundary {
            w.open("PermissionsBoundary");
            v.write_xml(w);
            w.close("PermissionsBoundary");
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for VirtualMFADevice {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.serial_number;
            w.text("SerialNumber", v);
        }
        if let Some(v) = &self.base32_string_seed {
            w.blob("Base32StringSeed", v);
        }
        if let Some(v) = &self.qr_code_png {
            w.blob("QRCodePNG", v);
        }
        if let Some(v) = &self.user {
            w.open("User");
            v.write_xml(w);
            w.close("User");
        }
        if let Some(v) = &self.enable_date {
            w.timestamp("EnableDate", v);
        }
        if let Some(v) = &self.tags {
            w.open("Tags");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Tags");
        }
    }
}

impl XmlBody for WorkloadIdentityJwtOutboundSignerDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.signing_algorithm {
            w.text("SigningAlgorithm", v);
        }
        if let Some(v) = &self.configuration {
            w.open("Configuration");
            v.write_xml(w);
            w.close("Configuration");
        }
        if let Some(v) = &self.start_signing_time {
            w.timestamp("StartSigningTime", v);
        }
    }
}

impl XmlBody for WorkloadIdentityJwtSignerConfiguration {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.key_algorithm;
            w.text("KeyAlgorithm", v);
        }
    }
}

impl XmlBody for WorkloadIdentityOutboundSignerConfiguration {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.x509 {
            w.open("X509");
            v.write_xml(w);
            w.close("X509");
        }
    }
}

impl XmlBody for WorkloadIdentityOutboundSignerDetailConfiguration {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.x509 {
            w.open("X509");
            v.write_xml(w);
            w.close("X509");
        }
        if let Some(v) = &self.jwt {
            w.open("Jwt");
            v.write_xml(w);
            w.close("Jwt");
        }
    }
}

impl XmlBody for WorkloadIdentityOutboundSignerSummary {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.signer_type;
            w.text("SignerType", v.as_str());
        }
        if let Some(v) = &self.configuration {
            w.open("Configuration");
            v.write_xml(w);
            w.close("Configuration");
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.signing_algorithm {
            w.text("SigningAlgorithm", v);
        }
        {
            let v = &self.start_signing_time;
            w.timestamp("StartSigningTime", v);
        }
        if let Some(v) = &self.end_signing_time {
            w.timestamp("EndSigningTime", v);
        }
        if let Some(v) = &self.discovery_expiration_time {
            w.timestamp("DiscoveryExpirationTime", v);
        }
    }
}

impl XmlBody for WorkloadIdentityOutboundSigners {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.x509 {
            w.open("X509");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("X509");
        }
        if let Some(v) = &self.jwt {
            w.open("Jwt");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("Jwt");
        }
        if let Some(v) = &self.oidc_issuer_uri {
            w.text("OidcIssuerUri", v);
        }
        if let Some(v) = &self.bundle_endpoint_url {
            w.text("BundleEndpointUrl", v);
        }
    }
}

impl XmlBody for WorkloadIdentityPrivateCa {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.certificate_authority_id;
            w.text("CertificateAuthorityId", v);
        }
        {
            let v = &self.account_id;
            w.text("AccountId", v);
        }
    }
}

impl XmlBody for WorkloadIdentityProviderListEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.provider_name;
            w.text("ProviderName", v);
        }
        {
            let v = &self.provider_id;
            w.text("ProviderId", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        {
            let v = &self.scheme;
            w.text("Scheme", v.as_str());
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.workload_identity_domain {
            w.text("WorkloadIdentityDomain", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for WorkloadIdentityTemplateSummary {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.name;
            w.text("Name", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
        {
            let v = &self.workload_identity_provider_arn;
            w.text("WorkloadIdentityProviderArn", v);
        }
        {
            let v = &self.resource_scope;
            w.text("ResourceScope", v.as_str());
        }
        if let Some(v) = &self.description {
            w.text("Description", v);
        }
        if let Some(v) = &self.path_prefix {
            w.text("PathPrefix", v);
        }
        {
            let v = &self.path_pattern;
            w.text("PathPattern", v);
        }
        {
            let v = &self.create_date;
            w.timestamp("CreateDate", v);
        }
    }
}

impl XmlBody for WorkloadIdentityX509OutboundSignerDetail {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.configuration {
            w.open("Configuration");
            v.write_xml(w);
            w.close("Configuration");
        }
        if let Some(v) = &self.status {
            w.text("Status", v.as_str());
        }
        if let Some(v) = &self.start_signing_time {
            w.timestamp("StartSigningTime", v);
        }
        if let Some(v) = &self.end_signing_time {
            w.timestamp("EndSigningTime", v);
        }
        if let Some(v) = &self.discovery_expiration_time {
            w.timestamp("DiscoveryExpirationTime", v);
        }
    }
}
