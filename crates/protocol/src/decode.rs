//! Decoding of query parameters into typed inputs, collecting AWS's validation errors.
//!
//! Generated code drives a [`Decoder`]: it enters each member by its wire name (`RoleArn`) and
//! its validation path name (`roleArn`), reads scalars with the shape's rules, and recurses into
//! structures, lists (`Name.member.N`) and maps (`Name.entry.N.key` / `.value`). Every constraint
//! violation is recorded with AWS's wording; the request fails with one `ValidationError`
//! listing all of them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use regex::Regex;

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

/// Walks the parameters of one request, tracking the current wire key and validation path.
#[derive(Debug)]
pub struct Decoder<'a> {
    params: &'a QueryParams,
    wire: String,
    path: String,
    violations: Vec<String>,
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

impl<'a> Decoder<'a> {
    /// A decoder positioned at the top level of `params`.
    pub fn new(params: &'a QueryParams) -> Self {
        Self {
            params,
            wire: String::new(),
            path: String::new(),
            violations: Vec::new(),
        }
    }

    /// The violations recorded so far.
    pub fn violations(&self) -> &[String] {
        &self.violations
    }

    /// Decodes the member `wire` (validation path name `path`) of the current structure with
    /// `decode`; a required member that is absent is reported as null.
    pub fn member<T>(
        &mut self,
        wire: &str,
        path: &str,
        required: bool,
        decode: fn(&mut Decoder<'a>) -> Option<T>,
    ) -> Option<T> {
        let (wire_len, path_len) = (self.wire.len(), self.path.len());
        push_segment(&mut self.wire, wire);
        push_segment(&mut self.path, path);
        let before = self.violations.len();
        let value = decode(self);
        if value.is_none() && required && self.violations.len() == before {
            let message = format!(
                "Value null at '{}' failed to satisfy constraint: Member must not be null",
                self.path
            );
            self.violations.push(message);
        }
        self.wire.truncate(wire_len);
        self.path.truncate(path_len);
        value
    }

    /// Whether any parameter lies under the current key (`Key.…`): a structure is present.
    pub fn has_children(&mut self) -> bool {
        let key_len = self.wire.len();
        self.wire.push('.');
        let present = !self.params.with_prefix(&self.wire).is_empty();
        self.wire.truncate(key_len);
        present
    }

    /// The current value checked against `rules` (length, pattern, enum set).
    pub fn text(&mut self, rules: &StringRules) -> Option<&'a str> {
        let value = self.params.get(&self.wire)?;
        for constraint in rules.broken_by(value) {
            self.violation(value, rules.sensitive, &constraint);
        }
        if !rules.values.is_empty() && !rules.values.contains(&value) {
            let constraint = format!(
                "Member must satisfy enum value set: [{}]",
                rules.values.join(", ")
            );
            self.violation(value, rules.sensitive, &constraint);
            return None;
        }
        Some(value)
    }

    /// The current value as an integer checked against `rules`.
    pub fn integer(&mut self, rules: &IntRules) -> Option<i32> {
        let raw = self.params.get(&self.wire)?;
        let Ok(value) = raw.trim().parse::<i32>() else {
            self.violation(raw, false, "Member must be a number");
            return None;
        };
        if let Some(min) = rules.min.filter(|&min| i64::from(value) < min) {
            self.violation(
                raw,
                false,
                &format!("Member must have value greater than or equal to {min}"),
            );
        }
        if let Some(max) = rules.max.filter(|&max| i64::from(value) > max) {
            self.violation(
                raw,
                false,
                &format!("Member must have value less than or equal to {max}"),
            );
        }
        Some(value)
    }

    /// The current value as a boolean (`true` / `false`, any case).
    pub fn boolean(&mut self) -> Option<bool> {
        let raw = self.params.get(&self.wire)?;
        if raw.eq_ignore_ascii_case("true") {
            Some(true)
        } else if raw.eq_ignore_ascii_case("false") {
            Some(false)
        } else {
            self.violation(raw, false, "Member must be a boolean");
            None
        }
    }

