//! Evaluation and syntax errors.
//!
//! C++ Nix splits its errors into classes that matter to programs: `builtins.tryEval`
//! catches only a `throw` and a failed `assert` (C++ Nix's `ThrownError` and
//! `AssertionError`); everything else (abort, type errors, missing attributes, infinite
//! recursion, stack overflow) propagates to the top. [`ErrorKind`] keeps that class so the
//! evaluator, `tryEval` and the differential tester can all agree on it.

mod render;
mod suggestions;

pub use render::render_error;
pub use suggestions::Suggestions;

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
    /// Names the user may have meant (`Did you mean …?`), for a missing attribute or an
    /// unexpected argument.
    suggestions: Option<Rc<Suggestions>>,
    /// C++ Nix reports it outside its evaluator (its native stack-overflow handler, a
    /// plain C++ exception such as the standard library's `std::out_of_range`): one
    /// `error:` line, without trace or position; nothing adds frames to it.
    bare: bool,
}

/// The text of a frame: most are made as an error passes through a call, and the
/// same few texts (`from call site`, `while calling 'f'`) come again and again, so they
/// need not be written anew each time.
#[derive(Clone, Debug)]
pub(crate) enum FrameMsg {
    Static(&'static str),
    Owned(String),
    Shared(Rc<str>),
}

impl FrameMsg {
    fn as_str(&self) -> &str {
        match self {
            FrameMsg::Static(s) => s,
            FrameMsg::Owned(s) => s,
            FrameMsg::Shared(s) => s,
        }
    }
}

/// One context frame of an error's trace.
#[derive(Debug)]
struct Frame {
    pos: Option<Pos>,
    msg: FrameMsg,
    /// Shown even where the trace is cut short: C++ Nix's `TracePrint::Always`, the frames
    /// of `builtins.addErrorContext`.
    always: bool,
    inner: Option<Rc<Frame>>,
}

/// A frame of an error's trace, as [`Error::trace`] gives it. Two frames are the same
/// (for the folding of repeated frames) when position and text are.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TraceFrame<'a> {
    pub pos: Option<Pos>,
    pub msg: &'a str,
    pub always: bool,
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
            suggestions: None,
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
    /// (its stack-overflow handler, its allocation failure, a plain C++ exception).
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

    /// An error at the position of the code that asked for the value, which
    /// [`at_call_site`](Error::at_call_site) fills in (none if nobody does).
    pub fn at_pos_of_call_site(mut self) -> Error {
        Rc::make_mut(&mut self.0).pos = Some(Pos::CALL_SITE);
        self
    }

    /// An `infinite recursion encountered` met right now by forcing a value at `pos` (no
    /// frame added since) is placed there, as C++ Nix places it at the force that found
    /// the black hole.
    pub fn at_black_hole(mut self, pos: Pos) -> Error {
        if self.0.kind == ErrorKind::InfiniteRecursion
            && self.0.trace.is_none()
            && self.0.pos == Some(Pos::CALL_SITE)
        {
            Rc::make_mut(&mut self.0).pos = pos.known();
        }
        self
    }

    /// Sets the position if the error has none yet: the innermost position wins.
    pub fn with_pos(mut self, pos: Pos) -> Error {
        if self.pos().is_none() && (pos.known().is_some() || pos == Pos::CALL_SITE) {
            Rc::make_mut(&mut self.0).pos = Some(pos);
        }
        self
    }

    /// Adds a context frame (`… while evaluating …`), outermost last.
    pub fn with_context(self, pos: Option<Pos>, msg: impl Into<String>) -> Error {
        self.with_frame(pos, FrameMsg::Owned(msg.into()), false)
    }

    /// [`with_context`](Error::with_context) with a text that is not copied.
    pub(crate) fn with_context_text(self, pos: Option<Pos>, msg: FrameMsg) -> Error {
        self.with_frame(pos, msg, false)
    }

    /// A frame shown even where the trace is cut short (`builtins.addErrorContext`'s).
    pub fn with_context_always(self, pos: Option<Pos>, msg: impl Into<String>) -> Error {
        self.with_frame(pos, FrameMsg::Owned(msg.into()), true)
    }

    /// A frame at the position of the code that asked for the value, which
    /// [`at_call_site`](Error::at_call_site) fills in: the frames of the helpers that
    /// check a value's type (`while evaluating the first argument passed to …`), which
    /// C++ Nix places at the builtin's call site or at the expression that needed it.
    pub fn with_context_at_call_site(self, msg: impl Into<String>) -> Error {
        self.with_frame(Some(Pos::CALL_SITE), FrameMsg::Owned(msg.into()), false)
    }

