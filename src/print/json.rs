//! JSON output (`--json`, `builtins.toJSON`), as C++ Nix's `printValueAsJSON` writes it.

use crate::error::{Error, Result};
use crate::eval::{CoerceMode, Evaluator, JSON_LEVEL_COST};
use crate::value::{Context, Symbol, Value};

/// Serialises a value as JSON, forcing it completely. Paths are copied to the (modelled)
/// store; a set is "peeled" first (see [`Writer::attrs`]). The contexts of all strings
/// are added to `context`. Nesting deeper than `max-call-depth` is a stack overflow.
pub fn to_json(ev: &Evaluator, v: &Value, context: &mut Context) -> Result<String> {
    to_json_output(ev, v, true, context)
}

/// `nix-instantiate --eval --json`: as [`to_json`] with `strict`; without it, nothing is
/// forced and a value not yet evaluated is an error ("cannot convert a thunk to JSON"),
/// as in C++ Nix.
pub fn to_json_output(
    ev: &Evaluator,
    v: &Value,
    strict: bool,
    context: &mut Context,
) -> Result<String> {
    let mut w = Writer {
        ev,
        context,
        out: String::new(),
        strict,
        not_utf8: None,
        pos: crate::source::Pos::NONE,
    };
    w.value(v, true, 0)?;
    // C++ Nix builds the whole JSON value first and serialises it afterwards: a string
    // that is not UTF-8 fails only then, the first one in output order.
    if let Some(msg) = w.not_utf8 {
        return Err(Error::type_error(format!(
            "JSON serialization error: [json.exception.type_error.316] {msg}"
        )));
    }
    Ok(w.out)
}

struct Writer<'a> {
    ev: &'a Evaluator,
    context: &'a mut Context,
    out: String,
    strict: bool,
    /// nlohmann's complaint about the first string that is not UTF-8.
    not_utf8: Option<String>,
    /// Where the value being written is, as C++ Nix's `printValueAsJSON` passes it down:
    /// none at the top, then each attribute's definition (list
    /// elements keep their list's). Frames and errors are placed there.
    pos: crate::source::Pos,
}

/// What nlohmann's JSON serialiser says about bytes that are not UTF-8: the index of the
/// byte at which its decoder gives up (an impossible first byte, or the first byte that
/// does not continue a sequence), or the last byte of a sequence cut off by the end.
fn utf8_complaint(b: &[u8]) -> Option<String> {
    let e = std::str::from_utf8(b).err()?;
    let start = e.valid_up_to();
    Some(match e.error_len() {
        None => format!(
            "incomplete UTF-8 string; last byte: 0x{:02X}",
            b[b.len() - 1]
        ),
        Some(n) => {
            let i = if matches!(b[start], 0xC2..=0xF4) {
                start + n
            } else {
                start
            };
            format!("invalid UTF-8 byte at index {i}: 0x{:02X}", b[i])
        }
    })
}