    /// A list at the current key: `Key.member.N` entries in index order, or the bare `Key=` as
    /// an empty list; `None` when neither is present.
    pub fn list<T>(
        &mut self,
        rules: &CountRules,
        element: fn(&mut Decoder<'a>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let indices = self.indices("member");
        if indices.is_empty() && self.params.get(&self.wire) != Some("") {
            return None;
        }
        let mut items = Vec::with_capacity(indices.len());
        for index in indices {
            let (wire_len, path_len) = (self.wire.len(), self.path.len());
            let _ = write!(self.wire, ".member.{index}");
            let _ = write!(self.path, ".{index}.member");
            if let Some(item) = element(self) {
                items.push(item);
            }
            self.wire.truncate(wire_len);
            self.path.truncate(path_len);
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
        let indices = self.indices("member");
        if indices.is_empty() && self.params.get(&self.wire) != Some("") {
            return None;
        }
        let mut items = Vec::with_capacity(indices.len());
        let mut broken = false;
        for index in indices {
            let wire_len = self.wire.len();
            let _ = write!(self.wire, ".member.{index}");
            if let Some(value) = self.params.get(&self.wire) {
                broken |= !member.broken_by(value).is_empty();
                items.push(value.to_owned());
            }
            self.wire.truncate(wire_len);
        }
        if broken {
            let mut constraints = Vec::with_capacity(4);
            constraints.extend(member.max.map(at_most));
            constraints.extend(member.min.map(at_least));
            constraints.extend(member.pattern.map(matching));
            constraints.push("Member must not be null".to_owned());
            let constraint = format!(
                "Member must satisfy constraint: [{}]",
                constraints.join(", ")
            );
            self.violation("", true, &constraint);
        }
        self.check_count(rules, items.len());
        Some(items)
    }

    /// A map at the current key: `Key.entry.N.key` / `Key.entry.N.value` pairs in index order,
    /// or the bare `Key=` as an empty map; `None` when neither is present.
    pub fn map<K, V>(
        &mut self,
        rules: &CountRules,
        key: fn(&mut Decoder<'a>) -> Option<K>,
        value: fn(&mut Decoder<'a>) -> Option<V>,
    ) -> Option<Vec<(K, V)>> {
        let indices = self.indices("entry");
        if indices.is_empty() && self.params.get(&self.wire) != Some("") {
            return None;
        }
        let mut entries = Vec::with_capacity(indices.len());
        for index in indices {
            let (wire_len, path_len) = (self.wire.len(), self.path.len());
            let _ = write!(self.wire, ".entry.{index}");
            let _ = write!(self.path, ".{index}.entry");
            let k = self.member("key", "key", true, key);
            let v = self.member("value", "value", true, value);
            if let (Some(k), Some(v)) = (k, v) {
                entries.push((k, v));
            }
            self.wire.truncate(wire_len);
            self.path.truncate(path_len);
        }
        self.check_count(rules, entries.len());
        Some(entries)
    }

    /// The distinct 1-based indices N of `Key.<segment>.N[.…]`, ascending.
    fn indices(&mut self, segment: &str) -> Vec<u32> {
        // The prefix `Key.<segment>.` is written onto the key and taken off again: this runs
        // for every list and map member an operation has, present or not.
        let key_len = self.wire.len();
        self.wire.push('.');
        self.wire.push_str(segment);
        self.wire.push('.');
        let prefix_len = self.wire.len();
        let mut indices: Vec<u32> = self
            .params
            .with_prefix(&self.wire)
            .iter()
            .filter_map(|(name, _)| {
                let rest = name.get(prefix_len..)?;
                let digits = rest.split('.').next()?;
                digits.parse::<u32>().ok().filter(|&n| n > 0)
            })
            .collect();
        self.wire.truncate(key_len);
        indices.sort_unstable();
        indices.dedup();
        indices
    }

    fn check_count(&mut self, rules: &CountRules, count: usize) {
        if let Some(min) = rules.min.filter(|&min| count < min) {
            self.violation("", true, &at_least(min));
        }
        if let Some(max) = rules.max.filter(|&max| count > max) {
            self.violation("", true, &at_most(max));
        }
    }

    fn violation(&mut self, value: &str, hide_value: bool, constraint: &str) {
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
    fn broken_by(&self, value: &str) -> Vec<String> {
        let length = utf16_len(value);
        let mut broken = Vec::new();
        broken.extend(self.min.filter(|&min| length < min).map(at_least));
        broken.extend(self.max.filter(|&max| length > max).map(at_most));
        broken.extend(self.pattern.filter(|p| !p.is_match(value)).map(matching));
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
