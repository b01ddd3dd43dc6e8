//! The request being authorized: action, resource, principal and condition keys.

use std::collections::HashMap;
use std::net::IpAddr;

use time::OffsetDateTime;

use crate::pattern::VariableSource;

/// One typed value of a condition key.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    /// Text (`aws:username`, `sts:ExternalId`, …).
    String(String),
    /// `true`/`false` (`aws:SecureTransport`, `aws:MultiFactorAuthPresent`).
    Bool(bool),
    /// A number (`aws:MultiFactorAuthAge`).
    Number(f64),
    /// An instant (`aws:CurrentTime`, `aws:TokenIssueTime`).
    Date(OffsetDateTime),
    /// An IP address (`aws:SourceIp`).
    Ip(IpAddr),
    /// Raw bytes (compared with `BinaryEquals`).
    Binary(Vec<u8>),
}

/// A condition key's value: one value or a set of values.
#[derive(Debug, Clone, PartialEq)]
pub enum ContextValue {
    /// A single-valued key.
    Single(Scalar),
    /// A multivalued key (`aws:TagKeys`, `sts:TransitiveTagKeys`); may be empty.
    Multi(Vec<Scalar>),
}

impl ContextValue {
    /// The values as a slice (one element for a single value).
    #[must_use]
    pub fn values(&self) -> &[Scalar] {
        match self {
            Self::Single(value) => std::slice::from_ref(value),
            Self::Multi(values) => values,
        }
    }
}

/// Condition keys of a request. Key names are case-insensitive; values are kept as given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextKeys {
    /// Lower-cased key → (key as given, value).
    entries: HashMap<String, (String, ContextValue), foldhash::fast::RandomState>,
}

/// `key` in lower case, by the quicker ASCII route when it is ASCII (same result).
fn lower(key: &str) -> String {
    if key.is_ascii() {
        key.to_ascii_lowercase()
    } else {
        key.to_lowercase()
    }
}

impl ContextKeys {
    /// An empty set of keys.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty set with room for `capacity` keys.
    #[must_use]
    pub fn with_capacity(capacity: usize) -> Self {
        Self {
            entries: HashMap::with_capacity_and_hasher(
                capacity,
                foldhash::fast::RandomState::default(),
            ),
        }
    }

    /// The number of keys.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no keys.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Sets `key` (replacing any value under the same key in any letter case).
    pub fn insert(&mut self, key: impl Into<String>, value: ContextValue) -> &mut Self {
        let key = key.into();
        self.entries.insert(lower(&key), (key, value));
        self
    }

    /// Builder form of [`ContextKeys::insert`].
    #[must_use]
    pub fn with(mut self, key: impl Into<String>, value: ContextValue) -> Self {
        self.insert(key, value);
        self
    }

    /// Adds a single string value.
    #[must_use]
    pub fn with_string(self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.with(key, ContextValue::Single(Scalar::String(value.into())))
    }

    /// Adds a multivalued string key.
    #[must_use]
    pub fn with_strings<I, S>(self, key: impl Into<String>, values: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let values = values
            .into_iter()
            .map(|value| Scalar::String(value.into()))
            .collect();
        self.with(key, ContextValue::Multi(values))
    }

    /// Adds a boolean value.
    #[must_use]
    pub fn with_bool(self, key: impl Into<String>, value: bool) -> Self {
        self.with(key, ContextValue::Single(Scalar::Bool(value)))
    }

    /// Adds a numeric value.
    #[must_use]
    pub fn with_number(self, key: impl Into<String>, value: f64) -> Self {
        self.with(key, ContextValue::Single(Scalar::Number(value)))
    }

    /// Adds a date value.
    #[must_use]
    pub fn with_date(self, key: impl Into<String>, value: OffsetDateTime) -> Self {
        self.with(key, ContextValue::Single(Scalar::Date(value)))
    }

    /// Adds an IP address value.
    #[must_use]
    pub fn with_ip(self, key: impl Into<String>, value: IpAddr) -> Self {
        self.with(key, ContextValue::Single(Scalar::Ip(value)))
    }

    /// Adds a binary value.
    #[must_use]
    pub fn with_binary(self, key: impl Into<String>, value: impl Into<Vec<u8>>) -> Self {
        self.with(key, ContextValue::Single(Scalar::Binary(value.into())))
    }

