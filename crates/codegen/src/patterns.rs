//! Translation of the models' Java regular expressions to whole-string Rust regexes.

/// Java constructs the Rust `regex` crate lacks (look-around), rewritten to equivalents.
/// The account alias pattern forbids `--` with a negative look-ahead; with the shape's length
/// limits (3..63) the rewrite below accepts exactly the same strings. The workload identity
/// path pattern (botocore 1.44) forbids a `.` or `..` segment with a look-ahead; its rewrite
/// spells out the segments that remain (not starting with a dot, a dot and a non-dot, or two
/// dots and more); the template variant also requires a `{…}` placeholder with a look-ahead
/// for `{`, which only a placeholder can hold, so its rewrite puts one placeholder first after
/// any plain segments.
const REWRITES: [(&str, &str); 3] = [
    (
        "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$",
        "^[a-z0-9](?:-?[a-z0-9])+$",
    ),
    (
        r"^(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+(?:/(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+)*$",
        r"^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)(?:/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+))*$",
    ),
    (
        r"^(?=.*\{)(?:\{[A-Za-z0-9:/._-]+\}|(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+)(?:/(?:\{[A-Za-z0-9:/._-]+\}|(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+))*$",
        r"^(?:(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)/)*\{[A-Za-z0-9:/._-]+\}(?:/(?:\{[A-Za-z0-9:/._-]+\}|(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)))*$",
    ),
];

/// The characters of Java's `\s`: space, tab, line feed, vertical tab, form feed, return.
const JAVA_SPACE: &str = r" \t\n\x0B\x0C\r";

/// Translates a Java pattern: `\uXXXX` (and the models' 5–6 digit `\u10000`) become `\x{…}`,
/// `\w`, `\d` and `\s` become their ASCII classes (Rust's are Unicode), `\/` and `\:` lose their
/// needless escape; the result is anchored as a whole-string match.
pub fn translate(java: &str) -> Result<String, String> {
    let source = REWRITES
        .iter()
        .find(|(j, _)| *j == java)
        .map_or(java, |(_, rust)| *rust);
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len() + 16);
    let mut in_class = false;
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '\\' => {
                let Some(&escaped) = chars.get(i) else {
                    return Err(format!("trailing backslash in {java}"));
                };
                i += 1;
                match escaped {
                    'u' => {
                        let digits: String = chars
                            .iter()
                            .skip(i)
                            .take(6)
                            .take_while(|c| c.is_ascii_hexdigit())
                            .collect();
                        if digits.len() < 4 {
                            return Err(format!("bad \\u escape in {java}"));
                        }
                        i += digits.len();
                        out.push_str(&format!("\\x{{{digits}}}"));
                    }
                    'x' => {
                        // Java's `\xHH`: exactly two hex digits.
                        let digits: String = chars.iter().skip(i).take(2).collect();
                        if digits.len() < 2 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
                            return Err(format!("bad \\x escape in {java}"));
                        }
                        i += 2;
                        out.push_str(&format!("\\x{digits}"));
                    }
                    'w' | 'd' => {
                        let class = if escaped == 'w' { "0-9A-Za-z_" } else { "0-9" };
                        if in_class {
                            out.push_str(class);
                        } else {
                            out.push('[');
                            out.push_str(class);
                            out.push(']');
                        }
                    }
                    // Java's `\s` is ASCII whitespace only (Rust's is Unicode); `\S` is the
                    // rest, a nested class inside a class.
                    's' if in_class => out.push_str(JAVA_SPACE),
                    's' => out.push_str(&format!("[{JAVA_SPACE}]")),
                    'S' => out.push_str(&format!("[^{JAVA_SPACE}]")),
                    '/' | ':' => out.push(escaped),
                    'p' | '.' | '+' | '-' | '?' | '\\' | '[' | ']' | '(' | ')' | '{' | '}'
                    | '*' | '|' | '^' | '$' => {
                        out.push('\\');
                        out.push(escaped);
                    }
                    other => return Err(format!("unsupported escape \\{other} in {java}")),
                }
            }
            _ => out.push(c),
        }
    }
    Ok(format!(r"\A(?:{out})\z"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations() {
        assert_eq!(
            translate(r"[\w+=,.@-]*").as_deref(),
            Ok(r"\A(?:[0-9A-Za-z_+=,.@-]*)\z")
        );
        assert_eq!(translate(r"\d{12}").as_deref(), Ok(r"\A(?:[0-9]{12})\z"));
        assert_eq!(
            translate(r"[\u0009\u000A\u10000-\u10FFFF]+").as_deref(),
            Ok(r"\A(?:[\x{0009}\x{000A}\x{10000}-\x{10FFFF}]+)\z")
        );
        assert_eq!(
            translate(r"[\w+=,.@\:-]*").as_deref(),
            Ok(r"\A(?:[0-9A-Za-z_+=,.@:-]*)\z")
        );
        assert_eq!(
            translate(r"[\p{L}\-@]+").as_deref(),
            Ok(r"\A(?:[\p{L}\-@]+)\z")
        );
        assert!(translate(r"\q").is_err());
        // Organizations' Email and NextToken: Java's ASCII `\s`, and `\S` nested in a class.
        let email = translate(r"[^\s@]+@[^\s@]+\.[^\s@]+").unwrap();
        assert_eq!(
            email,
            r"\A(?:[^ \t\n\x0B\x0C\r@]+@[^ \t\n\x0B\x0C\r@]+\.[^ \t\n\x0B\x0C\r@]+)\z"
        );
        let email = regex::Regex::new(&email).unwrap();
        assert!(email.is_match("a@b.co") && !email.is_match("a b@c.d") && !email.is_match("a@b"));
        assert!(
            email.is_match("a\u{a0}@b.c"),
            "a no-break space is not Java's \\s"
        );
        let any = regex::Regex::new(&translate(r"[\s\S]*").unwrap()).unwrap();
        assert!(any.is_match("two\nlines \u{a0}"));
        // botocore 1.44's webIdentityTokenScopeType.
        assert_eq!(
            translate(r"[\x21\x23-\x2B]+( [\x21]+)*").as_deref(),
            Ok(r"\A(?:[\x21\x23-\x2B]+( [\x21]+)*)\z")
        );
        assert!(translate(r"\x2").is_err());
        let segments = regex::Regex::new(
            &translate(
                r"^(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+(?:/(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+)*$",
            )
            .unwrap(),
        )
        .unwrap();
        for (path, accepted) in [
            ("a", true),
            ("a/b.c", true),
            (".a/..b/...", true),
            ("_/-", true),
            (".", false),
            ("..", false),
            ("a/./b", false),
            ("a/..", false),
            ("a//b", false),
            ("", false),
        ] {
            assert_eq!(segments.is_match(path), accepted, "{path:?}");
        }
        let template = regex::Regex::new(
            &translate(r"^(?=.*\{)(?:\{[A-Za-z0-9:/._-]+\}|(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+)(?:/(?:\{[A-Za-z0-9:/._-]+\}|(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+))*$")
                .unwrap(),
        )
        .unwrap();
        for (path, accepted) in [
            ("{a}", true),
            ("x/{a:b/c}/y", true),
            ("x/y/{z}", true),
            ("x/y", false),
            ("./{a}", false),
            ("{}", false),
        ] {
            assert_eq!(template.is_match(path), accepted, "{path:?}");
        }
        assert_eq!(
            translate("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$").as_deref(),
            Ok(r"\A(?:^[a-z0-9](?:-?[a-z0-9])+$)\z")
        );
    }
}
