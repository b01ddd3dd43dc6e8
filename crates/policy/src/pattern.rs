//! Compiled value patterns: wildcards (`*`, `?`), policy variables (`${aws:username}`,
//! `${aws:PrincipalTag/team, 'default'}`, `${*}`, `${?}`, `${$}`) and ARN segments.
//!
//! Matching is a greedy two-pointer glob with a single backtrack point: it never recurses, never
//! allocates, and takes at most `O(text × pattern)` steps (no exponential blow-up on any input).
//! Variables are looked up in the request context while matching, so nothing is substituted
//! into a fresh string.

/// Where policy variables get their values.
pub(crate) trait VariableSource {
    /// The value of the (lower-cased) key when it is present and single-valued text.
    fn variable(&self, key_lower: &str) -> Option<&str>;
}

/// A source with no variables, for patterns that cannot contain any (actions).
pub(crate) struct NoVariables;

impl VariableSource for NoVariables {
    fn variable(&self, _key_lower: &str) -> Option<&str> {
        None
    }
}

/// A policy variable reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variable {
    /// The key as written (`aws:PrincipalTag/team`).
    pub(crate) key: String,
    /// The key lower-cased, for context look-ups.
    pub(crate) key_lower: String,
    /// The value used when the key is absent.
    pub(crate) default: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Atom {
    Text(String),
    AnyRun,
    AnyOne,
    Var(Variable),
}

/// How a pattern's text is read when it is compiled.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Syntax {
    /// `*` and `?` are wildcards (otherwise literal characters).
    pub(crate) wildcards: bool,
    /// `${…}` is a policy variable (only with Version 2012-10-17).
    pub(crate) variables: bool,
}

/// A compiled pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    atoms: Vec<Atom>,
}

/// One element the matcher sees.
#[derive(Clone, Copy)]
enum Elem {
    Run,
    One,
    Char(char),
}

/// Position inside a pattern: atom index and byte offset within that atom's text.
#[derive(Clone, Copy)]
struct Cursor {
    atom: usize,
    offset: usize,
}

