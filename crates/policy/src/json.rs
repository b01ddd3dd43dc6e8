//! A small JSON parser that remembers where every value starts and ends.
//!
//! The simulator reports each matched statement's start and end as (line, column), which no
//! general-purpose JSON crate exposes, so policy documents are read with this parser. It refuses
//! duplicate object keys (as IAM does), limits nesting depth, and keeps numbers as written.

use crate::error::PolicyError;

/// Deepest nesting accepted; policy documents need five levels, this leaves room and keeps the
/// recursive descent far from the stack limit.
const MAX_DEPTH: usize = 32;

/// A place in the source text, both parts 1-based; columns count characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line number, starting at 1.
    pub line: u32,
    /// Column number, starting at 1.
    pub column: u32,
}

/// A JSON value with the position of its first character and the position just after its last.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub(crate) start: Position,
    pub(crate) end: Position,
    pub(crate) value: Value,
}

/// The JSON data model, with numbers kept as their source text and objects in source order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

/// Parses one JSON document (surrounding whitespace allowed, nothing else).
pub(crate) fn parse(text: &str) -> Result<Node, PolicyError> {
    let mut parser = Parser {
        chars: text.chars().peekable(),
        pos: Position { line: 1, column: 1 },
    };
    parser.skip_whitespace();
    let node = parser.value(0)?;
    parser.skip_whitespace();
    match parser.chars.peek() {
        None => Ok(node),
        Some(_) => Err(PolicyError::Syntax),
    }
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    pos: Position,
}

