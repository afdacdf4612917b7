//! Builtins that turn files into store paths or look at them as paths: `path`,
//! `filterSource`, `toPath`, `hashFile`.
//!
//! By default, like `nix-instantiate --readonly-mode`, nothing is copied: `path` and
//! `filterSource` compute the store path the (filtered) tree would get, by hashing its
//! NAR serialisation, and give it as a string that refers to that store path. With a
//! writable store the same serialisation is written to it.

use super::Builder;
use super::hashes::{Algo, parse_any};
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, Evaluator, Resolved};
use crate::source::Pos;
use crate::store::nar::{NarError, nar_sha256_filtered, write_nar_filtered};
use crate::store::{check_store_name, fixed_output_path, invalid_store_path_message};
use crate::value::{Context, ContextElem, NixString, PrimOp, Symbol, Value};
use std::path::Path;

pub fn register(b: &mut Builder) {
    b.primop("path", 1, path);
    b.primop("filterSource", 2, filter_source);
    b.primop("toPath", 1, to_path);
    b.primop("hashFile", 2, hash_file);
}

fn no_pos() -> Pos {
    Pos::NONE
}

/// C++ Nix's `coerceToPath`: a path as it is, a set's `__toString` result coerced
/// again, or anything coercible to a string holding an absolute path (canonicalised).
/// Returns the path and the context of the string it came from.
pub fn coerce_to_path(ev: &Evaluator, v: &Value, ctx: &str) -> Result<(String, Context)> {
    let v = ev.force(v).map_err(|e| e.with_context(None, ctx))?;
    if let Value::Path(p) = &v {
        return Ok((p.to_string(), Context::new()));
    }
    if let Value::Attrs(a) = &v
        && let Some(f) = a.get(Symbol::TO_STRING)
    {
        let r = ev.call_value(f, [v.clone()], no_pos())?;
        return coerce_to_path(ev, &r, ctx);
    }
    let mode = CoerceMode {
        more: false,
        copy_to_store: false,
        canonicalize: true,
    };
    let s = ev.coerce_to_nix_string(&v, mode, ctx)?;
    let text = s.to_str_lossy();
    if !text.starts_with('/') {
        return Err(Error::type_error(format!(
            "string '{text}' doesn't represent an absolute path"
        ))
        .with_context(None, ctx));
    }
    Ok((crate::path::canon_path(&text), s.context().clone()))
}

/// `toPath s`: `s` as an absolute, canonical path, but still a string (with its
/// context). Deprecated in C++ Nix, kept for old code.
fn to_path(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let (p, context) = coerce_to_path(
        ev,
        &args[0],
        "while evaluating the first argument passed to builtins.toPath",
    )?;
    Ok(Value::String(NixString::new(p.into_bytes(), context)))
}

/// `hashFile algo path`: the base-16 digest of the file's contents. The algorithm is
/// checked before the path is looked at.
fn hash_file(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.hashFile",
    )?;
    let algo = Algo::parse(name.as_bytes())?;
    let p = super::files::realise_path(ev, &args[1])?;
    // As for `readFile`: a symbolic link loop is C++ Nix's "infinite symlink recursion".
    ev.resolve_symlinks(&p, true)
        .map_err(|e| e.with_context(None, format!("while realising the context of path '{p}'")))?;
    let real = ev.real_path(&p);
    if ev.fs().is_dir(Path::new(&real)) {
        return Err(Error::new(
            ErrorKind::Io,
            format!("reading from file '{p}': Is a directory"),
        ));
    }
    let bytes = super::files::read_file_bytes(ev.fs(), &real, |e| io_error(&p, &e))?;
    Ok(Value::String(NixString::from(crate::store::hex_encode(
        &algo.digest(&bytes),
    ))))
}

/// C++ Nix's messages for a file that cannot be read while adding or hashing it.
fn io_error(path: &str, e: &std::io::Error) -> Error {
    let msg = match e.kind() {
        std::io::ErrorKind::NotFound => format!("path '{path}' does not exist"),
        std::io::ErrorKind::InvalidInput => e.to_string(),
        std::io::ErrorKind::IsADirectory => format!("reading from file '{path}': Is a directory"),
        std::io::ErrorKind::PermissionDenied => {
            format!("opening file '{path}': Permission denied")
        }
        _ => format!("reading '{path}': {e}"),
    };
    Error::new(ErrorKind::Io, msg)
}

/// How a tree is hashed for the store: its NAR serialisation (`recursive = true`, the
/// default), or a single file's bytes (`flat`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Method {
    Recursive,
    Flat,
}

