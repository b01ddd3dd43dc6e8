//! STS encoders: output shapes as XML and JSON.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use crate::encode::{JsonBody, JsonWriter};
use crate::encode::{XmlBody, XmlWriter};

impl XmlBody for AssumeRoleResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_xml(w);
            w.close("AssumedRoleUser");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl JsonBody for AssumeRoleResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl XmlBody for AssumeRoleWithSAMLResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_xml(w);
            w.close("AssumedRoleUser");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
        if let Some(v) = &self.subject_type {
            w.text("SubjectType", v);
        }
        if let Some(v) = &self.issuer {
            w.text("Issuer", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.name_qualifier {
            w.text("NameQualifier", v);
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.trusted_identity_propagation_context {
            w.open("TrustedIdentityPropagationContext");
            v.write_xml(w);
            w.close("TrustedIdentityPropagationContext");
        }
    }
}

impl JsonBody for AssumeRoleWithSAMLResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
        if let Some(v) = &self.subject_type {
            w.text("SubjectType", v);
        }
        if let Some(v) = &self.issuer {
            w.text("Issuer", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.name_qualifier {
            w.text("NameQualifier", v);
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.trusted_identity_propagation_context {
            w.open("TrustedIdentityPropagationContext");
            v.write_json(w);
            w.close();
        }
    }
}

impl XmlBody for AssumeRoleWithWebIdentityResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.subject_from_web_identity_token {
            w.text("SubjectFromWebIdentityToken", v);
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_xml(w);
            w.close("AssumedRoleUser");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.provider {
            w.text("Provider", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.trusted_identity_propagation_context {
            w.open("TrustedIdentityPropagationContext");
            v.write_xml(w);
            w.close("TrustedIdentityPropagationContext");
        }
    }
}

impl JsonBody for AssumeRoleWithWebIdentityResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.subject_from_web_identity_token {
            w.text("SubjectFromWebIdentityToken", v);
        }
        if let Some(v) = &self.assumed_role_user {
            w.open("AssumedRoleUser");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.provider {
            w.text("Provider", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.trusted_identity_propagation_context {
            w.open("TrustedIdentityPropagationContext");
            v.write_json(w);
            w.close();
        }
    }
}

impl XmlBody for AssumeRootResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl JsonBody for AssumeRootResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl XmlBody for AssumedRoleUser {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.assumed_role_id;
            w.text("AssumedRoleId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl JsonBody for AssumedRoleUser {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.assumed_role_id;
            w.text("AssumedRoleId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl XmlBody for Credentials {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.access_key_id;
            w.text("AccessKeyId", v);
        }
        {
            let v = &self.secret_access_key;
            w.text("SecretAccessKey", v);
        }
        {
            let v = &self.session_token;
            w.text("SessionToken", v);
        }
        {
            let v = &self.expiration;
            w.timestamp("Expiration", v);
        }
    }
}

impl JsonBody for Credentials {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.access_key_id;
            w.text("AccessKeyId", v);
        }
        {
            let v = &self.secret_access_key;
            w.text("SecretAccessKey", v);
        }
        {
            let v = &self.session_token;
            w.text("SessionToken", v);
        }
        {
            let v = &self.expiration;
            w.timestamp("Expiration", v);
        }
    }
}

impl XmlBody for DecodeAuthorizationMessageResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.decoded_message {
            w.text("DecodedMessage", v);
        }
    }
}

impl JsonBody for DecodeAuthorizationMessageResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.decoded_message {
            w.text("DecodedMessage", v);
        }
    }
}

impl XmlBody for FederatedUser {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.federated_user_id;
            w.text("FederatedUserId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl JsonBody for FederatedUser {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.federated_user_id;
            w.text("FederatedUserId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl XmlBody for GetAccessKeyInfoResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.account {
            w.text("Account", v);
        }
    }
}

impl JsonBody for GetAccessKeyInfoResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.account {
            w.text("Account", v);
        }
    }
}

