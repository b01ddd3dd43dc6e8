//! Decoding of query parameters, or of an AWS JSON body, into typed inputs, collecting AWS's
//! validation errors.
//!
//! Generated code drives a [`Decoder`]: it enters each member by its wire name (`RoleArn`) and
//! its validation path name (`roleArn`), reads scalars with the shape's rules, and recurses into
//! structures, lists (`Name.member.N`, or a JSON array) and maps (`Name.entry.N.key` /
//! `.value`). The same generated decoders read both sources; only where a value is found
//! differs. Every constraint violation is recorded with AWS's wording; a query request fails
//! with one `ValidationError` listing all of them, an AWS JSON request as its service answers
//! ([`decode_json_input`]).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use gatehouse_error::{Error, ErrorCode};
use regex::Regex;
use serde_json::Value;
use time::OffsetDateTime;

use crate::{AwsError, QueryParams};

/// A model pattern: the Java regex as AWS quotes it in messages, and its Rust translation.
#[derive(Debug)]
pub struct Pattern {
    java: &'static str,
    rust: &'static str,
    compiled: OnceLock<Option<Regex>>,
}

impl Pattern {
    /// A pattern from the model's Java text and its whole-string Rust equivalent.
    pub const fn new(java: &'static str, rust: &'static str) -> Self {
        Self {
            java,
            rust,
            compiled: OnceLock::new(),
        }
    }

    /// The compiled Rust regex, built once; `None` only if the translation does not compile
    /// (a test over every generated pattern guarantees it does).
    pub fn regex(&self) -> Option<&Regex> {
        self.compiled
            .get_or_init(|| Regex::new(self.rust).ok())
            .as_ref()
    }

    /// Whether `value` matches, through this thread's own clone of the compiled regex: a
    /// `Regex` serves the thread that used it first from a cache without a lock, and every
    /// other thread from a pool behind a mutex; a clone per thread (sharing the compiled
    /// program) makes each serving thread the first.
    fn is_match(&self, value: &str) -> bool {
        thread_local! {
            /// Compiled patterns by their source text.
            static PER_THREAD: RefCell<HashMap<&'static str, Regex, foldhash::fast::FixedState>> =
                RefCell::new(HashMap::default());
        }
        let Some(shared) = self.regex() else {
            return true;
        };
        PER_THREAD.with_borrow_mut(|regexes| {
            regexes
                .entry(self.rust)
                .or_insert_with(|| shared.clone())
                .is_match(value)
        })
    }
}

/// Constraints of a string shape.
#[derive(Debug)]
pub struct StringRules {
    /// Minimum length (UTF-16 code units, as AWS counts).
    pub min: Option<usize>,
    /// Maximum length.
    pub max: Option<usize>,
    /// Regular expression the whole value must match.
    pub pattern: Option<&'static Pattern>,
    /// Allowed values of an enum shape (empty when any value is allowed).
    pub values: &'static [&'static str],
    /// Whether the value must not be echoed in messages.
    pub sensitive: bool,
}

/// Constraints of an integer shape.
#[derive(Debug)]
pub struct IntRules {
    /// Smallest allowed value.
    pub min: Option<i64>,
    /// Largest allowed value.
    pub max: Option<i64>,
}

/// Constraints on the number of entries of a list or map shape.
#[derive(Debug)]
pub struct CountRules {
    /// Fewest entries.
    pub min: Option<usize>,
    /// Most entries.
    pub max: Option<usize>,
}

/// The kind of constraint a value broke, for services that name it (Organizations'
/// `InvalidInputException` reasons).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    /// A required member is absent.
    Required,
    /// Shorter (or fewer) than the minimum.
    MinLength,
    /// Longer (or more) than the maximum.
    MaxLength,
    /// Does not match the pattern.
    Pattern,
    /// Not one of the enumeration's values.
    Enum,
    /// Below the minimum value.
    MinValue,
    /// Above the maximum value.
    MaxValue,
    /// Not a number or a boolean where one is due.
    Form,
}

/// The body of an AWS JSON request: one JSON object.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonInput(Value);

impl JsonInput {
    /// The request body as AWS JSON services read it: an empty body is an empty object;
    /// anything but a JSON object is refused with `SerializationException`.
    pub fn parse(body: &[u8]) -> Result<Self, AwsError> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Self(Value::Object(serde_json::Map::new())));
        }
        match serde_json::from_slice(body) {
            Ok(value @ Value::Object(_)) => Ok(Self(value)),
            // Ours: AWS documents the code, not its words.
            _ => Err(serialization("The request body is not a JSON object.")),
        }
    }
}

