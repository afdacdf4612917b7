//! Nix values.
//!
//! A [`Value`] is 16 bytes: scalars inline, everything else behind one pointer. A value in a
//! lazy position (attribute, list element, argument, binding) may be a [`Thunk`]; the
//! evaluator's `force` turns it into weak head normal form, and every other variant already
//! is. Literals and variables never get a thunk of their own (C++ Nix's `maybeThunk`), which
//! is also why lazily printed sets show some values and `<CODE>` for others.

mod attrs;
pub mod cycles;
mod deep_drop;
pub(crate) use deep_drop::{drop_on_new_stack, stack_low};
mod env;
mod list;
#[cfg(test)]
mod memory_tests;
mod path;
mod string;
mod symbols;
mod thin;
mod thunk;

pub use attrs::{Attrs, AttrsBuilder, Entry};
pub use env::Env;
pub use list::List;
pub use path::NixPath;
pub use string::{Context, ContextElem, NixString, StringBuilder};
pub use symbols::{Symbol, SymbolTable};
pub use thunk::{Thunk, ThunkState};

use crate::error::Result;
use crate::eval::Evaluator;
use crate::syntax::expr::{Expr, LambdaDef};
use std::fmt;
use std::rc::{Rc, Weak};
use thin::ThinRc;

#[derive(Clone)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    String(NixString),
    /// An absolute, canonical path.
    Path(NixPath),
    Attrs(Attrs),
    List(List),
    Lambda(Closure),
    PrimOp(PrimOpApp),
    Thunk(Thunk),
}

impl Value {
    /// The name `builtins.typeOf` gives this (forced) value.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::String(_) => "string",
            Value::Path(_) => "path",
            Value::Attrs(_) => "set",
            Value::List(_) => "list",
            Value::Lambda(_) | Value::PrimOp(_) => "lambda",
            Value::Thunk(_) => "thunk",
        }
    }

    /// The phrase C++ Nix uses for this value's type in error messages (its `showType`:
    /// "expected a set but found an integer", "the built-in function 'head'").
    pub fn type_phrase(&self) -> std::borrow::Cow<'static, str> {
        match self {
            Value::Null => "null".into(),
            Value::Bool(_) => "a Boolean".into(),
            Value::Int(_) => "an integer".into(),
            Value::Float(_) => "a float".into(),
            // C++ Nix's `showType` names the context.
            Value::String(s) if s.has_context() => "a string with context".into(),
            Value::String(_) => "a string".into(),
            Value::Path(_) => "a path".into(),
            Value::Attrs(_) => "a set".into(),
            Value::List(_) => "a list".into(),
            Value::Lambda(_) => "a function".into(),
            Value::PrimOp(p) if p.args().is_empty() => {
                format!("the built-in function '{}'", p.op().name).into()
            }
            Value::PrimOp(p) => {
                format!("the partially applied built-in function '{}'", p.op().name).into()
            }
            Value::Thunk(_) => "a thunk".into(),
        }
    }

    pub fn string(s: impl Into<NixString>) -> Value {
        Value::String(s.into())
    }

    pub fn list(items: impl IntoIterator<Item = Value>) -> Value {
        Value::List(items.into_iter().collect())
    }

    pub fn is_function(&self) -> bool {
        matches!(self, Value::Lambda(_) | Value::PrimOp(_))
    }

    /// A thunk that will evaluate `expr` in `env` when forced.
    pub fn suspended(expr: Rc<Expr>, env: Env) -> Value {
        Value::Thunk(Thunk::new(ThunkState::Pending(expr, env)))
    }

    /// A thunk that runs native code when forced (the builtins' lazy results).
    pub fn native_thunk(f: impl FnOnce(&Evaluator) -> Result<Value> + 'static) -> Value {
        Value::Thunk(Thunk::new(ThunkState::Native(Box::new(f))))
    }

    /// Whether two values are the same cell in C++ Nix's sense: the very same thunk, set,
    /// list, function. C++ Nix's `==` treats a value as equal to itself before looking at
    /// it, so even a function is equal to itself inside a list (`[ f ] == [ f ]`).
    pub fn same_cell(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Thunk(x), Value::Thunk(y)) => Thunk::ptr_eq(x, y),
            (Value::Lambda(x), Value::Lambda(y)) => Closure::ptr_eq(x, y),
            (Value::PrimOp(x), Value::PrimOp(y)) => PrimOpApp::ptr_eq(x, y),
            (Value::Attrs(x), Value::Attrs(y)) => Attrs::ptr_eq(x, y),
            (Value::List(x), Value::List(y)) => List::ptr_eq(x, y),
            _ => false,
        }
    }

    /// The value itself if it is evaluated, or an evaluated thunk's value; `None` for a
    /// thunk that has not run yet. Never forces anything.
    pub fn peek(&self) -> Option<Value> {
        match self {
            Value::Thunk(t) => t.peek(),
            v => Some(v.clone()),
        }
    }

    /// Where a lazy application of this function is called from when it is forced (C++
    /// Nix's `determinePos`): an evaluated lambda's own position, else none. Observable
    /// in traces: `from call site` of `mapAttrs`' or `map`'s calls points at the function
    /// when the builtin had forced it, and is absent when it had not.
    pub fn call_pos(&self) -> crate::source::Pos {
        match self.peek() {
            Some(Value::Lambda(c)) => c.def.pos,
            _ => crate::source::Pos::NONE,
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::String(s) => write!(f, "{s:?}"),
            Value::Path(p) => write!(f, "{p}"),
            Value::Attrs(a) => f
                .debug_map()
                .entries(a.iter().map(|e| (e.name, &e.value)))
                .finish(),
            Value::List(l) => f.debug_list().entries(l.iter()).finish(),
            Value::Lambda(_) => write!(f, "<LAMBDA>"),
            Value::PrimOp(_) => write!(f, "<PRIMOP>"),
            Value::Thunk(_) => write!(f, "<CODE>"),
        }
    }
}