fn first_char(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

fn chars_equal(a: char, b: char, fold_case: bool) -> bool {
    if a == b {
        return true;
    }
    if !fold_case {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(&b);
    }
    a.to_lowercase().eq(b.to_lowercase())
}

impl Pattern {
    /// Compiles `text` under `syntax`.
    pub(crate) fn compile(text: &str, syntax: Syntax) -> Self {
        let mut atoms = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if syntax.variables
                && rest.starts_with("${")
                && let Some((atom, after)) = parse_variable(rest)
            {
                match atom {
                    Atom::Text(escaped) => literal.push_str(&escaped),
                    other => {
                        flush(&mut atoms, &mut literal);
                        atoms.push(other);
                    }
                }
                rest = after;
                continue;
            }
            match c {
                '*' if syntax.wildcards => {
                    flush(&mut atoms, &mut literal);
                    atoms.push(Atom::AnyRun);
                }
                '?' if syntax.wildcards => {
                    flush(&mut atoms, &mut literal);
                    atoms.push(Atom::AnyOne);
                }
                _ => literal.push(c),
            }
            rest = rest.get(c.len_utf8()..).unwrap_or_default();
        }
        flush(&mut atoms, &mut literal);
        Self { atoms }
    }

    /// True for the pattern `*` alone.
    pub(crate) fn is_match_all(&self) -> bool {
        matches!(self.atoms.as_slice(), [Atom::AnyRun])
    }

    /// The policy variables this pattern refers to.
    pub(crate) fn variables(&self) -> impl Iterator<Item = &Variable> {
        self.atoms.iter().filter_map(|atom| match atom {
            Atom::Var(variable) => Some(variable),
            _ => None,
        })
    }

    /// The text a variable stands for, or `None` when it cannot be resolved.
    /// The text with every variable substituted, for values that are read as another type
    /// once substituted (a `Bool` value of `${aws:SecureTransport}`). `None` when a variable
    /// cannot be resolved. Wildcards, if the syntax had them, are kept as written.
    pub(crate) fn render(&self, source: &dyn VariableSource) -> Option<String> {
        let mut text = String::new();
        for atom in &self.atoms {
            match atom {
                Atom::Text(literal) => text.push_str(literal),
                Atom::AnyRun => text.push('*'),
                Atom::AnyOne => text.push('?'),
                Atom::Var(variable) => text.push_str(Self::resolve(variable, source)?),
            }
        }
        Some(text)
    }

    fn resolve<'v>(variable: &'v Variable, source: &'v dyn VariableSource) -> Option<&'v str> {
        source
            .variable(&variable.key_lower)
            .or(variable.default.as_deref())
    }

    fn next(&self, mut cursor: Cursor, source: &dyn VariableSource) -> Option<(Elem, Cursor)> {
        loop {
            let text = match self.atoms.get(cursor.atom)? {
                Atom::AnyRun => {
                    return Some((
                        Elem::Run,
                        Cursor {
                            atom: cursor.atom + 1,
                            offset: 0,
                        },
                    ));
                }
                Atom::AnyOne => {
                    return Some((
                        Elem::One,
                        Cursor {
                            atom: cursor.atom + 1,
                            offset: 0,
                        },
                    ));
                }
                Atom::Text(text) => text.as_str(),
                Atom::Var(variable) => Self::resolve(variable, source).unwrap_or_default(),
            };
            match first_char(text, cursor.offset) {
                Some(c) => {
                    let offset = cursor.offset + c.len_utf8();
                    return Some((
                        Elem::Char(c),
                        Cursor {
                            atom: cursor.atom,
                            offset,
                        },
                    ));
                }
                None => {
                    cursor = Cursor {
                        atom: cursor.atom + 1,
                        offset: 0,
                    }
                }
            }
        }
    }

    /// The answer for the common shapes `text`, `prefix*` and `*suffix` by whole-string
    /// comparison, or `None` to leave it to the general matcher. Case folding is decided here
    /// only when both sides are ASCII (elsewhere Unicode lower-casing may join characters).
    fn matches_plainly(&self, text: &str, fold_case: bool) -> Option<bool> {
        let same = |a: &[u8], b: &[u8]| {
            if fold_case {
                a.eq_ignore_ascii_case(b)
            } else {
                a == b
            }
        };
        let plain = |literal: &str| !fold_case || (literal.is_ascii() && text.is_ascii());
        let text = text.as_bytes();
        match self.atoms.as_slice() {
            [] => Some(text.is_empty()),
            [Atom::Text(literal)] if plain(literal) => Some(same(literal.as_bytes(), text)),
            [Atom::Text(prefix), Atom::AnyRun] if plain(prefix) => Some(
                text.get(..prefix.len())
                    .is_some_and(|head| same(head, prefix.as_bytes())),
            ),
            [Atom::AnyRun, Atom::Text(suffix)] if plain(suffix) => Some(
                text.len()
                    .checked_sub(suffix.len())
                    .and_then(|start| text.get(start..))
                    .is_some_and(|tail| same(tail, suffix.as_bytes())),
            ),
            _ => None,
        }
    }

    /// Whether `text` matches the whole pattern. An unresolvable variable never matches.
    pub(crate) fn matches(&self, text: &str, source: &dyn VariableSource, fold_case: bool) -> bool {
        self.matches_plainly(text, fold_case)
            .unwrap_or_else(|| self.matches_in_general(text, source, fold_case))
    }

    /// [`Pattern::matches`] character by character, for every shape of pattern.
    fn matches_in_general(&self, text: &str, source: &dyn VariableSource, fold_case: bool) -> bool {
        if self
            .variables()
            .any(|variable| Self::resolve(variable, source).is_none())
        {
            return false;
        }
        let mut pattern_at = Cursor { atom: 0, offset: 0 };
        let mut text_at = 0usize;
        // After a `*`: where the pattern resumes and where the `*`'s match currently ends.
        let mut backtrack: Option<(Cursor, usize)> = None;
        loop {
            let current = first_char(text, text_at);
            match (self.next(pattern_at, source), current) {
                (Some((Elem::Run, after)), _) => {
                    backtrack = Some((after, text_at));
                    pattern_at = after;
                    continue;
                }
                (Some((Elem::One, after)), Some(c)) => {
                    pattern_at = after;
                    text_at += c.len_utf8();
                    continue;
                }
                (Some((Elem::Char(expected), after)), Some(c))
                    if chars_equal(expected, c, fold_case) =>
                {
                    pattern_at = after;
                    text_at += c.len_utf8();
                    continue;
                }
                (None, None) => return true,
                _ => {}
            }
            let Some((after, star_end)) = backtrack else {
                return false;
            };
            let Some(swallowed) = first_char(text, star_end) else {
                return false;
            };
            let star_end = star_end + swallowed.len_utf8();
            backtrack = Some((after, star_end));
            pattern_at = after;
            text_at = star_end;
        }
    }
}