/// What `builtins.path` (or `filterSource`) adds.
struct AddPath {
    name: String,
    path: String,
    context: Context,
    filter: Option<Value>,
    method: Method,
    expected: Option<Vec<u8>>,
}

/// `filterSource filter path`: the store path of `path` with only the entries `filter`
/// accepts. The path is coerced before the filter is forced.
fn filter_source(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let (p, context) = coerce_to_path(
        ev,
        &args[1],
        "while evaluating the second argument (the path to filter) passed to 'builtins.filterSource'",
    )?;
    let filter = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.filterSource",
    )?;
    add_path(
        ev,
        AddPath {
            name: crate::path::base_name(&p).to_string(),
            path: p,
            context,
            filter: Some(filter),
            method: Method::Recursive,
            expected: None,
        },
    )
}

/// `path { path; name ? <base name>; filter ? null; recursive ? true; sha256 ? null; }`:
/// the store path the (filtered) file or tree would be added as. With `sha256`, the
/// result must be the store path that hash gives, or it is an error.
fn path(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let attrs = ev.force_attrs(
        &args[0],
        "while evaluating the argument passed to 'builtins.path'",
    )?;
    let mut add = AddPath {
        name: String::new(),
        path: String::new(),
        context: Context::new(),
        filter: None,
        method: Method::Recursive,
        expected: None,
    };
    let mut have_path = false;
    // In the set's (symbol) order, as C++ Nix walks it: which error comes first depends
    // on it.
    // Each attribute is checked at its definition, as C++ Nix does.
    for e in attrs.iter() {
        let v = &e.value;
        let at = |err: Error| err.at_call_site(e.pos);
        match ev.symbols.name(e.name) {
            b"path" => {
                let (p, c) = coerce_to_path(
                    ev,
                    v,
                    "while evaluating the 'path' attribute passed to 'builtins.path'",
                )
                .map_err(at)?;
                (add.path, add.context, have_path) = (p, c, true);
            }
            b"name" => {
                let s = ev
                    .force_string_no_ctx(
                        v,
                        "while evaluating the `name` attribute passed to builtins.path",
                    )
                    .map_err(at)?;
                add.name = s.to_str_lossy().into_owned();
            }
            b"filter" => {
                add.filter = Some(
                    ev.force_function(
                        v,
                        "while evaluating the `filter` parameter passed to builtins.path",
                    )
                    .map_err(at)?,
                );
            }
            b"recursive" => {
                let r = ev
                    .force_bool(
                        v,
                        "while evaluating the `recursive` attribute passed to builtins.path",
                    )
                    .map_err(at)?;
                add.method = if r { Method::Recursive } else { Method::Flat };
            }
            b"sha256" => {
                let s = ev
                    .force_string_no_ctx(
                        v,
                        "while evaluating the `sha256` attribute passed to builtins.path",
                    )
                    .map_err(at)?;
                add.expected = Some(parse_sha256_allow_empty(ev, s.as_bytes())?);
            }
            other => {
                return Err(Error::type_error(format!(
                    "unsupported argument '{}' to 'builtins.path'",
                    String::from_utf8_lossy(other)
                ))
                .with_pos(e.pos));
            }
        }
    }
    if !have_path {
        return Err(Error::type_error(
            "missing required 'path' attribute in the first argument to 'builtins.path'",
        ));
    }
    if add.name.is_empty() {
        add.name = crate::path::base_name(&add.path).to_string();
    }
    add_path(ev, add)
}

/// C++ Nix's `newHashAllowEmpty` for SHA-256: an empty hash stands for all zeroes,
/// with a warning.
pub fn parse_sha256_allow_empty(ev: &Evaluator, s: &[u8]) -> Result<Vec<u8>> {
    if s.is_empty() {
        ev.warn("found empty hash, assuming 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='");
        return Ok(vec![0; 32]);
    }
    Ok(parse_any(s, Some(Algo::Sha256))?.1)
}

/// C++ Nix's `addPath`: computes the store path, checks it against the expected hash,
/// and gives it as a string that refers to it. Errors are traced with the path.
fn add_path(ev: &Evaluator, add: AddPath) -> Result<Value> {
    let shown = add.path.clone();
    add_path_inner(ev, add)
        .map_err(|e| e.with_context(None, format!("while adding path '{shown}'")))
}

