//! `builtins.fromTOML`: TOML 1.0 documents to Nix values, shaped as C++ Nix shapes them.
//!
//! C++ Nix reads TOML with toml11 (4.x, TOML 1.0) and, on bad input, prints toml11's
//! whole report: every error toml11 finds (it recovers and reads on), each with its
//! title, an excerpt of the lines involved with carets and notes, and hints. nixref
//! reads TOML with its own reader that follows toml11's order of checks and recovery
//! ([`parser`]), over a grammar of scanners that say what they expected ([`syntax`]),
//! with toml11's rules for reopening tables ([`tree`]), positions and excerpts as
//! toml11 counts and cuts them ([`source`]) and its report layout ([`report`]).
//!
//! Tables become sets, arrays lists; dates and times are refused ("Dates and times are
//! not supported", C++ Nix only converts them under an experimental feature). The whole
//! document is read before any value is converted, so a syntax error anywhere wins over
//! a date.

mod parser;
mod report;
mod source;
mod syntax;
mod tree;

use crate::error::{Error, ErrorKind, Result};
use crate::value::{AttrsBuilder, NixString, SymbolTable, Value};
use tree::{Kind, Node, Table};

/// Parses a TOML document into a Nix set.
pub fn parse(text: &[u8], symbols: &SymbolTable) -> Result<Value> {
    if nesting_depth(text) > MAX_NESTING {
        return Err(crate::eval::Evaluator::native_stack_overflow());
    }
    stacker::grow(PARSE_STACK, || parse_on_stack(text, symbols))
}

/// The stack the parser gets: it and the conversion recurse once per nesting level,
/// and C++ Nix copes with (at least) ten thousand levels.
const PARSE_STACK: usize = 1 << 30;

/// Arrays and inline tables nested deeper than this overflow C++ Nix's stack (it does at
/// fifty thousand levels; the exact limit depends on its build), and would overflow the
/// parser's stack here.
const MAX_NESTING: usize = 30_000;

/// The deepest nesting of `[` and `{` outside strings and comments (table headers count
/// as one level).
fn nesting_depth(text: &[u8]) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut bytes = text.iter().copied();
    while let Some(c) = bytes.next() {
        match c {
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'#' => {
                for c in bytes.by_ref() {
                    if c == b'\n' {
                        break;
                    }
                }
            }
            b'"' | b'\'' => {
                let mut escaped = false;
                for d in bytes.by_ref() {
                    match d {
                        b'\\' if c == b'"' && !escaped => escaped = true,
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

/// Reads the document as toml11 does: with a line feed added when it ends with neither
/// a line feed nor a carriage return, and past a byte order mark.
fn parse_on_stack(text: &[u8], symbols: &SymbolTable) -> Result<Value> {
    if text.is_empty() {
        return table(Table::new(), symbols);
    }
    let mut src = text.to_vec();
    if !matches!(src.last(), Some(b'\n' | b'\r')) {
        src.push(b'\n');
    }
    let mut loc = source::Cursor::new(&src);
    if src.starts_with(b"\xEF\xBB\xBF") {
        (0..3).for_each(|_| loc.advance());
    }
    let mut p = parser::Parser::new(&src);
    let root = p.file(&mut loc);
    if !p.errors.is_empty() {
        let mut msg = Vec::new();
        p.errors.iter().for_each(|e| e.render(&mut msg));
        return Err(toml_error(&String::from_utf8_lossy(&msg)));
    }
    table(root, symbols)
}

fn table(t: Table, symbols: &SymbolTable) -> Result<Value> {
    let mut m = AttrsBuilder::with_capacity(t.len());
    for (k, v) in t {
        m.insert(symbols.intern(no_nul(&k)?), value(v, symbols)?);
    }
    Ok(Value::Attrs(m.finish()))
}

fn value(n: Node, symbols: &SymbolTable) -> Result<Value> {
    Ok(match n.kind {
        Kind::Str(s) => Value::String(NixString::plain(no_nul(&s)?)),
        Kind::Int(i) => Value::Int(i),
        Kind::Float(x) => Value::Float(x),
        Kind::Bool(b) => Value::Bool(b),
        Kind::Date => return Err(toml_error("Dates and times are not supported")),
        Kind::Array(items, _) => Value::list(
            items
                .into_iter()
                .map(|x| value(x, symbols))
                .collect::<Result<Vec<_>>>()?,
        ),
        Kind::Table(t, _) => table(t, symbols)?,
    })
}

/// C++ Nix's error for anything toml11 or the conversion throws. Its format highlights
/// the exception's text with colour codes, which the logger removes after the message
/// was indented; the closing code is why a report ending in a line break leaves a last
/// line of seven spaces (indentation that is no longer trailing whitespace).
fn toml_error(msg: &str) -> Error {
    Error::new(
        ErrorKind::Type,
        format!("while parsing TOML: \u{1b}[35;1m{msg}\u{1b}[0m"),
    )
}

/// Strings and keys with NUL bytes are refused (C++ Nix's own error, shown with its
/// `error: ` prefix inside the TOML message).
fn no_nul(s: &[u8]) -> Result<&[u8]> {
    if !s.contains(&0) {
        return Ok(s);
    }
    let shown = String::from_utf8_lossy(s).replace('\0', "\u{2400}");
    Err(toml_error(&format!(
        "error: input string '{shown}' cannot be represented as Nix string because it contains null bytes"
    )))
}
