//! `builtins.fromTOML`: TOML 1.0 documents to Nix values, shaped as C++ Nix shapes them.
//!
//! C++ Nix reads TOML with the toml11 library (TOML 1.0 by default); nixref reads it with
//! `toml_edit`, which accepts the same documents except one case patched here: toml11
//! refuses a float literal that overflows, whichever its sign. Tables become sets, arrays
//! lists; dates and times are refused ("Dates and times are not supported", C++ Nix only
//! converts them under an experimental feature). The whole document is parsed before any
//! value is converted, so a syntax error anywhere wins over a date.
//!
//! Syntax errors carry toml11's first message line where nixref can tell which one toml11
//! would give ([`toml11_title`]); toml11's source excerpt below it is not reproduced.

use crate::error::{Error, ErrorKind, Result};
use crate::value::{AttrsBuilder, NixString, SymbolTable, Value};
use toml_edit::{Item, Table};

/// Parses a TOML document into a Nix set.
pub fn parse(text: &str, symbols: &SymbolTable) -> Result<Value> {
    if nesting_depth(text) > MAX_NESTING {
        return Err(crate::eval::Evaluator::native_stack_overflow());
    }
    stacker::grow(PARSE_STACK, || parse_on_stack(text, symbols))
}

/// The stack the parser gets: `toml_edit` and the conversion recurse once per nesting
/// level, and C++ Nix copes with (at least) ten thousand levels.
const PARSE_STACK: usize = 1 << 30;

/// Arrays and inline tables nested deeper than this overflow C++ Nix's stack (it does at
/// fifty thousand levels; the exact limit depends on its build), and would overflow the
/// parser's stack here.
const MAX_NESTING: usize = 30_000;

/// The deepest nesting of `[` and `{` outside strings and comments (table headers count
/// as one level).
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '[' | '{' => {
                depth += 1;
                max = max.max(depth);
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            '#' => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '"' | '\'' => {
                let mut escaped = false;
                for d in chars.by_ref() {
                    match d {
                        '\\' if c == '"' && !escaped => escaped = true,
                        d if d == c && !escaped => break,
                        _ => escaped = false,
                    }
                }
            }
            _ => {}
        }
    }
    max
}

fn parse_on_stack(text: &str, symbols: &SymbolTable) -> Result<Value> {
    let doc: toml_edit::DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        toml_error(&format!("[error] {}", toml11_title(text, &e)))
    })?;
    check_floats(doc.as_table())?;
    table(doc.as_table(), symbols)
}

fn table(t: &Table, symbols: &SymbolTable) -> Result<Value> {
    let mut m = AttrsBuilder::with_capacity(t.len());
    for (k, v) in t.iter() {
        m.insert(symbols.intern(no_nul(k)?.as_bytes()), item(v, symbols)?);
    }
    Ok(Value::Attrs(m.finish()))
}

fn item(i: &Item, symbols: &SymbolTable) -> Result<Value> {
    match i {
        Item::None => Ok(Value::Null),
        Item::Value(v) => value(v, symbols),
        Item::Table(t) => table(t, symbols),
        Item::ArrayOfTables(a) => Ok(Value::list(
            a.iter()
                .map(|t| table(t, symbols))
                .collect::<Result<Vec<_>>>()?,
        )),
    }
}

fn value(v: &toml_edit::Value, symbols: &SymbolTable) -> Result<Value> {
    use toml_edit::Value as V;
    Ok(match v {
        V::String(s) => Value::String(NixString::plain(no_nul(s.value())?.as_bytes())),
        V::Integer(i) => Value::Int(*i.value()),
        V::Float(x) => Value::Float(*x.value()),
        V::Boolean(b) => Value::Bool(*b.value()),
        V::Datetime(_) => return Err(toml_error("Dates and times are not supported")),
        V::Array(a) => Value::list(
            a.iter()
                .map(|x| value(x, symbols))
                .collect::<Result<Vec<_>>>()?,
        ),
        V::InlineTable(t) => {
            let mut m = AttrsBuilder::with_capacity(t.len());
            for (k, x) in t.iter() {
                m.insert(symbols.intern(no_nul(k)?.as_bytes()), value(x, symbols)?);
            }
            Value::Attrs(m.finish())
        }
    })
}

/// toml11 reads floats with a C++ stream, which fails on a literal too large for a
/// double; `toml_edit` only refuses the positive ones. Literal `inf` is fine.
fn check_floats(t: &Table) -> Result<()> {
    for (_, i) in t.iter() {
        match i {
            Item::Value(v) => check_float_value(v)?,
            Item::Table(t) => check_floats(t)?,
            Item::ArrayOfTables(a) => a.iter().try_for_each(check_floats)?,
            Item::None => {}
        }
    }
    Ok(())
}

