//! String builtins: `baseNameOf`, `dirOf`, `substring`, `stringLength`, `replaceStrings`,
//! `concatStringsSep`.
//!
//! All work on bytes (Nix strings need not be UTF-8) and keep the input's string
//! context, as C++ Nix does. Each coerces its argument the way C++ Nix does: `substring`,
//! `stringLength` and `concatStringsSep` as interpolation does (a path is copied to the
//! store), `baseNameOf` and `dirOf` without copying paths.

use super::Builder;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::value::{NixString, PrimOp, StringBuilder, Value};
use std::collections::HashMap;

pub fn register(b: &mut Builder) {
    b.primop("baseNameOf", 1, base_name_of);
    b.primop("dirOf", 1, dir_of);
    b.primop("substring", 3, substring);
    b.primop("stringLength", 1, string_length);
    b.primop("replaceStrings", 3, replace_strings);
    b.primop("concatStringsSep", 2, concat_strings_sep);
}

/// How `baseNameOf` and `dirOf` coerce: no numbers, and a path stays a path string.
const NO_COPY: CoerceMode = CoerceMode {
    more: false,
    copy_to_store: false,
    canonicalize: true,
};

/// C++ Nix's `legacyBaseNameOf`: everything after the last slash, where only one
/// trailing slash is dropped first (so `"a//"` gives `""`, unlike `basename`).
fn legacy_base_name(p: &[u8]) -> &[u8] {
    if p.is_empty() {
        return p;
    }
    let mut last = p.len() - 1;
    if p[last] == b'/' && last > 0 {
        last -= 1;
    }
    let start = p[..=last]
        .iter()
        .rposition(|&c| c == b'/')
        .map_or(0, |i| i + 1);
    &p[start..=last]
}

/// C++ Nix's `dirOf` on strings: `.` without a slash, else `std::filesystem`'s
/// `parent_path`: the text up to the end of the second-to-last component, where a leading
/// run of slashes is one root component and a trailing slash ends in an empty component.
/// So `"a//b"` gives `"a"`, `"a/b/"` gives `"a/b"`, `"//a"` gives `"/"`, and a path of
/// slashes only stays as it is.
fn string_dir_of(p: &[u8]) -> &[u8] {
    if !p.contains(&b'/') {
        return b".";
    }
    if p.iter().all(|&c| c == b'/') {
        return p;
    }
    // End offsets of the components, in order.
    let mut ends = Vec::new();
    let mut i = 0;
    if p[0] == b'/' {
        ends.push(1);
        i = p.iter().position(|&c| c != b'/').unwrap_or(p.len());
    }
    while i < p.len() {
        let end = p[i..]
            .iter()
            .position(|&c| c == b'/')
            .map_or(p.len(), |n| i + n);
        ends.push(end);
        i = p[end..]
            .iter()
            .position(|&c| c != b'/')
            .map_or(p.len(), |n| end + n);
        if i == p.len() && end < p.len() {
            ends.push(p.len());
        }
    }
    match ends.len() {
        0 | 1 => b"",
        n => &p[..ends[n - 2]],
    }
}

/// `baseNameOf x`: the last component of a path or string, as a string.
fn base_name_of(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.coerce_to_nix_string(
        &args[0],
        NO_COPY,
        "while evaluating the first argument passed to builtins.baseNameOf",
    )?;
    let base = legacy_base_name(s.as_bytes());
    Ok(Value::String(NixString::new(base, s.context().clone())))
}

/// `dirOf x`: a path for a path (the root is its own parent), a string otherwise.
fn dir_of(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let v = ev.force(&args[0])?;
    if let Value::Path(p) = &v {
        let parent = match p.rfind('/') {
            Some(0) | None => "/",
            Some(i) => &p[..i],
        };
        return Ok(Value::Path(parent.into()));
    }
    let s = ev.coerce_to_nix_string(
        &v,
        NO_COPY,
        "while evaluating the first argument passed to 'builtins.dirOf'",
    )?;
    let dir = string_dir_of(s.as_bytes());
    Ok(Value::String(NixString::new(dir, s.context().clone())))
}

/// `substring start len s`, in bytes. A negative `len` means "to the end"; `len == 0`
/// on a string does not look at the string's bytes but keeps its context. C++ Nix
/// compares the start with the length after narrowing it to 32 bits, so a start of 2^32
/// or more can fail with `std::string_view::substr`'s own error.
fn substring(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let start = ev.force_int(
        &args[0],
        "while evaluating the first argument (the start offset) passed to builtins.substring",
    )?;
    if start < 0 {
        return Err(Error::type_error("negative start position in 'substring'"));
    }
    let len = ev.force_int(
        &args[1],
        "while evaluating the second argument (the substring length) passed to builtins.substring",
    )?;
    let len = if len < 0 { i64::MAX } else { len };
    let v = ev.force(&args[2])?;
    if len == 0
        && let Value::String(s) = &v
    {
        return Ok(Value::String(NixString::new(&[][..], s.context().clone())));
    }
    let s = ev.coerce_to_nix_string(
        &v,
        CoerceMode::INTERPOLATE,
        "while evaluating the third argument (the string) passed to builtins.substring",
    )?;
    let bytes = s.as_bytes();
    let size = bytes.len() as u64;
    if u64::from(start as u32) >= size {
        return Ok(Value::String(NixString::new(&[][..], s.context().clone())));
    }
    let start = start as u64;
    if start > size {
        // The C++ standard library's exception: no frames, no position.
        return Err(Error::bare(
            ErrorKind::Type,
            format!(
                "basic_string_view::substr: __pos (which is {start}) > __size (which is {size})"
            ),
        ));
    }
    let end = start.saturating_add(len as u64).min(size);
    let part = &bytes[start as usize..end as usize];
    Ok(Value::String(NixString::new(part, s.context().clone())))
}