fn flush(atoms: &mut Vec<Atom>, literal: &mut String) {
    if !literal.is_empty() {
        atoms.push(Atom::Text(std::mem::take(literal)));
    }
}

/// Reads `${…}` at the start of `text`; `None` when it is not a well-formed variable (then the
/// characters are literal). Returns the atom and the text after the closing brace.
fn parse_variable(text: &str) -> Option<(Atom, &str)> {
    let body_and_rest = text.strip_prefix("${")?;
    let close = body_and_rest.find('}')?;
    let body = body_and_rest.get(..close)?;
    let after = body_and_rest.get(close + 1..)?;
    let atom = match body {
        "*" | "?" | "$" => Atom::Text(body.to_owned()),
        _ => {
            let (key, default) = match body.split_once(',') {
                Some((key, default)) => {
                    let quoted = default.trim();
                    let inner = quoted.strip_prefix('\'')?.strip_suffix('\'')?;
                    (key.trim(), Some(inner.to_owned()))
                }
                None => (body, None),
            };
            if key.is_empty() || key.contains(char::is_whitespace) {
                return None;
            }
            Atom::Var(Variable {
                key: key.to_owned(),
                key_lower: key.to_lowercase(),
                default,
            })
        }
    };
    Some((atom, after))
}

/// A pattern for ARNs: matched colon-segment by colon-segment when both sides have the six ARN
/// parts (a wildcard then never crosses a `:` before the resource part), as a whole otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ArnPattern {
    whole: Pattern,
    segments: Option<Vec<Pattern>>,
}

/// Number of colon-separated parts of an ARN (the last part keeps any further colons).
const ARN_PARTS: usize = 6;

impl ArnPattern {
    /// Compiles an ARN pattern (wildcards on; variables per `variables`).
    pub(crate) fn compile(text: &str, variables: bool) -> Self {
        let whole = Pattern::compile(
            text,
            Syntax {
                wildcards: true,
                variables,
            },
        );
        let segments = split_segments(&whole);
        Self { whole, segments }
    }

    /// The whole pattern (for `*` checks and variable listing).
    pub(crate) fn pattern(&self) -> &Pattern {
        &self.whole
    }

    /// Whether `arn` matches.
    pub(crate) fn matches(&self, arn: &str, source: &dyn VariableSource) -> bool {
        if self.whole.is_match_all() {
            return true;
        }
        match &self.segments {
            Some(segments) if arn.splitn(ARN_PARTS, ':').count() == ARN_PARTS => segments
                .iter()
                .zip(arn.splitn(ARN_PARTS, ':'))
                .all(|(segment, part)| segment.matches(part, source, false)),
            _ => self.whole.matches(arn, source, false),
        }
    }
}

