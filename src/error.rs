//! Evaluation and syntax errors.
//!
//! C++ Nix splits its errors into classes that matter to programs: `builtins.tryEval`
//! catches only a `throw` and a failed `assert` (C++ Nix's `ThrownError` and
//! `AssertionError`); everything else (abort, type errors, missing attributes, infinite
//! recursion, stack overflow) propagates to the top. [`ErrorKind`] keeps that class so the
//! evaluator, `tryEval` and the differential tester can all agree on it.

use crate::source::Pos;
use std::fmt;
use std::rc::Rc;

/// The class of an error, as far as Nix programs and differential testing can tell.
/// More kinds may come (where C++ Nix tells apart what nixref does not yet), so a match
/// on it outside nixref needs a catch-all arm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorKind {
    /// `throw`: catchable by `tryEval`.
    Throw,
    /// A failed `assert`: catchable by `tryEval`.
    AssertFail,
    /// `abort`: never catchable.
    Abort,
    /// A value of the wrong type (and other plain evaluation errors).
    Type,
    /// `a.b` where `b` is missing.
    MissingAttr,
    /// A function called without an argument its formals require (C++ Nix's
    /// `MissingArgumentError`).
    MissingArgument,
    /// A name no scope binds and no `with` provides (C++ Nix's `UndefinedVarError`; for a
    /// name no lexical scope binds it is raised before evaluation, like a syntax error).
    UndefinedVariable,
    /// A path or URI that a pure or restricted evaluation may not use (C++ Nix's
    /// `RestrictedPathError`).
    RestrictedPath,
    /// A store path that is not valid where it must be (C++ Nix's `InvalidPathError`, and
    /// its store's `InvalidPath`): `path '…' is not valid`.
    InvalidPath,
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
    /// The evaluation ran out of its step budget (nixref only; see
    /// [`Builder::max_steps`](crate::Builder::max_steps)).
    Budget,
    /// An allocation that cannot succeed (C++ Nix's `std::bad_alloc`: `out of memory`,
    /// reported as one line, never caught).
    OutOfMemory,
    /// A bad argument C++ Nix raises as a `UsageError` (an unknown hash algorithm or
    /// format, an unknown setting): its command adds a line pointing to `--help`.
    Usage,
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
            ErrorKind::MissingArgument => "missing-argument",
            ErrorKind::UndefinedVariable => "undefined-variable",
            ErrorKind::RestrictedPath => "restricted-path",
            ErrorKind::InvalidPath => "invalid-path",
            ErrorKind::InfiniteRecursion => "infinite-recursion",
            ErrorKind::StackOverflow => "stack-overflow",
            ErrorKind::Arithmetic => "arithmetic",
            ErrorKind::Parse => "parse",
            ErrorKind::Io => "io",
            ErrorKind::Budget => "budget",
            ErrorKind::OutOfMemory => "out-of-memory",
            ErrorKind::Usage => "usage",
        }
    }
}

/// An error with its message, the position it happened at, and the context frames
/// (`… while evaluating …`) collected while it travelled up.
///
/// Cloning is a reference-count bump: a thunk whose evaluation failed keeps its error and
/// gives it again each time it is forced, so errors are shared, and adding a frame to a
/// shared error copies neither its message nor the frames it already has (they form a
/// persistent list, newest first). Without this an error passing up through `n` nested
/// thunks costs `n²`.
#[derive(Clone, Debug)]
pub struct Error(Rc<ErrorInner>);

#[derive(Clone, Debug)]
struct ErrorInner {
    kind: ErrorKind,
    msg: Rc<str>,
    pos: Option<Pos>,
    /// The outermost frame; each frame links to the one inside it.
    trace: Option<Rc<Frame>>,
    /// C++ Nix reports it outside its evaluator (its native stack-overflow handler):
    /// one `error:` line, without trace or position.
    bare: bool,
}

/// One context frame of an error's trace.
#[derive(Debug)]
struct Frame {
    pos: Option<Pos>,
    msg: String,
    inner: Option<Rc<Frame>>,
}

/// A long trace is freed frame by frame, not by recursion.
impl Drop for Frame {
    fn drop(&mut self) {
        let mut next = self.inner.take();
        while let Some(f) = next {
            next = match Rc::try_unwrap(f) {
                Ok(mut f) => f.inner.take(),
                Err(_) => None,
            };
        }
    }
}

/// The text of a context frame (`while evaluating …`), given as a string or as code that
/// makes it, which only runs if there is an error to attach it to: most of the values
/// checked are fine, and formatting each one's context would cost more than the check.
pub trait FrameText: Copy {
    fn text(self) -> String;
}

impl FrameText for &str {
    fn text(self) -> String {
        self.to_string()
    }
}

impl FrameText for &String {
    fn text(self) -> String {
        self.clone()
    }
}

impl<F: Fn() -> String + Copy> FrameText for F {
    fn text(self) -> String {
        self()
    }
}

/// The result type of everything that can fail during evaluation.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, msg: impl Into<String>) -> Error {
        Error(Rc::new(ErrorInner {
            kind,
            msg: Rc::from(msg.into()),
            pos: None,
            trace: None,
            bare: false,
        }))
    }

    /// A bad argument that C++ Nix reports as a `UsageError` (an unknown hash algorithm
    /// or format); an evaluation error all the same (`tryEval` does not catch it).
    pub fn usage(msg: impl Into<String>) -> Error {
        Error::new(ErrorKind::Usage, msg)
    }

    /// An error C++ Nix reports outside its evaluator, as one line (see [`Error::is_bare`]).
    pub fn bare(kind: ErrorKind, msg: impl Into<String>) -> Error {
        let mut e = Error::new(kind, msg);
        Rc::make_mut(&mut e.0).bare = true;
        e
    }

    /// Whether C++ Nix prints this error as one `error:` line without trace or position
    /// (its stack-overflow handler, its allocation failure).
    pub fn is_bare(&self) -> bool {
        self.0.bare || self.0.kind == ErrorKind::OutOfMemory
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
            Rc::make_mut(&mut self.0).pos = Some(pos);
        }
        self
    }

    /// Adds a context frame (`… while evaluating …`), outermost last.
    pub fn with_context(mut self, pos: Option<Pos>, msg: impl Into<String>) -> Error {
        let inner = Rc::make_mut(&mut self.0);
        inner.trace = Some(Rc::new(Frame {
            pos: pos.and_then(Pos::known),
            msg: msg.into(),
            inner: inner.trace.take(),
        }));
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

    /// Context frames (position, message), innermost first.
    pub fn trace(&self) -> Vec<(Option<Pos>, &str)> {
        let mut frames = Vec::new();
        let mut f = self.0.trace.as_deref();
        while let Some(frame) = f {
            frames.push((frame.pos, frame.msg.as_str()));
            f = frame.inner.as_deref();
        }
        frames.reverse();
        frames
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.msg)
    }
}

impl std::error::Error for Error {}
