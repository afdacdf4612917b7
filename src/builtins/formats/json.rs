//! `builtins.fromJSON`: a JSON reader that accepts, rejects and reports exactly as C++ Nix
//! does. C++ Nix feeds nlohmann's JSON library into its own event handler, so this follows
//! that library's scanner (its position counting, its "last read" text, its messages) and
//! the handler's checks (numbers beyond the 64-bit range, NUL bytes, later keys winning).

use crate::error::{Error, ErrorKind, Result};
use crate::value::{Attrs, AttrsBuilder, NixString, Symbol, SymbolTable, Value};

/// Parses a JSON text into a Nix value; object keys become symbols in document order.
pub fn parse(text: &[u8], symbols: &SymbolTable) -> Result<Value> {
    let mut p = Parser {
        lx: Lexer::new(text),
        token: Token::Uninitialized,
        symbols,
    };
    p.next();
    let v = p.document()?;
    if p.next() != Token::EndOfInput {
        return Err(p.syntax_error(Token::EndOfInput, "value"));
    }
    Ok(v)
}

/// The tokens of nlohmann's scanner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    Uninitialized,
    True,
    False,
    Null,
    String,
    Unsigned,
    Integer,
    Float,
    BeginArray,
    BeginObject,
    EndArray,
    EndObject,
    NameSeparator,
    ValueSeparator,
    ParseError,
    EndOfInput,
    LiteralOrValue,
}

impl Token {
    /// How nlohmann names a token in messages.
    fn name(self) -> &'static str {
        match self {
            Token::Uninitialized => "<uninitialized>",
            Token::True => "true literal",
            Token::False => "false literal",
            Token::Null => "null literal",
            Token::String => "string literal",
            Token::Unsigned | Token::Integer | Token::Float => "number literal",
            Token::BeginArray => "'['",
            Token::BeginObject => "'{'",
            Token::EndArray => "']'",
            Token::EndObject => "'}'",
            Token::NameSeparator => "':'",
            Token::ValueSeparator => "','",
            Token::ParseError => "<parse error>",
            Token::EndOfInput => "end of input",
            Token::LiteralOrValue => "'[', '{', or a literal",
        }
    }
}

/// nlohmann's scanner. `get` reads the next byte (`None` at the end) and records it in
/// `token_string` (the "last read" text of errors); `unget` makes the next `get` return
/// the same byte again. Positions count bytes, lines from 0, the column from 0 after a
/// newline, and reading past the end still counts.
struct Lexer<'a> {
    input: &'a [u8],
    next: usize,
    current: Option<u8>,
    next_unget: bool,
    total: usize,
    line: usize,
    column: usize,
    token_string: Vec<u8>,
    buffer: Vec<u8>,
    error: &'static str,
    unsigned: u64,
    integer: i64,
    float: f64,
}