impl Parser<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.pos.line = self.pos.line.saturating_add(1);
            self.pos.column = 1;
        } else {
            self.pos.column = self.pos.column.saturating_add(1);
        }
        Some(c)
    }

    fn expect(&mut self, wanted: char) -> Result<(), PolicyError> {
        match self.bump() {
            Some(c) if c == wanted => Ok(()),
            _ => Err(PolicyError::Syntax),
        }
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.chars.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, PolicyError> {
        if depth > MAX_DEPTH {
            return Err(PolicyError::Syntax);
        }
        let start = self.pos;
        let value = match self.chars.peek().copied() {
            Some('{') => self.object(depth)?,
            Some('[') => self.array(depth)?,
            Some('"') => Value::String(self.string()?),
            Some('t') => self.literal("true", Value::Bool(true))?,
            Some('f') => self.literal("false", Value::Bool(false))?,
            Some('n') => self.literal("null", Value::Null)?,
            Some('-' | '0'..='9') => Value::Number(self.number()?),
            _ => return Err(PolicyError::Syntax),
        };
        Ok(Node {
            start,
            end: self.pos,
            value,
        })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, PolicyError> {
        for wanted in word.chars() {
            self.expect(wanted)?;
        }
        Ok(value)
    }

    fn object(&mut self, depth: usize) -> Result<Value, PolicyError> {
        self.expect('{')?;
        let mut members: Vec<(String, Node)> = Vec::new();
        self.skip_whitespace();
        if self.chars.peek() == Some(&'}') {
            self.bump();
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            let key = self.string()?;
            if members.iter().any(|(existing, _)| *existing == key) {
                return Err(PolicyError::Syntax);
            }
            self.skip_whitespace();
            self.expect(':')?;
            self.skip_whitespace();
            let node = self.value(depth.saturating_add(1))?;
            members.push((key, node));
            self.skip_whitespace();
            match self.bump() {
                Some(',') => continue,
                Some('}') => return Ok(Value::Object(members)),
                _ => return Err(PolicyError::Syntax),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, PolicyError> {
        self.expect('[')?;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.chars.peek() == Some(&']') {
            self.bump();
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_whitespace();
            items.push(self.value(depth.saturating_add(1))?);
            self.skip_whitespace();
            match self.bump() {
                Some(',') => continue,
                Some(']') => return Ok(Value::Array(items)),
                _ => return Err(PolicyError::Syntax),
            }
        }
    }

    fn string(&mut self) -> Result<String, PolicyError> {
        self.expect('"')?;
        let mut out = String::new();
        loop {
            match self.bump().ok_or(PolicyError::Syntax)? {
                '"' => return Ok(out),
                '\\' => out.push(self.escape()?),
                c if u32::from(c) < 0x20 => return Err(PolicyError::Syntax),
                c => out.push(c),
            }
        }
    }

    fn escape(&mut self) -> Result<char, PolicyError> {
        Ok(match self.bump().ok_or(PolicyError::Syntax)? {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => {
                let high = self.hex4()?;
                if (0xD800..0xDC00).contains(&high) {
                    self.expect('\\')?;
                    self.expect('u')?;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(PolicyError::Syntax);
                    }
                    let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    char::from_u32(code).ok_or(PolicyError::Syntax)?
                } else {
                    char::from_u32(high).ok_or(PolicyError::Syntax)?
                }
            }
            _ => return Err(PolicyError::Syntax),
        })
    }

    fn hex4(&mut self) -> Result<u32, PolicyError> {
        let mut code = 0u32;
        for _ in 0..4 {
            let digit = self
                .bump()
                .and_then(|c| c.to_digit(16))
                .ok_or(PolicyError::Syntax)?;
            code = code * 16 + digit;
        }
        Ok(code)
    }

    fn digits(&mut self, out: &mut String) -> usize {
        let mut count = 0;
        while let Some(c) = self.chars.peek().copied().filter(char::is_ascii_digit) {
            out.push(c);
            self.bump();
            count += 1;
        }
        count
    }

    fn number(&mut self) -> Result<String, PolicyError> {
        let mut out = String::new();
        if self.chars.peek() == Some(&'-') {
            out.push('-');
            self.bump();
        }
        let leading_zero = self.chars.peek() == Some(&'0');
        let integer_digits = self.digits(&mut out);
        if integer_digits == 0 || (leading_zero && integer_digits > 1) {
            return Err(PolicyError::Syntax);
        }
        if self.chars.peek() == Some(&'.') {
            out.push('.');
            self.bump();
            if self.digits(&mut out) == 0 {
                return Err(PolicyError::Syntax);
            }
        }
        if let Some(e @ ('e' | 'E')) = self.chars.peek().copied() {
            out.push(e);
            self.bump();
            if let Some(sign @ ('+' | '-')) = self.chars.peek().copied() {
                out.push(sign);
                self.bump();
            }
            if self.digits(&mut out) == 0 {
                return Err(PolicyError::Syntax);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn pos(line: u32, column: u32) -> Position {
        Position { line, column }
    }

    #[test]
    fn records_positions_of_nested_values() {
        let node = parse("{\n  \"a\": [1, {\"b\": true}]\n}").unwrap();
        assert_eq!((node.start, node.end), (pos(1, 1), pos(3, 2)));
        let Value::Object(members) = node.value else {
            panic!("object expected")
        };
        let (key, array) = &members[0];
        assert_eq!(key, "a");
        assert_eq!((array.start, array.end), (pos(2, 8), pos(2, 24)));
        let Value::Array(items) = &array.value else {
            panic!("array expected")
        };
        assert_eq!(items[0].value, Value::Number("1".into()));
        assert_eq!((items[1].start, items[1].end), (pos(2, 12), pos(2, 23)));
    }

    #[test]
    fn decodes_escapes_and_keeps_numbers_as_written() {
        let node = parse(r#"["a\"\\\/\n\u00e9\ud83d\ude00", -1.50e+3]"#).unwrap();
        let Value::Array(items) = node.value else {
            panic!("array expected")
        };
        assert_eq!(items[0].value, Value::String("a\"\\/\né😀".into()));
        assert_eq!(items[1].value, Value::Number("-1.50e+3".into()));
    }

    #[test]
    fn refuses_bad_documents() {
        for bad in [
            "",
            "{",
            "{\"a\":1,}",
            "[1,]",
            "{\"a\":1}x",
            "01",
            "1.",
            "-",
            "\"\u{1}\"",
            "{\"a\":1,\"a\":2}",
            "tru",
            "\"\\x\"",
            "\"\\ud800\"",
            "{1:2}",
        ] {
            assert_eq!(parse(bad), Err(PolicyError::Syntax), "{bad:?}");
        }
        assert_eq!(parse(&"[".repeat(100)), Err(PolicyError::Syntax));
    }

    proptest! {
        #[test]
        fn never_panics(text in ".{0,200}") {
            let _ = parse(&text);
        }

        #[test]
        fn never_panics_on_jsonish(text in r#"[\[\]{}",:0-9a-z\\ \n-]{0,200}"#) {
            let _ = parse(&text);
        }
    }
}
