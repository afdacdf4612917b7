//! Version strings: `compareVersions`, `splitVersion`, `parseDrvName`.
//!
//! C++ Nix splits a version into components at `.` and `-` and at every change between
//! digits and non-digits. Components compare as numbers when both are numbers, `pre`
//! sorts before everything else, a number sorts after any other word, and words compare
//! bytewise. "Number" means "parses as a C `int`": a run of digits beyond 2147483647 is a
//! word, so `compareVersions "99999999999" "1"` is -1. When one version runs out of
//! components it goes on with the empty word, which sorts after `pre` and before every
//! other word and number: `1 < 1.0` and `1pre < 1`, but `1 < 1a`.

use super::Builder;
use crate::error::Result;
use crate::eval::Evaluator;
use crate::value::{AttrsBuilder, NixString, PrimOp, Symbol, Value};
use std::cmp::Ordering;

pub fn register(b: &mut Builder) {
    b.primop("compareVersions", 2, compare_versions);
    b.primop("splitVersion", 1, split_version);
    b.primop("parseDrvName", 1, parse_drv_name);
}

/// The next component of `s` from `*pos`, or the empty word at the end. Separators
/// (`.`, `-`) before it are skipped; a component is a run of digits or a run of
/// anything else that is not a separator.
fn next_component<'a>(s: &'a [u8], pos: &mut usize) -> &'a [u8] {
    while *pos < s.len() && matches!(s[*pos], b'.' | b'-') {
        *pos += 1;
    }
    let start = *pos;
    if *pos < s.len() && s[*pos].is_ascii_digit() {
        while *pos < s.len() && s[*pos].is_ascii_digit() {
            *pos += 1;
        }
    } else {
        while *pos < s.len() && !s[*pos].is_ascii_digit() && !matches!(s[*pos], b'.' | b'-') {
            *pos += 1;
        }
    }
    &s[start..*pos]
}

/// A component's value if it is a number that fits in a C `int` (C++ Nix's
/// `string2Int<int>`; components never carry a sign).
fn as_int(c: &[u8]) -> Option<i32> {
    if c.is_empty() || !c.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(c).ok()?.parse().ok()
}

/// Whether component `a` sorts before `b`.
fn component_less(a: &[u8], b: &[u8]) -> bool {
    let (na, nb) = (as_int(a), as_int(b));
    match (na, nb) {
        (Some(x), Some(y)) => x < y,
        _ if a.is_empty() && nb.is_some() => true,
        _ if a == b"pre" && b != b"pre" => true,
        _ if b == b"pre" => false,
        (_, Some(_)) => true,
        (Some(_), _) => false,
        _ => a < b,
    }
}

pub fn compare(v1: &[u8], v2: &[u8]) -> Ordering {
    let (mut p1, mut p2) = (0, 0);
    while p1 < v1.len() || p2 < v2.len() {
        let c1 = next_component(v1, &mut p1);
        let c2 = next_component(v2, &mut p2);
        if component_less(c1, c2) {
            return Ordering::Less;
        }
        if component_less(c2, c1) {
            return Ordering::Greater;
        }
    }
    Ordering::Equal
}

fn compare_versions(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let v1 = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.compareVersions",
    )?;
    let v2 = ev.force_string_no_ctx(
        &args[1],
        "while evaluating the second argument passed to builtins.compareVersions",
    )?;
    Ok(Value::Int(match compare(v1.as_bytes(), v2.as_bytes()) {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }))
}

/// `splitVersion s`: the components, up to the first empty one (trailing separators
/// give none).
fn split_version(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.splitVersion",
    )?;
    let bytes = s.as_bytes();
    let mut pos = 0;
    let mut parts = Vec::new();
    while pos < bytes.len() {
        let c = next_component(bytes, &mut pos);
        if c.is_empty() {
            break;
        }
        parts.push(Value::String(NixString::plain(c)));
    }
    Ok(Value::list(parts))
}

/// `parseDrvName s`: the name is everything before the first `-` that is followed by
/// something other than an ASCII letter; the version is everything after that dash.
fn parse_drv_name(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.parseDrvName",
    )?;
    let bytes = s.as_bytes();
    let split = (0..bytes.len())
        .find(|&i| bytes[i] == b'-' && bytes.get(i + 1).is_some_and(|c| !c.is_ascii_alphabetic()));
    let (name, version) = match split {
        Some(i) => (&bytes[..i], &bytes[i + 1..]),
        None => (bytes, &[][..]),
    };
    let mut m = AttrsBuilder::with_capacity(2);
    m.insert(Symbol::NAME, Value::String(NixString::plain(name)));
    m.insert(ev.sym("version"), Value::String(NixString::plain(version)));
    Ok(Value::Attrs(m.finish()))
}
