//! Builtins about the (modelled) store itself: `storeDir`, `toFile`, `storePath`.
//!
//! By default nothing is written: like C++ Nix in read-only mode, `toFile` only computes
//! the path its file would get, and `storePath` does not check that the path exists.
//! With a writable store (`--read-write-mode`, see `crate::store::real`), the helpers
//! here write what the evaluation creates to it.

use super::Builder;
use crate::error::{Error, Result};
use crate::eval::{CoerceMode, EvalOptions, Evaluator};
use crate::store::path::to_store_path;
use crate::store::{check_store_name, invalid_store_path_message, text_path};
use crate::value::{Context, ContextElem, NixString, PrimOp, Value};
use std::path::Path;

pub fn register(b: &mut Builder, options: &EvalOptions) {
    b.constant("storeDir", Value::string(options.store_dir.as_str()));
    b.primop("toFile", 2, to_file);
    b.primop("storePath", 1, store_path);
}

/// A context element as C++ Nix writes it in messages: store paths without the store
/// directory, `=drv` for a whole derivation, `!output!drv` for one output.
fn elem_text(e: &ContextElem) -> String {
    let base = |p: &str| crate::path::base_name(p).to_string();
    match e {
        ContextElem::Opaque(p) => base(p),
        ContextElem::DrvDeep(d) => format!("={}", base(d)),
        ContextElem::Built { drv, output } => format!("!{output}!{}", base(drv)),
    }
}

/// `toFile name contents`: the store path of a text file holding `contents`. The store
/// paths in the contents' context become its references; derivations may not be among
/// them (their outputs do not exist yet). The result refers to the file only.
fn to_file(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let name = ev.force_string_no_ctx(
        &args[0],
        "while evaluating the first argument passed to builtins.toFile",
    )?;
    let name = name.to_str_lossy().into_owned();
    let contents = ev.force_string(
        &args[1],
        "while evaluating the second argument passed to builtins.toFile",
    )?;
    let mut refs = Vec::new();
    for elem in contents.context() {
        match elem {
            ContextElem::Opaque(p) => refs.push(p.to_string()),
            other => {
                return Err(Error::type_error(format!(
                    "files created by builtins.toFile may not reference derivations, but {name} references {}",
                    elem_text(other)
                )));
            }
        }
    }
    let store_dir = &ev.options.store_dir;
    let path = text_path(store_dir, &name, contents.as_bytes(), &refs);
    check_store_name(&name).map_err(|reason| {
        Error::type_error(invalid_store_path_message(store_dir, &path, &reason))
    })?;
    write_text(ev, &path, contents.as_bytes(), &refs, &[])?;
    let context: Context = [ContextElem::Opaque(path.as_str().into())].into();
    Ok(Value::String(NixString::new(path.into_bytes(), context)))
}

/// `storePath path`: `path` (which must lie in the store) as a string that refers to
/// the store path it is in, keeping the argument's own context. Symbolic links are
/// resolved unless the argument is a store path itself.
fn store_path(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    if ev.options.pure_eval {
        return Err(Error::type_error(
            "'builtins.storePath' is not allowed in pure evaluation mode",
        ));
    }
    let ctx = "while evaluating the first argument passed to 'builtins.storePath'";
    let mode = CoerceMode {
        more: false,
        copy_to_store: false,
        canonicalize: true,
    };
    let s = ev.coerce_to_nix_string(&args[0], mode, ctx)?;
    let text = s.to_str_lossy();
    if !text.starts_with('/') {
        return Err(Error::type_error(format!(
            "string '{text}' doesn't represent an absolute path"
        ))
        .with_context(None, ctx));
    }
    let store_dir = &ev.options.store_dir;
    let mut path = crate::path::canon_path(&text);
    if !crate::store::path::is_store_path(store_dir, path.as_bytes()) {
        path = resolve_symlinks(&path)?;
    }
    let store_path = to_store_path(store_dir, &path).map_err(Error::type_error)?;
    // Outside read-only mode C++ Nix makes sure the path is valid (it cannot build it).
    if ev.options.store.writable() && !ev.is_valid_store_path(&store_path) {
        return Err(Error::new(
            crate::error::ErrorKind::InvalidPath,
            format!("path '{store_path}' is not valid"),
        ));
    }
    let mut context = s.context().clone();
    context.insert(ContextElem::Opaque(store_path.into()));
    Ok(Value::String(NixString::new(path.into_bytes(), context)))
}