impl<'a> Lexer<'a> {
    fn new(input: &'a [u8]) -> Lexer<'a> {
        Lexer {
            input,
            next: 0,
            current: None,
            next_unget: false,
            total: 0,
            line: 0,
            column: 0,
            token_string: Vec::new(),
            buffer: Vec::new(),
            error: "",
            unsigned: 0,
            integer: 0,
            float: 0.0,
        }
    }

    fn get(&mut self) -> Option<u8> {
        self.total += 1;
        self.column += 1;
        if self.next_unget {
            self.next_unget = false;
        } else {
            self.current = self.input.get(self.next).copied();
            if self.current.is_some() {
                self.next += 1;
            }
        }
        if let Some(c) = self.current {
            self.token_string.push(c);
            if c == b'\n' {
                self.line += 1;
                self.column = 0;
            }
        }
        self.current
    }

    fn unget(&mut self) {
        self.next_unget = true;
        self.total -= 1;
        if self.column == 0 {
            self.line = self.line.saturating_sub(1);
        } else {
            self.column -= 1;
        }
        if self.current.is_some() {
            self.token_string.pop();
        }
    }

    /// Starts a string or number token: the text so far is dropped.
    fn reset(&mut self) {
        self.buffer.clear();
        self.token_string.clear();
        if let Some(c) = self.current {
            self.token_string.push(c);
        }
    }

    fn fail(&mut self, msg: &'static str) -> Token {
        self.error = msg;
        Token::ParseError
    }

    /// The text read for the current token, control bytes shown as `<U+001F>`.
    fn token_text(&self) -> String {
        let mut s = Vec::new();
        for &c in &self.token_string {
            if c <= 0x1f {
                s.extend_from_slice(format!("<U+{c:04X}>").as_bytes());
            } else {
                s.push(c);
            }
        }
        String::from_utf8_lossy(&s).into_owned()
    }

    fn position(&self) -> String {
        format!("line {}, column {}", self.line + 1, self.column)
    }

    fn scan(&mut self) -> Token {
        if self.total == 0 && !self.skip_bom() {
            return self.fail("invalid BOM; must be 0xEF 0xBB 0xBF if given");
        }
        while matches!(self.get(), Some(b' ' | b'\t' | b'\n' | b'\r')) {}
        match self.current {
            Some(b'[') => Token::BeginArray,
            Some(b']') => Token::EndArray,
            Some(b'{') => Token::BeginObject,
            Some(b'}') => Token::EndObject,
            Some(b':') => Token::NameSeparator,
            Some(b',') => Token::ValueSeparator,
            Some(b't') => self.literal(b"true", Token::True),
            Some(b'f') => self.literal(b"false", Token::False),
            Some(b'n') => self.literal(b"null", Token::Null),
            Some(b'"') => self.string(),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(0) | None => Token::EndOfInput,
            Some(_) => self.fail("invalid literal"),
        }
    }

    fn skip_bom(&mut self) -> bool {
        if self.get() == Some(0xef) {
            return self.get() == Some(0xbb) && self.get() == Some(0xbf);
        }
        self.unget();
        true
    }

    fn literal(&mut self, text: &[u8], token: Token) -> Token {
        for &c in &text[1..] {
            if self.get() != Some(c) {
                return self.fail("invalid literal");
            }
        }
        token
    }

    /// Four hex digits after `\u`, or `None`.
    fn codepoint(&mut self) -> Option<u32> {
        let mut cp = 0;
        for _ in 0..4 {
            let d = (self.get()? as char).to_digit(16)?;
            cp = cp * 16 + d;
        }
        Some(cp)
    }

    fn string(&mut self) -> Token {
        self.reset();
        loop {
            let Some(c) = self.get() else {
                return self.fail("invalid string: missing closing quote");
            };
            match c {
                b'"' => return Token::String,
                b'\\' => {
                    if let Err(msg) = self.escape() {
                        return self.fail(msg);
                    }
                }
                0x00..=0x1f => return self.fail(CONTROL_MESSAGES[c as usize]),
                0x20..=0x7f => self.buffer.push(c),
                _ => {
                    if let Err(msg) = self.utf8(c) {
                        return self.fail(msg);
                    }
                }
            }
        }
    }

    /// The character after a backslash.
    fn escape(&mut self) -> std::result::Result<(), &'static str> {
        const HEX: &str = "invalid string: '\\u' must be followed by 4 hex digits";
        const HIGH: &str =
            "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
        let simple = match self.get() {
            Some(b'"') => b'"',
            Some(b'\\') => b'\\',
            Some(b'/') => b'/',
            Some(b'b') => 0x08,
            Some(b'f') => 0x0c,
            Some(b'n') => b'\n',
            Some(b'r') => b'\r',
            Some(b't') => b'\t',
            Some(b'u') => {
                let cp1 = self.codepoint().ok_or(HEX)?;
                let cp = if (0xd800..=0xdbff).contains(&cp1) {
                    if self.get() != Some(b'\\') || self.get() != Some(b'u') {
                        return Err(HIGH);
                    }
                    let cp2 = self.codepoint().ok_or(HEX)?;
                    if !(0xdc00..=0xdfff).contains(&cp2) {
                        return Err(HIGH);
                    }
                    0x10000 + ((cp1 - 0xd800) << 10) + (cp2 - 0xdc00)
                } else if (0xdc00..=0xdfff).contains(&cp1) {
                    return Err(
                        "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF",
                    );
                } else {
                    cp1
                };
                let ch = char::from_u32(cp).expect("surrogates were handled");
                let mut utf8 = [0; 4];
                self.buffer
                    .extend_from_slice(ch.encode_utf8(&mut utf8).as_bytes());
                return Ok(());
            }
            _ => return Err("invalid string: forbidden character after backslash"),
        };
        self.buffer.push(simple);
        Ok(())
    }

