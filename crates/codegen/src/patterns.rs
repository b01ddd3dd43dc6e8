//! Translation of the models' Java regular expressions to whole-string Rust regexes.

/// Java constructs the Rust `regex` crate lacks (look-around), rewritten to equivalents.
/// The account alias pattern forbids `--` with a negative look-ahead; with the shape's length
/// limits (3..63) the rewrite below accepts exactly the same strings.
const REWRITES: [(&str, &str); 1] = [(
    "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$",
    "^[a-z0-9](?:-?[a-z0-9])+$",
)];

/// Translates a Java pattern: `\uXXXX` (and the models' 5–6 digit `\u10000`) become `\x{…}`,
/// `\w` and `\d` become their ASCII classes (Rust's are Unicode), `\/` and `\:` lose their
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
        assert_eq!(
            translate("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$").as_deref(),
            Ok(r"\A(?:^[a-z0-9](?:-?[a-z0-9])+$)\z")
        );
    }
}
