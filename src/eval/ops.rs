//! Operators: arithmetic, comparison, equality, `//`, `++`, the Boolean operators.

use super::{Env, Evaluator};
use crate::error::{Error, ErrorKind, Result};
use crate::source::Pos;
use crate::syntax::expr::{BinOp, Expr};
use crate::value::{Attrs, List, Symbol, Value};
use std::cmp::Ordering;

/// The arithmetic builtins behind `-`, `*`, `/` (and `builtins.add` for `+` on numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arith {
    Add,
    Sub,
    Mul,
    Div,
}

impl Arith {
    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Arith::Add => ("adding", "+", "addition"),
            Arith::Sub => ("subtracting", "-", "subtraction"),
            Arith::Mul => ("multiplying", "*", "multiplication"),
            Arith::Div => ("dividing", "/", "division"),
        }
    }
}

impl Evaluator {
    #[inline(never)]
    pub(super) fn binop(
        &self,
        op: BinOp,
        lhs: &Expr,
        rhs: &Expr,
        env: &Env,
        pos: Pos,
    ) -> Result<Value> {
        match op {
            // VM: semantics#arith
            BinOp::Sub | BinOp::Mul | BinOp::Div => {
                let (op, name) = match op {
                    BinOp::Sub => (Arith::Sub, "sub"),
                    BinOp::Mul => (Arith::Mul, "mul"),
                    _ => (Arith::Div, "div"),
                };
                // These operators are calls of builtins in C++ Nix, and fail like them:
                // each is a call (counted towards max-call-depth), and the operands are
                // forced inside it, so their errors are framed too.
                self.with_call_depth(pos, || {
                    (|| {
                        let a = self.eval(lhs, env)?;
                        let b = self.eval(rhs, env)?;
                        self.arith(op, &a, &b)
                    })()
                    .map_err(|e| {
                        e.with_context(Some(pos), format!("while calling the '{name}' builtin"))
                    })
                })
            }
            // VM: semantics#comparison
            BinOp::Less => {
                let less = self.with_call_depth(pos, || {
                    (|| {
                        let a = self.eval(lhs, env)?;
                        let b = self.eval(rhs, env)?;
                        self.less_than(&a, &b)
                    })()
                    .map_err(|e| e.with_context(Some(pos), "while calling the 'lessThan' builtin"))
                })?;
                Ok(Value::Bool(less))
            }
            // VM: semantics#equality
            BinOp::Eq | BinOp::NotEq => {
                let a = self.eval(lhs, env)?;
                let b = self.eval(rhs, env)?;
                let eq = self.values_equal(&a, &b)?;
                Ok(Value::Bool(eq == (op == BinOp::Eq)))
            }
            // VM: semantics#and semantics#or semantics#implication
            BinOp::And | BinOp::Or | BinOp::Impl => {
                let (left, right) = match op {
                    BinOp::And => (
                        "in the left operand of the AND (&&) operator",
                        "in the right operand of the AND (&&) operator",
                    ),
                    BinOp::Or => (
                        "in the left operand of the OR (||) operator",
                        "in the right operand of the OR (||) operator",
                    ),
                    _ => (
                        "in the left operand of the IMPL (->) operator",
                        "in the right operand of the IMPL (->) operator",
                    ),
                };
                let a = self.eval_bool(lhs, env, pos, left)?;
                let short = match op {
                    BinOp::And => (!a).then_some(false),
                    BinOp::Or => a.then_some(true),
                    _ => (!a).then_some(true),
                };
                if let Some(r) = short {
                    return Ok(Value::Bool(r));
                }
                let b = self.eval_bool(rhs, env, pos, right)?;
                Ok(Value::Bool(b))
            }
            // VM: semantics#update
            BinOp::Update => {
                let a = self.eval_attrs(
                    lhs,
                    env,
                    pos,
                    "in the left operand of the update (//) operator",
                )?;
                let b = self.eval_attrs(
                    rhs,
                    env,
                    pos,
                    "in the right operand of the update (//) operator",
                )?;
                Ok(Value::Attrs(a.update(&b)))
            }
            // VM: semantics#concat
            BinOp::Concat => {
                let a = self.eval(lhs, env)?;
                let b = self.eval(rhs, env)?;
                self.concat_lists(&[a, b], pos)
            }
        }
    }

    /// Evaluates an operand that must be a set (C++ Nix's `evalAttrs`): any error of it
    /// gets the frame `ctx` at `pos`.
    fn eval_attrs(&self, e: &Expr, env: &Env, pos: Pos, ctx: &str) -> Result<Attrs> {
        match self.eval(e, env) {
            Ok(Value::Attrs(a)) => Ok(a),
            Ok(other) => Err(self
                .type_mismatch("a set", &other)
                .with_context(Some(pos), ctx)),
            Err(err) => Err(err.with_context(Some(pos), ctx)),
        }
    }