/// `stringLength s`: the length in bytes of `s` coerced as interpolation would.
fn string_length(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let s = ev.coerce_to_nix_string(
        &args[0],
        CoerceMode::INTERPOLATE,
        "while evaluating the argument passed to builtins.stringLength",
    )?;
    Ok(Value::Int(s.len() as i64))
}

/// `replaceStrings from to s`: one pass over `s` from the left; at each position the
/// first pattern of `from` that occurs there is replaced. An empty pattern matches at
/// every position (including the end), and the character after it is kept. A
/// replacement is forced only when its pattern is found (once), and only then does its
/// context join the result's.
fn replace_strings(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let from = ev.force_list(
        &args[0],
        "while evaluating the first argument passed to builtins.replaceStrings",
    )?;
    let to = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.replaceStrings",
    )?;
    if from.len() != to.len() {
        return Err(Error::type_error(
            "'from' and 'to' arguments passed to builtins.replaceStrings have different lengths",
        ));
    }
    let mut patterns = Vec::with_capacity(from.len());
    for p in from.iter() {
        let p = ev.force_string(
            p,
            "while evaluating one of the strings to replace passed to builtins.replaceStrings",
        )?;
        patterns.push(p);
    }
    let s = ev.force_string(
        &args[2],
        "while evaluating the third argument passed to builtins.replaceStrings",
    )?;
    let mut out = StringBuilder::new();
    out.add_context(s.context());
    let mut cache: HashMap<usize, NixString> = HashMap::new();
    let input = s.as_bytes();
    let mut p = 0;
    while p <= input.len() {
        let hit = patterns
            .iter()
            .position(|pat| input[p..].starts_with(pat.as_bytes()));
        let Some(k) = hit else {
            out.push_bytes(input.get(p..p + 1).unwrap_or_default());
            p += 1;
            continue;
        };
        let rep = replacement(ev, &to[k], k, &mut cache)?;
        // Replacing the empty string multiplies the input by the replacement's length:
        // an output that cannot fit is C++ Nix's `out of memory`, not an abort.
        let grown = out.len().checked_add(rep.len());
        Evaluator::check_allocation(grown.and_then(|n| n.checked_mul(2)))?;
        out.push_str(&rep);
        let n = patterns[k].len();
        if n == 0 {
            out.push_bytes(input.get(p..p + 1).unwrap_or_default());
            p += 1;
        } else {
            p += n;
        }
    }
    Ok(Value::String(out.finish()))
}

/// The replacement at index `k`, forced the first time it is needed.
fn replacement(
    ev: &Evaluator,
    v: &Value,
    k: usize,
    cache: &mut HashMap<usize, NixString>,
) -> Result<NixString> {
    if let Some(s) = cache.get(&k) {
        // Its context is already in the result.
        return Ok(NixString::plain(s.as_bytes()));
    }
    let s = ev.force_string(
        v,
        "while evaluating one of the replacement strings passed to builtins.replaceStrings",
    )?;
    cache.insert(k, s.clone());
    Ok(s)
}

/// `concatStringsSep sep list`: the elements coerced as interpolation would (so paths
/// are copied to the store, and numbers are an error), with `sep` between them; all
/// contexts, the separator's included, are kept.
fn concat_strings_sep(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let sep = ev.force_string(
        &args[0],
        "while evaluating the first argument (the separator string) passed to builtins.concatStringsSep",
    )?;
    let list = ev.force_list(
        &args[1],
        "while evaluating the second argument (the list of strings to concat) passed to builtins.concatStringsSep",
    )?;
    let mut out = StringBuilder::new();
    out.add_context(sep.context());
    for (i, x) in list.iter().enumerate() {
        if i > 0 {
            out.push_bytes(sep.as_bytes());
        }
        ev.coerce_to_string(
            x,
            CoerceMode::INTERPOLATE,
            &mut out,
            "while evaluating one element of the list of strings to concat passed to builtins.concatStringsSep",
        )?;
    }
    Ok(Value::String(out.finish()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dir_of_follows_parent_path() {
        let cases: &[(&str, &str)] = &[
            ("", "."),
            ("/", "/"),
            ("//", "//"),
            ("a", "."),
            ("a/", "a"),
            ("a//", "a"),
            ("/a", "/"),
            ("/a/b", "/a"),
            ("/a/b/", "/a/b"),
            ("a/b//", "a/b"),
            ("//a", "/"),
            ("///a", "/"),
            ("a//b", "a"),
            ("a///b//", "a///b"),
            ("/a//b", "/a"),
            ("//a//", "//a"),
            ("/a/./b/..", "/a/./b"),
        ];
        for (input, want) in cases {
            assert_eq!(
                string_dir_of(input.as_bytes()),
                want.as_bytes(),
                "dirOf {input:?}"
            );
        }
    }

    #[test]
    fn base_name_drops_one_slash() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("/", ""),
            ("//", ""),
            ("a/", "a"),
            ("a//", ""),
            ("/a/b/", "b"),
        ];
        for (input, want) in cases {
            assert_eq!(legacy_base_name(input.as_bytes()), want.as_bytes());
        }
    }
}
