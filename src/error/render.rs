//! Errors as C++ Nix 2.26 prints them (its `showErrorInfo`): the trace frames outermost
//! first, then `error:` with the message, its position and source excerpt, and the
//! `Did you mean …?` line.
//!
//! Which frames are printed:
//! - a frame with an empty text is skipped (builtins pass one to leave the context to a
//!   frame of their own);
//! - a frame already printed (same position and text) is held back; when the next new
//!   frame comes, up to five held-back frames are printed after all, more are one line
//!   `(N duplicate frames omitted)`. The frames seen are never forgotten: C++ Nix means
//!   to clear them after a fold but clears a copy, so in `A…A B…B A…A` the second run of
//!   `A` folds into the fold after `B` (Nix's own `eval-fail-mutual-recursion` shows it);
//! - without `--show-trace`, once more than three units have been printed (a frame counts
//!   one, its position one more), further frames are dropped except `addErrorContext`'s,
//!   and `(stack trace truncated; …)` closes the trace.
//!
//! The output is therefore bounded by the number of distinct frames, however deep the
//! recursion that made them: a thousand-fold repeated call is one fold line.

use super::{Error, TraceFrame};
use crate::eval::Evaluator;
use rustc_hash::FxHashSet;

/// An error as C++ Nix prints it, ending in a newline, with `--show-trace`'s full trace
/// when the evaluation's options ask for it.
pub fn render_error(ev: &Evaluator, e: &Error) -> String {
    if e.is_bare() {
        // C++ Nix's stack-overflow handler, its allocation failure and the C++ exceptions
        // that are not Nix errors print only this line.
        return format!("error: {}\n", e.message());
    }
    let mut out = Out {
        ev,
        text: String::new(),
        count: 0,
    };
    let has_frames = e.frames_outermost_first().any(|f| !f.msg.is_empty());
    let prefix = if has_frames {
        out.text.push_str("error:\n");
        out.frames(e, ev.options.show_trace);
        "       error: "
    } else {
        "error: "
    };
    out.text.push_str(&indent_lines(prefix, e.message()));
    out.text.push('\n');
    if let Some(p) = e.pos() {
        out.text
            .push_str(&format!("       at {}:\n", ev.sources.describe(p)));
        out.text.push_str(&ev.sources.excerpt(p, "       "));
    }
    if let Some(line) = e.suggestions().and_then(|s| s.line()) {
        out.text.push_str(&format!("       {line}\n"));
    }
    if e.kind() == super::ErrorKind::Usage {
        out.text
            .push_str("Try 'nix-instantiate --help' for more information.\n");
    }
    out.text
}

/// The text being written, and C++ Nix's count of what the trace has printed so far.
struct Out<'a> {
    ev: &'a Evaluator,
    text: String,
    count: usize,
}

impl Out<'_> {
    /// The trace, each frame followed by a blank line.
    fn frames(&mut self, e: &Error, show_trace: bool) {
        // Traces can be thousands of frames long: a fast hash of their messages.
        let mut seen: FxHashSet<TraceFrame> = FxHashSet::default();
        let mut held: Vec<TraceFrame> = Vec::new();
        let mut truncated = false;
        for f in e.frames_outermost_first().filter(|f| !f.msg.is_empty()) {
            if !show_trace && self.count > 3 {
                truncated = true;
            }
            if truncated && !f.always {
                continue;
            }
            if !seen.insert(f) {
                held.push(f);
                continue;
            }
            self.flush(&mut held);
            self.count += 1;
            self.frame(f);
        }
        self.flush(&mut held);
        if truncated {
            self.text.push_str(
                "       (stack trace truncated; use '--show-trace' to show the full, detailed trace)\n\n",
            );
        }
    }

    /// Frames held back as repeats: a few printed after all, more folded into one line.
    fn flush(&mut self, held: &mut Vec<TraceFrame>) {
        if held.len() > 5 {
            self.text.push_str(&format!(
                "       ({} duplicate frames omitted)\n\n",
                held.len()
            ));
        } else {
            for f in held.iter() {
                self.frame(*f);
            }
        }
        held.clear();
    }

    fn frame(&mut self, f: TraceFrame) {
        self.text.push_str(&indent_lines("       … ", f.msg));
        self.text.push('\n');
        if let Some(p) = f.pos {
            self.count += 1;
            let ev = self.ev;
            self.text
                .push_str(&format!("         at {}:\n", ev.sources.describe(p)));
            self.text.push_str(&ev.sources.excerpt(p, "       "));
        }
        self.text.push('\n');
    }
}

/// A message after `prefix` as C++ Nix's `indent` writes it: lines after the first
/// indented by seven spaces, trailing whitespace removed from every line (so an empty
/// line stays empty), and no blank lines at the end.
fn indent_lines(prefix: &str, msg: &str) -> String {
    let mut lines: Vec<String> = msg
        .split('\n')
        .enumerate()
        .map(|(i, line)| {
            let l = if i == 0 {
                format!("{prefix}{line}")
            } else {
                format!("       {line}")
            };
            l.trim_end_matches([' ', '\t', '\r']).to_string()
        })
        .collect();
    while lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}
