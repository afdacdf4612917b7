//! Printing values as `nix-instantiate --eval` does (`--strict`, `--json`, `--xml`), and
//! the short renderings used inside error messages.
//!
//! The default format is C++ Nix's `printAmbiguous`: sets with names in byte order (quoted
//! when not identifiers), `<CODE>` for an unevaluated thunk, `<LAMBDA>`, `<PRIMOP>`,
//! `<PRIMOP-APP>`, and `«repeated»` for a non-empty set or list printed before (by
//! identity, anywhere in the output, not only among its ancestors).

mod json;
mod printer;
mod xml;

pub(crate) use json::string as json_string;
pub use json::{to_json, to_json_output};
pub use printer::PrintOptions;
use printer::Printer;
pub use xml::to_xml;

use crate::value::{SymbolTable, Value};
use std::collections::HashSet;

/// Prints a value the way `nix-instantiate --eval` does; nothing is forced (force first
/// for `--strict`).
pub fn print_value(symbols: &SymbolTable, v: &Value) -> String {
    String::from_utf8_lossy(&print_value_bytes(symbols, v)).into_owned()
}

/// Like [`print_value`], as bytes (strings need not be UTF-8).
pub fn print_value_bytes(symbols: &SymbolTable, v: &Value) -> Vec<u8> {
    let mut a = Ambiguous {
        symbols,
        out: Vec::new(),
        seen: HashSet::new(),
    };
    a.value(v, None);
    a.out
}

/// The state of one [`print_value`].
struct Ambiguous<'a> {
    symbols: &'a SymbolTable,
    out: Vec<u8>,
    seen: HashSet<usize>,
}

impl Ambiguous<'_> {
    /// `cell` identifies the value cell a list was reached through (a thunk), which is
    /// what C++ Nix's printer remembers for lists: a list printed at the top and again
    /// inside itself (`let xs = [ xs ]; in xs`) is shown once more before being
    /// `«repeated»`.
    fn value(&mut self, v: &Value, cell: Option<usize>) {
        stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || match v {
            Value::Thunk(t) => match t.peek() {
                Some(v) => self.value(&v, Some(t.id())),
                None => self.out.extend_from_slice(b"<CODE>"),
            },
            Value::Attrs(a) => {
                if !a.is_empty() && !self.seen.insert(a.id()) {
                    self.out.extend_from_slice("«repeated»".as_bytes());
                    return;
                }
                self.out.extend_from_slice(b"{ ");
                for e in self.symbols.by_name(a) {
                    attr_name(self.symbols.name(e.name), &mut self.out);
                    self.out.extend_from_slice(b" = ");
                    self.value(&e.value, None);
                    self.out.extend_from_slice(b"; ");
                }
                self.out.push(b'}');
            }
            Value::List(l) => {
                // C++ Nix keeps lists of one or two items inside the value cell and longer
                // ones in a shared array: the cell is the identity of a short list, the
                // array that of a long one.
                let id = match cell {
                    Some(c) if l.len() <= 2 => c,
                    _ => l.id(),
                };
                if !l.is_empty() && !self.seen.insert(id) {
                    self.out.extend_from_slice("«repeated»".as_bytes());
                    return;
                }
                self.out.extend_from_slice(b"[ ");
                for x in l.iter() {
                    self.value(x, None);
                    self.out.push(b' ');
                }
                self.out.push(b']');
            }
            v => scalar(v, &mut self.out),
        })
    }
}

/// Scalars and functions, identical in every printing mode.
fn scalar(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(x) => out.extend_from_slice(float_g(*x).as_bytes()),
        Value::String(s) => string_literal(s.as_bytes(), out),
        Value::Path(p) => out.extend_from_slice(p.as_bytes()),
        Value::Lambda(_) => out.extend_from_slice(b"<LAMBDA>"),
        Value::PrimOp(p) if p.args().is_empty() => out.extend_from_slice(b"<PRIMOP>"),
        Value::PrimOp(_) => out.extend_from_slice(b"<PRIMOP-APP>"),
        Value::Thunk(_) => out.extend_from_slice(b"<CODE>"),
        Value::Attrs(_) | Value::List(_) => unreachable!("not a scalar"),
    }
}

/// A string as a Nix literal: `"`, `\`, newline, tab, carriage return and `${` escaped.
pub fn string_literal(s: &[u8], out: &mut Vec<u8>) {
    out.push(b'"');
    for (i, &c) in s.iter().enumerate() {
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'$' if s.get(i + 1) == Some(&b'{') => out.extend_from_slice(b"\\$"),
            c => out.push(c),
        }
    }
    out.push(b'"');
}

/// Words that cannot be attribute names without quotes.
const KEYWORDS: &[&[u8]] = &[
    b"if", b"then", b"else", b"assert", b"with", b"let", b"in", b"rec", b"inherit",
];

/// An attribute name, quoted unless it is an identifier (`or` needs no quotes).
pub fn attr_name(k: &[u8], out: &mut Vec<u8>) {
    let ident = match k.first() {
        Some(c) if c.is_ascii_alphabetic() || *c == b'_' => k
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'\'' | b'-')),
        _ => false,
    };
    if ident && !KEYWORDS.contains(&k) {
        out.extend_from_slice(k);
    } else {
        string_literal(k, out);
    }
}

/// An attribute name as C++ Nix writes a symbol in a message: as it is when it is an
/// identifier, else as a string literal (`'"b c"'`).
pub fn symbol_str(k: &[u8]) -> String {
    let mut out = Vec::new();
    attr_name(k, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// A float as C++ streams print it by default (`%g` with 6 significant digits).
pub fn float_g(x: f64) -> String {
    if x.is_nan() {
        return if x.is_sign_negative() { "-nan" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let sci = format!("{x:.5e}");
    let (mant, exp) = sci.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    if !(-4..6).contains(&exp) {
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mant}e{sign}{:02}", exp.abs());
    }
    let decimals = (5 - exp).max(0) as usize;
    trim_zeros(&format!("{x:.decimals$}")).to_string()
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// A value as C++ Nix shows it inside an error message (its `errorPrintOptions`).
pub fn for_error(ev: &crate::eval::Evaluator, v: &Value) -> String {
    show(ev, v, &PrintOptions::ERROR)
}

/// Shows a value as C++ Nix's value printer does (error messages, `trace`).
pub fn show(ev: &crate::eval::Evaluator, v: &Value, options: &PrintOptions) -> String {
    let mut p = Printer {
        ev,
        options,
        out: Vec::new(),
        seen: HashSet::new(),
        attrs_printed: 0,
        items_printed: 0,
    };
    p.value(v, 0);
    String::from_utf8_lossy(&p.out).into_owned()
}
#[cfg(test)]
mod tests {
    use super::float_g;

    #[test]
    fn floats_print_like_cpp_streams() {
        assert_eq!(float_g(0.1), "0.1");
        assert_eq!(float_g(1.0), "1");
        assert_eq!(float_g(123456789.0), "1.23457e+08");
        assert_eq!(float_g(1.0e-5), "1e-05");
        assert_eq!(float_g(1500.0), "1500");
        assert_eq!(float_g(1.2345678), "1.23457");
        assert_eq!(float_g(999999.5), "1e+06");
    }
}