fn add_path_inner(ev: &Evaluator, add: AddPath) -> Result<Value> {
    let store_dir = &ev.options.store_dir;
    let mut source = add.path.clone();
    if crate::store::path::is_in_store(store_dir, &source) {
        ev.realise_context(&add.context)?;
        source = ev.real_path(&source);
    }
    let expected = add
        .expected
        .as_ref()
        .map(|h| store_path(ev, &add.name, add.method, h))
        .transpose()?;
    let root = match ev.resolve_symlinks(&source, true)? {
        Resolved::Path(p) => p,
        Resolved::Forbidden(p) => return Err(ev.forbidden(&p)),
    };
    ev.check_access(&root)?;
    // With a writable store the serialisation is kept, to be written (the filter is
    // called once, as in C++ Nix).
    let writable = ev.options.store.writable();
    let (hash, contents) = match add.method {
        Method::Recursive => nar_hash(ev, &root, add.filter.as_ref(), writable)?,
        Method::Flat => flat_hash(ev, &root, writable)?,
    };
    let result = store_path(ev, &add.name, add.method, &hash)?;
    if expected.is_some_and(|e| e != result) {
        return Err(Error::type_error(format!(
            "store path mismatch in (possibly filtered) path added from '{}'",
            add.path
        )));
    }
    if let Some(bytes) = contents {
        match add.method {
            Method::Recursive => super::store::write_nar(ev, &result, &bytes)?,
            Method::Flat => super::store::write_flat(ev, &result, &bytes)?,
        }
    }
    ev.allow_path(&result);
    let context: Context = [ContextElem::Opaque(result.as_str().into())].into();
    Ok(Value::String(NixString::new(result.into_bytes(), context)))
}

/// The fixed-output store path of content with the given SHA-256 hash (of its NAR, or
/// of the file for `Flat`), checking the name as C++ Nix does.
fn store_path(ev: &Evaluator, name: &str, method: Method, hash: &[u8]) -> Result<String> {
    let store_dir = &ev.options.store_dir;
    let p = fixed_output_path(store_dir, name, method == Method::Recursive, "sha256", hash);
    check_store_name(name)
        .map_err(|reason| Error::type_error(invalid_store_path_message(store_dir, &p, &reason)))?;
    Ok(p)
}

/// The SHA-256 of a single file's bytes (after its symbolic links are resolved), and
/// the bytes when `keep`.
fn flat_hash(ev: &Evaluator, root: &str, keep: bool) -> Result<(Vec<u8>, Option<Vec<u8>>)> {
    if ev.fs().is_dir(Path::new(root)) {
        return Err(Error::new(
            ErrorKind::Io,
            format!("reading from file '{root}': Is a directory"),
        ));
    }
    let bytes = super::files::read_file_bytes(ev.fs(), root, |e| io_error(root, &e))?;
    let hash = crate::store::sha256(&bytes).to_vec();
    Ok((hash, keep.then_some(bytes)))
}

/// The SHA-256 of the NAR of the tree at `root`, leaving out the entries a pure or
/// restricted evaluation may not see, and then those the filter rejects. The filter
/// is called with each entry's path (a string) and type. With `keep`, the NAR itself
/// is returned too.
fn nar_hash(
    ev: &Evaluator,
    root: &str,
    filter: Option<&Value>,
    keep_nar: bool,
) -> Result<(Vec<u8>, Option<Vec<u8>>)> {
    let mut keep = |p: &Path| -> Result<bool> {
        let text = p.to_string_lossy().into_owned();
        if !ev.path_allowed(&text) {
            return Ok(false);
        }
        let Some(f) = filter else { return Ok(true) };
        let kind = ev
            .fs()
            .symlink_metadata(p)
            .map_err(|e| io_error(&text, &e))?;
        let r = ev.call_value(
            f,
            [Value::string(text.as_str()), Value::string(kind.nix_name())],
            no_pos(),
        )?;
        ev.force_bool(
            &r,
            "while evaluating the return value of the path filter function",
        )
    };
    let result = if keep_nar {
        let mut nar = Vec::new();
        write_nar_filtered(ev.fs(), Path::new(root), &mut nar, &mut keep)
            .map(|()| (crate::store::sha256(&nar).to_vec(), Some(nar)))
    } else {
        nar_sha256_filtered(ev.fs(), Path::new(root), &mut keep).map(|h| (h.to_vec(), None))
    };
    match result {
        Ok(r) => Ok(r),
        Err(NarError::Filter(e)) => Err(e),
        Err(NarError::Io(e)) => Err(io_error(root, &e)),
    }
}