    /// [`with_context_at_call_site`](Error::with_context_at_call_site) for a frame that
    /// is dropped if no position is filled in.
    pub fn with_context_at_call_site_if_known(self, msg: impl Into<String>) -> Error {
        self.with_frame(
            Some(Pos::CALL_SITE_IF_KNOWN),
            FrameMsg::Owned(msg.into()),
            false,
        )
    }

    /// [`with_context_at_call_site_if_known`](Error::with_context_at_call_site_if_known)
    /// with a text that is not copied.
    pub(crate) fn with_context_text_at_call_site_if_known(self, msg: FrameMsg) -> Error {
        self.with_frame(Some(Pos::CALL_SITE_IF_KNOWN), msg, false)
    }

    /// Gives the frames added since the last call site was known (the outermost ones
    /// waiting for it, see [`with_context_at_call_site`](Error::with_context_at_call_site))
    /// the position `pos`. Only those frames are rebuilt; the rest of the trace is shared.
    pub fn at_call_site(mut self, pos: Pos) -> Error {
        let waiting = |f: &Option<Rc<Frame>>| {
            f.as_ref().is_some_and(|f| {
                f.pos == Some(Pos::CALL_SITE) || f.pos == Some(Pos::CALL_SITE_IF_KNOWN)
            })
        };
        if !waiting(&self.0.trace) {
            if self.0.trace.is_none() && self.0.pos == Some(Pos::CALL_SITE) {
                Rc::make_mut(&mut self.0).pos = pos.known();
            }
            return self;
        }
        let inner = Rc::make_mut(&mut self.0);
        let mut head = Vec::new();
        let mut rest = inner.trace.take();
        while waiting(&rest) {
            let f = rest.expect("checked");
            rest = f.inner.clone();
            let kept = f.pos == Some(Pos::CALL_SITE) || pos.known().is_some();
            if kept {
                head.push((f.msg.clone(), f.always));
            }
        }
        // An error made by the same check (all its frames were waiting) waits for the
        // position too: C++ Nix's `forceString` … put it on both.
        if rest.is_none() && inner.pos == Some(Pos::CALL_SITE) {
            inner.pos = pos.known();
        }
        for (msg, always) in head.into_iter().rev() {
            rest = Some(Rc::new(Frame {
                pos: pos.known(),
                msg,
                always,
                inner: rest,
            }));
        }
        inner.trace = rest;
        self
    }

    fn with_frame(mut self, pos: Option<Pos>, msg: FrameMsg, always: bool) -> Error {
        if self.0.bare {
            return self;
        }
        let inner = Rc::make_mut(&mut self.0);
        let pos = pos.filter(|p| {
            *p == Pos::CALL_SITE || *p == Pos::CALL_SITE_IF_KNOWN || p.known().is_some()
        });
        inner.trace = Some(Rc::new(Frame {
            pos,
            msg,
            always,
            inner: inner.trace.take(),
        }));
        self
    }

    /// Attaches the names the user may have meant (C++ Nix's `Suggestions`).
    pub fn with_suggestions(mut self, s: Suggestions) -> Error {
        Rc::make_mut(&mut self.0).suggestions = Some(Rc::new(s));
        self
    }

    /// The names attached by [`with_suggestions`](Error::with_suggestions).
    pub fn suggestions(&self) -> Option<&Suggestions> {
        self.0.suggestions.as_deref()
    }

    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    pub fn message(&self) -> &str {
        &self.0.msg
    }

    pub fn pos(&self) -> Option<Pos> {
        self.0.pos.and_then(Pos::known)
    }

    /// Context frames, innermost first.
    pub fn trace(&self) -> Vec<TraceFrame<'_>> {
        let mut frames = self.frames_outermost_first().collect::<Vec<_>>();
        frames.reverse();
        frames
    }

    /// Context frames, outermost first (the order they are printed in), without
    /// collecting them.
    pub fn frames_outermost_first(&self) -> impl Iterator<Item = TraceFrame<'_>> {
        let mut f = self.0.trace.as_deref();
        std::iter::from_fn(move || {
            let mut frame = f?;
            // A frame that needed a position nobody gave is not there.
            while frame.pos == Some(Pos::CALL_SITE_IF_KNOWN) {
                frame = frame.inner.as_deref()?;
            }
            f = frame.inner.as_deref();
            Some(TraceFrame {
                pos: frame.pos.and_then(Pos::known),
                msg: frame.msg.as_str(),
                always: frame.always,
            })
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.msg)
    }
}

impl std::error::Error for Error {}
