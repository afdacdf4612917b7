//! String coercion and concatenation (`+`, interpolation, path interpolation).
//!
//! C++ Nix evaluates `a + b`, `"x${a}y"` and `./p/${a}` with one routine: the first
//! operand decides the result's type (int and float add, a path gives a path, anything
//! else a string), and every other operand is coerced to a string. A path coerced inside
//! a string is copied to the (modelled) store and its store path carries context.

use super::{Env, Evaluator};
use crate::error::{Error, ErrorKind, FrameText, Result};
use crate::source::Pos;
use crate::syntax::expr::Expr;
use crate::value::{ContextElem, NixString, StringBuilder, Symbol, Value};

/// How far a coercion may go (C++ Nix's `coerceMore`, `copyToStore`).
#[derive(Clone, Copy, Debug)]
pub struct CoerceMode {
    /// Also coerce null, Booleans, numbers and lists (`toString`, derivation attributes).
    pub more: bool,
    /// Copy paths to the store (as interpolation does) instead of using them as they are.
    pub copy_to_store: bool,
    /// Canonicalise a path before use (false only for the first part of `./a/${b}`).
    pub canonicalize: bool,
}

impl CoerceMode {
    /// Interpolation into a string.
    pub const INTERPOLATE: CoerceMode = CoerceMode {
        more: false,
        copy_to_store: true,
        canonicalize: true,
    };
    /// `builtins.toString`.
    pub const TO_STRING: CoerceMode = CoerceMode {
        more: true,
        copy_to_store: false,
        canonicalize: true,
    };
}

