//! Evaluation of each expression form.

use super::{CONCAT_LEVEL_COST, Env, Evaluator};
use crate::error::{Error, ErrorKind, Result};
use crate::source::Pos;
use crate::syntax::expr::{AttrKey, Expr};
use crate::value::{AttrsBuilder, Closure, Symbol, Value};

impl Evaluator {
    pub(super) fn eval_expr(&self, e: &Expr, env: &Env) -> Result<Value> {
        match e {
            // VM: semantics#number semantics#string semantics#path semantics#uri
            Expr::Const(v) => Ok(v.clone()),
            // VM: semantics#variable
            Expr::Local { depth, slot, pos } => self
                .force_owned(env.get(*depth, *slot))
                .map_err(|e| e.at_black_hole(*pos)),
            // VM: semantics#global
            Expr::Global(g, _) => self.force(&self.globals.values[*g as usize]),
            // VM: semantics#with-variable
            Expr::WithVar { name, withs, pos } => self.with_lookup(*name, withs, env, *pos),
            // VM: semantics#interpolation semantics#path-interpolation semantics#add
            Expr::Concat {
                parts,
                force_string,
                pos,
            } => self.eval_concat(parts, *force_string, env, *pos),
            // VM: semantics#attrs semantics#rec-set
            Expr::Attrs(def) => self.build_attrs(def, env),
            // VM: semantics#let
            Expr::Let(def) => {
                let env2 = self.frame(env, &def.frame);
                self.eval(&def.body, &env2)
            }
            // VM: semantics#list
            Expr::List(items) => Ok(self.eval_list(items, env)),
            // VM: semantics#lambda
            Expr::Lambda(def) => Ok(Value::Lambda(Closure::new(def.clone(), env.clone()))),
            // VM: semantics#application
            Expr::Apply { func, arg, pos } if !matches!(**func, Expr::Apply { .. }) => {
                let f = self.eval(func, env)?;
                let a = self.lazy(arg, env);
                self.call(&f, a, *pos)
            }
            Expr::Apply { .. } => self.apply_spine(e, env),
            // VM: semantics#select semantics#select-or
            Expr::Select {
                expr,
                path,
                default,
                pos,
            } => self.select(expr, path, default.as_deref(), env, *pos),
            // VM: semantics#has-attr
            Expr::HasAttr { expr, path, .. } => self.has_attr(expr, path, env).map(Value::Bool),
            // VM: semantics#if
            Expr::If {
                cond,
                then,
                else_,
                pos,
            } => {
                let c = self.eval_bool(cond, env, *pos, "while evaluating a branch condition")?;
                self.eval(if c { then } else { else_ }, env)
            }
            // VM: semantics#assert
            Expr::Assert {
                cond,
                body,
                text,
                pos,
            } => self.assert(cond, body, text, env, *pos),
            // VM: semantics#with
            Expr::With { ns, body } => self.eval_with(ns, body, env),
            Expr::BinOp { op, lhs, rhs, pos } => self.binop(*op, lhs, rhs, env, *pos),
            // VM: semantics#not
            Expr::Not(e, _) => self.eval_not(e, env),
            // VM: semantics#cur-pos
            Expr::CurPos(pos) => Ok(self.pos_attrs(*pos)),
        }
    }

    // The forms below are evaluated out of line: `eval_expr` is the interpreter's
    // recursion, and whatever its arms inline makes every level's native frame larger
    // (more stack touched per call of a variable or an application).

    /// `"a${b}c"`, `./a/${b}`, `a + b` (counted as C++ Nix's larger frame).
    #[inline(never)]
    fn eval_concat(
        &self,
        parts: &[(Expr, Pos)],
        force_string: bool,
        env: &Env,
        pos: Pos,
    ) -> Result<Value> {
        self.nested_costing(CONCAT_LEVEL_COST, || {
            self.concat(parts, force_string, env, pos)
        })
    }

    /// `[ a b c ]`: each item lazily.
    #[inline(never)]
    fn eval_list(&self, items: &[std::rc::Rc<Expr>], env: &Env) -> Value {
        Value::list(items.iter().map(|i| self.lazy(i, env)))
    }

    /// `f a b c`: its head, then each argument in turn, without recursing along the
    /// spine (which is as long as the application).
    #[inline(never)]
    fn apply_spine(&self, e: &Expr, env: &Env) -> Result<Value> {
        /// Spines up to this long (nearly all) are kept on the stack, not in a `Vec`.
        const SHORT: usize = 8;
        let mut short: [Option<(&std::rc::Rc<Expr>, Pos)>; SHORT] = [None; SHORT];
        let mut long = Vec::new();
        let mut len = 0;
        let mut head = e;
        while let Expr::Apply { func, arg, pos } = head {
            match short.get_mut(len) {
                Some(place) => *place = Some((arg, *pos)),
                None => long.push((arg, *pos)),
            }
            len += 1;
            head = func;
        }
        let mut f = self.eval(head, env)?;
        // Innermost argument first: the long tail (the innermost ones), then the start.
        for (arg, pos) in long.into_iter().rev() {
            let a = self.lazy(arg, env);
            f = self.call(&f, a, pos)?;
        }
        for (arg, pos) in short[..len.min(SHORT)].iter().rev().flatten() {
            let a = self.lazy(arg, env);
            f = self.call(&f, a, *pos)?;
        }
        Ok(f)
    }

