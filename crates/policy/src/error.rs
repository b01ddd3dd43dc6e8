//! The one error type of this crate.

/// A policy document that IAM would refuse with `MalformedPolicyDocument` (HTTP 400).
///
/// `Display` gives the message AWS puts in the error's `Message` element.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// The text is not JSON, or does not fit the policy grammar (an unknown or misplaced
    /// element, a value of the wrong JSON type, a repeated key, an unknown condition operator,
    /// an `Effect` that is not `Allow` or `Deny` in any case, an empty `Statement` list, …).
    #[error("Syntax errors in policy.")]
    Syntax,
    /// A trust policy that is not JSON at all.
    #[error("This policy contains invalid Json")]
    InvalidJson,
    /// A managed policy without `"Version": "2012-10-17"`.
    #[error("Policy document must be version 2012-10-17 or greater.")]
    VersionTooOld,
    /// What IAM's older parser refuses: `Effect` in the wrong case, a `Date…` condition value
    /// it cannot read, an `arn:` resource with four or five parts or an empty service.
    #[error("The policy failed legacy parsing")]
    LegacyParsing,
    /// Two statements with the same non-empty `Sid`.
    #[error("Statement IDs (SID) in a single policy must be unique.")]
    DuplicateSid,
    /// `Principal`/`NotPrincipal` in a policy that is attached to an identity.
    #[error("Policy document should not specify a principal.")]
    PrincipalNotAllowed,
    /// A resource or trust policy statement without `Principal`/`NotPrincipal`.
    #[error("The passed in policy has a statement with no principals!")]
    NoPrincipal,
    /// A principal value IAM refuses (e.g. a partial wildcard, an unknown principal type).
    #[error("Invalid principal in policy: \"{kind}\":\"{value}\"")]
    InvalidPrincipal {
        /// The principal type (`AWS`, `Federated`, `Service`, …).
        kind: String,
        /// The refused value.
        value: String,
    },
    /// A statement without `Action`/`NotAction` (or with an empty list).
    #[error("Policy statement must contain actions.")]
    NoActions,
    /// A statement of an identity-side policy without `Resource`/`NotResource`, or with an
    /// empty list.
    #[error("Policy statement must contain resources.")]
    NoResources,
    /// `Resource`/`NotResource` in a trust policy.
    #[error("Has prohibited field {0}")]
    ProhibitedField(&'static str),
    /// A resource that is neither `*` nor has a colon.
    #[error("Resource {0} must be in ARN format or \"*\".")]
    ResourceNotArn(String),
    /// A resource whose partition (second part, once read as an ARN) is not one AWS has.
    #[error("Partition \"{partition}\" is not valid for resource \"{resource}\".")]
    InvalidPartition {
        /// The partition as written.
        partition: String,
        /// The resource completed to an ARN (`arn:` first, missing parts as `*`).
        resource: String,
    },
    /// A resource whose service is empty or a wildcard.
    #[error("Resource vendor must be fully qualified and cannot contain regexes.")]
    ResourceVendor,
    /// An `arn:…:iam:` resource with a region.
    #[error("IAM resource {0} cannot contain region information.")]
    IamResourceRegion(String),
    /// An `arn:…:iam:` resource whose resource part is not a known IAM resource type.
    #[error(
        "IAM resource path must either be \"*\", root, or start with user/, federated-user/, \
         role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, \
         saml-provider/, oidc-provider/, report/, access-report/."
    )]
    IamResourcePath,
    /// An S3 bucket or object resource with a region.
    #[error("Resource {0} can not contain region information.")]
    ResourceRegion(String),
    /// An action without a `vendor:` prefix.
    #[error("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.")]
    MissingVendor,
    /// An action with more than one colon.
    #[error("Actions/Condition can contain only one colon.")]
    MultipleColons,
    /// An action whose vendor has characters a service prefix cannot have.
    #[error("Vendor {0} is not valid")]
    InvalidVendor(String),
    /// A trust policy action that is not one of the STS actions a trust policy may allow.
    #[error("AssumeRole policy may only specify STS AssumeRole actions.")]
    NotAssumeRoleAction,
}

impl PolicyError {
    /// The AWS error code every variant maps to.
    pub const CODE: &'static str = "MalformedPolicyDocument";

    /// The AWS error code (`MalformedPolicyDocument`).
    #[must_use]
    pub fn code(&self) -> &'static str {
        Self::CODE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_aws_texts() {
        assert_eq!(PolicyError::Syntax.to_string(), "Syntax errors in policy.");
        assert_eq!(
            PolicyError::ProhibitedField("Resource").to_string(),
            "Has prohibited field Resource"
        );
        assert_eq!(
            PolicyError::IamResourcePath.to_string(),
            "IAM resource path must either be \"*\", root, or start with user/, federated-user/, \
             role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, \
             saml-provider/, oidc-provider/, report/, access-report/."
        );
        assert_eq!(
            PolicyError::InvalidPrincipal {
                kind: "AWS".into(),
                value: "arn:aws:iam::1:role/*".into()
            }
            .to_string(),
            "Invalid principal in policy: \"AWS\":\"arn:aws:iam::1:role/*\""
        );
        assert_eq!(PolicyError::Syntax.code(), "MalformedPolicyDocument");
    }
}