/// C++ Nix's `canonPath(path, true)`: a canonical absolute path with every symbolic
/// link along it followed (components that do not exist are kept as they are).
fn resolve_symlinks(path: &str) -> Result<String> {
    const MAX_FOLLOW: usize = 1024;
    let mut follows = 0;
    let mut result = String::new();
    let mut remaining = path.to_string();
    loop {
        let rest = remaining.trim_start_matches('/');
        if rest.is_empty() {
            break;
        }
        let (comp, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let (comp, tail) = (comp.to_string(), tail.to_string());
        match comp.as_str() {
            "." => {}
            ".." => {
                let cut = result.rfind('/').unwrap_or(0);
                result.truncate(cut);
            }
            _ => {
                result.push('/');
                result.push_str(&comp);
                if let Ok(target) = std::fs::read_link(Path::new(&result)) {
                    follows += 1;
                    if follows >= MAX_FOLLOW {
                        return Err(Error::type_error(format!(
                            "infinite symlink recursion in path '{tail}'"
                        )));
                    }
                    let target = target.to_string_lossy().into_owned();
                    if target.starts_with('/') {
                        result.clear();
                    } else {
                        let cut = result.rfind('/').unwrap_or(0);
                        result.truncate(cut);
                    }
                    remaining = format!("{target}{tail}");
                    continue;
                }
            }
        }
        remaining = tail;
    }
    if result.is_empty() {
        result.push('/');
    }
    Ok(result)
}

/// A store error as an evaluation error.
fn store_error(msg: String) -> Error {
    Error::new(crate::error::ErrorKind::Io, msg)
}

/// Writes the text file `path` (`toFile`, a `.drv`) to the store when it is writable;
/// `outputs` are a derivation's output paths.
pub fn write_text(
    ev: &Evaluator,
    path: &str,
    contents: &[u8],
    refs: &[String],
    outputs: &[(String, String)],
) -> Result<()> {
    let store = &ev.options.store;
    if !store.writable() {
        return Ok(());
    }
    let nar = crate::store::nar::regular_file_nar(contents);
    store
        .add(
            path,
            &nar,
            &crate::store::real::text_ca(contents),
            refs,
            outputs,
        )
        .map_err(store_error)
}

/// Writes the NAR `nar` as the fixed-output store path `path` (recursive, SHA-256, no
/// references) when the store is writable.
pub fn write_nar(ev: &Evaluator, path: &str, nar: &[u8]) -> Result<()> {
    let store = &ev.options.store;
    if !store.writable() {
        return Ok(());
    }
    let ca = crate::store::real::fixed_ca(true, "sha256", &crate::store::sha256(nar));
    store.add(path, nar, &ca, &[], &[]).map_err(store_error)
}

/// Writes the single file `contents` as the flat-hashed store path `path`.
pub fn write_flat(ev: &Evaluator, path: &str, contents: &[u8]) -> Result<()> {
    let store = &ev.options.store;
    if !store.writable() {
        return Ok(());
    }
    let nar = crate::store::nar::regular_file_nar(contents);
    let ca = crate::store::real::fixed_ca(false, "sha256", &crate::store::sha256(contents));
    store.add(path, &nar, &ca, &[], &[]).map_err(store_error)
}

/// Writes the tree at `real` (read through `fs`) as the (recursive) store path `path`.
pub fn write_tree(
    ev: &Evaluator,
    fs: &dyn crate::io::FileSystem,
    path: &str,
    real: &Path,
) -> Result<()> {
    if !ev.options.store.writable() {
        return Ok(());
    }
    let mut nar = Vec::new();
    crate::store::nar::write_nar_in(fs, real, &mut nar)
        .map_err(|e| store_error(format!("reading '{}': {e}", real.display())))?;
    write_nar(ev, path, &nar)
}

/// A fetcher's result at `real` becomes store path `path`: written to the store when it
/// is writable, otherwise remembered so that reads of `path` go to `real`.
pub fn add_fetched(ev: &Evaluator, path: &str, real: std::path::PathBuf, flat: bool) -> Result<()> {
    if !ev.options.store.writable() {
        ev.add_realised(path, real);
        return Ok(());
    }
    if flat {
        let bytes = std::fs::read(&real)
            .map_err(|e| store_error(format!("reading '{}': {e}", real.display())))?;
        write_flat(ev, path, &bytes)?;
    } else {
        // A fetcher's result is on the disk, whatever the evaluation reads its files from.
        write_tree(ev, &crate::io::RealFs, path, &real)?;
    }
    ev.allow_path(path);
    Ok(())
}