fn check_float_value(v: &toml_edit::Value) -> Result<()> {
    use toml_edit::Value as V;
    match v {
        V::Float(x) if x.value().is_infinite() => {
            let raw = x
                .as_repr()
                .and_then(|r| r.as_raw().as_str())
                .unwrap_or("inf");
            if !raw.contains("inf") {
                return Err(toml_error(
                    "[error] toml::parse_floating: failed to read floating point value from stream",
                ));
            }
            Ok(())
        }
        V::Array(a) => a.iter().try_for_each(check_float_value),
        V::InlineTable(t) => t.iter().try_for_each(|(_, x)| check_float_value(x)),
        _ => Ok(()),
    }
}

/// C++ Nix's error for anything toml11 or the conversion throws.
fn toml_error(msg: &str) -> Error {
    Error::new(ErrorKind::Type, format!("while parsing TOML: {msg}"))
}

/// Strings and keys with NUL bytes are refused (C++ Nix's own error, shown with its
/// `error: ` prefix inside the TOML message).
fn no_nul(s: &str) -> Result<&str> {
    if !s.contains('\0') {
        return Ok(s);
    }
    Err(toml_error(&format!(
        "error: input string '{}' cannot be represented as Nix string because it contains null bytes",
        s.replace('\0', "␀")
    )))
}

/// The headline toml11 gives for the syntax error `toml_edit` found, judged from
/// `toml_edit`'s description and the text where it stopped; `toml_edit`'s own words when
/// no rule applies.
fn toml11_title(text: &str, e: &toml_edit::TomlError) -> String {
    let msg = e.message();
    let first = msg.lines().next().unwrap_or("");
    let at = e.span().map_or(text.len(), |s| s.start.min(text.len()));
    let rest = &text[at..];
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let value_text = value_at_line(line);
    let title = match first {
        "" if value_text.is_empty() => UNKNOWN_VALUE,
        _ if first.starts_with("duplicate key") => {
            "toml::insert_value: failed to insert a value, value already exists"
        }
        _ if first.contains("attempted to extend non-table type (inline table)") => {
            "toml::insert_value: failed to insert a value: inline table is immutable"
        }
        "invalid table header" if msg.contains("duplicate key") => {
            if line.starts_with("[[") {
                "toml::insert_value: failed to insert an array of tables, value already exists"
            } else {
                "toml::insert_value: failed to insert a table, table already defined"
            }
        }
        "invalid table header" | "invalid key" if line.starts_with("[[") => {
            "toml::parse_file: invalid array-table key"
        }
        "invalid table header" if header_then_junk(line) => {
            "toml::parse_file: newline (or EOF) expected"
        }
        "invalid table header" => "toml::parse_file: invalid table key",
        "invalid key" if line.starts_with('[') => "toml::parse_file: invalid table key",
        "invalid key" => SIMPLE_KEY,
        "expected `.`, `=`" if rest.starts_with('.') => SIMPLE_KEY,
        "expected `.`, `=`" => "toml::parse_key_value_pair: invalid key value separator `=`",
        "number too large to fit in target type" | "number too small to fit in target type" => {
            match value_text.trim_start_matches(['+', '-']).get(..2) {
                Some("0x") => {
                    "toml::parse_hex_integer: too large integer: current max value = 2^63"
                }
                Some("0o") => {
                    "toml::parse_oct_integer: too large integer: current max value = 2^63"
                }
                Some("0b") => {
                    "toml::parse_bin_integer: too large integer: current max value = 2^63"
                }
                _ => "toml::parse_dec_integer: too large integer: current max digits = 2^63",
            }
        }
        "invalid array" if rest.trim_start().is_empty() => {
            "toml::parse_array: missing closing bracket `]`"
        }
        "invalid array" => "toml::parse_array: expected value-separator `,` or closing `]`",
        "invalid inline table" => inline_table_title(rest),
        "invalid basic string" | "invalid escape sequence" => {
            "toml::parse_basic_string: invalid string format"
        }
        "invalid multiline basic string" => "toml::parse_ml_basic_string: invalid string format",
        "invalid literal string" => "toml::parse_literal_string: invalid string format",
        "invalid multiline literal string" => {
            "toml::parse_ml_literal_string: invalid string format"
        }
        "invalid unicode 4-digit hex code" | "invalid unicode 8-digit hex code" => {
            if rest.len() >= 4 && (rest.starts_with(['d', 'D'])) {
                "toml::parse_utf8_codepoint: [0xD800, 0xDFFF] is not a valid UTF-8"
            } else {
                "toml::parse_utf8_codepoint: input codepoint is too large."
            }
        }
        "invalid hexadecimal integer" => HEX,
        "invalid octal integer" => {
            "toml::parse_oct_integer: invalid integer: oct_int must be like: 0o775, 0o04_44"
        }
        "invalid binary integer" => {
            "toml::parse_bin_integer: invalid integer: bin_int must be like: 0b0101, 0b1111_0000"
        }
        "invalid floating-point number" if value_text.starts_with('.') => {
            "bad float: integer part is required before decimal point"
        }
        "invalid floating-point number" if overflows(value_text) => {
            "toml::parse_floating: failed to read floating point value from stream"
        }
        "invalid floating-point number" => "bad float: invalid format",
        "invalid integer" if value_text == "+" || value_text == "-" => UNKNOWN_VALUE,
        "invalid integer" if value_text.starts_with('_') => {
            "bad number: `_` must be surrounded by digits"
        }
        "invalid integer" => "bad integer: `_` must be surrounded by digits",
        "invalid time offset" => {
            "toml::parse_offset_datetime: too large offset: |hour| <= 24, |minute| <= 60"
        }
        "invalid time" => "bad datetime: invalid format",
        "invalid date-time" if value_text.len() >= 10 && value_text.as_bytes()[4] == b'-' => {
            if value_text.len() > 10 && value_text[11..].matches(':').count() < 2 {
                "bad time: must be HH:MM:SS.subsec"
            } else {
                "toml::parse_local_date: invalid date."
            }
        }
        "invalid string" if value_text.is_empty() || rest.starts_with(['}', ',', ']']) => {
            UNKNOWN_VALUE
        }
        "invalid string" if value_text.to_ascii_lowercase().starts_with(['t', 'f']) => {
            "toml::parse_boolean: invalid boolean: boolean must be `true` or `false`, in lowercase. string must be surrounded by `\"`"
        }
        "expected newline, `#`" => newline_title(value_text),
        _ => first,
    };
    title.to_string()
}

