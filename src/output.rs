//! Where an evaluation's messages go: warnings and `builtins.trace` output.
//!
//! C++ Nix writes them to standard error through its logger. An evaluator here writes
//! them to a [`Sink`] instead, so that a program embedding nixref (a VM's test suite, the
//! differential tester) can keep them, drop them, or check them, without touching the
//! process's standard error, which other threads and tests share. The `nix-instantiate`
//! command gives its evaluator [`Stderr`], so its output is C++ Nix's byte for byte.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// What kind of message an evaluation sends to its [`Sink`] (more may come).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageKind {
    /// `builtins.trace` and `builtins.traceVerbose`: `trace: …`.
    Trace,
    /// A warning (`warning: …`): `builtins.warn`, a deprecated form, a missing search
    /// path entry, an unclean repository, an invalid setting …
    Warning,
}

/// Receives an evaluation's messages, each one as C++ Nix writes it to standard error
/// (its `trace: ` or `warning: ` prefix included, ending in a newline).
pub trait Sink {
    /// One whole message; `text` may span several lines (a warning with its position).
    fn message(&self, kind: MessageKind, text: &[u8]);
}

/// Writes every message to the process's standard error, as C++ Nix does.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stderr;

impl Sink for Stderr {
    fn message(&self, _kind: MessageKind, text: &[u8]) {
        // A closed standard error loses the message, as C++ Nix's logger does.
        let _ = std::io::stderr().lock().write_all(text);
    }
}

/// Drops every message (the differential tester compares values and errors only).
#[derive(Clone, Copy, Debug, Default)]
pub struct Discard;

impl Sink for Discard {
    fn message(&self, _kind: MessageKind, _text: &[u8]) {}
}

/// Keeps every message, in order, for a test to look at. Clones share the same record,
/// so one clone can go to the evaluator and the other stay with the caller.
#[derive(Clone, Debug, Default)]
pub struct Captured(Rc<RefCell<Vec<Message>>>);

/// One message a [`Captured`] sink kept: its kind and its text.
pub type Message = (MessageKind, Vec<u8>);

impl Captured {
    /// An empty record.
    pub fn new() -> Captured {
        Captured::default()
    }

    /// The messages so far, in order.
    pub fn messages(&self) -> Vec<Message> {
        self.0.borrow().clone()
    }

    /// All messages so far as one text, as they would have appeared on standard error
    /// (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        let all: Vec<u8> = self
            .0
            .borrow()
            .iter()
            .flat_map(|(_, t)| t.clone())
            .collect();
        String::from_utf8_lossy(&all).into_owned()
    }

    /// Forgets the messages so far.
    pub fn clear(&self) {
        self.0.borrow_mut().clear();
    }
}

impl Sink for Captured {
    fn message(&self, kind: MessageKind, text: &[u8]) {
        self.0.borrow_mut().push((kind, text.to_vec()));
    }
}