    /// `with ns; body`: a frame of one slot holding the (lazy) namespace.
    #[inline(never)]
    fn eval_with(&self, ns: &std::rc::Rc<Expr>, body: &Expr, env: &Env) -> Result<Value> {
        let ns = self.lazy(ns, env);
        let env2 = self.new_env(env, 1);
        env2.set(0, ns);
        self.eval(body, &env2)
    }

    /// `!e`.
    #[inline(never)]
    fn eval_not(&self, e: &Expr, env: &Env) -> Result<Value> {
        let at = e.reported_pos();
        let b = self.eval_bool(e, env, at, "in the argument of the not operator")?;
        Ok(Value::Bool(!b))
    }

    /// Evaluates a condition (C++ Nix's `evalBool`): any error of it, not only a value
    /// that is not a Boolean, gets the frame `ctx` at `pos`.
    pub(super) fn eval_bool(&self, e: &Expr, env: &Env, pos: Pos, ctx: &str) -> Result<bool> {
        match self.eval(e, env) {
            Ok(v) => self.expect_bool(v, pos, ctx),
            Err(err) => Err(err.with_context(Some(pos), ctx)),
        }
    }

    pub(super) fn expect_bool(&self, v: Value, pos: Pos, ctx: &str) -> Result<bool> {
        match v {
            Value::Bool(b) => Ok(b),
            other => Err(self
                .type_mismatch("a Boolean", &other)
                .with_pos(pos)
                .with_context(Some(pos), ctx)),
        }
    }

    /// `{ file, line, column }` of a position (`__curPos`, `unsafeGetAttrPos`).
    /// C++ Nix gives `null` for positions in `-E` text and standard input.
    pub fn pos_attrs(&self, pos: Pos) -> Value {
        let f = self.sources.get(pos.file);
        let Some(path) = f.path() else {
            return Value::Null;
        };
        let (line, col) = f.line_col(pos.offset);
        let mut m = AttrsBuilder::with_capacity(3);
        m.insert(Symbol::FILE, Value::string(path.display().to_string()));
        m.insert(Symbol::LINE, Value::Int(line as i64));
        m.insert(Symbol::COLUMN, Value::Int(col as i64));
        Value::Attrs(m.finish())
    }

    /// Looks `name` up through the enclosing `with` namespaces, innermost first.
    #[inline(never)]
    fn with_lookup(
        &self,
        name: Symbol,
        withs: &[(u32, Pos)],
        env: &Env,
        pos: Pos,
    ) -> Result<Value> {
        for (i, &(depth, with_pos)) in withs.iter().enumerate() {
            let ns = env.get(depth, 0);
            let attrs = match self.force(&ns)? {
                Value::Attrs(a) => a,
                other => {
                    return Err(self.type_mismatch("a set", &other).with_context(
                        Some(with_pos),
                        "while evaluating the first subexpression of a with expression",
                    ));
                }
            };
            if let Some(v) = attrs.get(name) {
                if self.observing() {
                    self.observe_with(name, withs.len(), Some(i), pos);
                }
                return self.force(v).map_err(|e| e.at_black_hole(pos));
            }
        }
        if self.observing() {
            self.observe_with(name, withs.len(), None, pos);
        }
        Err(Error::at(
            ErrorKind::UndefinedVariable,
            format!("undefined variable '{}'", self.symbols.text(name)),
            pos,
        ))
    }

    /// `assert`: a false condition is a catchable error. When the condition is `a == b`,
    /// C++ Nix evaluates both sides again and explains the difference instead.
    #[inline(never)]
    fn assert(&self, cond: &Expr, body: &Expr, text: &str, env: &Env, pos: Pos) -> Result<Value> {
        if !self.eval_bool(cond, env, pos, "in the condition of the assert statement")? {
            if let Expr::BinOp {
                op: crate::syntax::expr::BinOp::Eq,
                lhs,
                rhs,
                ..
            } = cond
            {
                let a = self.eval(lhs, env)?;
                let b = self.eval(rhs, env)?;
                self.assert_equal(&a, &b).map_err(|e| {
                    e.with_context(
                        Some(pos),
                        format!("while evaluating the condition of the assertion '{text}'"),
                    )
                })?;
            }
            return Err(Error::at(
                ErrorKind::AssertFail,
                format!("assertion '{text}' failed"),
                pos,
            ));
        }
        self.eval(body, env)
    }

    /// The name an attribute key denotes (dynamic ones are evaluated; `None` for `null`).
    pub(super) fn attr_name(
        &self,
        key: &AttrKey,
        env: &Env,
        allow_null: bool,
    ) -> Result<Option<Symbol>> {
        match key {
            AttrKey::Static(s) => Ok(Some(*s)),
            // Checked where the name's expression is (C++ Nix's `getName`).
            AttrKey::Dynamic(e) => match self.eval(e, env)? {
                Value::String(s) if s.has_context() => Err(name_with_context(&s).with_context(
                    e.reported_pos().known(),
                    "while evaluating an attribute name",
                )),
                Value::String(s) => Ok(Some(self.create_symbol(s.as_bytes()))),
                Value::Null if allow_null => Ok(None),
                other => Err(self
                    .type_mismatch("a string", &other)
                    .with_pos(e.reported_pos())
                    .with_context(
                        e.reported_pos().known(),
                        "while evaluating an attribute name",
                    )),
            },
        }
    }
}

/// The error for an attribute name that refers to store paths (C++ Nix requires names
/// without context).
pub(super) fn name_with_context(s: &crate::value::NixString) -> Error {
    Evaluator::string_with_context(s, s.context().iter().next().expect("has context"))
}
