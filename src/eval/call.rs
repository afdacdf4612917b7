//! Function application: lambdas, builtins, and sets with `__functor`.

use super::Evaluator;
use crate::error::{Error, ErrorKind, Result};
use crate::source::Pos;
use crate::syntax::expr::Param;
use crate::value::{Closure, PrimOpApp, Symbol, Value};

impl Evaluator {
    /// Applies a function (in weak head normal form) to one lazy argument.
    /// VM: semantics#application.
    pub fn call(&self, f: &Value, arg: Value, pos: Pos) -> Result<Value> {
        if self.observing {
            self.observe(super::Event::Call(super::observe::callee(f), pos));
        }
        self.with_call_depth(pos, || match f {
            Value::Lambda(c) => self.call_lambda(c, arg, pos),
            Value::PrimOp(app) => {
                let mut args = Vec::with_capacity(app.args().len() + 1);
                args.extend(app.args().iter().cloned());
                args.push(arg);
                if args.len() == app.op().arity {
                    let result = (app.op().func)(self, app.op(), args);
                    // `addErrorContext` adds a frame of its own instead (C++ Nix registers
                    // it without the usual one).
                    if app.op().own_frame {
                        return result;
                    }
                    result.map_err(|e| {
                        e.with_context(
                            Some(pos),
                            format!("while calling the '{}' builtin", app.op().name),
                        )
                    })
                } else {
                    Ok(Value::PrimOp(PrimOpApp::new(app.op().clone(), args)))
                }
            }
            Value::Attrs(a) if a.contains(Symbol::FUNCTOR) => {
                let functor = self.force(a.get(Symbol::FUNCTOR).expect("checked"))?;
                let partial = self.call(&functor, f.clone(), pos)?;
                let partial = self.force(&partial)?;
                self.call(&partial, arg, pos)
            }
            other => Err(Error::at(
                ErrorKind::Type,
                format!(
                    "attempt to call something which is not a function but {}: {}",
                    other.type_phrase(),
                    crate::print::for_error(self, other)
                ),
                pos,
            )),
        })
    }

    /// Calls a function value that may still be a thunk, with several arguments.
    pub fn call_value(
        &self,
        f: &Value,
        args: impl IntoIterator<Item = Value>,
        pos: Pos,
    ) -> Result<Value> {
        let mut f = self.force(f)?;
        for a in args {
            f = self.call(&f, a, pos)?;
        }
        Ok(f)
    }

    /// VM: semantics#formals.
    fn call_lambda(&self, c: &Closure, arg: Value, pos: Pos) -> Result<Value> {
        let def = &c.def;
        let env = self.new_env(&c.env, def.frame_size());
        match &def.param {
            Param::Ident(_) => env.set(0, arg),
            Param::Formals {
                formals,
                ellipsis,
                at,
            } => {
                let attrs = self
                    .force_attrs(
                        &arg,
                        "while evaluating the value passed for the lambda argument",
                    )
                    .map_err(|e| {
                        e.with_pos(def.pos)
                            .with_context(Some(pos), "from call site")
                    })?;
                let mut used = 0;
                for (i, f) in formals.iter().enumerate() {
                    match attrs.get(f.name) {
                        Some(v) => {
                            used += 1;
                            env.set(i, v.clone());
                        }
                        None => match &f.default {
                            Some(d) => env.set(i, self.lazy_in_frame(d, &env, i)),
                            None => {
                                // Formals are in symbol order, C++'s: this is the first
                                // missing one in that order.
                                let missing = f.name;
                                return Err(Error::at(
                                    ErrorKind::MissingArgument,
                                    format!(
                                        "function '{}' called without required argument '{}'",
                                        def.display_name(&self.symbols),
                                        self.symbols.text(missing)
                                    ),
                                    def.pos,
                                )
                                .with_context(Some(pos), "from call site"));
                            }
                        },
                    }
                }
                if !ellipsis && used != attrs.len() {
                    let name = attrs
                        .iter()
                        .map(|e| e.name)
                        .find(|k| !formals.iter().any(|f| f.name == *k))
                        .expect("an argument is not a formal");
                    return Err(Error::at(
                        ErrorKind::Type,
                        format!(
                            "function '{}' called with unexpected argument '{}'",
                            def.display_name(&self.symbols),
                            self.symbols.quoted(name)
                        ),
                        def.pos,
                    )
                    .with_context(Some(pos), "from call site"));
                }
                if at.is_some() {
                    env.set(formals.len(), arg);
                }
            }
        }
        self.eval(&def.body, &env)
    }
}
