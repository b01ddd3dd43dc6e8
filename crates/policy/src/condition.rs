//! The `Condition` element: every operator, `…IfExists`, `ForAllValues:`/`ForAnyValue:`, `Null`.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::net::IpAddr;

use base64::Engine as _;
use ipnet::IpNet;
use time::format_description::well_known::Rfc3339;

use crate::context::{ContextKeys, Scalar};
use crate::date;
use crate::error::PolicyError;
use crate::json::{Node, Value};
use crate::pattern::{ArnPattern, Pattern, Syntax, Variable};

/// How a numeric or date value must relate to the policy value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Comparison {
    Equals,
    LessThan,
    LessThanEquals,
    GreaterThan,
    GreaterThanEquals,
}

impl Comparison {
    fn holds(self, ordering: Ordering) -> bool {
        match self {
            Self::Equals => ordering.is_eq(),
            Self::LessThan => ordering.is_lt(),
            Self::LessThanEquals => ordering.is_le(),
            Self::GreaterThan => ordering.is_gt(),
            Self::GreaterThanEquals => ordering.is_ge(),
        }
    }
}

/// The operator family (the negation is kept apart).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    StringEquals,
    StringEqualsIgnoreCase,
    StringLike,
    Numeric(Comparison),
    Date(Comparison),
    Bool,
    BinaryEquals,
    IpAddress,
    Arn,
    Null,
}

/// Set qualifier for multivalued keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    None,
    ForAllValues,
    ForAnyValue,
}

/// Operator names and what they mean: (name, family, negated).
const OPERATORS: &[(&str, Family, bool)] = &[
    ("StringEquals", Family::StringEquals, false),
    ("StringNotEquals", Family::StringEquals, true),
    (
        "StringEqualsIgnoreCase",
        Family::StringEqualsIgnoreCase,
        false,
    ),
    (
        "StringNotEqualsIgnoreCase",
        Family::StringEqualsIgnoreCase,
        true,
    ),
    ("StringLike", Family::StringLike, false),
    ("StringNotLike", Family::StringLike, true),
    ("NumericEquals", Family::Numeric(Comparison::Equals), false),
    (
        "NumericNotEquals",
        Family::Numeric(Comparison::Equals),
        true,
    ),
    (
        "NumericLessThan",
        Family::Numeric(Comparison::LessThan),
        false,
    ),
    (
        "NumericLessThanEquals",
        Family::Numeric(Comparison::LessThanEquals),
        false,
    ),
    (
        "NumericGreaterThan",
        Family::Numeric(Comparison::GreaterThan),
        false,
    ),
    (
        "NumericGreaterThanEquals",
        Family::Numeric(Comparison::GreaterThanEquals),
        false,
    ),
    ("DateEquals", Family::Date(Comparison::Equals), false),
    ("DateNotEquals", Family::Date(Comparison::Equals), true),
    ("DateLessThan", Family::Date(Comparison::LessThan), false),
    (
        "DateLessThanEquals",
        Family::Date(Comparison::LessThanEquals),
        false,
    ),
    (
        "DateGreaterThan",
        Family::Date(Comparison::GreaterThan),
        false,
    ),
    (
        "DateGreaterThanEquals",
        Family::Date(Comparison::GreaterThanEquals),
        false,
    ),
    ("Bool", Family::Bool, false),
    ("BinaryEquals", Family::BinaryEquals, false),
    ("IpAddress", Family::IpAddress, false),
    ("NotIpAddress", Family::IpAddress, true),
    ("ArnEquals", Family::Arn, false),
    ("ArnLike", Family::Arn, false),
    ("ArnNotEquals", Family::Arn, true),
    ("ArnNotLike", Family::Arn, true),
    ("Null", Family::Null, false),
];

/// A compiled policy value; `None` inside means the value could not be read as that type and
/// therefore never matches (IAM accepts such policies; the condition is simply false).
#[derive(Debug, Clone, PartialEq)]
enum Expected {
    Text(Pattern),
    Number(Option<f64>),
    /// Nanoseconds since the Unix epoch ([`date::parse`]).
    Date(Option<i128>),
    Bool(Option<bool>),
    Binary(Option<Vec<u8>>),
    Ip(Option<IpNet>),
    Arn(ArnPattern),
    /// A `Bool` value that holds a policy variable: substituted for each request, then read
    /// as a boolean.
    Substituted(Pattern),
}