impl XmlBody for GetCallerIdentityResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.user_id {
            w.text("UserId", v);
        }
        if let Some(v) = &self.account {
            w.text("Account", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
    }
}

impl JsonBody for GetCallerIdentityResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.user_id {
            w.text("UserId", v);
        }
        if let Some(v) = &self.account {
            w.text("Account", v);
        }
        if let Some(v) = &self.arn {
            w.text("Arn", v);
        }
    }
}

impl XmlBody for GetCertificateResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.certificate {
            w.text("Certificate", v);
        }
        if let Some(v) = &self.certificate_chain {
            w.text("CertificateChain", v);
        }
        if let Some(v) = &self.not_before {
            w.timestamp("NotBefore", v);
        }
        if let Some(v) = &self.not_after {
            w.timestamp("NotAfter", v);
        }
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
    }
}

impl JsonBody for GetCertificateResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.certificate {
            w.text("Certificate", v);
        }
        if let Some(v) = &self.certificate_chain {
            w.text("CertificateChain", v);
        }
        if let Some(v) = &self.not_before {
            w.timestamp("NotBefore", v);
        }
        if let Some(v) = &self.not_after {
            w.timestamp("NotAfter", v);
        }
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
    }
}

impl XmlBody for GetDelegatedAccessTokenResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.assumed_principal {
            w.text("AssumedPrincipal", v);
        }
    }
}

impl JsonBody for GetDelegatedAccessTokenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.assumed_principal {
            w.text("AssumedPrincipal", v);
        }
    }
}

impl XmlBody for GetFederationTokenResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.federated_user {
            w.open("FederatedUser");
            v.write_xml(w);
            w.close("FederatedUser");
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl JsonBody for GetFederationTokenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.federated_user {
            w.open("FederatedUser");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.packed_policy_size {
            w.integer("PackedPolicySize", i64::from(*v));
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl XmlBody for GetScopedCredentialsResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.session_info {
            w.open("SessionInfo");
            v.write_xml(w);
            w.close("SessionInfo");
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.scoped_policies_count {
            w.integer("ScopedPoliciesCount", i64::from(*v));
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
    }
}

impl JsonBody for GetScopedCredentialsResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.session_info {
            w.open("SessionInfo");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
        if let Some(v) = &self.scoped_policies_count {
            w.integer("ScopedPoliciesCount", i64::from(*v));
        }
        if let Some(v) = &self.source_identity {
            w.text("SourceIdentity", v);
        }
    }
}

impl XmlBody for GetSessionTokenResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_xml(w);
            w.close("Credentials");
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl JsonBody for GetSessionTokenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.credentials {
            w.open("Credentials");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.session_token_utilization {
            w.integer("SessionTokenUtilization", i64::from(*v));
        }
        if let Some(v) = &self.session_token_size {
            w.integer("SessionTokenSize", i64::from(*v));
        }
    }
}

impl XmlBody for GetTrustBundlesResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.trust_bundles {
            w.open("TrustBundles");
            for item0 in v {
                w.open("member");
                item0.write_xml(w);
                w.close("member");
            }
            w.close("TrustBundles");
        }
    }
}

impl JsonBody for GetTrustBundlesResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.trust_bundles {
            w.open_list("TrustBundles");
            for item in v {
                w.open_item();
                item.write_json(w);
                w.close();
            }
            w.close_list();
        }
    }
}

impl XmlBody for GetWebIdentityTokenResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.web_identity_token {
            w.text("WebIdentityToken", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
    }
}

impl JsonBody for GetWebIdentityTokenResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.web_identity_token {
            w.text("WebIdentityToken", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
    }
}

impl XmlBody for IssueWorkloadIdentityContextResponse {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.provided_context;
            w.open("ProvidedContext");
            v.write_xml(w);
            w.close("ProvidedContext");
        }
        {
            let v = &self.subject;
            w.text("Subject", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
        if let Some(v) = &self.session_expiration {
            w.timestamp("SessionExpiration", v);
        }
    }
}

