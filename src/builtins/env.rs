//! Builtins that read the evaluating process's surroundings: `getEnv`,
//! `currentSystem`, `currentTime`.
//!
//! In pure evaluation C++ Nix leaves `currentSystem` and `currentTime` out entirely
//! (neither `builtins.currentTime` nor `__currentTime` exists), and `getEnv` gives ""
//! for every variable in pure and in restricted evaluation.

use super::Builder;
use crate::error::Result;
use crate::eval::{EvalOptions, Evaluator};
use crate::value::{PrimOp, Value};

pub fn register(b: &mut Builder, options: &EvalOptions) {
    b.primop("getEnv", 1, get_env);
    if !options.pure_eval {
        b.constant("currentSystem", Value::string(options.current_system()));
        b.constant("currentTime", Value::Int(now()));
    }
}

/// Seconds since the Unix epoch, read once when the globals are built, so every use
/// in one evaluation sees the same time (as in C++ Nix).
pub(super) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// `getEnv name`: the variable's value (any bytes), or "" when it is unset, and always
/// "" in pure or restricted evaluation (after the name is checked).
fn get_env(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.getEnv",
    )?;
    if ev.options.pure_eval || ev.options.restrict_eval {
        return Ok(Value::string(""));
    }
    let value = env_var(name.as_bytes()).unwrap_or_default();
    Ok(Value::String(crate::value::NixString::plain(value)))
}

/// The bytes of an environment variable, if it is set. A name that holds a NUL or
/// `=` cannot name a variable.
fn env_var(name: &[u8]) -> Option<Vec<u8>> {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    if name.is_empty() || name.contains(&0) || name.contains(&b'=') {
        return None;
    }
    std::env::var_os(std::ffi::OsStr::from_bytes(name)).map(|v| v.into_vec())
}
