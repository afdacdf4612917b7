//! JSON output (`--json`, `builtins.toJSON`), as C++ Nix's `printValueAsJSON` writes it.

use crate::error::{Error, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::value::{Context, StringBuilder, Value};

/// Serialises a value as JSON, forcing it completely. Paths are copied to the (modelled)
/// store; sets with `__toString` become that string, sets with `outPath` become it.
/// The contexts of all strings are added to `context`.
pub fn to_json(ev: &Evaluator, v: &Value, context: &mut Context) -> Result<String> {
    let mut out = String::new();
    write(ev, v, context, &mut out)?;
    Ok(out)
}

fn write(ev: &Evaluator, v: &Value, context: &mut Context, out: &mut String) -> Result<()> {
    let v = ev.force(v)?;
    match &v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(x) => out.push_str(&float_to_json(*x)),
        Value::String(s) => {
            context.extend(s.context().iter().cloned());
            string(&s.to_str_lossy(), out);
        }
        Value::Path(_) => {
            let s = ev.coerce_to_nix_string(
                &v,
                CoerceMode::INTERPOLATE,
                "while converting a path to JSON",
            )?;
            context.extend(s.context().iter().cloned());
            string(&s.to_str_lossy(), out);
        }
        Value::Attrs(a) => {
            if a.contains(b"__toString") {
                let mut b = StringBuilder::new();
                let mode = CoerceMode {
                    more: false,
                    copy_to_store: false,
                    canonicalize: true,
                };
                ev.coerce_to_string(&v, mode, &mut b, "while converting a set to JSON")?;
                let s = b.finish();
                context.extend(s.context().iter().cloned());
                string(&s.to_str_lossy(), out);
                return Ok(());
            }
            if let Some(p) = a.get(b"outPath") {
                return write(ev, p, context, out);
            }
            out.push('{');
            for (i, (k, x)) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(&String::from_utf8_lossy(k), out);
                out.push(':');
                write(ev, x, context, out).map_err(|e| {
                    e.with_context(
                        None,
                        format!(
                            "while evaluating attribute '{}'",
                            String::from_utf8_lossy(k)
                        ),
                    )
                })?;
            }
            out.push('}');
        }
        Value::List(l) => {
            out.push('[');
            for (i, x) in l.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(ev, x, context, out).map_err(|e| {
                    e.with_context(None, format!("while evaluating list element at index {i}"))
                })?;
            }
            out.push(']');
        }
        other => {
            return Err(Error::type_error(format!(
                "cannot convert {} to JSON",
                other.type_phrase()
            )));
        }
    }
    Ok(())
}

/// A JSON string with the escapes nlohmann's JSON library (used by C++ Nix) writes.
fn string(s: &str, out: &mut String) {
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