/// One (operator, key, values) test.
#[derive(Debug, Clone, PartialEq)]
struct Clause {
    family: Family,
    negated: bool,
    qualifier: Qualifier,
    if_exists: bool,
    key: String,
    key_lower: String,
    values: Vec<Expected>,
}

/// A compiled `Condition` element: all clauses must hold.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Condition {
    clauses: Vec<Clause>,
}

/// Reads an operator name; `None` for a name IAM does not know.
fn parse_operator(name: &str) -> Option<(Family, bool, Qualifier, bool)> {
    let (qualifier, rest) = if let Some(rest) = strip_prefix_ignore_case(name, "ForAllValues:") {
        (Qualifier::ForAllValues, rest)
    } else if let Some(rest) = strip_prefix_ignore_case(name, "ForAnyValue:") {
        (Qualifier::ForAnyValue, rest)
    } else {
        (Qualifier::None, name)
    };
    let lookup = |op: &str| {
        OPERATORS
            .iter()
            .find(|(known, _, _)| known.eq_ignore_ascii_case(op))
            .copied()
    };
    let (family, negated, if_exists) = match lookup(rest) {
        Some((_, family, negated)) => (family, negated, false),
        None => {
            let base = strip_suffix_ignore_case(rest, "IfExists")?;
            match lookup(base) {
                Some((_, Family::Null, _)) | None => return None,
                Some((_, family, negated)) => (family, negated, true),
            }
        }
    };
    Some((family, negated, qualifier, if_exists))
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let tail = text.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| text.get(..cut))
        .flatten()
}

/// A condition value as written: strings as is, booleans and numbers as their JSON text.
fn scalar_text(node: &Node) -> Result<String, PolicyError> {
    match &node.value {
        Value::String(text) | Value::Number(text) => Ok(text.clone()),
        Value::Bool(flag) => Ok(flag.to_string()),
        _ => Err(PolicyError::Syntax),
    }
}

fn parse_ip_net(text: &str) -> Option<IpNet> {
    text.parse::<IpNet>()
        .ok()
        .or_else(|| text.parse::<IpAddr>().ok().map(IpNet::from))
}

