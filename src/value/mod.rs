//! Nix values.
//!
//! A [`Value`] is 16 bytes: scalars inline, everything else behind one pointer. A value in a
//! lazy position (attribute, list element, argument, binding) may be a [`Thunk`]; the
//! evaluator's `force` turns it into weak head normal form, and every other variant already
//! is. Literals and variables never get a thunk of their own (C++ Nix's `maybeThunk`), which
//! is also why lazily printed sets show some values and `<CODE>` for others.

mod attrs;
mod deep_drop;
mod list;
mod path;
mod string;
mod symbols;
mod thin;

pub use attrs::{Attrs, AttrsBuilder, Entry};
pub(crate) use deep_drop::{drop_on_new_stack, stack_low};
pub use list::List;
pub use path::NixPath;
pub use string::{Context, ContextElem, NixString, StringBuilder};
pub use symbols::{Symbol, SymbolTable};

use crate::error::Result;
use crate::eval::{Env, Evaluator};
use crate::syntax::expr::{Expr, LambdaDef};
use std::cell::RefCell;
use std::fmt;
use std::rc::{Rc, Weak};

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
    Lambda(Rc<Closure>),
    PrimOp(Rc<PrimOpApp>),
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
            Value::String(_) => "a string".into(),
            Value::Path(_) => "a path".into(),
            Value::Attrs(_) => "a set".into(),
            Value::List(_) => "a list".into(),
            Value::Lambda(_) => "a function".into(),
            Value::PrimOp(p) if p.args.is_empty() => {
                format!("the built-in function '{}'", p.op.name).into()
            }
            Value::PrimOp(p) => {
                format!("the partially applied built-in function '{}'", p.op.name).into()
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
    pub fn suspended(expr: Rc<Expr>, env: Rc<Env>) -> Value {
        Value::Thunk(Thunk::new(ThunkState::Pending(expr, env)))
    }

    /// A thunk that runs native code when forced (the builtins' lazy results).
    pub fn native_thunk(f: impl FnOnce(&Evaluator) -> Result<Value> + 'static) -> Value {
        Value::Thunk(Thunk::new(ThunkState::Native(Box::new(f))))
    }

    /// The value itself if it is evaluated, or an evaluated thunk's value; `None` for a
    /// thunk that has not run yet. Never forces anything.
    pub fn peek(&self) -> Option<Value> {
        match self {
            Value::Thunk(t) => t.peek(),
            v => Some(v.clone()),
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

/// A lambda closed over the environment it was created in.
pub struct Closure {
    pub def: Rc<LambdaDef>,
    pub env: Rc<Env>,
}

/// The native code of a builtin: called with exactly `arity` arguments (unforced).
pub type PrimOpFn = fn(&Evaluator, &PrimOp, Vec<Value>) -> Result<Value>;

/// A builtin function.
pub struct PrimOp {
    pub name: &'static str,
    pub arity: usize,
    pub func: PrimOpFn,
    /// The finished globals, for the builtins that evaluate code against them (`import`,
    /// `scopedImport`). A `Weak` because the globals hold these builtins: the cycle is
    /// tied with `Rc::new_cyclic` and never owns itself.
    pub globals: Option<Weak<crate::builtins::Globals>>,
}

/// A builtin with the arguments it has received so far (fewer than its arity).
pub struct PrimOpApp {
    pub op: Rc<PrimOp>,
    pub args: Vec<Value>,
}

/// A delayed computation, memoised when it first runs.
#[derive(Clone)]
pub struct Thunk(Rc<RefCell<ThunkState>>);

/// A thunk that may have been freed.
pub struct WeakThunk(Weak<RefCell<ThunkState>>);

impl WeakThunk {
    pub fn upgrade(&self) -> Option<Thunk> {
        self.0.upgrade().map(Thunk)
    }

    pub fn is_alive(&self) -> bool {
        self.0.strong_count() > 0
    }
}

/// The code of a native thunk.
pub type NativeThunk = Box<dyn FnOnce(&Evaluator) -> Result<Value>>;

pub enum ThunkState {
    /// An expression not yet evaluated, with its environment.
    Pending(Rc<Expr>, Rc<Env>),
    /// Native code not yet run (a builtin's lazy result).
    Native(NativeThunk),
    /// Being evaluated right now: forcing it again is infinite recursion.
    Blackhole,
    /// Evaluated, in weak head normal form.
    Done(Value),
    /// Its evaluation failed: forcing it again gives the same error.
    Failed(crate::error::Error),
}

impl Thunk {
    pub fn new(state: ThunkState) -> Thunk {
        Thunk(Rc::new(RefCell::new(state)))
    }

    pub fn peek(&self) -> Option<Value> {
        match &*self.0.borrow() {
            ThunkState::Done(v) => Some(v.clone()),
            _ => None,
        }
    }

    /// Takes the state out, leaving a black hole behind.
    pub fn take(&self) -> ThunkState {
        std::mem::replace(&mut *self.0.borrow_mut(), ThunkState::Blackhole)
    }

    /// Puts a state back: the result, or `Failed` after a failure, so that forcing again gives
    /// the same error without evaluating again (current C++ Nix; Nix 2.26 evaluated again).
    pub fn set(&self, state: ThunkState) {
        *self.0.borrow_mut() = state;
    }

    /// Whether the thunk is being evaluated right now (a black hole).
    pub fn is_running(&self) -> bool {
        matches!(&*self.0.borrow(), ThunkState::Blackhole)
    }

    /// A reference that does not keep the thunk alive (see `EnvRegistry`).
    pub fn downgrade(&self) -> WeakThunk {
        WeakThunk(Rc::downgrade(&self.0))
    }

    pub fn ptr_eq(a: &Thunk, b: &Thunk) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }

    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as *const u8 as usize
    }
}