impl JsonBody for IssueWorkloadIdentityContextResponse {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.provided_context;
            w.open("ProvidedContext");
            v.write_json(w);
            w.close();
        }
        {
            let v = &self.subject;
            w.text("Subject", v);
        }
        if let Some(v) = &self.audience {
            w.text("Audience", v);
        }
        if let Some(v) = &self.expiration {
            w.timestamp("Expiration", v);
        }
        if let Some(v) = &self.session_expiration {
            w.timestamp("SessionExpiration", v);
        }
    }
}

impl XmlBody for OriginIdentity {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
        if let Some(v) = &self.subject_type {
            w.text("SubjectType", v);
        }
        if let Some(v) = &self.issuer {
            w.text("Issuer", v);
        }
        if let Some(v) = &self.federated_provider_arn {
            w.text("FederatedProviderArn", v);
        }
    }
}

impl JsonBody for OriginIdentity {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.subject {
            w.text("Subject", v);
        }
        if let Some(v) = &self.subject_type {
            w.text("SubjectType", v);
        }
        if let Some(v) = &self.issuer {
            w.text("Issuer", v);
        }
        if let Some(v) = &self.federated_provider_arn {
            w.text("FederatedProviderArn", v);
        }
    }
}

impl XmlBody for ProvidedContext {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.provider_arn {
            w.text("ProviderArn", v);
        }
        if let Some(v) = &self.context_assertion {
            w.text("ContextAssertion", v);
        }
    }
}

impl JsonBody for ProvidedContext {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.provider_arn {
            w.text("ProviderArn", v);
        }
        if let Some(v) = &self.context_assertion {
            w.text("ContextAssertion", v);
        }
    }
}

impl XmlBody for ScopedSession {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.scoped_session_id;
            w.text("ScopedSessionId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl JsonBody for ScopedSession {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.scoped_session_id;
            w.text("ScopedSessionId", v);
        }
        {
            let v = &self.arn;
            w.text("Arn", v);
        }
    }
}

impl XmlBody for TransactionContext {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.identity_provider {
            w.open("IdentityProvider");
            for (key0, value0) in v {
                w.open("entry");
                w.text("key", key0);
                w.text("value", value0);
                w.close("entry");
            }
            w.close("IdentityProvider");
        }
    }
}

impl JsonBody for TransactionContext {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.identity_provider {
            w.open("IdentityProvider");
            for (key, value) in v {
                w.text(key, value);
            }
            w.close();
        }
    }
}

impl XmlBody for TrustBundleEntry {
    fn write_xml(&self, w: &mut XmlWriter) {
        {
            let v = &self.trust_domain;
            w.text("TrustDomain", v);
        }
        {
            let v = &self.bundle;
            w.text("Bundle", v);
        }
    }
}

impl JsonBody for TrustBundleEntry {
    fn write_json(&self, w: &mut JsonWriter) {
        {
            let v = &self.trust_domain;
            w.text("TrustDomain", v);
        }
        {
            let v = &self.bundle;
            w.text("Bundle", v);
        }
    }
}

impl XmlBody for TrustedIdentityPropagationContext {
    fn write_xml(&self, w: &mut XmlWriter) {
        if let Some(v) = &self.origin_identity {
            w.open("OriginIdentity");
            v.write_xml(w);
            w.close("OriginIdentity");
        }
        if let Some(v) = &self.transaction_context {
            w.open("TransactionContext");
            v.write_xml(w);
            w.close("TransactionContext");
        }
    }
}

impl JsonBody for TrustedIdentityPropagationContext {
    fn write_json(&self, w: &mut JsonWriter) {
        if let Some(v) = &self.origin_identity {
            w.open("OriginIdentity");
            v.write_json(w);
            w.close();
        }
        if let Some(v) = &self.transaction_context {
            w.open("TransactionContext");
            v.write_json(w);
            w.close();
        }
    }
}