fn parse_bool(text: &str) -> Option<bool> {
    if text.eq_ignore_ascii_case("true") {
        Some(true)
    } else if text.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

fn compile_value(family: Family, text: &str, variables: bool) -> Expected {
    let literal = Syntax {
        wildcards: false,
        variables,
    };
    let is_text = matches!(
        family,
        Family::StringEquals | Family::StringEqualsIgnoreCase | Family::StringLike | Family::Arn
    );
    // AWS substitutes policy variables in the string and ARN operators and, by the IAM User
    // Guide's "IAM JSON policy elements: Condition operators" (the "Policy variables" line of
    // each operator family), in Boolean ones; Numeric, Date, Binary, IP address and Null
    // operators take "${…}" as literal text ("Not supported"), which then is no number, date,
    // address or binary value and matches nothing. (The guide's "Variables and tags" page
    // lists Boolean among the unsupported; the per-operator page is the more specific one.)
    if variables && !is_text && family == Family::Bool && text.contains("${") {
        let pattern = Pattern::compile(text, literal);
        if pattern.variables().next().is_some() {
            return Expected::Substituted(pattern);
        }
    }
    typed_value(family, text, variables)
}

/// `text` read as a value of `family` (strings and ARNs as patterns).
fn typed_value(family: Family, text: &str, variables: bool) -> Expected {
    let literal = Syntax {
        wildcards: false,
        variables,
    };
    match family {
        Family::StringEquals | Family::StringEqualsIgnoreCase => {
            Expected::Text(Pattern::compile(text, literal))
        }
        Family::StringLike => Expected::Text(Pattern::compile(
            text,
            Syntax {
                wildcards: true,
                variables,
            },
        )),
        Family::Numeric(_) => Expected::Number(text.parse().ok()),
        Family::Date(_) => Expected::Date(date::parse(text)),
        Family::Bool | Family::Null => Expected::Bool(parse_bool(text)),
        Family::BinaryEquals => {
            Expected::Binary(base64::engine::general_purpose::STANDARD.decode(text).ok())
        }
        Family::IpAddress => Expected::Ip(parse_ip_net(text)),
        Family::Arn => Expected::Arn(ArnPattern::compile(text, variables)),
    }
}

impl Condition {
    /// How many values the clauses list, all together.
    pub(crate) fn values(&self) -> usize {
        self.clauses.iter().map(|clause| clause.values.len()).sum()
    }

    /// Compiles a `Condition` object. `variables` is true for Version 2012-10-17.
    ///
    /// As IAM does, it refuses (`Syntax`) an operator it does not know unless its block is
    /// empty, and a value that is not a string, number, boolean or a list of them; condition
    /// keys are not checked (IAM accepts `"a"`), and an empty value list is accepted.
    pub(crate) fn parse(node: &Node, variables: bool) -> Result<Self, PolicyError> {
        let Value::Object(operators) = &node.value else {
            return Err(PolicyError::Syntax);
        };
        let mut clauses = Vec::new();
        for (operator, keys) in operators {
            let Value::Object(keys) = &keys.value else {
                return Err(PolicyError::Syntax);
            };
            if keys.is_empty() {
                continue;
            }
            let (family, negated, qualifier, if_exists) =
                parse_operator(operator).ok_or(PolicyError::Syntax)?;
            for (key, values) in keys {
                let texts = match &values.value {
                    Value::Array(items) => items
                        .iter()
                        .map(scalar_text)
                        .collect::<Result<Vec<_>, _>>()?,
                    _ => vec![scalar_text(values)?],
                };
                let values = texts
                    .iter()
                    .map(|text| compile_value(family, text, variables))
                    .collect();
                clauses.push(Clause {
                    family,
                    negated,
                    qualifier,
                    if_exists,
                    key: key.clone(),
                    key_lower: key.to_lowercase(),
                    values,
                });
            }
        }
        Ok(Self { clauses })
    }

    /// Whether a `Date…` value cannot be read as a date (IAM's older parser refuses it).
    pub(crate) fn has_unreadable_date(&self) -> bool {
        self.clauses.iter().any(|clause| {
            clause
                .values
                .iter()
                .any(|value| matches!(value, Expected::Date(None)))
        })
    }

    /// The condition keys tested, as written.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &str> {
        self.clauses.iter().map(|clause| clause.key.as_str())
    }

    /// The policy variables used in condition values.
    pub(crate) fn variables(&self) -> impl Iterator<Item = &Variable> {
        self.clauses
            .iter()
            .flat_map(|clause| clause.values.iter())
            .flat_map(|value| {
                let pattern = match value {
                    Expected::Text(pattern) | Expected::Substituted(pattern) => Some(pattern),
                    Expected::Arn(arn) => Some(arn.pattern()),
                    _ => None,
                };
                pattern.into_iter().flat_map(Pattern::variables)
            })
    }

    /// Whether every clause holds; `on_missing` is called with each tested key that is absent
    /// from the request.
    pub(crate) fn evaluate(&self, keys: &ContextKeys, on_missing: &mut dyn FnMut(&str)) -> bool {
        let mut all = true;
        for clause in &self.clauses {
            all &= clause.evaluate(keys, on_missing);
        }
        all
    }
}

impl Clause {
    fn evaluate(&self, keys: &ContextKeys, on_missing: &mut dyn FnMut(&str)) -> bool {
        let value = keys.get(&self.key_lower);
        if value.is_none() {
            on_missing(&self.key);
        }
        let scalars = value.map(|value| value.values()).unwrap_or_default();
        if self.family == Family::Null {
            let absent = scalars.is_empty();
            return self.values.contains(&Expected::Bool(Some(absent)));
        }
        if scalars.is_empty() {
            return self.if_exists
                || match self.qualifier {
                    Qualifier::ForAllValues => true,
                    Qualifier::ForAnyValue => false,
                    Qualifier::None => self.negated,
                };
        }
        match self.qualifier {
            Qualifier::None => {
                scalars.iter().any(|scalar| self.matches_any(scalar, keys)) != self.negated
            }
            Qualifier::ForAnyValue => scalars
                .iter()
                .any(|scalar| self.matches_any(scalar, keys) != self.negated),
            Qualifier::ForAllValues => scalars
                .iter()
                .all(|scalar| self.matches_any(scalar, keys) != self.negated),
        }
    }

    /// Whether one request value equals/matches any policy value (before negation).
    fn matches_any(&self, scalar: &Scalar, keys: &ContextKeys) -> bool {
        self.values
            .iter()
            .any(|expected| self.matches(expected, scalar, keys))
    }