fn split_segments(pattern: &Pattern) -> Option<Vec<Pattern>> {
    let mut segments = vec![Pattern { atoms: Vec::new() }];
    for atom in &pattern.atoms {
        let Atom::Text(text) = atom else {
            segments.last_mut()?.atoms.push(atom.clone());
            continue;
        };
        let mut rest = text.as_str();
        while segments.len() < ARN_PARTS {
            let Some((head, tail)) = rest.split_once(':') else {
                break;
            };
            if !head.is_empty() {
                segments.last_mut()?.atoms.push(Atom::Text(head.to_owned()));
            }
            segments.push(Pattern { atoms: Vec::new() });
            rest = tail;
        }
        if !rest.is_empty() {
            segments.last_mut()?.atoms.push(Atom::Text(rest.to_owned()));
        }
    }
    (segments.len() == ARN_PARTS).then_some(segments)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;

    const GLOB: Syntax = Syntax {
        wildcards: true,
        variables: false,
    };
    const VARS: Syntax = Syntax {
        wildcards: true,
        variables: true,
    };

    struct Vars(HashMap<String, String>);

    impl VariableSource for Vars {
        fn variable(&self, key_lower: &str) -> Option<&str> {
            self.0.get(key_lower).map(String::as_str)
        }
    }

    fn vars() -> Vars {
        Vars(HashMap::from([
            ("aws:username".to_owned(), "alice".to_owned()),
            ("aws:principaltag/team".to_owned(), "blue".to_owned()),
        ]))
    }

    fn glob(pattern: &str, text: &str) -> bool {
        Pattern::compile(pattern, GLOB).matches(text, &NoVariables, false)
    }

    /// Exponential but obviously right: the reference for the property test.
    fn naive(pattern: &[char], text: &[char]) -> bool {
        match pattern.split_first() {
            None => text.is_empty(),
            Some(('*', rest)) => (0..=text.len()).any(|skip| naive(rest, &text[skip..])),
            Some(('?', rest)) => !text.is_empty() && naive(rest, &text[1..]),
            Some((c, rest)) => text.first() == Some(c) && naive(rest, &text[1..]),
        }
    }

    #[test]
    fn wildcards() {
        assert!(glob("*", ""));
        assert!(glob("iam:Get*", "iam:GetUser"));
        assert!(!glob("iam:Get*", "iam:ListUsers"));
        assert!(glob("s3:*Object?", "s3:GetObjectX"));
        assert!(!glob("s3:*Object?", "s3:GetObject"));
        assert!(glob("a*b*c", "aXbYbZc"));
        assert!(glob("é?", "éü"));
        assert!(Pattern::compile("ÉTÉ", GLOB).matches("été", &NoVariables, true));
        assert!(!Pattern::compile("ÉTÉ", GLOB).matches("été", &NoVariables, false));
        assert!(!glob("abc", "abcd"));
        assert!(Pattern::compile("iam:get*", GLOB).matches("IAM:GetUser", &NoVariables, true));
        assert!(
            !Pattern::compile(
                "a*",
                Syntax {
                    wildcards: false,
                    variables: false
                }
            )
            .matches("ab", &NoVariables, false)
        );
        assert!(
            Pattern::compile(
                "a*",
                Syntax {
                    wildcards: false,
                    variables: false
                }
            )
            .matches("a*", &NoVariables, false)
        );
        assert!(Pattern::compile("*", GLOB).is_match_all());
    }

    #[test]
    fn variables_and_escapes() {
        let v = vars();
        let p = Pattern::compile("arn:aws:s3:::bucket/${aws:username}/*", VARS);
        assert!(p.matches("arn:aws:s3:::bucket/alice/x", &v, false));
        assert!(!p.matches("arn:aws:s3:::bucket/bob/x", &v, false));
        assert!(Pattern::compile("${aws:PrincipalTag/team}", VARS).matches("blue", &v, false));
        assert!(
            Pattern::compile("${aws:PrincipalTag/dept, 'none'}", VARS).matches("none", &v, false)
        );
        assert!(
            Pattern::compile("${aws:PrincipalTag/team, 'none'}", VARS).matches("blue", &v, false)
        );
        assert!(!Pattern::compile("${aws:userid}", VARS).matches("", &v, false));
        assert!(!Pattern::compile("x${aws:userid}*", VARS).matches("xanything", &v, false));
        let escaped = Pattern::compile("a${*}b${?}${$}", VARS);
        assert!(escaped.matches("a*b?$", &v, false));
        assert!(!escaped.matches("aXb?$", &v, false));
        let legacy = Pattern::compile("${aws:username}", GLOB);
        assert!(legacy.matches("${aws:username}", &v, false));
        assert!(!legacy.matches("alice", &v, false));
        assert!(Pattern::compile("${unterminated", VARS).matches("${unterminated", &v, false));
        let names: Vec<_> = Pattern::compile("${aws:username}/${a:b, 'c'}", VARS)
            .variables()
            .map(|x| x.key.clone())
            .collect();
        assert_eq!(names, ["aws:username", "a:b"]);
    }

    #[test]
    fn variable_values_are_literal() {
        let v = Vars(HashMap::from([("k:v".to_owned(), "*".to_owned())]));
        let p = Pattern::compile("${k:v}", VARS);
        assert!(p.matches("*", &v, false));
        assert!(!p.matches("anything", &v, false));
    }

    #[test]
    fn arn_segments() {
        let v = vars();
        let p = ArnPattern::compile("arn:aws:iam::*:role/*", false);
        assert!(p.matches("arn:aws:iam::123456789012:role/a/b", &v));
        assert!(!p.matches("arn:aws:iam::123:456:role/a", &v));
        let cross = ArnPattern::compile("arn:aws:*:role/x", false);
        assert!(
            cross.matches("arn:aws:iam::1:role/x", &v),
            "five-part pattern falls back to a whole match"
        );
        let seg = ArnPattern::compile("arn:aws:s3:*:*:bucket/a:b*", false);
        assert!(seg.matches("arn:aws:s3:::bucket/a:bc:d", &v));
        assert!(
            !ArnPattern::compile("arn:*:iam::1:user/x", false)
                .matches("arn:aws:x:iam::1:user/x", &v)
        );
        let with_var = ArnPattern::compile("arn:aws:iam::1:user/${aws:username}", true);
        assert!(with_var.matches("arn:aws:iam::1:user/alice", &v));
        assert!(!with_var.matches("arn:aws:iam::1:user/bob", &v));
        assert!(ArnPattern::compile("*", false).matches("anything", &v));
    }

    proptest! {
        #[test]
        fn matcher_agrees_with_naive(pattern in "[ab*?]{0,8}", text in "[ab]{0,10}") {
            let p: Vec<char> = pattern.chars().collect();
            let t: Vec<char> = text.chars().collect();
            prop_assert_eq!(glob(&pattern, &text), naive(&p, &t));
        }

        #[test]
        fn whole_string_shortcuts_agree_with_the_general_matcher(
            pattern in "[aAkK\u{212A}é]{0,3}\\*?[aAkK\u{212A}É]{0,3}",
            text in "[aAkK\u{212A}éÉ]{0,6}",
            fold_case in any::<bool>(),
        ) {
            let compiled = Pattern::compile(&pattern, VARS);
            if let Some(quick) = compiled.matches_plainly(&text, fold_case) {
                prop_assert_eq!(quick, compiled.matches_in_general(&text, &vars(), fold_case));
            }
        }

        #[test]
        fn compile_never_panics(pattern in ".{0,60}", text in ".{0,30}") {
            let _ = Pattern::compile(&pattern, VARS).matches(&text, &vars(), true);
            let _ = ArnPattern::compile(&pattern, true).matches(&text, &vars());
        }
    }
}