/// `std::to_string(double)`: `%f`, which is how `toString` shows floats.
pub fn float_to_string_f(x: f64) -> String {
    if x.is_nan() {
        return if x.is_sign_negative() { "-nan" } else { "nan" }.to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    format!("{x:.6}")
}

impl Evaluator {
    /// Coerces a value to a string, adding its context to `out`. Each level (a
    /// `__toString` result, an `outPath`, a list element) is one native level deeper, so a
    /// set whose `outPath` is itself is C++ Nix's stack overflow rather than a crash.
    pub fn coerce_to_string(
        &self,
        v: &Value,
        mode: CoerceMode,
        out: &mut StringBuilder,
        ctx: impl FrameText,
    ) -> Result<()> {
        self.nested(|| self.coerce_level(v, mode, out, ctx))
    }

    /// One level of [`Evaluator::coerce_to_string`].
    fn coerce_level(
        &self,
        v: &Value,
        mode: CoerceMode,
        out: &mut StringBuilder,
        ctx: impl FrameText,
    ) -> Result<()> {
        let v = self.force(v)?;
        match &v {
            Value::String(s) => {
                // Repeated doubling (`s + s`) reaches any size quickly; the buffer may
                // double again as it grows.
                let grown = out.len().checked_add(s.len());
                Self::check_allocation(grown.and_then(|n| n.checked_mul(2)))?;
                out.push_str(s)
            }
            Value::Path(p) => {
                if mode.copy_to_store {
                    let sp = self.copy_path_to_store(&crate::path::canon_path(p))?;
                    out.push_bytes(sp.as_bytes());
                    out.add_context(&[ContextElem::Opaque(sp.into())].into_iter().collect());
                } else if mode.canonicalize {
                    out.push_bytes(crate::path::canon_path(p).as_bytes());
                } else {
                    out.push_bytes(p.as_bytes());
                }
            }
            Value::Attrs(a) => {
                if let Some(f) = a.get(Symbol::TO_STRING) {
                    // Called from where the value is coerced (filled in by the caller).
                    let r = self.call_value(f, [v.clone()], Pos::CALL_SITE)?;
                    return self.coerce_to_string(
                        &r,
                        CoerceMode {
                            canonicalize: true,
                            ..mode
                        },
                        out,
                        "while evaluating the result of the `__toString` attribute",
                    );
                }
                match a.get(Symbol::OUT_PATH) {
                    Some(p) => {
                        return self.coerce_to_string(
                            p,
                            mode,
                            out,
                            "while evaluating the `outPath` attribute",
                        );
                    }
                    None => return Err(self.cannot_coerce(&v, ctx)),
                }
            }
            Value::Bool(true) if mode.more => out.push_bytes(b"1"),
            Value::Bool(false) | Value::Null if mode.more => {}
            Value::Int(i) if mode.more => out.push_bytes(i.to_string().as_bytes()),
            Value::Float(x) if mode.more => out.push_bytes(float_to_string_f(*x).as_bytes()),
            Value::List(l) if mode.more => {
                let n = l.len();
                for (i, x) in l.iter().enumerate() {
                    // An element's error gets the element's frame and this value's.
                    self.coerce_to_string(x, mode, out, "while evaluating one element of the list")
                        .map_err(|e| e.with_context_at_call_site(ctx.text()))?;
                    let empty_list = matches!(x.peek(), Some(Value::List(l2)) if l2.is_empty());
                    if i + 1 < n && !empty_list {
                        out.push_bytes(b" ");
                    }
                }
            }
            _ => return Err(self.cannot_coerce(&v, ctx)),
        }
        Ok(())
    }

    fn cannot_coerce(&self, v: &Value, ctx: impl FrameText) -> Error {
        Error::type_error(format!(
            "cannot coerce {} to a string: {}",
            v.type_phrase(),
            crate::print::for_error(self, v)
        ))
        .with_context_at_call_site(ctx.text())
    }

    /// Coerces to a string without context-free requirements (the whole string).
    pub fn coerce_to_nix_string(
        &self,
        v: &Value,
        mode: CoerceMode,
        ctx: impl FrameText,
    ) -> Result<NixString> {
        // A string is itself in every mode: shared, not copied (a `toXML` result can be
        // gigabytes).
        let v = self.force(v)?;
        if let Value::String(s) = &v {
            return Ok(s.clone());
        }
        let mut b = StringBuilder::new();
        self.coerce_to_string(&v, mode, &mut b, ctx)?;
        Ok(b.finish())
    }

    /// `+`, string interpolation and path interpolation (C++ Nix's `ExprConcatStrings`).
    pub(super) fn concat(
        &self,
        parts: &[(Expr, Pos)],
        force_string: bool,
        env: &Env,
        pos: Pos,
    ) -> Result<Value> {
        enum Acc {
            Int(i64),
            Float(f64),
            Str(StringBuilder, bool),
        }
        let mut acc: Option<Acc> = if force_string {
            Some(Acc::Str(StringBuilder::new(), false))
        } else {
            None
        };
        for (e, ppos) in parts.iter() {
            let v = self.eval(e, env)?;
            let first = acc.is_none();
            acc = Some(match (acc.take(), v) {
                (None, Value::Int(n)) => Acc::Int(n),
                (None, Value::Float(x)) => Acc::Float(x),
                (Some(Acc::Int(a)), Value::Int(b)) => match a.checked_add(b) {
                    Some(n) => Acc::Int(n),
                    None => {
                        return Err(Error::at(
                            ErrorKind::Arithmetic,
                            format!("integer overflow in adding {a} + {b}"),
                            *ppos,
                        ));
                    }
                },
                (Some(Acc::Int(a)), Value::Float(b)) => Acc::Float(a as f64 + b),
                (Some(Acc::Float(a)), Value::Int(b)) => Acc::Float(a + b as f64),
                (Some(Acc::Float(a)), Value::Float(b)) => Acc::Float(a + b),
                (Some(Acc::Int(_)), other) => {
                    return Err(Error::at(
                        ErrorKind::Type,
                        format!("cannot add {} to an integer", other.type_phrase()),
                        *ppos,
                    ));
                }
                (Some(Acc::Float(_)), other) => {
                    return Err(Error::at(
                        ErrorKind::Type,
                        format!("cannot add {} to a float", other.type_phrase()),
                        *ppos,
                    ));
                }
                (prev, v) => {
                    let (mut b, is_path) = match prev {
                        Some(Acc::Str(b, p)) => (b, p),
                        _ => (StringBuilder::new(), matches!(v, Value::Path(_))),
                    };
                    let mode = CoerceMode {
                        more: false,
                        copy_to_store: !is_path,
                        canonicalize: !first,
                    };
                    self.coerce_to_string(&v, mode, &mut b, "while evaluating a path segment")
                        .map_err(|e| e.at_call_site(*ppos))?;
                    Acc::Str(b, is_path)
                }
            });
        }
        Ok(match acc.expect("at least one part") {
            Acc::Int(n) => Value::Int(n),
            Acc::Float(x) => Value::Float(x),
            Acc::Str(b, false) => Value::String(b.finish()),
            Acc::Str(b, true) => {
                let s = b.finish();
                if s.has_context() {
                    return Err(Error::at(
                        ErrorKind::Type,
                        "a string that refers to a store path cannot be appended to a path",
                        pos,
                    ));
                }
                Value::Path(crate::path::canon_path(&s.to_str_lossy()).into())
            }
        })
    }
}