    fn matches(&self, expected: &Expected, scalar: &Scalar, keys: &ContextKeys) -> bool {
        match expected {
            Expected::Substituted(pattern) => pattern.render(keys).is_some_and(|text| {
                self.matches(&typed_value(self.family, &text, false), scalar, keys)
            }),
            Expected::Text(pattern) => pattern.matches(
                &scalar_as_text(scalar),
                keys,
                self.family == Family::StringEqualsIgnoreCase,
            ),
            Expected::Arn(pattern) => pattern.matches(&scalar_as_text(scalar), keys),
            Expected::Number(Some(wanted)) => {
                let actual = match scalar {
                    Scalar::Number(number) => Some(*number),
                    Scalar::String(text) => text.trim().parse().ok(),
                    _ => None,
                };
                let Family::Numeric(comparison) = self.family else {
                    return false;
                };
                actual
                    .and_then(|actual| actual.partial_cmp(wanted))
                    .is_some_and(|ordering| comparison.holds(ordering))
            }
            Expected::Date(Some(wanted)) => {
                let actual = match scalar {
                    Scalar::Date(date) => Some(date::from_offset(*date)),
                    Scalar::String(text) => date::parse(text),
                    _ => None,
                };
                let Family::Date(comparison) = self.family else {
                    return false;
                };
                actual.is_some_and(|actual| comparison.holds(actual.cmp(wanted)))
            }
            Expected::Bool(Some(wanted)) => match scalar {
                Scalar::Bool(actual) => actual == wanted,
                Scalar::String(text) => parse_bool(text) == Some(*wanted),
                _ => false,
            },
            Expected::Binary(Some(wanted)) => match scalar {
                Scalar::Binary(actual) => actual == wanted,
                Scalar::String(text) => base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .is_ok_and(|actual| actual == *wanted),
                _ => false,
            },
            Expected::Ip(Some(network)) => match scalar {
                Scalar::Ip(address) => network.contains(address),
                Scalar::String(text) => text
                    .trim()
                    .parse::<IpAddr>()
                    .is_ok_and(|address| network.contains(&address)),
                _ => false,
            },
            Expected::Number(None)
            | Expected::Date(None)
            | Expected::Bool(None)
            | Expected::Binary(None)
            | Expected::Ip(None) => false,
        }
    }
}