    /// `++` and `concatLists`: an empty side gives the other list itself.
    pub fn concat_lists(&self, lists: &[Value], pos: Pos) -> Result<Value> {
        let mut out: Option<List> = None;
        for l in lists {
            let l = match self.force(l)? {
                Value::List(l) => l,
                other => {
                    return Err(self.type_mismatch("a list", &other).with_context(
                        Some(pos),
                        "while evaluating one of the elements to concatenate",
                    ));
                }
            };
            out = Some(match out {
                None => l,
                Some(acc) if l.is_empty() => acc,
                Some(acc) if acc.is_empty() => l,
                Some(acc) => {
                    // C++ Nix copies both into one array of pointers.
                    let len = acc.len().checked_add(l.len());
                    Self::check_allocation(len.and_then(|n| n.checked_mul(size_of::<Value>())))?;
                    let mut v = Vec::with_capacity(acc.len() + l.len());
                    v.extend_from_slice(&acc);
                    v.extend_from_slice(&l);
                    List::new(v)
                }
            });
        }
        Ok(Value::List(out.unwrap_or_default()))
    }

    /// Arithmetic on forced or unforced operands, with C++ Nix's promotion to float,
    /// overflow and division-by-zero errors.
    pub fn arith(&self, op: Arith, a: &Value, b: &Value) -> Result<Value> {
        let a = self.force(a)?;
        let b = self.force(b)?;
        if op == Arith::Div {
            self.check_divisor(&b)?;
        }
        let (verb, sym, noun) = op.names();
        let (x, y) = match (&a, &b) {
            (Value::Int(x), Value::Int(y)) => (*x, *y),
            (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                return float_arith(op, as_f64(&a), as_f64(&b));
            }
            _ => {
                // C++ Nix asks for floats when either side is one, else for integers.
                let wanted = if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
                    "a float"
                } else {
                    "an integer"
                };
                let (bad, which) = match &a {
                    Value::Int(_) | Value::Float(_) => (&b, "second"),
                    _ => (&a, "first"),
                };
                // `div` calls its arguments operands.
                let part = if op == Arith::Div {
                    "operand"
                } else {
                    "argument"
                };
                return Err(self.type_mismatch(wanted, bad).with_context(
                    None,
                    format!("while evaluating the {which} {part} of the {noun}"),
                ));
            }
        };
        let r = match op {
            Arith::Add => x.checked_add(y),
            Arith::Sub => x.checked_sub(y),
            Arith::Mul => x.checked_mul(y),
            Arith::Div => {
                if y == 0 {
                    return Err(Error::new(ErrorKind::Arithmetic, "division by zero"));
                }
                x.checked_div(y)
            }
        };
        r.map(Value::Int).ok_or_else(|| {
            Error::new(
                ErrorKind::Arithmetic,
                format!("integer overflow in {verb} {x} {sym} {y}"),
            )
        })
    }

    /// `div` looks at its divisor first: it must be a number (C++ Nix asks for a float)
    /// and not zero, whatever the dividend is.
    fn check_divisor(&self, b: &Value) -> Result<()> {
        match b {
            Value::Int(0) => Err(Error::new(ErrorKind::Arithmetic, "division by zero")),
            Value::Float(f) if *f == 0.0 => {
                Err(Error::new(ErrorKind::Arithmetic, "division by zero"))
            }
            Value::Int(_) | Value::Float(_) => Ok(()),
            other => Err(self
                .type_mismatch("a float", other)
                .with_context(None, "while evaluating the second operand of the division")),
        }
    }

    /// `<` on forced operands (C++ Nix's `CompareValues`): numbers, strings and paths by
    /// bytes, lists lexicographically; anything else cannot be compared.
    pub fn less_than(&self, a: &Value, b: &Value) -> Result<bool> {
        Ok(self.compare(a, b)? == Ordering::Less)
    }

    fn compare(&self, a: &Value, b: &Value) -> Result<Ordering> {
        let a = self.force(a)?;
        let b = self.force(b)?;
        Ok(match (&a, &b) {
            (Value::Int(x), Value::Int(y)) => x.cmp(y),
            (Value::Float(x), Value::Float(y)) => float_order(*x, *y),
            (Value::Int(x), Value::Float(y)) => float_order(*x as f64, *y),
            (Value::Float(x), Value::Int(y)) => float_order(*x, *y as f64),
            (Value::String(x), Value::String(y)) => x.as_bytes().cmp(y.as_bytes()),
            (Value::Path(x), Value::Path(y)) => x.as_bytes().cmp(y.as_bytes()),
            (Value::List(x), Value::List(y)) => {
                for i in 0.. {
                    if i == y.len() {
                        return Ok(if i == x.len() {
                            Ordering::Equal
                        } else {
                            Ordering::Greater
                        });
                    }
                    if i == x.len() {
                        return Ok(Ordering::Less);
                    }
                    if !self.eq_nested(&x[i], &y[i])? {
                        return self.nested(|| self.compare(&x[i], &y[i])).map_err(|e| {
                            e.with_context(None, "while comparing two list elements")
                        });
                    }
                }
                unreachable!("the loop returns")
            }
            // Current C++ Nix shows the values too (Nix 2.26 did not).
            _ if a.type_name() != b.type_name() => {
                return Err(Error::type_error(format!(
                    "cannot compare {} with {}; values are {} and {}",
                    a.type_phrase(),
                    b.type_phrase(),
                    crate::print::for_error(self, &a),
                    crate::print::for_error(self, &b)
                )));
            }
            _ => {
                return Err(Error::type_error(format!(
                    "cannot compare {} with {}; values of that type are incomparable (values are {} and {})",
                    a.type_phrase(),
                    b.type_phrase(),
                    crate::print::for_error(self, &a),
                    crate::print::for_error(self, &b)
                )));
            }
        })
    }

    /// `==` on two operands (C++ Nix's `eqValues`).
    pub fn values_equal(&self, a: &Value, b: &Value) -> Result<bool> {
        let a = self.force(a)?;
        let b = self.force(b)?;
        Ok(match (&a, &b) {
            (Value::Int(x), Value::Int(y)) => x == y,
            (Value::Int(x), Value::Float(y)) => (*x as f64) == *y,
            (Value::Float(x), Value::Int(y)) => *x == (*y as f64),
            (Value::Float(x), Value::Float(y)) => x == y,
            (Value::Bool(x), Value::Bool(y)) => x == y,
            (Value::Null, Value::Null) => true,
            (Value::String(x), Value::String(y)) => x.as_bytes() == y.as_bytes(),
            (Value::Path(x), Value::Path(y)) => x == y,
            (Value::List(x), Value::List(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !self.eq_nested(p, q)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Value::Attrs(x), Value::Attrs(y)) => {
                if self.is_derivation(x)?
                    && self.is_derivation(y)?
                    && let (Some(p), Some(q)) = (x.get(Symbol::OUT_PATH), y.get(Symbol::OUT_PATH))
                {
                    return self.eq_nested(p, q);
                }
                if x.len() != y.len() {
                    return Ok(false);
                }
                // Pairwise in C++'s attribute order (symbol order), which decides which
                // values are compared before a differing name ends the comparison.
                for (a, b) in x.iter().zip(y.iter()) {
                    if a.name != b.name || !self.eq_nested(&a.value, &b.value)? {
                        return Ok(false);
                    }
                }
                true
            }
            _ => false,
        })
    }

    /// Equality of two values found inside lists or sets: C++ Nix compares the value
    /// cells, so the very same cell (a shared thunk, or a variable's value, functions
    /// included) is equal to itself, after being forced.
    fn eq_nested(&self, a: &Value, b: &Value) -> Result<bool> {
        let fa = self.force(a)?;
        let fb = self.force(b)?;
        if Value::same_cell(a, b) {
            return Ok(true);
        }
        self.nested(|| self.values_equal(&fa, &fb))
    }

    /// Whether a set is a derivation (`type = "derivation"`).
    pub fn is_derivation(&self, a: &Attrs) -> Result<bool> {
        match a.get(Symbol::TYPE) {
            Some(t) => {
                Ok(matches!(self.force(t)?, Value::String(s) if s.as_bytes() == b"derivation"))
            }
            None => Ok(false),
        }
    }
}