    /// A multi-byte UTF-8 sequence starting with `c`, checked byte by byte as nlohmann
    /// does (each byte is read only if the previous ones were fine).
    fn utf8(&mut self, c: u8) -> std::result::Result<(), &'static str> {
        const BAD: &str = "invalid string: ill-formed UTF-8 byte";
        let ranges: &[(u8, u8)] = match c {
            0xc2..=0xdf => &[(0x80, 0xbf)],
            0xe0 => &[(0xa0, 0xbf), (0x80, 0xbf)],
            0xe1..=0xec | 0xee | 0xef => &[(0x80, 0xbf), (0x80, 0xbf)],
            0xed => &[(0x80, 0x9f), (0x80, 0xbf)],
            0xf0 => &[(0x90, 0xbf), (0x80, 0xbf), (0x80, 0xbf)],
            0xf1..=0xf3 => &[(0x80, 0xbf), (0x80, 0xbf), (0x80, 0xbf)],
            0xf4 => &[(0x80, 0x8f), (0x80, 0xbf), (0x80, 0xbf)],
            _ => return Err(BAD),
        };
        self.buffer.push(c);
        for &(lo, hi) in ranges {
            match self.get() {
                Some(b) if (lo..=hi).contains(&b) => self.buffer.push(b),
                _ => return Err(BAD),
            }
        }
        Ok(())
    }

    /// A number, by nlohmann's state machine. Integers that do not fit become floats (as
    /// `strtoull`/`strtoll` failing does there).
    fn number(&mut self) -> Token {
        self.reset();
        let first = self.current.expect("a number starts with a byte");
        self.buffer.push(first);
        let negative = first == b'-';
        if negative {
            match self.get() {
                Some(c @ b'0'..=b'9') => self.buffer.push(c),
                _ => return self.fail("invalid number; expected digit after '-'"),
            }
        }
        let mut is_float = false;
        let leading_zero = self.buffer.last() == Some(&b'0');
        if !leading_zero {
            self.digits();
        } else {
            self.get();
        }
        if self.current == Some(b'.') {
            is_float = true;
            self.buffer.push(b'.');
            match self.get() {
                Some(c @ b'0'..=b'9') => self.buffer.push(c),
                _ => return self.fail("invalid number; expected digit after '.'"),
            }
            self.digits();
        }
        if matches!(self.current, Some(b'e' | b'E')) {
            is_float = true;
            self.buffer.push(self.current.expect("matched"));
            match self.get() {
                Some(c @ (b'+' | b'-')) => {
                    self.buffer.push(c);
                    match self.get() {
                        Some(c @ b'0'..=b'9') => self.buffer.push(c),
                        _ => {
                            return self.fail("invalid number; expected digit after exponent sign");
                        }
                    }
                }
                Some(c @ b'0'..=b'9') => self.buffer.push(c),
                _ => {
                    return self.fail("invalid number; expected '+', '-', or digit after exponent");
                }
            }
            self.digits();
        }
        self.unget();
        let text = std::str::from_utf8(&self.buffer).expect("ASCII");
        if !is_float {
            if negative {
                if let Ok(i) = text.parse::<i64>() {
                    self.integer = i;
                    return Token::Integer;
                }
            } else if let Ok(u) = text.parse::<u64>() {
                self.unsigned = u;
                return Token::Unsigned;
            }
        }
        self.float = text.parse::<f64>().expect("a valid number");
        Token::Float
    }

    /// Reads digits into the buffer; leaves the first non-digit in `current`.
    fn digits(&mut self) {
        while let Some(c @ b'0'..=b'9') = self.get() {
            self.buffer.push(c);
        }
    }
}

