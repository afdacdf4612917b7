//! Function application: lambdas, builtins, and sets with `__functor`.

use super::Evaluator;
use crate::error::{Error, ErrorKind, FrameMsg, Result};
use crate::source::Pos;
use crate::syntax::expr::Param;
use crate::value::{Closure, Symbol, Value};
use std::rc::Rc;

impl Evaluator {
    /// Applies a function (in weak head normal form) to one lazy argument.
    /// VM: semantics#application.
    pub fn call(&self, f: &Value, arg: Value, pos: Pos) -> Result<Value> {
        if self.observing() {
            self.observe(super::Event::Call(super::observe::callee(f), pos));
        }
        self.with_call_depth(pos, || match f {
            Value::Lambda(c) => self.call_lambda(c, arg, pos),
            // Short of its arity: a partial application, one allocation.
            Value::PrimOp(app) if app.args().len() + 1 < app.op().arity => {
                Ok(Value::PrimOp(app.with_arg(arg)))
            }
            Value::PrimOp(app) => {
                let op = app.op();
                let before = app.args();
                // The arguments are lent to the builtin; the common arities need no
                // allocation for them.
                let result = match before {
                    [] => (op.func)(self, op, std::slice::from_ref(&arg)),
                    [a] => (op.func)(self, op, &[a.clone(), arg]),
                    [a, b] => (op.func)(self, op, &[a.clone(), b.clone(), arg]),
                    _ => {
                        let mut args = before.to_vec();
                        args.push(arg);
                        (op.func)(self, op, &args)
                    }
                };
                // `addErrorContext` adds a frame of its own instead (C++ Nix registers
                // it without the usual one).
                if op.own_frame {
                    return result.map_err(|e| e.at_call_site(Pos::NONE));
                }
                result.map_err(|e| {
                    // The frames a builtin's argument checks add have no position:
                    // C++ Nix's builtins pass none to them.
                    e.at_call_site(Pos::NONE).with_context(
                        Some(pos),
                        format!("while calling the '{}' builtin", op.name),
                    )
                })
            }
            // C++ Nix calls the functor from the position of its attribute, and names
            // the call in a frame at the call site.
            Value::Attrs(a) if a.contains(Symbol::FUNCTOR) => {
                let entry = a.entry(Symbol::FUNCTOR).expect("checked");
                let fpos = entry.pos;
                let applied = (|| {
                    let functor = self.force(&entry.value)?;
                    let partial = self.call(&functor, f.clone(), fpos)?;
                    let partial = self.force(&partial)?;
                    self.call(&partial, arg, fpos)
                })();
                applied.map_err(|e| {
                    e.with_context(
                        Some(pos),
                        "while calling a functor (an attribute set with a '__functor' attribute)",
                    )
                })
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
                    .map_err(|e| match pos.known() {
                        Some(p) => e
                            .at_call_site(def.pos)
                            .with_context(Some(p), "from call site"),
                        None => e.at_call_site(def.pos),
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
                    let formal_names: Vec<_> =
                        formals.iter().map(|f| self.symbols.text(f.name)).collect();
                    let suggestions = crate::error::Suggestions::best_matches(
                        formal_names.iter().map(|n| n.as_ref()),
                        &self.symbols.text(name),
                    );
                    return Err(Error::at(
                        ErrorKind::Type,
                        format!(
                            "function '{}' called with unexpected argument '{}'",
                            def.display_name(&self.symbols),
                            self.symbols.quoted(name)
                        ),
                        def.pos,
                    )
                    .with_context(Some(pos), "from call site")
                    .with_suggestions(suggestions));
                }
                if at.is_some() {
                    env.set(formals.len(), arg);
                }
            }
        }
        let result = self.eval(&def.body, &env);
        if !self.options.show_trace {
            return result;
        }
        // Only `--show-trace` names the calls an error passes through (C++ Nix's
        // `callFunction`), the call site outside the function's own frame.
        result.map_err(|e| {
            let e = e.with_context_text(Some(def.pos), self.calling_frame(def.name));
            // A call whose site the caller fills in (`Pos::CALL_SITE`) keeps the frame.
            match pos.known() {
                Some(p) => e.with_context_text(Some(p), FrameMsg::Static("from call site")),
                None if pos == Pos::CALL_SITE => {
                    e.with_context_text_at_call_site_if_known(FrameMsg::Static("from call site"))
                }
                None => e,
            }
        })
    }

    /// `while calling 'f'` (or `anonymous lambda`), written once per name: an error out
    /// of a deep recursion passes through thousands of calls of the same function.
    fn calling_frame(&self, name: Option<Symbol>) -> FrameMsg {
        let mut cache = self.calling_frames.borrow_mut();
        let text = cache.entry(name).or_insert_with(|| {
            let name = match name {
                Some(n) => format!("'{}'", self.symbols.text(n)),
                None => "anonymous lambda".to_string(),
            };
            Rc::from(format!("while calling {name}"))
        });
        FrameMsg::Shared(text.clone())
    }
}
