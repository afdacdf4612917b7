//! Evaluation and syntax errors.
//!
//! C++ Nix splits its errors into classes that matter to programs: `builtins.tryEval`
//! catches only a `throw` and a failed `assert` (C++ Nix's `ThrownError` and
//! `AssertionError`); everything else (abort, type errors, missing attributes, infinite
//! recursion, stack overflow) propagates to the top. [`ErrorKind`] keeps that class so the
//! evaluator, `tryEval` and the differential tester can all agree on it.

use crate::source::Pos;
use std::fmt;

/// The class of an error, as far as Nix programs and differential testing can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// `throw`: catchable by `tryEval`.
    Throw,
    /// A failed `assert`: catchable by `tryEval`.
    AssertFail,
    /// `abort`: never catchable.
    Abort,
    /// A value of the wrong type (and other plain evaluation errors).
    Type,
    /// `a.b` where `b` is missing, or a required function argument that is missing.
    MissingAttr,
    /// A thunk forced while it is being forced.
    InfiniteRecursion,
    /// Nix's call depth limit (`max-call-depth`) or nixref's own evaluation depth bound.
    StackOverflow,
    /// Division by zero or integer overflow.
    Arithmetic,
    /// The source could not be parsed, or names a variable that is not in scope.
    Parse,
    /// Reading a file or another input failed.
    Io,
    /// The evaluation ran out of its step budget (nixref only; see `EvalOptions`).
    Budget,
}

impl ErrorKind {
    /// Whether `builtins.tryEval` catches this kind of error.
    pub fn is_catchable(self) -> bool {
        matches!(self, ErrorKind::Throw | ErrorKind::AssertFail)
    }

    /// A short stable name, used by the differential tester's reports.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Throw => "throw",
            ErrorKind::AssertFail => "assert",
            ErrorKind::Abort => "abort",
            ErrorKind::Type => "type",
            ErrorKind::MissingAttr => "missing-attr",
            ErrorKind::InfiniteRecursion => "infinite-recursion",
            ErrorKind::StackOverflow => "stack-overflow",
            ErrorKind::Arithmetic => "arithmetic",
            ErrorKind::Parse => "parse",
            ErrorKind::Io => "io",
            ErrorKind::Budget => "budget",
        }
    }
}

/// An error with its message, the position it happened at, and the context frames
/// (`… while evaluating …`) collected while it travelled up.
#[derive(Clone, Debug)]
pub struct Error(Box<ErrorInner>);

#[derive(Clone, Debug)]
struct ErrorInner {
    kind: ErrorKind,
    msg: String,
    pos: Option<Pos>,
    trace: Vec<(Option<Pos>, String)>,
    /// C++ Nix raises it as a `UsageError`: its command then adds a line pointing to
    /// `--help` after the error.
    usage: bool,
}

/// The result type of everything that can fail during evaluation.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, msg: impl Into<String>) -> Error {
        Error(Box::new(ErrorInner {
            kind,
            msg: msg.into(),
            pos: None,
            trace: Vec::new(),
            usage: false,
        }))
    }

    /// A bad argument that C++ Nix reports as a `UsageError` (an unknown hash algorithm
    /// or format); an evaluation error all the same (`tryEval` does not catch it).
    pub fn usage(msg: impl Into<String>) -> Error {
        let mut e = Error::type_error(msg);
        e.0.usage = true;
        e
    }

    /// Whether this is a [`usage`](Error::usage) error.
    pub fn is_usage(&self) -> bool {
        self.0.usage
    }

    pub fn at(kind: ErrorKind, msg: impl Into<String>, pos: Pos) -> Error {
        Error::new(kind, msg).with_pos(pos)
    }

    /// A type error (C++ Nix's plain `EvalError`/`TypeError`).
    pub fn type_error(msg: impl Into<String>) -> Error {
        Error::new(ErrorKind::Type, msg)
    }

    /// Sets the position if the error has none yet: the innermost position wins.
    pub fn with_pos(mut self, pos: Pos) -> Error {
        if self.0.pos.is_none() && pos != Pos::NONE {
            self.0.pos = Some(pos);
        }
        self
    }

    /// Adds a context frame (`… while evaluating …`), outermost last.
    pub fn with_context(mut self, pos: Option<Pos>, msg: impl Into<String>) -> Error {
        self.0.trace.push((pos.and_then(Pos::known), msg.into()));
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    pub fn message(&self) -> &str {
        &self.0.msg
    }

    pub fn pos(&self) -> Option<Pos> {
        self.0.pos
    }

    /// Context frames, innermost first.
    pub fn trace(&self) -> &[(Option<Pos>, String)] {
        &self.0.trace
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.msg)
    }
}

impl std::error::Error for Error {}
