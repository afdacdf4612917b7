//! Debugging builtins: `trace`, `traceVerbose`, `warn`, `break`, `addErrorContext`.
//!
//! `trace` shows its first argument with C++ Nix's value printer (`ValuePrinter`), which is
//! not the `nix-instantiate` output format: unevaluated parts are `«thunk»`, a thunk being
//! evaluated is `«potential infinite recursion»`, functions are `«lambda NAME @ POS»` or
//! `«primop NAME»`, and nothing is forced beyond the first argument's head.

use super::Builder;
use crate::error::{Error, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::output::MessageKind;
use crate::print::PrintOptions;
use crate::value::{PrimOp, Value};

pub fn register(b: &mut Builder) {
    b.primop("trace", 2, trace);
    b.primop("traceVerbose", 2, trace_verbose);
    b.primop("warn", 2, warn);
    b.primop("break", 1, break_);
    b.primop_own_frame("addErrorContext", 2, add_error_context);
}

/// Sends one log message to the evaluator's sink as C++ Nix's logger writes it when
/// standard error is not a terminal: escape sequences removed, tabs expanded (see
/// [`filter_ansi`]).
fn log(ev: &Evaluator, kind: MessageKind, msg: &[u8]) {
    let mut out = filter_ansi(msg);
    out.push(b'\n');
    ev.message(kind, &out);
}

/// C++ Nix's `filterANSIEscapes` with everything filtered: ANSI escape sequences dropped,
/// `\r` and `\a` dropped, a tab padded with spaces to the next multiple of 8 columns. The
/// column counts display widths from the start of the whole message (a newline is zero
/// wide and does not reset it).
pub(crate) fn filter_ansi(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut col = 0usize;
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            0x1b => i = skip_escape(s, i + 1),
            b'\t' => {
                loop {
                    col += 1;
                    out.push(b' ');
                    if col.is_multiple_of(8) {
                        break;
                    }
                }
                i += 1;
            }
            b'\r' | 0x07 => i += 1,
            // Plain ASCII (most of any error text) a run at a time: printable bytes are a
            // column each, other control bytes none (as `char_width` has them).
            0x00..=0x7f => {
                let run = s[i..]
                    .iter()
                    .position(|&b| b >= 0x80 || matches!(b, 0x1b | b'\t' | b'\r' | 0x07))
                    .map_or(s.len(), |n| i + n);
                col += s[i..run]
                    .iter()
                    .filter(|b| (0x20..0x7f).contains(*b))
                    .count();
                out.extend_from_slice(&s[i..run]);
                i = run;
            }
            _ => {
                let (width, len) = char_width(&s[i..]);
                col += width;
                out.extend_from_slice(&s[i..i + len]);
                i += len;
            }
        }
    }
    out
}

/// The index after an escape sequence whose `ESC` is just before `i`: a CSI sequence
/// (`[` parameters, intermediates, final byte), an OSC one (`]` up to the next `ESC`), or
/// one byte in `@`..`_`.
fn skip_escape(s: &[u8], mut i: usize) -> usize {
    let in_range = |i: usize, lo: u8, hi: u8| i < s.len() && (lo..=hi).contains(&s[i]);
    match s.get(i) {
        Some(b'[') => {
            i += 1;
            while in_range(i, 0x30, 0x3f) {
                i += 1;
            }
            while in_range(i, 0x20, 0x2f) {
                i += 1;
            }
            if in_range(i, 0x40, 0x7e) {
                i += 1;
            }
        }
        Some(b']') => {
            i += 1;
            while i < s.len() && s[i] != 0x1b {
                i += 1;
            }
        }
        _ if in_range(i, 0x40, 0x5f) => i += 1,
        _ => {}
    }
    i
}