impl Writer<'_> {
    /// Writes a string, noting the first one that is not UTF-8.
    fn string_bytes(&mut self, b: &[u8]) {
        if self.not_utf8.is_none() {
            self.not_utf8 = utf8_complaint(b);
        }
        string(&String::from_utf8_lossy(b), &mut self.out);
    }

    /// `copy_paths`: paths become store paths (not for a path a `__toString` returned).
    fn value(&mut self, v: &Value, copy_paths: bool, depth: usize) -> Result<()> {
        let v = if self.strict {
            self.ev.force(v)?
        } else {
            // At the position passed down (a thunk's own is the fallback's in C++ Nix).
            v.peek().ok_or_else(|| {
                Error::type_error("cannot convert a thunk to JSON").with_pos(self.pos)
            })?
        };
        // 2.26's printValueAsJSON recurses natively without counting calls: a value
        // nested deeper than its stack holds is its stack overflow.
        let ev = self.ev;
        ev.nested_costing(JSON_LEVEL_COST, || match &v {
            Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
                self.out.push_str(&scalar(&v));
                Ok(())
            }
            Value::String(s) => {
                self.context.extend(s.context().iter().cloned());
                self.string_bytes(s.as_bytes());
                Ok(())
            }
            Value::Path(p) if !copy_paths => {
                string(&crate::path::canon_path(p), &mut self.out);
                Ok(())
            }
            Value::Path(_) => {
                let s = self.ev.coerce_to_nix_string(
                    &v,
                    CoerceMode::INTERPOLATE,
                    "while converting a path to JSON",
                )?;
                self.context.extend(s.context().iter().cloned());
                self.string_bytes(s.as_bytes());
                Ok(())
            }
            Value::Attrs(_) => self.attrs(&v, depth, false),
            Value::List(l) => {
                self.out.push('[');
                for (i, x) in l.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    let at = self.pos.known();
                    self.value(x, copy_paths, depth + 1).map_err(|e| {
                        e.with_context(at, format!("while evaluating list element at index {i}"))
                    })?;
                }
                self.out.push(']');
                Ok(())
            }
            other => {
                let at = match other.call_pos() {
                    p if p.known().is_some() => p,
                    _ => self.pos,
                };
                Err(
                    Error::type_error(format!("cannot convert {} to JSON", other.type_phrase()))
                        .with_pos(at),
                )
            }
        })
    }

    /// A set is peeled as current C++ Nix does: `__toString` is called and its result
    /// peeled again (it must end in a string or a path), else `outPath` is peeled; a set
    /// with neither is a JSON object. (`{ outPath.a = 1; }` is `{"a":1}`.)
    fn attrs(&mut self, v: &Value, depth: usize, via_to_string: bool) -> Result<()> {
        let v = self.ev.force(v)?;
        let Value::Attrs(a) = &v else {
            if via_to_string && !matches!(v, Value::String(_) | Value::Path(_)) {
                return Err(Error::type_error(format!(
                    "`__toString` should return a string, but got {}: {}",
                    v.type_phrase(),
                    super::for_error(self.ev, &v)
                )));
            }
            return self.value(&v, !via_to_string, depth + 1);
        };
        // Peeling is native recursion: a set whose `outPath` is itself is Nix 2.26's stack
        // overflow, not a crash (see `Evaluator::nested`).
        let ev = self.ev;
        if let Some(f) = a.get(Symbol::TO_STRING) {
            let r = ev.call_value(f, [v.clone()], crate::source::Pos::NONE)?;
            return ev.nested(|| self.attrs(&r, depth + 1, true)).map_err(|e| {
                e.with_context(None, "while using the result of the `__toString` attribute")
            });
        }
        if let Some(p) = a.get(Symbol::OUT_PATH) {
            return ev
                .nested(|| self.attrs(p, depth + 1, via_to_string))
                .map_err(|e| e.with_context(None, "while using the `outPath` attribute"));
        }
        if via_to_string {
            return Err(Error::type_error(format!(
                "`__toString` must return a string, but got a set: {}",
                super::for_error(self.ev, &v)
            )));
        }
        self.out.push('{');
        for (i, e) in ev.symbols.by_name(a).into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            let k = ev.symbols.text(e.name);
            self.string_bytes(ev.symbols.name(e.name));
            self.out.push(':');
            let outer = std::mem::replace(&mut self.pos, e.pos);
            let r = self.value(&e.value, true, depth + 1);
            self.pos = outer;
            r.map_err(|err| {
                err.with_context(e.pos.known(), format!("while evaluating attribute '{k}'"))
            })?;
        }
        self.out.push('}');
        Ok(())
    }
}

/// A number, Boolean or null in JSON.
fn scalar(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(x) => float_to_json(*x),
        _ => "null".to_string(),
    }
}

/// A JSON string with the escapes nlohmann's JSON library (used by C++ Nix) writes.
pub(crate) fn string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A float as nlohmann's JSON library writes it: the shortest text that reads back as
/// the same number, `.0` on whole numbers, exponents as `e+21` / `e-05`.
pub fn float_to_json(x: f64) -> String {
    if !x.is_finite() {
        return "null".to_string();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    // Shortest round-trip digits and decimal exponent, from Rust's own formatting.
    let sci = format!("{:e}", x.abs());
    let (mant, exp) = sci.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let n = exp + 1; // position of the decimal point relative to the digits
    let sign = if x < 0.0 { "-" } else { "" };
    let body = if k <= n && n <= 15 {
        format!("{digits}{}.0", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 15 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -4 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let m = if k == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::float_to_json;

    #[test]
    fn floats_like_nlohmann() {
        assert_eq!(float_to_json(0.1), "0.1");
        assert_eq!(float_to_json(1.0), "1.0");
        assert_eq!(float_to_json(1500.0), "1500.0");
        assert_eq!(float_to_json(1.0e-5), "1e-05");
        assert_eq!(float_to_json(1.0 / 3.0), "0.3333333333333333");
        assert_eq!(float_to_json(1e21), "1e+21");
        assert_eq!(float_to_json(-2.5), "-2.5");
    }
}