/// nlohmann's messages for unescaped control characters in strings.
const CONTROL_MESSAGES: [&str; 32] = [
    "invalid string: control character U+0000 (NUL) must be escaped to \\u0000",
    "invalid string: control character U+0001 (SOH) must be escaped to \\u0001",
    "invalid string: control character U+0002 (STX) must be escaped to \\u0002",
    "invalid string: control character U+0003 (ETX) must be escaped to \\u0003",
    "invalid string: control character U+0004 (EOT) must be escaped to \\u0004",
    "invalid string: control character U+0005 (ENQ) must be escaped to \\u0005",
    "invalid string: control character U+0006 (ACK) must be escaped to \\u0006",
    "invalid string: control character U+0007 (BEL) must be escaped to \\u0007",
    "invalid string: control character U+0008 (BS) must be escaped to \\u0008 or \\b",
    "invalid string: control character U+0009 (HT) must be escaped to \\u0009 or \\t",
    "invalid string: control character U+000A (LF) must be escaped to \\u000A or \\n",
    "invalid string: control character U+000B (VT) must be escaped to \\u000B",
    "invalid string: control character U+000C (FF) must be escaped to \\u000C or \\f",
    "invalid string: control character U+000D (CR) must be escaped to \\u000D or \\r",
    "invalid string: control character U+000E (SO) must be escaped to \\u000E",
    "invalid string: control character U+000F (SI) must be escaped to \\u000F",
    "invalid string: control character U+0010 (DLE) must be escaped to \\u0010",
    "invalid string: control character U+0011 (DC1) must be escaped to \\u0011",
    "invalid string: control character U+0012 (DC2) must be escaped to \\u0012",
    "invalid string: control character U+0013 (DC3) must be escaped to \\u0013",
    "invalid string: control character U+0014 (DC4) must be escaped to \\u0014",
    "invalid string: control character U+0015 (NAK) must be escaped to \\u0015",
    "invalid string: control character U+0016 (SYN) must be escaped to \\u0016",
    "invalid string: control character U+0017 (ETB) must be escaped to \\u0017",
    "invalid string: control character U+0018 (CAN) must be escaped to \\u0018",
    "invalid string: control character U+0019 (EM) must be escaped to \\u0019",
    "invalid string: control character U+001A (SUB) must be escaped to \\u001A",
    "invalid string: control character U+001B (ESC) must be escaped to \\u001B",
    "invalid string: control character U+001C (FS) must be escaped to \\u001C",
    "invalid string: control character U+001D (GS) must be escaped to \\u001D",
    "invalid string: control character U+001E (RS) must be escaped to \\u001E",
    "invalid string: control character U+001F (US) must be escaped to \\u001F",
];

/// A container being filled.
enum Frame {
    Array(Vec<Value>),
    /// The members so far and the key whose value comes next.
    Object(AttrsBuilder, Symbol),
}

/// nlohmann's parser loop, building Nix values as C++ Nix's event handler does.
struct Parser<'a> {
    lx: Lexer<'a>,
    token: Token,
    symbols: &'a SymbolTable,
}