/// A request value as text, for string and ARN operators (no allocation for strings).
fn scalar_as_text(scalar: &Scalar) -> Cow<'_, str> {
    match scalar {
        Scalar::String(text) => Cow::Borrowed(text),
        Scalar::Bool(flag) => Cow::Borrowed(if *flag { "true" } else { "false" }),
        Scalar::Number(number) => Cow::Owned(number.to_string()),
        Scalar::Date(date) => Cow::Owned(date.format(&Rfc3339).unwrap_or_default()),
        Scalar::Ip(address) => Cow::Owned(address.to_string()),
        Scalar::Binary(bytes) => {
            Cow::Owned(base64::engine::general_purpose::STANDARD.encode(bytes))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::ContextValue;
    use crate::json;

    fn condition(text: &str) -> Condition {
        Condition::parse(&json::parse(text).unwrap(), true).unwrap()
    }

    fn holds(text: &str, keys: &ContextKeys) -> bool {
        condition(text).evaluate(keys, &mut |_| {})
    }

    fn one(op: &str, key: &str, value: &str) -> String {
        format!(r#"{{"{op}": {{"{key}": {value}}}}}"#)
    }

    #[test]
    fn unknown_operators_are_refused_unless_their_block_is_empty() {
        for bad in [
            "StringEqualz",
            "NullIfExists",
            "ForAllValues:Nope",
            "IfExists",
            "ForSomeValues:StringEquals",
        ] {
            let err = Condition::parse(&json::parse(&one(bad, "a:b", "\"x\"")).unwrap(), true)
                .unwrap_err();
            assert_eq!(err, PolicyError::Syntax, "{bad}");
        }
        // AWS accepts an unknown operator with an empty block, a key without a vendor prefix
        // and an empty value list (validation corpus, valid-19, valid-31, valid-32, valid-18).
        let accepted = condition(r#"{"x": {}, "StringEquals": {"nokey": "x", "a:b": []}}"#);
        assert_eq!(accepted.keys().collect::<Vec<_>>(), ["nokey", "a:b"]);
        let err = Condition::parse(
            &json::parse(&one("StringEquals", "a:b", "{}")).unwrap(),
            true,
        )
        .unwrap_err();
        assert_eq!(err, PolicyError::Syntax);
    }

    #[test]
    fn string_family() {
        let keys = ContextKeys::new()
            .with_string("aws:username", "Alice")
            .with_string("s3:prefix", "home/Alice/x");
        assert!(holds(
            &one("StringEquals", "AWS:UserName", r#"["bob","Alice"]"#),
            &keys
        ));
        assert!(!holds(
            &one("StringEquals", "aws:username", r#""alice""#),
            &keys
        ));
        assert!(holds(
            &one("StringNotEquals", "aws:username", r#""alice""#),
            &keys
        ));
        assert!(holds(
            &one("StringEqualsIgnoreCase", "aws:username", r#""ALICE""#),
            &keys
        ));
        assert!(!holds(
            &one("StringNotEqualsIgnoreCase", "aws:username", r#""ALICE""#),
            &keys
        ));
        assert!(holds(
            &one("StringLike", "s3:prefix", r#""home/${aws:username}/*""#),
            &keys
        ));
        assert!(!holds(
            &one("StringNotLike", "s3:prefix", r#""home/*""#),
            &keys
        ));
        assert!(!holds(
            &one("StringEquals", "aws:username", r#""A*""#),
            &keys
        ));
        assert!(holds(
            &one("StringEquals", "aws:username", r#""${aws:username}""#),
            &keys
        ));
    }

    #[test]
    fn missing_keys_positive_negated_and_if_exists() {
        let empty = ContextKeys::new();
        let mut missing = Vec::new();
        assert!(
            !condition(&one("StringEquals", "aws:PrincipalTag/x", r#""a""#))
                .evaluate(&empty, &mut |key| missing.push(key.to_owned()))
        );
        assert_eq!(missing, ["aws:PrincipalTag/x"]);
        for op in [
            "StringNotEquals",
            "StringNotLike",
            "StringNotEqualsIgnoreCase",
            "NumericNotEquals",
            "DateNotEquals",
            "NotIpAddress",
            "ArnNotEquals",
            "ArnNotLike",
        ] {
            assert!(
                holds(&one(op, "a:b", r#""1""#), &empty),
                "{op} on a missing key is true"
            );
        }
        for (op, _, _) in OPERATORS.iter().filter(|(name, _, _)| *name != "Null") {
            let if_exists = format!("{op}IfExists");
            assert!(
                holds(&one(&if_exists, "a:b", r#""1""#), &empty),
                "{if_exists} on a missing key is true"
            );
        }
        let present = ContextKeys::new().with_string("a:b", "2");
        assert!(!holds(
            &one("StringEqualsIfExists", "a:b", r#""1""#),
            &present
        ));
        assert!(holds(
            &one("NumericGreaterThanIfExists", "a:b", r#""1""#),
            &present
        ));
    }

    #[test]
    fn numeric_family() {
        let keys = ContextKeys::new()
            .with_number("aws:MultiFactorAuthAge", 300.0)
            .with_string("s:n", "10");
        let age = "aws:MultiFactorAuthAge";
        assert!(holds(&one("NumericEquals", age, "300"), &keys));
        assert!(holds(&one("NumericNotEquals", age, "\"301\""), &keys));
        assert!(holds(&one("NumericLessThan", age, "3600"), &keys));
        assert!(!holds(&one("NumericLessThan", age, "300"), &keys));
        assert!(holds(&one("NumericLessThanEquals", age, "300"), &keys));
        assert!(holds(&one("NumericGreaterThan", age, "299.5"), &keys));
        assert!(holds(&one("NumericGreaterThanEquals", age, "300"), &keys));
        assert!(holds(&one("NumericEquals", "s:n", "10"), &keys));
        assert!(!holds(&one("NumericEquals", age, "\"abc\""), &keys));
    }

    #[test]
    fn date_family() {
        let now = time::OffsetDateTime::parse("2024-05-01T12:00:00Z", &Rfc3339).unwrap();
        let keys = ContextKeys::new()
            .with_date("aws:CurrentTime", now)
            .with_string("aws:TokenIssueTime", "2024-05-01T11:00:00Z");
        let t = "aws:CurrentTime";
        assert!(holds(
            &one("DateEquals", t, r#""2024-05-01T12:00:00Z""#),
            &keys
        ));
        assert!(
            holds(&one("DateEquals", t, "1714564800"), &keys),
            "epoch seconds"
        );
        assert!(holds(&one("DateNotEquals", t, r#""2024-05-01""#), &keys));
        assert!(holds(&one("DateGreaterThan", t, r#""2024-05-01""#), &keys));
        assert!(holds(
            &one("DateGreaterThanEquals", t, r#""2024-05-01T14:00:00+02:00""#),
            &keys
        ));
        assert!(holds(
            &one("DateLessThan", t, r#""2025-01-01T00:00:00Z""#),
            &keys
        ));
        assert!(!holds(
            &one("DateLessThanEquals", t, r#""2024-05-01T11:59:59Z""#),
            &keys
        ));
        assert!(holds(
            &one(
                "DateLessThan",
                "aws:TokenIssueTime",
                r#""2024-05-01T12:00:00Z""#
            ),
            &keys
        ));
        assert!(!holds(&one("DateEquals", t, r#""not a date""#), &keys));
    }

    #[test]
    fn bool_binary_ip_arn() {
        let keys = ContextKeys::new()
            .with_bool("aws:SecureTransport", true)
            .with_string("aws:MultiFactorAuthPresent", "false")
            .with_binary("k:bin", b"hello".to_vec())
            .with_ip("aws:SourceIp", "203.0.113.9".parse().unwrap())
            .with_string("k:ip6", "2001:db8::1")
            .with_string("aws:SourceArn", "arn:aws:s3:::bucket/key");
        assert!(holds(&one("Bool", "aws:SecureTransport", "true"), &keys));
        assert!(holds(
            &one("Bool", "aws:SecureTransport", r#""TRUE""#),
            &keys
        ));
        assert!(!holds(
            &one("Bool", "aws:MultiFactorAuthPresent", r#""true""#),
            &keys
        ));
        assert!(holds(&one("BinaryEquals", "k:bin", r#""aGVsbG8=""#), &keys));
        assert!(!holds(
            &one("BinaryEquals", "k:bin", r#""aGVsbA==""#),
            &keys
        ));
        assert!(holds(
            &one(
                "IpAddress",
                "aws:SourceIp",
                r#"["10.0.0.0/8","203.0.113.0/24"]"#
            ),
            &keys
        ));
        assert!(holds(
            &one("IpAddress", "aws:SourceIp", r#""203.0.113.9""#),
            &keys
        ));
        assert!(!holds(
            &one("NotIpAddress", "aws:SourceIp", r#""203.0.113.0/24""#),
            &keys
        ));
        assert!(holds(
            &one("IpAddress", "k:ip6", r#""2001:db8::/32""#),
            &keys
        ));
        assert!(!holds(
            &one("IpAddress", "k:ip6", r#""203.0.113.0/24""#),
            &keys
        ));
        assert!(holds(
            &one("ArnLike", "aws:SourceArn", r#""arn:aws:s3:::bucket/*""#),
            &keys
        ));
        assert!(holds(
            &one("ArnEquals", "aws:SourceArn", r#""arn:aws:s3:::bucket/*""#),
            &keys
        ));
        assert!(!holds(
            &one("ArnNotLike", "aws:SourceArn", r#""arn:aws:s3:::*""#),
            &keys
        ));
        assert!(holds(
            &one("ArnNotEquals", "aws:SourceArn", r#""arn:aws:s3:::other""#),
            &keys
        ));
    }

    #[test]
    fn null_operator() {
        let keys = ContextKeys::new()
            .with_string("a:present", "x")
            .with_strings("a:empty", Vec::<String>::new());
        assert!(holds(&one("Null", "a:absent", "true"), &keys));
        assert!(!holds(&one("Null", "a:absent", "false"), &keys));
        assert!(holds(&one("Null", "a:present", "false"), &keys));
        assert!(!holds(&one("Null", "a:present", r#""true""#), &keys));
        assert!(holds(&one("Null", "a:empty", "true"), &keys));
    }

    #[test]
    fn set_qualifiers() {
        let keys = ContextKeys::new()
            .with_strings("aws:TagKeys", ["env", "team"])
            .with_strings("a:empty", Vec::<String>::new())
            .with(
                "a:single",
                ContextValue::Single(Scalar::String("env".into())),
            );
        let tags = "aws:TagKeys";
        assert!(holds(
            &one(
                "ForAllValues:StringEquals",
                tags,
                r#"["env","team","cost"]"#
            ),
            &keys
        ));
        assert!(!holds(
            &one("ForAllValues:StringEquals", tags, r#"["env"]"#),
            &keys
        ));
        assert!(holds(
            &one("ForAnyValue:StringEquals", tags, r#"["env"]"#),
            &keys
        ));
        assert!(!holds(
            &one("ForAnyValue:StringEquals", tags, r#"["cost"]"#),
            &keys
        ));
        assert!(holds(
            &one("ForAnyValue:StringNotEquals", tags, r#"["env"]"#),
            &keys
        ));
        assert!(!holds(
            &one("ForAllValues:StringNotEquals", tags, r#"["env"]"#),
            &keys
        ));
        assert!(holds(
            &one("ForAllValues:StringLike", tags, r#"["e*","t*"]"#),
            &keys
        ));
        assert!(holds(
            &one("forallvalues:stringequals", "a:single", r#""env""#),
            &keys
        ));
        // Empty and absent sets.
        for key in ["a:empty", "a:absent"] {
            assert!(
                holds(&one("ForAllValues:StringEquals", key, r#""x""#), &keys),
                "{key}"
            );
            assert!(
                !holds(&one("ForAnyValue:StringEquals", key, r#""x""#), &keys),
                "{key}"
            );
            assert!(
                !holds(&one("ForAnyValue:StringNotEquals", key, r#""x""#), &keys),
                "{key}"
            );
            assert!(
                holds(
                    &one("ForAnyValue:StringEqualsIfExists", key, r#""x""#),
                    &keys
                ),
                "{key}"
            );
        }
        // No qualifier on a multivalued key: any value matches / no value matches.
        assert!(holds(&one("StringEquals", tags, r#""team""#), &keys));
        assert!(!holds(&one("StringNotEquals", tags, r#""team""#), &keys));
    }

    #[test]
    fn clauses_are_anded_values_ored() {
        let keys = ContextKeys::new()
            .with_string("a:x", "1")
            .with_string("a:y", "2");
        assert!(holds(
            r#"{"StringEquals": {"a:x": ["0","1"], "a:y": "2"}}"#,
            &keys
        ));
        assert!(!holds(
            r#"{"StringEquals": {"a:x": "1"}, "StringLike": {"a:y": "3*"}}"#,
            &keys
        ));
        let c = condition(r#"{"StringEquals": {"a:x": "${aws:username}"}, "Null": {"a:z": true}}"#);
        assert_eq!(c.keys().collect::<Vec<_>>(), ["a:x", "a:z"]);
        assert_eq!(
            c.variables().map(|v| v.key.as_str()).collect::<Vec<_>>(),
            ["aws:username"]
        );
    }

    /// Source: IAM User Guide, "IAM JSON policy elements: Condition operators", the "Policy
    /// variables" line of each family: supported for String, ARN and Boolean, not supported for
    /// Numeric, Date, Binary, IP address; "You can not use a policy variable with the Null
    /// condition operator".
    #[test]
    fn variables_in_the_operators_aws_substitutes_them_in() {
        let keys = ContextKeys::new()
            .with_string("a:n", "5")
            .with_string("aws:username", "5")
            .with_string("a:ip", "10.0.0.1")
            .with_string("a:net", "10.0.0.0/8")
            .with_bool("aws:SecureTransport", true)
            .with_bool("a:flag", true);
        // Not substituted: "${aws:username}" is no number, so it matches nothing.
        assert!(!holds(
            &one("NumericEquals", "a:n", r#""${aws:username}""#),
            &keys
        ));
        assert!(!holds(&one("IpAddress", "a:ip", r#""${a:net}""#), &keys));
        assert!(holds(
            &one("StringEquals", "a:n", r#""${aws:username}""#),
            &keys
        ));
        assert!(holds(
            &one("Bool", "a:flag", r#""${aws:SecureTransport}""#),
            &keys
        ));
        assert!(!holds(&one("Bool", "a:flag", r#""${a:absent}""#), &keys));
        assert!(holds(
            &one("Bool", "a:flag", r#""${a:absent, 'true'}""#),
            &keys
        ));
        let legacy = Condition::parse(
            &json::parse(&one("StringEquals", "a:n", r#""${aws:username}""#)).unwrap(),
            false,
        )
        .unwrap();
        assert!(!legacy.evaluate(&keys, &mut |_| {}));
    }
}
