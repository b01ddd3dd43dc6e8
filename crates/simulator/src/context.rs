//! `ContextEntries` → typed condition keys.

use std::net::IpAddr;

use base64::Engine as _;
use gatehouse_policy::{ContextKeys, ContextValue, Scalar};
use gatehouse_protocol::iam::{ContextEntry, ContextKeyTypeEnum};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::error::SimulatorError;

/// The scalar type behind a `ContextKeyType`, and whether the key is multivalued.
fn scalar_type(kind: ContextKeyTypeEnum) -> (ScalarType, bool) {
    use ContextKeyTypeEnum as K;
    match kind {
        K::String => (ScalarType::String, false),
        K::StringList => (ScalarType::String, true),
        K::Numeric => (ScalarType::Numeric, false),
        K::NumericList => (ScalarType::Numeric, true),
        K::Boolean => (ScalarType::Boolean, false),
        K::BooleanList => (ScalarType::Boolean, true),
        K::Ip => (ScalarType::Ip, false),
        K::IpList => (ScalarType::Ip, true),
        K::Binary => (ScalarType::Binary, false),
        K::BinaryList => (ScalarType::Binary, true),
        K::Date => (ScalarType::Date, false),
        K::DateList => (ScalarType::Date, true),
    }
}

/// The value types a context entry can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ScalarType {
    String,
    Numeric,
    Boolean,
    Ip,
    Binary,
    Date,
}

impl ScalarType {
    fn name(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Numeric => "numeric",
            Self::Boolean => "boolean",
            Self::Ip => "ip",
            Self::Binary => "binary",
            Self::Date => "date",
        }
    }

    /// Parses one value as text is written in `ContextKeyValues`.
    fn parse(self, text: &str) -> Option<Scalar> {
        match self {
            Self::String => Some(Scalar::String(text.to_owned())),
            Self::Numeric => text
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|number| number.is_finite())
                .map(Scalar::Number),
            Self::Boolean => match text.trim().to_ascii_lowercase().as_str() {
                "true" => Some(Scalar::Bool(true)),
                "false" => Some(Scalar::Bool(false)),
                _ => None,
            },
            Self::Ip => text.trim().parse::<IpAddr>().ok().map(Scalar::Ip),
            Self::Binary => base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .ok()
                .map(Scalar::Binary),
            Self::Date => parse_date(text.trim()).map(Scalar::Date),
        }
    }
}

/// An ISO 8601 / RFC 3339 instant, or seconds since the epoch.
fn parse_date(text: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).ok().or_else(|| {
        text.parse::<i64>()
            .ok()
            .and_then(|seconds| OffsetDateTime::from_unix_timestamp(seconds).ok())
    })
}