    /// The value of `key` (any letter case).
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&ContextValue> {
        self.get_lower(&lower(key))
    }

    /// The value of an already lower-cased key (no allocation).
    pub(crate) fn get_lower(&self, key_lower: &str) -> Option<&ContextValue> {
        self.entries.get(key_lower).map(|(_, value)| value)
    }

    /// Iterates over (key as given, value).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ContextValue)> {
        self.entries
            .values()
            .map(|(key, value)| (key.as_str(), value))
    }
}

impl VariableSource for ContextKeys {
    fn variable(&self, key_lower: &str) -> Option<&str> {
        match self.get_lower(key_lower)? {
            ContextValue::Single(Scalar::String(text)) => Some(text),
            _ => None,
        }
    }
}

/// What kind of principal is making the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrincipalKind {
    /// The account root user.
    Root,
    /// An IAM user.
    User,
    /// A role session; `role_arn` is the role's IAM ARN (with its path).
    AssumedRole {
        /// `arn:aws:iam::A:role/path/name`.
        role_arn: String,
    },
    /// A GetFederationToken session.
    FederatedUser,
    /// A caller presenting an OIDC token (AssumeRoleWithWebIdentity).
    WebIdentity {
        /// Provider ARN, or a built-in name such as `accounts.google.com`.
        provider: String,
    },
    /// A caller presenting a SAML assertion (AssumeRoleWithSAML).
    Saml {
        /// `arn:aws:iam::A:saml-provider/NAME`.
        provider: String,
    },
    /// An AWS service principal (`ec2.amazonaws.com`).
    Service {
        /// The service principal name.
        name: String,
    },
    /// An unauthenticated caller.
    Anonymous,
}

/// The authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrincipalInfo {
    /// The caller's ARN (user ARN, `assumed-role` session ARN, `federated-user` ARN, root ARN).
    pub arn: String,
    /// The caller's account id.
    pub account: String,
    /// `AIDA…` for users, `AROA…:session` for role sessions, the account id for root.
    pub unique_id: Option<String>,
    /// The kind of caller.
    pub kind: PrincipalKind,
}

/// Everything the evaluation needs about one request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestContext {
    /// `service:Action`, e.g. `sts:AssumeRole` (compared case-insensitively).
    pub action: String,
    /// The resource ARN (or `*`).
    pub resource: String,
    /// The caller; `None` is treated like an anonymous caller.
    pub principal: Option<PrincipalInfo>,
    /// Condition keys, also the source of policy variables.
    pub keys: ContextKeys,
}

impl RequestContext {
    /// A context for `action` on `resource` with no principal and no keys.
    #[must_use]
    pub fn new(action: impl Into<String>, resource: impl Into<String>) -> Self {
        Self {
            action: action.into(),
            resource: resource.into(),
            principal: None,
            keys: ContextKeys::new(),
        }
    }

    /// Sets the principal.
    #[must_use]
    pub fn with_principal(mut self, principal: PrincipalInfo) -> Self {
        self.principal = Some(principal);
        self
    }

    /// Sets the condition keys.
    #[must_use]
    pub fn with_keys(mut self, keys: ContextKeys) -> Self {
        self.keys = keys;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_case_insensitive_values_are_not() {
        let keys = ContextKeys::new()
            .with_string("aws:UserName", "Alice")
            .with_bool("aws:SecureTransport", true);
        assert_eq!(
            keys.get("AWS:USERNAME"),
            Some(&ContextValue::Single(Scalar::String("Alice".into())))
        );
        assert_eq!(keys.variable("aws:username"), Some("Alice"));
        assert_eq!(keys.variable("aws:securetransport"), None);
        let keys = keys.with_string("aws:username", "bob");
        assert_eq!(keys.iter().count(), 2);
        assert_eq!(keys.variable("aws:username"), Some("bob"));
    }

    #[test]
    fn multi_values() {
        let keys = ContextKeys::new().with_strings("aws:TagKeys", ["a", "b"]);
        assert_eq!(keys.get("aws:tagkeys").map(|v| v.values().len()), Some(2));
        assert_eq!(keys.variable("aws:tagkeys"), None);
    }
}
