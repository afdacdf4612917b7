//! `builtins.match` and `builtins.split`.
//!
//! C++ Nix compiles patterns with libstdc++'s `std::regex` in the POSIX extended grammar
//! and matches with its backtracking executor, whose answers differ from both POSIX
//! leftmost-longest and Perl-style engines (see `regex/exec.rs`). The engine in `regex/`
//! rebuilds libstdc++'s automaton and executor so that groups, alternation order, empty
//! matches and invalid patterns all come out as in C++ Nix.

mod classes;
mod compile;
mod exec;
mod nfa;
mod scan;

use super::Builder;
use crate::error::{Error, Result};
use crate::eval::Evaluator;
use crate::value::{NixString, PrimOp, Value};
use compile::Program;
use exec::{Flags, Groups, Span, StackOverflow};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Why libstdc++ refused a pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegexError {
    /// Any syntax error (C++ Nix reports them all alike).
    Invalid,
    /// More automaton states than libstdc++ allows (`error_space`).
    Space,
}

pub fn register(b: &mut Builder) {
    b.primop("match", 2, prim_match);
    b.primop("split", 2, prim_split);
}

thread_local! {
    /// Compiled patterns, as C++ Nix's regex cache keeps them (failures are not kept).
    static CACHE: RefCell<HashMap<Vec<u8>, Rc<Program>>> = RefCell::new(HashMap::new());
}

/// Compiles (or finds) a pattern; the error is C++ Nix's message for it.
fn get_regex(re: &NixString) -> Result<Rc<Program>> {
    let key = re.as_bytes();
    if let Some(p) = CACHE.with(|c| c.borrow().get(key).cloned()) {
        return Ok(p);
    }
    match compile::compile(key) {
        Ok(p) => {
            let p = Rc::new(p);
            CACHE.with(|c| c.borrow_mut().insert(key.to_vec(), p.clone()));
            Ok(p)
        }
        Err(RegexError::Space) => Err(Error::type_error(format!(
            "memory limit exceeded by regular expression '{}'",
            re.to_str_lossy()
        ))),
        Err(RegexError::Invalid) => Err(Error::type_error(format!(
            "invalid regular expression '{}'",
            re.to_str_lossy()
        ))),
    }
}

/// C++ Nix's error when the executor overflows its stack.
fn overflow(_: StackOverflow) -> Error {
    crate::eval::Evaluator::native_stack_overflow()
}

/// The groups after group 0, unmatched ones as null; the strings carry no context.
fn groups(input: &[u8], spans: &[Option<Span>]) -> Value {
    Value::list(spans.iter().skip(1).map(|s| match s {
        Some((a, b)) => Value::String(NixString::plain(&input[*a..*b])),
        None => Value::Null,
    }))
}

/// `match re s`: the groups if `re` matches all of `s`, else null. The pattern is
/// compiled (and may fail) before `s` is forced.
fn prim_match(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let re = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.match",
    )?;
    let prog = get_regex(&re)?;
    let s = ev.force_string(
        &args[1],
        "while evaluating the second argument passed to builtins.match",
    )?;
    let found = exec::full_match(&prog, s.as_bytes()).map_err(overflow)?;
    Ok(match found {
        Some(spans) => groups(s.as_bytes(), &spans),
        None => Value::Null,
    })
}

/// `split re s`: the parts of `s` between matches, with each match's group list in
/// between. Without any match the result holds `s` itself (context included).
fn prim_split(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let re = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.split",
    )?;
    let prog = get_regex(&re)?;
    let s = ev.force_string(
        &args[1],
        "while evaluating the second argument passed to builtins.split",
    )?;
    let input = s.as_bytes();
    let matches = all_matches(&prog, input).map_err(overflow)?;
    if matches.is_empty() {
        return Ok(Value::list([Value::String(s)]));
    }
    let mut out = Vec::with_capacity(2 * matches.len() + 1);
    let mut prev_end = 0;
    for spans in &matches {
        let (start, end) = spans[0].expect("group 0 of a match is set");
        out.push(Value::String(NixString::plain(&input[prev_end..start])));
        out.push(groups(input, spans));
        prev_end = end;
    }
    out.push(Value::String(NixString::plain(&input[prev_end..])));
    Ok(Value::list(out))
}

/// The matches `std::cregex_iterator` visits: after an empty match it first looks for a
/// non-empty match at the same place, and only then moves one byte on; every search after
/// the first one knows it is not at the start of the input (so `^` cannot match).
fn all_matches(prog: &Program, input: &[u8]) -> Result<Vec<Groups>, StackOverflow> {
    let mut flags = Flags::default();
    let mut out = Vec::new();
    let Some(mut m) = exec::search(prog, input, 0, flags)? else {
        return Ok(out);
    };
    loop {
        let (start, end) = m[0].expect("group 0 of a match is set");
        out.push(m);
        let mut from = end;
        if start == end {
            if end == input.len() {
                break;
            }
            let retry = Flags {
                not_null: true,
                continuous: true,
                ..flags
            };
            if let Some(m2) = exec::search(prog, input, from, retry)? {
                m = m2;
                continue;
            }
            from += 1;
        }
        flags.prev_avail = true;
        match exec::search(prog, input, from, flags)? {
            Some(m2) => m = m2,
            None => break,
        }
    }
    Ok(out)
}