/// A lambda closed over the environment it was created in: one allocation.
#[derive(Clone)]
pub struct Closure(ThinRc<ClosureData, ()>);

/// What a [`Closure`] holds.
pub struct ClosureData {
    pub def: Rc<LambdaDef>,
    pub env: Env,
}

impl Closure {
    pub fn new(def: Rc<LambdaDef>, env: Env) -> Closure {
        Closure(ThinRc::new(ClosureData { def, env }, Vec::new()))
    }

    pub fn ptr_eq(a: &Closure, b: &Closure) -> bool {
        ThinRc::ptr_eq(&a.0, &b.0)
    }

    pub(crate) fn as_raw(&self) -> std::ptr::NonNull<u8> {
        self.0.as_raw()
    }

    pub(crate) fn cells(&self) -> (&std::cell::Cell<u32>, &std::cell::Cell<u32>) {
        (self.0.strong(), self.0.gc())
    }

    /// # Safety
    /// `raw` must point to a live closure; the result must not be dropped.
    pub(crate) unsafe fn from_raw_uncounted(raw: std::ptr::NonNull<u8>) -> Closure {
        // SAFETY: passed on to the caller.
        Closure(unsafe { ThinRc::from_raw_uncounted(raw) })
    }
}

impl std::ops::Deref for Closure {
    type Target = ClosureData;

    fn deref(&self) -> &ClosureData {
        self.0.header()
    }
}

/// The native code of a builtin: called with exactly `arity` arguments (unforced).
pub type PrimOpFn = fn(&Evaluator, &PrimOp, &[Value]) -> Result<Value>;

/// A builtin function.
pub struct PrimOp {
    pub name: &'static str,
    pub arity: usize,
    pub func: PrimOpFn,
    /// The finished globals, for the builtins that evaluate code against them (`import`,
    /// `scopedImport`). A `Weak` because the globals hold these builtins: the cycle is
    /// tied with `Rc::new_cyclic` and never owns itself.
    pub globals: Option<Weak<crate::builtins::Globals>>,
    /// Whether a call adds its own context frame instead of the usual `while calling
    /// the '…' builtin` (`addErrorContext`, which C++ Nix registers without one).
    pub own_frame: bool,
}

/// A builtin with the arguments it has received so far (fewer than its arity): one
/// allocation.
#[derive(Clone)]
pub struct PrimOpApp(ThinRc<Rc<PrimOp>, Value>);

impl PrimOpApp {
    pub fn new(op: Rc<PrimOp>, args: Vec<Value>) -> PrimOpApp {
        PrimOpApp(ThinRc::new(op, args))
    }

    /// This application with one more argument (a copy of the ones so far and `arg`).
    pub fn with_arg(&self, arg: Value) -> PrimOpApp {
        let old = self.args();
        let mut arg = Some(arg);
        PrimOpApp(ThinRc::from_fn(
            self.op().clone(),
            old.len() + 1,
            |i| match old.get(i) {
                Some(v) => v.clone(),
                None => arg.take().expect("one new argument"),
            },
        ))
    }

    pub fn op(&self) -> &Rc<PrimOp> {
        self.0.header()
    }

    pub fn args(&self) -> &[Value] {
        self.0.items()
    }

    pub fn ptr_eq(a: &PrimOpApp, b: &PrimOpApp) -> bool {
        ThinRc::ptr_eq(&a.0, &b.0)
    }

    pub(crate) fn as_raw(&self) -> std::ptr::NonNull<u8> {
        self.0.as_raw()
    }

    pub(crate) fn cells(&self) -> (&std::cell::Cell<u32>, &std::cell::Cell<u32>) {
        (self.0.strong(), self.0.gc())
    }

    /// # Safety
    /// `raw` must point to a live application; the result must not be dropped.
    pub(crate) unsafe fn from_raw_uncounted(raw: std::ptr::NonNull<u8>) -> PrimOpApp {
        // SAFETY: passed on to the caller.
        PrimOpApp(unsafe { ThinRc::from_raw_uncounted(raw) })
    }
}
