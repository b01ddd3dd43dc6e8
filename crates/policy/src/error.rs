//! The one error type of this crate.

/// A policy document that IAM would refuse with `MalformedPolicyDocument` (HTTP 400).
///
/// `Display` gives the message AWS puts in the error's `Message` element.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    /// The text is not JSON, or a value has the wrong JSON type, or a key is repeated.
    #[error("Syntax errors in policy.")]
    Syntax,
    /// `Version` is not one of the two dates IAM knows.
    #[error("Invalid Version")]
    InvalidVersion,
    /// A field that the grammar does not know.
    #[error("Unknown field {0}")]
    UnknownField(String),
    /// A field the policy kind requires is absent.
    #[error("Missing required field {0}")]
    MissingField(&'static str),
    /// A field that this policy kind must not carry (e.g. `Resource` in a trust policy).
    #[error("Has prohibited field {0}")]
    ProhibitedField(&'static str),
    /// `Principal`/`NotPrincipal` in a policy that is attached to an identity.
    #[error("Policy document should not specify a principal.")]
    PrincipalNotAllowed,
    /// A resource or trust policy statement without `Principal`/`NotPrincipal`.
    #[error("The passed in policy has a statement with no principals!")]
    NoPrincipal,
    /// A statement without `Action`/`NotAction` (or with an empty list).
    #[error("Policy statement must contain actions.")]
    NoActions,
    /// A statement with an empty `Resource` list.
    #[error("Policy statement must contain resources.")]
    NoResources,
    /// An action or condition key without a `vendor:` prefix.
    #[error("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.")]
    MissingVendor,
    /// A condition operator that does not exist.
    #[error("Invalid Condition type : {0}")]
    InvalidConditionType(String),
    /// `Effect` other than `Allow` or `Deny`.
    #[error("Invalid effect: {0}")]
    InvalidEffect(String),
    /// A principal value IAM refuses (e.g. a partial wildcard, an unknown principal type).
    #[error("Invalid principal in policy: \"{kind}\":\"{value}\"")]
    InvalidPrincipal {
        /// The principal type (`AWS`, `Federated`, `Service`, …).
        kind: String,
        /// The refused value.
        value: String,
    },
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
            PolicyError::InvalidConditionType("StringEqualz".into()).to_string(),
            "Invalid Condition type : StringEqualz"
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