fn as_f64(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        _ => unreachable!("checked to be a number"),
    }
}

fn float_arith(op: Arith, x: f64, y: f64) -> Result<Value> {
    Ok(Value::Float(match op {
        Arith::Add => x + y,
        Arith::Sub => x - y,
        Arith::Mul => x * y,
        Arith::Div => {
            if y == 0.0 {
                return Err(Error::new(ErrorKind::Arithmetic, "division by zero"));
            }
            x / y
        }
    }))
}

fn float_order(x: f64, y: f64) -> Ordering {
    x.partial_cmp(&y).unwrap_or(Ordering::Greater)
}

impl Evaluator {
    /// Explains why two values are not equal, as C++ Nix does for a failed `assert a == b`:
    /// the error names the first difference found, walking the values as `==` does.
    pub fn assert_equal(&self, a: &Value, b: &Value) -> Result<()> {
        let fa = self.force(a)?;
        let fb = self.force(b)?;
        if Value::same_cell(a, b) {
            return Ok(());
        }
        let fail = |msg: String| Err(Error::new(ErrorKind::AssertFail, msg));
        let show = |v: &Value| crate::print::for_error(self, v);
        let numeric = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_));
        if numeric(&fa) && numeric(&fb) {
            if self.values_equal(&fa, &fb)? {
                return Ok(());
            }
            return fail(format!(
                "{} with value '{}' is not equal to {} with value '{}'",
                fa.type_phrase(),
                show(&fa),
                fb.type_phrase(),
                show(&fb)
            ));
        }
        if fa.type_name() != fb.type_name() || fa.is_function() {
            if fa.is_function() && fb.is_function() {
                return fail("distinct functions and immediate comparisons of identical functions compare as unequal".into());
            }
            return fail(format!(
                "{} of value '{}' is not equal to {} of value '{}'",
                fa.type_phrase(),
                show(&fa),
                fb.type_phrase(),
                show(&fb)
            ));
        }
        match (&fa, &fb) {
            (Value::Bool(x), Value::Bool(y)) if x != y => fail(format!(
                "boolean '{}' is not equal to boolean '{}'",
                show(&fa),
                show(&fb)
            )),
            (Value::String(x), Value::String(y)) if x.as_bytes() != y.as_bytes() => fail(format!(
                "string '{}' is not equal to string '{}'",
                show(&fa),
                show(&fb)
            )),
            (Value::Path(x), Value::Path(y)) if x != y => fail(format!(
                "path '{}' is not equal to path '{}'",
                show(&fa),
                show(&fb)
            )),
            (Value::List(x), Value::List(y)) => {
                if x.len() != y.len() {
                    return fail(format!(
                        "list of size '{}' is not equal to list of size '{}', left hand side is '{}', right hand side is '{}'",
                        x.len(),
                        y.len(),
                        show(&fa),
                        show(&fb)
                    ));
                }
                for (i, (p, q)) in x.iter().zip(y.iter()).enumerate() {
                    self.nested(|| self.assert_equal(p, q)).map_err(|e| {
                        e.with_context(None, format!("while comparing list element {i}"))
                    })?;
                }
                Ok(())
            }
            (Value::Attrs(x), Value::Attrs(y)) => self.assert_attrs_equal(x, y, &fa, &fb),
            _ => Ok(()),
        }
    }

    fn assert_attrs_equal(&self, x: &Attrs, y: &Attrs, fa: &Value, fb: &Value) -> Result<()> {
        let show = |v: &Value| crate::print::for_error(self, v);
        if self.is_derivation(x)?
            && self.is_derivation(y)?
            && let (Some(p), Some(q)) = (x.get(Symbol::OUT_PATH), y.get(Symbol::OUT_PATH))
        {
            return self.nested(|| self.assert_equal(p, q)).map_err(|e| {
                e.with_context(
                    None,
                    "while comparing a derivation by its 'outPath' attribute",
                )
            });
        }
        if x.len() != y.len() {
            return Err(Error::new(
                ErrorKind::AssertFail,
                format!(
                    "attribute names of attribute set '{}' differs from attribute set '{}'",
                    show(fa),
                    show(fb)
                ),
            ));
        }
        // Symbol order, as `==` walks them (C++ Nix's `assertEqValues` follows `eqValues`'
        // footsteps): the first difference in creation order of the names is reported.
        for (e1, e2) in x.iter().zip(y.iter()) {
            let (k1, v1, k2, v2) = (e1.name, &e1.value, e2.name, &e2.value);
            if k1 != k2 {
                let (name, msg) = if !y.contains(k1) {
                    (k1, "is contained in '{}', but not in '{}'")
                } else {
                    (k2, "is missing in '{}', but is contained in '{}'")
                };
                let msg = msg
                    .replacen("{}", &show(fa), 1)
                    .replacen("{}", &show(fb), 1);
                return Err(Error::new(
                    ErrorKind::AssertFail,
                    format!("attribute name '{}' {msg}", self.symbols.text(name)),
                ));
            }
            // Each side's definition is named, innermost first: the right then the left.
            self.nested(|| self.assert_equal(v1, v2)).map_err(|e| {
                e.with_context(e2.pos.known(), "where right hand side is")
                    .with_context(e1.pos.known(), "where left hand side is")
                    .with_context(
                        None,
                        format!("while comparing attribute '{}'", self.symbols.text(k1)),
                    )
            })?;
        }
        Ok(())
    }
}
