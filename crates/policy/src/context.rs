//! The request being authorized: action, resource, principal and condition keys.

use std::borrow::Cow;
use std::hash::{BuildHasher, Hasher};
use std::net::IpAddr;

use hashbrown::HashTable;
use hashbrown::hash_table::Entry;

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
///
/// Keys are stored as given (a literal name costs no allocation) and found by a hash of their
/// lower-cased form, so neither an insert nor a lookup makes a lower-cased copy.
#[derive(Clone, Default)]
pub struct ContextKeys {
    /// (key as given, value), hashed by [`folded_hash`].
    entries: HashTable<(Cow<'static, str>, ContextValue)>,
    hasher: foldhash::fast::RandomState,
}

impl std::fmt::Debug for ContextKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl PartialEq for ContextKeys {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .all(|(key, value)| other.get(key) == Some(value))
    }
}

/// Whether two key names are the same without regard to case (the quick ASCII route when both
/// are ASCII, else by their lower-case forms, as [`lower`] folds them).
fn same_key(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        lower(a) == lower(b)
    }
}

/// `key` in lower case, by the quicker ASCII route when it is ASCII (same result).
fn lower(key: &str) -> String {
    if key.is_ascii() {
        key.to_ascii_lowercase()
    } else {
        key.to_lowercase()
    }
}

/// The hash of `key`'s lower-case form: ASCII letters are folded in a buffer on the stack and
/// fed in fixed-size pieces, so equal lower-case forms hash alike whichever way they were folded.
fn folded_hash(state: &foldhash::fast::RandomState, key: &str) -> u64 {
    const PIECE: usize = 32;
    let mut hasher = state.build_hasher();
    let folded;
    let bytes = if key.is_ascii() {
        key.as_bytes()
    } else {
        folded = key.to_lowercase();
        folded.as_bytes()
    };
    for piece in bytes.chunks(PIECE) {
        let mut buffer = [0u8; PIECE];
        if let Some(lowered) = buffer.get_mut(..piece.len()) {
            lowered.copy_from_slice(piece);
            lowered.make_ascii_lowercase();
            hasher.write(lowered);
        }
    }
    hasher.write_usize(bytes.len());
    hasher.finish()
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
            entries: HashTable::with_capacity(capacity),
            hasher: foldhash::fast::RandomState::default(),
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

    fn hash(&self, key: &str) -> u64 {
        folded_hash(&self.hasher, key)
    }

    /// Sets `key` (replacing any value under the same key in any letter case).
    pub fn insert(&mut self, key: impl Into<Cow<'static, str>>, value: ContextValue) -> &mut Self {
        let key = key.into();
        let hash = self.hash(&key);
        let hasher = &self.hasher;
        let rehash = |(key, _): &(Cow<'static, str>, ContextValue)| folded_hash(hasher, key);
        match self
            .entries
            .entry(hash, |(stored, _)| same_key(stored, &key), rehash)
        {
            Entry::Occupied(mut entry) => *entry.get_mut() = (key, value),
            Entry::Vacant(entry) => {
                entry.insert((key, value));
            }
        }
        self
    }

    /// Sets every key of `other`, whose values win over this set's.
    pub fn overlay(&mut self, other: &ContextKeys) {
        for (key, value) in &other.entries {
            self.insert(key.clone(), value.clone());
        }
    }

    /// Builder form of [`ContextKeys::insert`].
    #[must_use]
    pub fn with(mut self, key: impl Into<Cow<'static, str>>, value: ContextValue) -> Self {
        self.insert(key, value);
        self
    }

    /// Adds a single string value.
    #[must_use]
    pub fn with_string(self, key: impl Into<Cow<'static, str>>, value: impl Into<String>) -> Self {
        self.with(key, ContextValue::Single(Scalar::String(value.into())))
    }

    /// Adds a multivalued string key.
    #[must_use]
    pub fn with_strings<I, S>(self, key: impl Into<Cow<'static, str>>, values: I) -> Self
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
    pub fn with_bool(self, key: impl Into<Cow<'static, str>>, value: bool) -> Self {
        self.with(key, ContextValue::Single(Scalar::Bool(value)))
    }

    /// Adds a numeric value.
    #[must_use]
    pub fn with_number(self, key: impl Into<Cow<'static, str>>, value: f64) -> Self {
        self.with(key, ContextValue::Single(Scalar::Number(value)))
    }

    /// Adds a date value.
    #[must_use]
    pub fn with_date(self, key: impl Into<Cow<'static, str>>, value: OffsetDateTime) -> Self {
        self.with(key, ContextValue::Single(Scalar::Date(value)))
    }

    /// Adds an IP address value.
    #[must_use]
    pub fn with_ip(self, key: impl Into<Cow<'static, str>>, value: IpAddr) -> Self {
        self.with(key, ContextValue::Single(Scalar::Ip(value)))
    }

    /// Adds a binary value.
    #[must_use]
    pub fn with_binary(self, key: impl Into<Cow<'static, str>>, value: impl Into<Vec<u8>>) -> Self {
        self.with(key, ContextValue::Single(Scalar::Binary(value.into())))
    }

    /// The value of `key` (any letter case).
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&ContextValue> {
        self.entries
            .find(self.hash(key), |(stored, _)| same_key(stored, key))
            .map(|(_, value)| value)
    }

    /// Iterates over (key as given, value).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ContextValue)> {
        self.entries.iter().map(|(key, value)| (&**key, value))
    }
}

impl VariableSource for ContextKeys {
    fn variable(&self, key_lower: &str) -> Option<&str> {
        match self.get(key_lower)? {
            ContextValue::Single(Scalar::String(text)) => Some(text),
            ContextValue::Single(Scalar::Bool(flag)) => Some(if *flag { "true" } else { "false" }),
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
        // A boolean key substitutes as `true`/`false` (a `Bool` value of
        // `${aws:SecureTransport}`).
        assert_eq!(keys.variable("aws:securetransport"), Some("true"));
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

    proptest::proptest! {
        /// Against a map keyed by the lower-case form: the same keys are found, under any
        /// spelling, with the last value set (long keys and Unicode included).
        #[test]
        fn keys_behave_like_a_map_keyed_by_their_lower_case(
            inserts in proptest::collection::vec(("[a-cA-C:/ÄäΣσİK]{0,40}", 0u8..4), 0..24),
            probes in proptest::collection::vec("[a-cA-C:/ÄäΣσİK]{0,40}", 0..24),
        ) {
            let mut keys = ContextKeys::new();
            let mut reference = std::collections::HashMap::new();
            for (key, value) in &inserts {
                let value = ContextValue::Single(Scalar::Number(f64::from(*value)));
                keys.insert(key.clone(), value.clone());
                reference.insert(lower(key), value);
            }
            proptest::prop_assert_eq!(keys.len(), reference.len());
            for probe in probes.iter().chain(inserts.iter().map(|(key, _)| key)) {
                proptest::prop_assert_eq!(keys.get(probe), reference.get(&lower(probe)));
                proptest::prop_assert_eq!(keys.get(&probe.to_uppercase()), reference.get(&lower(&probe.to_uppercase())));
            }
        }
    }
}
