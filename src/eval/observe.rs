//! Watching an evaluation step by step (what `nixref explain` prints).
//!
//! An [`Observer`] given to an evaluator ([`Evaluator::set_observer`]) is told of every
//! expression evaluated, every thunk run, every call, every `with` lookup and every error
//! `tryEval` catches. Without one, the evaluator pays nothing for this: the events are only
//! sent from the checked path of [`Evaluator::eval`], which is taken anyway every few
//! levels, and from a few places behind one flag that lives next to the others the hot
//! paths read.

use super::Evaluator;
use crate::error::Error;
use crate::source::Pos;
use crate::syntax::expr::{AttrKey, BinOp, Expr};
use crate::value::{Symbol, Value};

/// What the evaluator did. Each event is sent as it happens; `Enter` and `Exit` nest.
pub enum Event<'a> {
    /// An expression is evaluated to weak head normal form.
    Enter(&'a Expr),
    /// The evaluation entered last (and not yet exited) ended.
    Exit(Result<&'a Value, &'a Error>),
    /// A thunk is run, for the first time: the expression it delays is entered next. The
    /// expression being evaluated (the innermost one entered) is what demanded it.
    Force,
    /// A function is applied to an argument.
    Call(Callee<'a>, Pos),
    /// A variable only a `with` provides was looked up: `scopes` `with`s were searched,
    /// and the one that had it was the `found`-th (0 is the innermost), if any.
    WithLookup {
        name: Symbol,
        scopes: usize,
        found: Option<usize>,
        pos: Pos,
    },
    /// `tryEval` caught an error (the evaluation goes on with `success = false`).
    Catch(&'a Error),
}

/// What is called.
pub enum Callee<'a> {
    /// A function literal, with the name it was bound to, if any, and its position.
    Lambda(Option<Symbol>, Pos),
    /// A builtin, once all its arguments are there.
    Builtin(&'a str),
    /// A builtin that still waits for arguments after this one.
    Partial(&'a str),
    /// A set with `__functor`.
    Functor,
    /// Something that is not a function (the call fails).
    Other,
}

/// Receives the events of an evaluation.
pub trait Observer {
    /// One event. `ev` is the evaluator, for names and positions; the observer must not
    /// evaluate anything with it.
    fn event(&mut self, ev: &Evaluator, event: Event<'_>);
}

impl Evaluator {
    /// Has every later evaluation step reported to `observer`.
    pub fn set_observer(&mut self, observer: Box<dyn Observer>) {
        self.observer = Some(std::cell::RefCell::new(observer));
        self.slow_path = true;
    }

    /// Sends an event to the observer, if there is one. Callers check [`Evaluator::observing`]
    /// first, so that without an observer the event is never even built.
    #[cold]
    #[inline(never)]
    pub(crate) fn observe(&self, event: Event<'_>) {
        if let Some(o) = &self.observer
            && let Ok(mut o) = o.try_borrow_mut()
        {
            o.event(self, event);
        }
    }

    /// Reports a `with` lookup.
    pub(super) fn observe_with(&self, name: Symbol, scopes: usize, found: Option<usize>, pos: Pos) {
        self.observe(Event::WithLookup {
            name,
            scopes,
            found,
            pos,
        });
    }

    /// Whether an observer is watching (callers check it before building an event).
    #[inline]
    pub fn observing(&self) -> bool {
        self.observer.is_some()
    }

    /// The name of global variable number `g` (for the observer; a linear search).
    pub fn global_name(&self, g: u32) -> Option<Symbol> {
        self.globals
            .names
            .iter()
            .find(|&(_, &i)| i == g)
            .map(|(&s, _)| s)
    }
}

/// What a call calls.
pub(super) fn callee(f: &Value) -> Callee<'_> {
    match f {
        Value::Lambda(c) => Callee::Lambda(c.def.name, c.def.pos),
        Value::PrimOp(app) if app.args().len() + 1 == app.op().arity => {
            Callee::Builtin(app.op().name)
        }
        Value::PrimOp(app) => Callee::Partial(app.op().name),
        Value::Attrs(a) if a.contains(Symbol::FUNCTOR) => Callee::Functor,
        _ => Callee::Other,
    }
}

/// The semantics reference's entry (`docs/semantics`, [`crate::semantics::constructs`]) for
/// an expression: the same ids as the notes on the evaluator's code name.
pub fn construct_id(e: &Expr) -> &'static str {
    match e {
        Expr::Const(Value::Int(_) | Value::Float(_)) => "number",
        Expr::Const(Value::Path(_)) => "path",
        Expr::Const(_) => "string",
        Expr::Local { .. } => "variable",
        Expr::Global(..) => "global",
        Expr::WithVar { .. } => "with-variable",
        Expr::Concat {
            force_string: true, ..
        } => "interpolation",
        Expr::Concat { .. } => "add",
        Expr::Attrs(def) if def.recursive => "rec-set",
        Expr::Attrs(_) => "attrs",
        Expr::Let(_) => "let",
        Expr::List(_) => "list",
        Expr::Lambda(_) => "lambda",
        Expr::Apply { .. } => "application",
        Expr::Select { default: None, .. } => "select",
        Expr::Select { .. } => "select-or",
        Expr::HasAttr { .. } => "has-attr",
        Expr::If { .. } => "if",
        Expr::Assert { .. } => "assert",
        Expr::With { .. } => "with",
        Expr::BinOp { op, .. } => match op {
            BinOp::Sub | BinOp::Mul | BinOp::Div => "arith",
            BinOp::Eq | BinOp::NotEq => "equality",
            BinOp::Less => "comparison",
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Impl => "implication",
            BinOp::Update => "update",
            BinOp::Concat => "concat",
        },
        Expr::Not(..) => "not",
        Expr::CurPos(_) => "cur-pos",
    }
}

/// Where an expression starts, as far as the expression tree keeps it: literals, variables,
/// `let`, `with` and list literals keep no position of their own.
pub fn position(e: &Expr) -> Option<Pos> {
    let pos = match e {
        Expr::WithVar { pos, .. }
        | Expr::Concat { pos, .. }
        | Expr::Apply { pos, .. }
        | Expr::Select { pos, .. }
        | Expr::HasAttr { pos, .. }
        | Expr::If { pos, .. }
        | Expr::Assert { pos, .. }
        | Expr::BinOp { pos, .. }
        | Expr::Not(_, pos)
        | Expr::CurPos(pos) => *pos,
        Expr::Attrs(def) => def.pos,
        Expr::Lambda(def) => def.pos,
        _ => return None,
    };
    pos.known()
}

/// A short description of an expression in Nix's words: the operator, the selected
/// path, the variable's name where the tree has it.
pub fn describe(ev: &Evaluator, e: &Expr) -> String {
    let path = |path: &[AttrKey]| {
        path.iter()
            .map(|k| match k {
                AttrKey::Static(s) => ev.symbols.quoted(*s),
                AttrKey::Dynamic(_) => "${…}".to_string(),
            })
            .collect::<Vec<_>>()
            .join(".")
    };
    match e {
        Expr::Const(v) => format!("literal {}", crate::print::print_value(&ev.symbols, v)),
        Expr::Local { depth, slot, .. } => format!("variable (frame {depth}, slot {slot})"),
        Expr::Global(g, _) => match ev.global_name(*g) {
            Some(s) => format!("global {}", ev.symbols.text(s)),
            None => "global".to_string(),
        },
        Expr::WithVar { name, .. } => format!("variable {} (from with)", ev.symbols.text(*name)),
        Expr::Concat {
            force_string: true,
            parts,
            ..
        } => format!("string interpolation of {} parts", parts.len()),
        Expr::Concat { .. } => "+".to_string(),
        Expr::Attrs(def) if def.recursive => "rec { … }".to_string(),
        Expr::Attrs(_) => "{ … }".to_string(),
        Expr::Let(_) => "let … in".to_string(),
        Expr::List(items) => format!("list of {}", items.len()),
        Expr::Lambda(def) => match def.name {
            Some(n) => format!("function {}", ev.symbols.text(n)),
            None => "function".to_string(),
        },
        Expr::Apply { .. } => {
            let (mut head, mut n) = (e, 0);
            while let Expr::Apply { func, .. } = head {
                (head, n) = (func, n + 1);
            }
            let s = if n == 1 { "" } else { "s" };
            format!("{} applied to {n} argument{s}", describe(ev, head))
        }
        Expr::Select {
            path: p, default, ..
        } => match default {
            None => format!(".{}", path(p)),
            Some(_) => format!(".{} or …", path(p)),
        },
        Expr::HasAttr { path: p, .. } => format!("? {}", path(p)),
        Expr::If { .. } => "if".to_string(),
        Expr::Assert { text, .. } => format!("assert {text}"),
        Expr::With { .. } => "with".to_string(),
        Expr::BinOp { op, .. } => match op {
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Eq => "==",
            BinOp::NotEq => "!=",
            BinOp::Less => "<",
            BinOp::And => "&&",
            BinOp::Or => "||",
            BinOp::Impl => "->",
            BinOp::Update => "//",
            BinOp::Concat => "++",
        }
        .to_string(),
        Expr::Not(..) => "!".to_string(),
        Expr::CurPos(_) => "__curPos".to_string(),
    }
}