const UNKNOWN_VALUE: &str = "bad format: unknown value appeared";
const SIMPLE_KEY: &str =
    "toml::parse_simple_key: invalid key: key must be \"quoted\", 'quoted-literal', or bare key.";
const HEX: &str =
    "toml::parse_hex_integer: invalid integer: hex_int must be like: 0xC0FFEE, 0xdead_beef";

/// toml11's headline when a value is followed by something other than the end of the
/// line: a few value shapes are errors of the value itself there.
fn newline_title(value_text: &str) -> &'static str {
    let v = value_text;
    let digits_then =
        |s: &str| s.len() > 1 && s.starts_with('0') && s.as_bytes()[1].is_ascii_digit();
    if v.starts_with(['+', '-']) && v[1..].starts_with("0x") {
        HEX
    } else if digits_then(v.trim_start_matches(['+', '-'])) {
        "bad integer: invalid digit after an integer"
    } else if (v.len() >= 8 && v.as_bytes()[2] == b':' && v.as_bytes()[5] == b':')
        || (v.len() >= 19 && v.as_bytes()[4] == b'-' && v.as_bytes()[13] == b':')
    {
        "toml::parse_local_time: invalid time."
    } else {
        "toml::parse_table: newline (LF / CRLF) or EOF is expected"
    }
}

/// toml11's headline for a bad inline table, `toml_edit` having stopped at `rest`: after
/// a comma, a `}` (trailing comma) or anything but a key; elsewhere a missing `,` or `}`.
fn inline_table_title(rest: &str) -> &'static str {
    match rest.strip_prefix(',') {
        Some(after) if after.trim_start_matches([' ', '\t']).starts_with('}') => {
            "toml::parse_inline_table: trailing comma is not allowed in TOML-v1.0.0)"
        }
        Some(_) => SIMPLE_KEY,
        None if rest.starts_with('=') => SIMPLE_KEY,
        None => "toml::parse_inline_table: expected value-separator `,` or closing `}`",
    }
}

/// Whether a line is a complete `[table]` header followed by more than a comment.
fn header_then_junk(line: &str) -> bool {
    let line = line.lines().next().unwrap_or("");
    match line.find(']') {
        Some(i) => {
            let after = line[i + 1..].trim_start_matches([']', ' ', '\t']);
            !after.is_empty() && !after.starts_with('#')
        }
        None => false,
    }
}

/// Whether a float literal is well formed but too large for a double.
fn overflows(value_text: &str) -> bool {
    let token = value_text
        .split([' ', '\t', '#', ',', ']', '}'])
        .next()
        .unwrap_or("");
    token
        .replace('_', "")
        .parse::<f64>()
        .is_ok_and(|x| x.is_infinite() && !token.contains("inf"))
}

/// The text after `=` on a `key = value` line (trimmed), or "" when there is none.
fn value_at_line(line: &str) -> &str {
    let line = line.lines().next().unwrap_or("");
    match line.split_once('=') {
        Some((_, v)) => v.trim(),
        None => "",
    }
}