/// Turns `ContextEntries` into the condition keys of the simulated requests. A later entry
/// for the same key (in any letter case) replaces an earlier one. An entry without a type is
/// a string (list when it has several values).
///
/// # Errors
/// `InvalidInput` for an entry without a name or with a value that is not of its type.
pub(crate) fn context_keys(entries: &[ContextEntry]) -> Result<ContextKeys, SimulatorError> {
    let mut keys = ContextKeys::new();
    for entry in entries {
        let Some(name) = entry.context_key_name.as_deref() else {
            return Err(SimulatorError::invalid(
                "ContextKeyName is required for each context entry.",
            ));
        };
        let texts = entry.context_key_values.as_deref().unwrap_or_default();
        let (scalar, listed) = match entry.context_key_type {
            Some(kind) => scalar_type(kind),
            None => (ScalarType::String, texts.len() != 1),
        };
        let values = texts
            .iter()
            .map(|text| {
                scalar.parse(text).ok_or_else(|| {
                    SimulatorError::invalid(format!(
                        "Invalid value {text} for context key {name} of type {}.",
                        scalar.name()
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let value = match <[Scalar; 1]>::try_from(values) {
            Ok([single]) if !listed => ContextValue::Single(single),
            Ok(single) => ContextValue::Multi(single.into()),
            Err(values) => ContextValue::Multi(values),
        };
        keys.insert(name.to_owned(), value);
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn entry(name: &str, kind: Option<ContextKeyTypeEnum>, values: &[&str]) -> ContextEntry {
        ContextEntry {
            context_key_name: Some(name.into()),
            context_key_values: Some(values.iter().map(|v| (*v).to_owned()).collect()),
            context_key_type: kind,
        }
    }

    fn single(keys: &ContextKeys, name: &str) -> Scalar {
        match keys.get(name) {
            Some(ContextValue::Single(value)) => value.clone(),
            other => panic!("{name}: {other:?}"),
        }
    }

    #[test]
    fn typed_values() {
        use ContextKeyTypeEnum as K;
        let keys = context_keys(&[
            entry("aws:username", Some(K::String), &["alice"]),
            entry("aws:MultiFactorAuthAge", Some(K::Numeric), &["300"]),
            entry("aws:SecureTransport", Some(K::Boolean), &["TRUE"]),
            entry("aws:SourceIp", Some(K::Ip), &["203.0.113.7"]),
            entry("s3:blob", Some(K::Binary), &["aGVsbG8="]),
            entry("aws:CurrentTime", Some(K::Date), &["2019-04-25T11:00:00Z"]),
            entry("aws:EpochTime", Some(K::Date), &["1556190000"]),
            entry("aws:TagKeys", Some(K::StringList), &["a"]),
            entry("untyped:many", None, &["x", "y"]),
        ])
        .unwrap();
        assert_eq!(
            single(&keys, "AWS:USERNAME"),
            Scalar::String("alice".into())
        );
        assert_eq!(
            single(&keys, "aws:multifactorauthage"),
            Scalar::Number(300.0)
        );
        assert_eq!(single(&keys, "aws:securetransport"), Scalar::Bool(true));
        assert_eq!(
            single(&keys, "aws:sourceip"),
            Scalar::Ip("203.0.113.7".parse().unwrap())
        );
        assert_eq!(single(&keys, "s3:blob"), Scalar::Binary(b"hello".to_vec()));
        assert_eq!(
            single(&keys, "aws:currenttime"),
            Scalar::Date(OffsetDateTime::from_unix_timestamp(1_556_190_000).unwrap())
        );
        assert_eq!(
            single(&keys, "aws:epochtime"),
            Scalar::Date(OffsetDateTime::from_unix_timestamp(1_556_190_000).unwrap())
        );
        assert_eq!(
            keys.get("aws:tagkeys"),
            Some(&ContextValue::Multi(vec![Scalar::String("a".into())]))
        );
        assert_eq!(keys.get("untyped:many").map(|v| v.values().len()), Some(2));
    }

    #[test]
    fn refuses_values_of_the_wrong_type() {
        use ContextKeyTypeEnum as K;
        for (kind, text) in [
            (K::Numeric, "ten"),
            (K::Boolean, "yes"),
            (K::Ip, "300.1.1.1"),
            (K::Date, "yesterday"),
            (K::Binary, "***"),
            (K::NumericList, "NaN"),
        ] {
            let err = context_keys(&[entry("k:k", Some(kind), &[text])]).unwrap_err();
            assert!(
                matches!(&err, SimulatorError::InvalidInput(m) if m.contains(text)),
                "{kind:?} {text}: {err:?}"
            );
        }
        let nameless = ContextEntry {
            context_key_name: None,
            context_key_values: None,
            context_key_type: None,
        };
        assert!(matches!(
            context_keys(&[nameless]),
            Err(SimulatorError::InvalidInput(_))
        ));
    }

    proptest! {
        #[test]
        fn never_panics_and_strings_round_trip(text in "\\PC*", kind in 0usize..12) {
            let kind = ContextKeyTypeEnum::ALL.get(kind).copied().unwrap();
            let _ = context_keys(&[entry("k:k", Some(kind), &[&text])]);
            let keys = context_keys(&[entry("k:k", Some(ContextKeyTypeEnum::String), &[&text])]).unwrap();
            prop_assert_eq!(single(&keys, "k:k"), Scalar::String(text));
        }

        #[test]
        fn integers_round_trip(number in -1_000_000_000i64..1_000_000_000) {
            let keys = context_keys(&[entry("k:n", Some(ContextKeyTypeEnum::Numeric), &[&number.to_string()])]).unwrap();
            prop_assert_eq!(single(&keys, "k:n"), Scalar::Number(number as f64));
        }
    }
}