impl Parser<'_> {
    fn next(&mut self) -> Token {
        self.token = self.lx.scan();
        self.token
    }

    /// A `parse_error.101` as nlohmann words it.
    fn syntax_error(&self, expected: Token, context: &str) -> Error {
        let mut msg = format!("syntax error while parsing {context} - ");
        if self.token == Token::ParseError {
            msg.push_str(&format!(
                "{}; last read: '{}'",
                self.lx.error,
                self.lx.token_text()
            ));
        } else {
            msg.push_str(&format!("unexpected {}", self.token.name()));
        }
        if expected != Token::Uninitialized {
            msg.push_str(&format!("; expected {}", expected.name()));
        }
        json_error(format!(
            "[json.exception.parse_error.101] parse error at {}: {msg}",
            self.lx.position()
        ))
    }

    /// An object key (the current token must be a string) and the `:` after it.
    fn key(&mut self) -> Result<Symbol> {
        if self.token != Token::String {
            return Err(self.syntax_error(Token::String, "object key"));
        }
        let key = self.symbols.intern(no_nul(&self.lx.buffer)?);
        if self.next() != Token::NameSeparator {
            return Err(self.syntax_error(Token::NameSeparator, "object separator"));
        }
        self.next();
        Ok(key)
    }

    /// The whole value starting at the current token.
    fn document(&mut self) -> Result<Value> {
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            // Read one value, or open a container and loop for its first member.
            let mut v = match self.token {
                Token::BeginObject => {
                    if self.next() == Token::EndObject {
                        Value::Attrs(Attrs::empty())
                    } else {
                        let k = self.key()?;
                        stack.push(Frame::Object(AttrsBuilder::new(), k));
                        continue;
                    }
                }
                Token::BeginArray => {
                    if self.next() == Token::EndArray {
                        Value::list([])
                    } else {
                        stack.push(Frame::Array(Vec::new()));
                        continue;
                    }
                }
                _ => self.scalar()?,
            };
            // Add it to the containers it completes.
            loop {
                match stack.last_mut() {
                    None => return Ok(v),
                    Some(Frame::Array(items)) => {
                        items.push(v);
                        if self.next() == Token::ValueSeparator {
                            self.next();
                            break;
                        }
                        if self.token != Token::EndArray {
                            return Err(self.syntax_error(Token::EndArray, "array"));
                        }
                    }
                    Some(Frame::Object(members, key)) => {
                        members.insert(*key, v);
                        if self.next() == Token::ValueSeparator {
                            self.next();
                            let k = self.key()?;
                            if let Some(Frame::Object(_, key)) = stack.last_mut() {
                                *key = k;
                            }
                            break;
                        }
                        if self.token != Token::EndObject {
                            return Err(self.syntax_error(Token::EndObject, "object"));
                        }
                    }
                }
                v = match stack.pop().expect("a container is open") {
                    Frame::Array(items) => Value::list(items),
                    Frame::Object(members, _) => Value::Attrs(members.finish()),
                };
            }
        }
    }

    /// A scalar value token (anything else here is a syntax error).
    fn scalar(&mut self) -> Result<Value> {
        Ok(match self.token {
            Token::True => Value::Bool(true),
            Token::False => Value::Bool(false),
            Token::Null => Value::Null,
            Token::String => Value::String(NixString::plain(no_nul(&self.lx.buffer)?)),
            Token::Integer => Value::Int(self.lx.integer),
            Token::Unsigned => match i64::try_from(self.lx.unsigned) {
                Ok(i) => Value::Int(i),
                Err(_) => {
                    return Err(Error::new(
                        ErrorKind::Type,
                        format!(
                            "unsigned json number {} outside of Nix integer range",
                            self.lx.unsigned
                        ),
                    ));
                }
            },
            Token::Float => {
                if !self.lx.float.is_finite() {
                    return Err(json_error(format!(
                        "[json.exception.out_of_range.406] number overflow parsing '{}'",
                        self.lx.token_text()
                    )));
                }
                Value::Float(self.lx.float)
            }
            Token::ParseError => return Err(self.syntax_error(Token::Uninitialized, "value")),
            Token::EndOfInput if self.lx.total == 1 => {
                return Err(json_error(format!(
                    "[json.exception.parse_error.101] parse error at {}: attempting to parse an empty input; check that your input string or stream contains the expected JSON",
                    self.lx.position()
                )));
            }
            _ => return Err(self.syntax_error(Token::LiteralOrValue, "value")),
        })
    }
}

/// An error of the JSON library (C++ Nix's `JSONParseError`), which nothing catches. C++
/// Nix's `fromJSON` gives these (and only these, not its own range and NUL checks) the
/// context "while decoding a JSON string".
fn json_error(msg: String) -> Error {
    Error::new(ErrorKind::Type, msg).with_context(None, "while decoding a JSON string")
}

/// C++ Nix refuses strings (and keys) with NUL bytes, showing them as `␀`.
fn no_nul(s: &[u8]) -> Result<&[u8]> {
    if !s.contains(&0) {
        return Ok(s);
    }
    let shown = String::from_utf8_lossy(s).replace('\0', "␀");
    Err(Error::new(
        ErrorKind::Type,
        format!(
            "input string '{shown}' cannot be represented as Nix string because it contains null bytes"
        ),
    ))
}