/// `SerializationException` (400): the request's JSON cannot be read as the input.
fn serialization(message: impl Into<String>) -> AwsError {
    Error::new(ErrorCode::SerializationException, message).into()
}

/// Where a decoder reads.
#[derive(Debug)]
enum Source<'a> {
    /// Query parameters, found by their wire key (`Tags.member.1.Key`), built in `wire`.
    Query {
        params: &'a QueryParams,
        wire: String,
    },
    /// An AWS JSON body: the values entered, innermost last (`None`: absent or `null`).
    Json { stack: Vec<Option<&'a Value>> },
}

/// Walks the input of one request, tracking where it is and the validation path.
#[derive(Debug)]
pub struct Decoder<'a> {
    source: Source<'a>,
    path: String,
    violations: Vec<String>,
    /// The kind of the first violation.
    first: Option<Broken>,
    /// The first value of the wrong JSON type, as a message.
    mistyped: Option<String>,
}

/// Decodes the input structure of one operation, failing with `ValidationError` on any violation.
pub fn decode_input<T>(
    params: &QueryParams,
    decode: fn(&mut Decoder<'_>) -> Option<T>,
) -> Result<T, AwsError> {
    let mut decoder = Decoder::new(params);
    let value = decode(&mut decoder);
    match value {
        Some(value) if decoder.violations.is_empty() => Ok(value),
        _ => Err(AwsError::validation(&decoder.violations)),
    }
}

/// Decodes the input structure of an AWS JSON operation. A value of the wrong JSON type is
/// `SerializationException`; a broken constraint is `InvalidInputException`, as Organizations
/// (gatehouse's AWS JSON service) answers it, with the words for the first constraint broken.
pub fn decode_json_input<T>(
    input: &JsonInput,
    decode: fn(&mut Decoder<'_>) -> Option<T>,
) -> Result<T, AwsError> {
    let mut decoder = Decoder {
        source: Source::Json {
            stack: vec![Some(&input.0)],
        },
        path: String::new(),
        violations: Vec::new(),
        first: None,
        mistyped: None,
    };
    let value = decode(&mut decoder);
    if let Some(message) = decoder.mistyped {
        return Err(serialization(message));
    }
    match (value, decoder.first) {
        (Some(value), None) => Ok(value),
        (_, first) => Err(invalid_input(first.unwrap_or(Broken::Required))),
    }
}

/// Organizations' `InvalidInputException` for a broken constraint. The pattern's words are
/// AWS's recorded answer (boto/boto3 issue 4565, RoadieHQ/roadie-backstage-plugins issue
/// 1391: "You provided a value that does not match the required pattern."); the others are
/// the model's description of each reason (`InvalidInputException`'s documentation).
fn invalid_input(broken: Broken) -> AwsError {
    let message = match broken {
        Broken::Required => "You must include a value for all required parameters.",
        Broken::MinLength => "You provided a string parameter that is shorter than allowed.",
        Broken::MaxLength => "You provided a string parameter that is longer than allowed.",
        Broken::Pattern => "You provided a value that does not match the required pattern.",
        Broken::Enum | Broken::Form => "You specified an invalid value.",
        Broken::MinValue => {
            "You provided a numeric parameter that has a smaller value than allowed."
        }
        Broken::MaxValue => {
            "You provided a numeric parameter that has a larger value than allowed."
        }
    };
    Error::new(ErrorCode::InvalidInputException, message).into()
}

impl<'a> Decoder<'a> {
    /// A decoder positioned at the top level of `params`.
    pub fn new(params: &'a QueryParams) -> Self {
        Self {
            source: Source::Query {
                params,
                wire: String::new(),
            },
            path: String::new(),
            violations: Vec::new(),
            first: None,
            mistyped: None,
        }
    }

    /// The JSON value at the current position, if present.
    fn json(&self) -> Option<&'a Value> {
        match &self.source {
            Source::Json { stack } => stack.last().copied().flatten(),
            Source::Query { .. } => None,
        }
    }

    /// The query parameter at the current key, if present.
    fn param(&self) -> Option<&'a str> {
        match &self.source {
            Source::Query { params, wire } => {
                let params: &'a QueryParams = params;
                params.get(wire)
            }
            Source::Json { .. } => None,
        }
    }

    /// Records that the JSON value at the current position is not a `expected`.
    fn mistyped(&mut self, expected: &str) {
        if self.mistyped.is_none() {
            // Ours: AWS's JSON services answer SerializationException without documenting words.
            self.mistyped = Some(format!("The value at '{}' must be {expected}.", self.path));
        }
    }

    /// The violations recorded so far.
    pub fn violations(&self) -> &[String] {
        &self.violations
    }

    /// Decodes the member `wire` (validation path name `path`) of the current structure with
    /// `decode`; a required member that is absent (or JSON `null`) is reported as null.
    pub fn member<T>(
        &mut self,
        wire: &str,
        path: &str,
        required: bool,
        decode: fn(&mut Decoder<'a>) -> Option<T>,
    ) -> Option<T> {
        let path_len = self.path.len();
        push_segment(&mut self.path, path);
        let wire_len = match &mut self.source {
            Source::Query { wire: key, .. } => {
                let len = key.len();
                push_segment(key, wire);
                len
            }
            Source::Json { stack } => {
                let child = stack
                    .last()
                    .copied()
                    .flatten()
                    .and_then(Value::as_object)
                    .and_then(|object| object.get(wire))
                    .filter(|value| !value.is_null());
                stack.push(child);
                0
            }
        };
        let before = self.violations.len();
        let value = decode(self);
        if value.is_none() && required && self.violations.len() == before {
            let message = format!(
                "Value null at '{}' failed to satisfy constraint: Member must not be null",
                self.path
            );
            self.record(Broken::Required, message);
        }
        match &mut self.source {
            Source::Query { wire, .. } => wire.truncate(wire_len),
            Source::Json { stack } => {
                stack.pop();
            }
        }
        self.path.truncate(path_len);
        value
    }

    /// Whether a structure is present at the current position: a parameter under the current
    /// key (`Key.…`), or a JSON object.
    pub fn has_children(&mut self) -> bool {
        match &mut self.source {
            Source::Query { params, wire } => {
                let key_len = wire.len();
                wire.push('.');
                let present = !params.with_prefix(wire).is_empty();
                wire.truncate(key_len);
                present
            }
            Source::Json { .. } => match self.json() {
                Some(Value::Object(_)) => true,
                Some(_) => {
                    self.mistyped("an object");
                    false
                }
                None => false,
            },
        }
    }

    /// The current value checked against `rules` (length, pattern, enum set).
    pub fn text(&mut self, rules: &StringRules) -> Option<&'a str> {
        let value = match self.json() {
            Some(Value::String(text)) => text.as_str(),
            Some(_) => {
                self.mistyped("a string");
                return None;
            }
            None => self.param()?,
        };
        for (broken, constraint) in rules.broken_by(value) {
            self.violation(broken, value, rules.sensitive, &constraint);
        }
        if !rules.values.is_empty() && !rules.values.contains(&value) {
            let constraint = format!(
                "Member must satisfy enum value set: [{}]",
                rules.values.join(", ")
            );
            self.violation(Broken::Enum, value, rules.sensitive, &constraint);
            return None;
        }
        Some(value)
    }

    /// The current value as an integer checked against `rules`.
    pub fn integer(&mut self, rules: &IntRules) -> Option<i32> {
        let (raw, parsed) = match self.json() {
            Some(Value::Number(number)) => (
                number.to_string(),
                number.as_i64().and_then(|n| i32::try_from(n).ok()),
            ),
            Some(_) => {
                self.mistyped("a number");
                return None;
            }
            None => {
                let raw = self.param()?;
                (raw.to_owned(), raw.trim().parse::<i32>().ok())
            }
        };
        let Some(value) = parsed else {
            self.violation(Broken::Form, &raw, false, "Member must be a number");
            return None;
        };
        if let Some(min) = rules.min.filter(|&min| i64::from(value) < min) {
            let constraint = format!("Member must have value greater than or equal to {min}");
            self.violation(Broken::MinValue, &raw, false, &constraint);
        }
        if let Some(max) = rules.max.filter(|&max| i64::from(value) > max) {
            let constraint = format!("Member must have value less than or equal to {max}");
            self.violation(Broken::MaxValue, &raw, false, &constraint);
        }
        Some(value)
    }

    /// The current value as a boolean (`true` / `false`, any case, or a JSON boolean).
    pub fn boolean(&mut self) -> Option<bool> {
        match self.json() {
            Some(Value::Bool(value)) => return Some(*value),
            Some(_) => {
                self.mistyped("a boolean");
                return None;
            }
            None => {}
        }
        let raw = self.param()?;
        if raw.eq_ignore_ascii_case("true") {
            Some(true)
        } else if raw.eq_ignore_ascii_case("false") {
            Some(false)
        } else {
            self.violation(Broken::Form, raw, false, "Member must be a boolean");
            None
        }
    }

    /// The current value as a point in time: epoch seconds in AWS JSON, an ISO 8601 (RFC
    /// 3339) date and time in a query.
    pub fn timestamp(&mut self) -> Option<OffsetDateTime> {
        let parsed = match self.json() {
            Some(Value::Number(number)) => number.as_f64().and_then(|seconds| {
                // Whole seconds: the fraction AWS's clients send is below what is kept.
                #[allow(clippy::cast_possible_truncation, reason = "floored epoch seconds")]
                let whole = seconds.floor() as i64;
                OffsetDateTime::from_unix_timestamp(whole).ok()
            }),
            Some(_) => {
                self.mistyped("a timestamp (epoch seconds)");
                return None;
            }
            None => {
                let raw = self.param()?;
                OffsetDateTime::parse(raw, &time::format_description::well_known::Rfc3339).ok()
            }
        };
        if parsed.is_none() {
            // Ours: neither form is one a client sends out of range.
            self.mistyped("a timestamp");
        }
        parsed
    }

    /// A list at the current key: `Key.member.N` entries in index order, or the bare `Key=` as
    /// an empty list (or a JSON array); `None` when neither is present.
    pub fn list<T>(
        &mut self,
        rules: &CountRules,
        element: fn(&mut Decoder<'a>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let mut items = Vec::new();
        if let Source::Json { .. } = self.source {
            let elements = self.json_array()?;
            for (index, value) in (1..).zip(elements) {
                let path_len = self.path.len();
                let _ = write!(self.path, ".{index}.member");
                self.enter_json(value);
                if let Some(item) = element(self) {
                    items.push(item);
                }
                self.leave_json();
                self.path.truncate(path_len);
            }
        } else {
            let indices = self.indices("member")?;
            for index in indices {
                let (wire_len, path_len) = (self.wire_len(), self.path.len());
                self.push_wire(&format!(".member.{index}"));
                let _ = write!(self.path, ".{index}.member");
                if let Some(item) = element(self) {
                    items.push(item);
                }
                self.truncate_wire(wire_len);
                self.path.truncate(path_len);
            }
        }
        self.check_count(rules, items.len());
        Some(items)
    }

    /// A list of strings at the current key, checked against its count rules and, for every
    /// member, the member's string rules. A member that breaks any of them is reported once, at
    /// the list, with every rule a member has, as AWS words it (recorded for UntagPolicy's
    /// `TagKeys`, LocalStack's AWS-validated `test_iam_policies.snapshot.json`
    /// `test_policy_tag_update_errors`, February 2026): "Value at 'tagKeys' failed to satisfy
    /// constraint: Member must satisfy constraint: [Member must have length less than or equal to
    /// 128, Member must have length greater than or equal to 1, Member must satisfy regular
    /// expression pattern: …, Member must not be null]".
    pub fn text_list(&mut self, rules: &CountRules, member: &StringRules) -> Option<Vec<String>> {
        let mut items = Vec::new();
        let mut broken = None;
        let mut take = |value: &str, broken: &mut Option<Broken>| {
            if broken.is_none() {
                *broken = member.broken_by(value).first().map(|(kind, _)| *kind);
            }
            items.push(value.to_owned());
        };
        if let Source::Json { .. } = self.source {
            for value in self.json_array()? {
                match value.as_str() {
                    Some(text) => take(text, &mut broken),
                    None => self.mistyped("a list of strings"),
                }
            }
        } else {
            for index in self.indices("member")? {
                let wire_len = self.wire_len();
                self.push_wire(&format!(".member.{index}"));
                if let Some(value) = self.param() {
                    take(value, &mut broken);
                }
                self.truncate_wire(wire_len);
            }
        }
        if let Some(kind) = broken {
            let mut constraints = Vec::with_capacity(4);
            constraints.extend(member.max.map(at_most));
            constraints.extend(member.min.map(at_least));
            constraints.extend(member.pattern.map(matching));
            constraints.push("Member must not be null".to_owned());
            let constraint = format!(
                "Member must satisfy constraint: [{}]",
                constraints.join(", ")
            );
            self.violation(kind, "", true, &constraint);
        }
        self.check_count(rules, items.len());
        Some(items)
    }

    /// A map at the current key: `Key.entry.N.key` / `Key.entry.N.value` pairs in index order,
    /// or the bare `Key=` as an empty map; `None` when neither is present. The generator
    /// refuses maps in AWS JSON inputs, so a JSON value here is the wrong type.
    pub fn map<K, V>(
        &mut self,
        rules: &CountRules,
        key: fn(&mut Decoder<'a>) -> Option<K>,
        value: fn(&mut Decoder<'a>) -> Option<V>,
    ) -> Option<Vec<(K, V)>> {
        if let Source::Json { .. } = self.source {
            self.mistyped("a map of the query protocol");
            return None;
        }
        let indices = self.indices("entry")?;
        let mut entries = Vec::with_capacity(indices.len());
        for index in indices {
            let (wire_len, path_len) = (self.wire_len(), self.path.len());
            self.push_wire(&format!(".entry.{index}"));
            let _ = write!(self.path, ".{index}.entry");
            let k = self.member("key", "key", true, key);
            let v = self.member("value", "value", true, value);
            if let (Some(k), Some(v)) = (k, v) {
                entries.push((k, v));
            }
            self.truncate_wire(wire_len);
            self.path.truncate(path_len);
        }
        self.check_count(rules, entries.len());
        Some(entries)
    }

    /// The JSON array at the current position; `None` when absent or of another type.
    fn json_array(&mut self) -> Option<&'a [Value]> {
        match self.json()? {
            Value::Array(elements) => Some(elements),
            _ => {
                self.mistyped("a list");
                None
            }
        }
    }

    fn enter_json(&mut self, value: &'a Value) {
        if let Source::Json { stack } = &mut self.source {
            stack.push(Some(value).filter(|value| !value.is_null()));
        }
    }

    fn leave_json(&mut self) {
        if let Source::Json { stack } = &mut self.source {
            stack.pop();
        }
    }

    fn wire_len(&self) -> usize {
        match &self.source {
            Source::Query { wire, .. } => wire.len(),
            Source::Json { .. } => 0,
        }
    }

    fn push_wire(&mut self, suffix: &str) {
        if let Source::Query { wire, .. } = &mut self.source {
            wire.push_str(suffix);
        }
    }

    fn truncate_wire(&mut self, len: usize) {
        if let Source::Query { wire, .. } = &mut self.source {
            wire.truncate(len);
        }
    }

    /// The distinct 1-based indices N of `Key.<segment>.N[.…]`, ascending; `None` when there
    /// are none and the bare `Key=` (an empty list or map) is absent too.
    fn indices(&mut self, segment: &str) -> Option<Vec<u32>> {
        let Source::Query { params, wire } = &mut self.source else {
            return None;
        };
        // The prefix `Key.<segment>.` is written onto the key and taken off again: this runs
        // for every list and map member an operation has, present or not.
        let key_len = wire.len();
        let bare = params.get(wire) == Some("");
        wire.push('.');
        wire.push_str(segment);
        wire.push('.');
        let prefix_len = wire.len();
        let mut indices: Vec<u32> = params
            .with_prefix(wire)
            .iter()
            .filter_map(|(name, _)| {
                let rest = name.get(prefix_len..)?;
                let digits = rest.split('.').next()?;
                digits.parse::<u32>().ok().filter(|&n| n > 0)
            })
            .collect();
        wire.truncate(key_len);
        indices.sort_unstable();
        indices.dedup();
        (bare || !indices.is_empty()).then_some(indices)
    }

    fn check_count(&mut self, rules: &CountRules, count: usize) {
        if let Some(min) = rules.min.filter(|&min| count < min) {
            self.violation(Broken::MinLength, "", true, &at_least(min));
        }
        if let Some(max) = rules.max.filter(|&max| count > max) {
            self.violation(Broken::MaxLength, "", true, &at_most(max));
        }
    }

    fn violation(&mut self, broken: Broken, value: &str, hide_value: bool, constraint: &str) {
        let message = if hide_value {
            format!(
                "Value at '{}' failed to satisfy constraint: {constraint}",
                self.path
            )
        } else {
            format!(
                "Value '{value}' at '{}' failed to satisfy constraint: {constraint}",
                self.path
            )
        };
        self.record(broken, message);
    }

    fn record(&mut self, broken: Broken, message: String) {
        self.first.get_or_insert(broken);
        self.violations.push(message);
    }
}

fn push_segment(buffer: &mut String, segment: &str) {
    if !buffer.is_empty() {
        buffer.push('.');
    }
    buffer.push_str(segment);
}

/// Length as AWS (Java) counts it: UTF-16 code units.
impl StringRules {
    /// The length and pattern rules `value` breaks, in AWS's words, in the order AWS reports
    /// them for one value: minimum, maximum, pattern (the enum set is checked apart).
    fn broken_by(&self, value: &str) -> Vec<(Broken, String)> {
        let length = utf16_len(value);
        let mut broken = Vec::new();
        broken.extend(
            self.min
                .filter(|&min| length < min)
                .map(|min| (Broken::MinLength, at_least(min))),
        );
        broken.extend(
            self.max
                .filter(|&max| length > max)
                .map(|max| (Broken::MaxLength, at_most(max))),
        );
        broken.extend(
            self.pattern
                .filter(|p| !p.is_match(value))
                .map(|p| (Broken::Pattern, matching(p))),
        );
        broken
    }
}

/// AWS's words for a minimum length or count.
fn at_least(min: usize) -> String {
    format!("Member must have length greater than or equal to {min}")
}

/// AWS's words for a maximum length or count.
fn at_most(max: usize) -> String {
    format!("Member must have length less than or equal to {max}")
}

/// AWS's words for a pattern.
fn matching(pattern: &Pattern) -> String {
    format!(
        "Member must satisfy regular expression pattern: {}",
        pattern.java
    )
}

fn utf16_len(value: &str) -> usize {
    if value.is_ascii() {
        value.len()
    } else {
        value.encode_utf16().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    static NAME_PATTERN: Pattern = Pattern::new(r"[\w+=,.@-]*", r"\A(?:[0-9A-Za-z_+=,.@-]*)\z");
    static NAME: StringRules = StringRules {
        min: Some(2),
        max: Some(64),
        pattern: Some(&NAME_PATTERN),
        values: &[],
        sensitive: false,
    };
    static SECRET: StringRules = StringRules {
        min: Some(4),
        max: None,
        pattern: None,
        values: &[],
        sensitive: true,
    };
    static STATUS: StringRules = StringRules {
        min: None,
        max: None,
        pattern: None,
        values: &["Active", "Inactive", "Expired"],
        sensitive: false,
    };
    static DURATION: IntRules = IntRules {
        min: Some(900),
        max: Some(43200),
    };
    static TAGS: CountRules = CountRules {
        min: None,
        max: Some(2),
    };

    fn name(d: &mut Decoder<'_>) -> Option<String> {
        d.text(&NAME).map(str::to_owned)
    }
    fn secret(d: &mut Decoder<'_>) -> Option<String> {
        d.text(&SECRET).map(str::to_owned)
    }
    fn status(d: &mut Decoder<'_>) -> Option<String> {
        d.text(&STATUS).map(str::to_owned)
    }
    fn duration(d: &mut Decoder<'_>) -> Option<i32> {
        d.integer(&DURATION)
    }
    fn flag(d: &mut Decoder<'_>) -> Option<bool> {
        d.boolean()
    }
    fn tag(d: &mut Decoder<'_>) -> Option<(String, String)> {
        if !d.has_children() {
            return None;
        }
        let key = d.member("Key", "key", true, name);
        let value = d.member("Value", "value", true, name);
        Some((key?, value?))
    }
    fn tags(d: &mut Decoder<'_>) -> Option<Vec<(String, String)>> {
        d.list(&TAGS, tag)
    }
    fn names(d: &mut Decoder<'_>) -> Option<Vec<String>> {
        d.list(
            &CountRules {
                min: None,
                max: None,
            },
            name,
        )
    }
    fn props(d: &mut Decoder<'_>) -> Option<Vec<(String, String)>> {
        d.map(
            &CountRules {
                min: None,
                max: None,
            },
            name,
            name,
        )
    }

    fn violations_for(pairs: &[(&str, &str)], decode: fn(&mut Decoder<'_>)) -> Vec<String> {
        let params = QueryParams::from_pairs(pairs.iter().copied());
        let mut d = Decoder::new(&params);
        decode(&mut d);
        d.violations
    }

    #[test]
    fn null_for_missing_required() {
        let v = violations_for(&[], |d| {
            d.member("RoleSessionName", "roleSessionName", true, name);
        });
        assert_eq!(
            v,
            [
                "Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null"
            ]
        );
    }

    #[test]
    fn patterns_match_alike_on_every_thread() {
        static DIGITS: Pattern = Pattern::new(r"[0-9]+", r"\A(?:[0-9]+)\z");
        let check = || {
            for _ in 0..3 {
                assert!(NAME_PATTERN.is_match("alice@example.com"));
                assert!(!NAME_PATTERN.is_match("no spaces"));
                assert!(DIGITS.is_match("2026"));
                assert!(!DIGITS.is_match("alice"));
            }
        };
        check();
        std::thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(check);
            }
        });
    }

    #[test]
    fn every_string_message_form() {
        let v = violations_for(
            &[("N", "a:b"), ("S", "x"), ("T", "Gone"), ("L", "a")],
            |d| {
                d.member("N", "roleSessionName", true, name);
                d.member("S", "webIdentityToken", true, secret);
                d.member("T", "status", false, status);
                d.member("L", "name", false, name);
            },
        );
        assert_eq!(
            v,
            [
                r"Value 'a:b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*",
                "Value at 'webIdentityToken' failed to satisfy constraint: Member must have length greater than or equal to 4",
                "Value 'Gone' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive, Expired]",
                "Value 'a' at 'name' failed to satisfy constraint: Member must have length greater than or equal to 2",
            ]
        );
        let long = "a".repeat(65);
        let v = violations_for(&[("N", long.as_str())], |d| {
            d.member("N", "roleSessionName", true, name);
        });
        assert_eq!(
            v,
            [format!(
                "Value '{long}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64"
            )]
        );
    }

    #[test]
    fn integer_and_boolean_forms() {
        let v = violations_for(
            &[("D", "60"), ("E", "50000"), ("F", "x"), ("B", "yes")],
            |d| {
                d.member("D", "durationSeconds", false, duration);
                d.member("E", "durationSeconds", false, duration);
                d.member("F", "durationSeconds", false, duration);
                d.member("B", "flag", false, flag);
            },
        );
        assert_eq!(
            v,
            [
                "Value '60' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
                "Value '50000' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
                "Value 'x' at 'durationSeconds' failed to satisfy constraint: Member must be a number",
                "Value 'yes' at 'flag' failed to satisfy constraint: Member must be a boolean",
            ]
        );
    }

    #[test]
    fn lists_of_structures_unsorted_with_gaps() {
        let params = QueryParams::from_pairs([
            ("Tags.member.10.Key", "kk"),
            ("Tags.member.10.Value", "vv"),
            ("Tags.member.2.Value", "v2"),
            ("Tags.member.2.Key", "k2"),
        ]);
        let mut d = Decoder::new(&params);
        let list = d.member("Tags", "tags", false, tags);
        assert_eq!(
            list,
            Some(vec![("k2".into(), "v2".into()), ("kk".into(), "vv".into())])
        );
        assert!(d.violations.is_empty());
    }

    #[test]
    fn nested_member_paths() {
        let v = violations_for(
            &[("Tags.member.1.Key", "k:"), ("Tags.member.3.Value", "vv")],
            |d| {
                d.member("Tags", "tags", false, tags);
            },
        );
        assert_eq!(
            v,
            [
                r"Value 'k:' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*",
                "Value null at 'tags.1.member.value' failed to satisfy constraint: Member must not be null",
                "Value null at 'tags.3.member.key' failed to satisfy constraint: Member must not be null",
            ]
        );
    }

    #[test]
    fn list_count_limit() {
        let v = violations_for(
            &[
                ("Tags.member.1.Key", "aa"),
                ("Tags.member.1.Value", "aa"),
                ("Tags.member.2.Key", "bb"),
                ("Tags.member.2.Value", "bb"),
                ("Tags.member.3.Key", "cc"),
                ("Tags.member.3.Value", "cc"),
            ],
            |d| {
                d.member("Tags", "tags", false, tags);
            },
        );
        assert_eq!(
            v,
            [
                "Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 2"
            ]
        );
    }

    #[test]
    fn bare_key_is_empty_list_and_absent_is_none() {
        let params = QueryParams::from_pairs([("Tags", ""), ("Other", "x")]);
        let mut d = Decoder::new(&params);
        assert_eq!(d.member("Tags", "tags", false, tags), Some(vec![]));
        assert_eq!(d.member("Missing", "missing", false, tags), None);
        assert_eq!(d.member("Other", "other", false, tags), None);
    }

    #[test]
    fn scalar_lists_and_maps() {
        let params = QueryParams::from_pairs([
            ("Keys.member.2", "bb"),
            ("Keys.member.1", "aa"),
            ("Props.entry.1.key", "k1"),
            ("Props.entry.1.value", "v1"),
            ("Props.entry.2.key", "k2"),
        ]);
        let mut d = Decoder::new(&params);
        assert_eq!(
            d.member("Keys", "keys", false, names),
            Some(vec!["aa".into(), "bb".into()])
        );
        assert_eq!(
            d.member("Props", "props", false, props),
            Some(vec![("k1".into(), "v1".into())])
        );
        assert_eq!(
            d.violations,
            [
                "Value null at 'props.2.entry.value' failed to satisfy constraint: Member must not be null"
            ]
        );
    }

    #[test]
    fn decode_input_reports_all() {
        fn input(d: &mut Decoder<'_>) -> Option<(String, String)> {
            let a = d.member("A", "a", true, name);
            let b = d.member("B", "b", true, name);
            Some((a?, b?))
        }
        let err = decode_input(&QueryParams::default(), input).err();
        assert_eq!(
            err.map(|e| e.message),
            Some("2 validation errors detected: Value null at 'a' failed to satisfy constraint: Member must not be null; Value null at 'b' failed to satisfy constraint: Member must not be null".to_owned())
        );
        let ok = decode_input(&QueryParams::from_pairs([("A", "xx"), ("B", "yy")]), input);
        assert_eq!(ok, Ok(("xx".to_owned(), "yy".to_owned())));
    }

    fn json(text: &str) -> JsonInput {
        JsonInput::parse(text.as_bytes()).unwrap()
    }

    /// A name, maybe tags, maybe a duration.
    type Tagged = (String, Option<Vec<(String, String)>>, Option<i32>);

    fn tagged(d: &mut Decoder<'_>) -> Option<Tagged> {
        let name = d.member("Name", "name", true, name);
        let tags = d.member("Tags", "tags", false, tags);
        let duration = d.member("Duration", "duration", false, duration);
        Some((name?, tags, duration))
    }

    #[test]
    fn json_bodies_decode_through_the_same_decoders() {
        let input =
            json(r#"{"Name": "bob", "Tags": [{"Key": "kk", "Value": "vv"}], "Duration": 900}"#);
        assert_eq!(
            decode_json_input(&input, tagged),
            Ok((
                "bob".to_owned(),
                Some(vec![("kk".to_owned(), "vv".to_owned())]),
                Some(900)
            ))
        );
        // An empty body is an empty object; null is absent.
        let empty = JsonInput::parse(b"").unwrap();
        assert_eq!(empty, json("{}"));
        let null = decode_json_input(&json(r#"{"Name": "bob", "Tags": null}"#), tagged);
        assert_eq!(null.map(|(_, tags, _)| tags), Ok(None));
    }

    #[test]
    fn json_refusals_name_the_first_broken_constraint() {
        let code_and_message = |body: &str| {
            decode_json_input(&json(body), tagged)
                .map(|_| ())
                .map_err(|e| (e.code.into_owned(), e.message))
        };
        // Organizations' recorded words for a pattern (boto3 issue 4565).
        assert_eq!(
            code_and_message(r#"{"Name": "a:b"}"#),
            Err((
                "InvalidInputException".to_owned(),
                "You provided a value that does not match the required pattern.".to_owned()
            ))
        );
        assert_eq!(
            code_and_message("{}").unwrap_err().1,
            "You must include a value for all required parameters."
        );
        assert_eq!(
            code_and_message(r#"{"Name": "bob", "Duration": 60}"#)
                .unwrap_err()
                .1,
            "You provided a numeric parameter that has a smaller value than allowed."
        );
        // A value of the wrong type, and a body that is no object: SerializationException.
        let mistyped = code_and_message(r#"{"Name": 7}"#).unwrap_err();
        assert_eq!(mistyped.0, "SerializationException");
        assert_eq!(mistyped.1, "The value at 'name' must be a string.");
        let listed = code_and_message(r#"{"Name": "bob", "Tags": {"Key": "k"}}"#).unwrap_err();
        assert_eq!(listed.0, "SerializationException");
        for body in ["[]", "nope", "\"x\""] {
            let refused = JsonInput::parse(body.as_bytes()).unwrap_err();
            assert_eq!(
                (refused.code.as_ref(), refused.status),
                ("SerializationException", 400)
            );
        }
    }

    #[test]
    fn utf16_length_counts_code_units() {
        assert_eq!(utf16_len("abc"), 3);
        assert_eq!(utf16_len("é"), 1);
        assert_eq!(utf16_len("😀"), 2);
    }

    proptest! {
        #[test]
        fn decoding_arbitrary_params_never_panics(
            pairs in proptest::collection::vec(("(Tags|Keys|Props)(\\.(member|entry)\\.[0-9]{1,3}(\\.(Key|Value|key|value))?)?", ".{0,8}"), 0..12)
        ) {
            let params = QueryParams::from_pairs(pairs);
            let mut d = Decoder::new(&params);
            let t = d.member("Tags", "tags", false, tags);
            let k = d.member("Keys", "keys", false, names);
            let p = d.member("Props", "props", false, props);
            prop_assert!(t.is_none_or(|t| t.len() <= 1000));
            prop_assert!(k.is_none_or(|k| k.len() <= 12) && p.is_none_or(|p| p.len() <= 12));
        }
    }
}