/// The display width and byte length of the character at the start of `s`; bytes that
/// are not valid UTF-8 count one column each, control characters none.
fn char_width(s: &[u8]) -> (usize, usize) {
    let len = match s[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return (1, 1),
    };
    for i in 1..len {
        if s.get(i).is_none_or(|b| b & 0xc0 != 0x80) {
            return (i, i);
        }
    }
    match std::str::from_utf8(&s[..len])
        .ok()
        .and_then(|c| c.chars().next())
    {
        Some(c) if c.is_control() => (0, len),
        Some(c) => (unicode_width::UnicodeWidthChar::width(c).unwrap_or(0), len),
        // An overlong or surrogate encoding: one column per byte.
        None => (len, len),
    }
}

/// Removes trailing spaces, tabs and line breaks (C++ Nix's `chomp`).
fn chomp(s: &[u8]) -> &[u8] {
    let end = s
        .iter()
        .rposition(|c| !b" \n\r\t".contains(c))
        .map_or(0, |i| i + 1);
    &s[..end]
}

/// `trace e1 e2`: prints `trace: e1` (a string as it is, anything else printed) once `e1`
/// is in weak head normal form, then evaluates `e2`.
fn trace(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let v = ev.force(&args[0])?;
    let mut line = b"trace: ".to_vec();
    match &v {
        Value::String(s) => line.extend_from_slice(s.as_bytes()),
        _ => {
            line.extend_from_slice(crate::print::show(ev, &args[0], &PrintOptions::FULL).as_bytes())
        }
    }
    log(ev, MessageKind::Trace, &line);
    ev.force(&args[1])
}

/// `traceVerbose e1 e2`: `trace` with `--trace-verbose`, otherwise just `e2` (`e1` is then
/// not even evaluated).
fn trace_verbose(ev: &Evaluator, op: &PrimOp, args: &[Value]) -> Result<Value> {
    if ev.options.trace_verbose {
        return trace(ev, op, args);
    }
    ev.force(&args[1])
}

/// `warn msg e`: the message must be a string (context allowed); it is shown as
/// `evaluation warning: msg`, later lines indented under the first and trailing blanks
/// trimmed (C++ Nix's error layout).
fn warn(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let msg = ev.force_string(
        &args[0],
        "while evaluating the first argument; the message passed to builtins.warn",
    )?;
    const PREFIX: &[u8] = b"evaluation warning: ";
    // Current C++ Nix does not indent a message that starts on a new line.
    let no_indent = msg.as_bytes().starts_with(b"\n");
    let mut line = Vec::new();
    let msg = chomp(msg.as_bytes());
    if !msg.is_empty() {
        for (i, part) in msg.split(|&c| c == b'\n').enumerate() {
            let mut l = if i == 0 {
                PREFIX.to_vec()
            } else {
                line.push(b'\n');
                if no_indent {
                    Vec::new()
                } else {
                    vec![b' '; PREFIX.len()]
                }
            };
            l.extend_from_slice(part);
            line.extend_from_slice(chomp(&l));
        }
    }
    log(ev, MessageKind::Warning, &line);
    if ev.options.abort_on_warn {
        return Err(Error::type_error(
            "aborting to reveal stack trace of warning, as abort-on-warn is set",
        ));
    }
    ev.force(&args[1])
}

/// `break v`: outside the debugger, `v` itself.
fn break_(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    ev.force(&args[0])
}

/// `addErrorContext msg e`: `e`, with `msg` added as a context frame to any error that
/// evaluating it raises. The message is only coerced to a string when there is an error
/// (and a failure there replaces the original error).
fn add_error_context(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    match ev.force(&args[1]) {
        Ok(v) => Ok(v),
        Err(e) => {
            let mode = CoerceMode {
                more: false,
                copy_to_store: false,
                canonicalize: true,
            };
            let msg = ev.coerce_to_nix_string(
                &args[0],
                mode,
                "while evaluating the error message passed to builtins.addErrorContext",
            )?;
            Err(e.with_context_always(None, msg.to_str_lossy()))
        }
    }
}
