//! Builtins that read the file system: `readFile`, `readDir`, `readFileType`,
//! `pathExists`, and the path coercion they (and `import`) share.

use super::Builder;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::value::{AttrsBuilder, NixString, PrimOp, Value};
use std::path::Path;

pub fn register(b: &mut Builder) {
    b.primop("readFile", 1, read_file);
    b.primop("readDir", 1, read_dir);
    b.primop("readFileType", 1, read_file_type);
    b.primop("pathExists", 1, path_exists);
}

/// The file a value names (C++ Nix's `realisePath`): a path, or a string (or a set with
/// `outPath`) holding an absolute path, canonicalised. The store paths in a string's
/// context must be valid, and in a pure or restricted evaluation the path (with its
/// symbolic links resolved) must be allowed. File operations go to
/// `Evaluator::real_path` of the result.
pub fn realise_path(ev: &Evaluator, v: &Value) -> Result<String> {
    let p = realise_path_unchecked(ev, v)?;
    // C++ Nix resolves the symbolic links (which checks access) inside its frame.
    ev.check_path_access(&ev.real_path(&p), true)
        .map_err(|e| e.with_context(None, format!("while realising the context of path '{p}'")))?;
    Ok(p)
}

/// [`realise_path`] for `import`, which C++ Nix realises without resolving symbolic links:
/// access is checked when the file is read, outside the frame.
pub fn realise_path_for_import(ev: &Evaluator, v: &Value) -> Result<String> {
    let p = realise_path_unchecked(ev, v)?;
    ev.check_path_access(&ev.real_path(&p), true)?;
    Ok(p)
}

/// [`realise_path`] without the access check.
fn realise_path_unchecked(ev: &Evaluator, v: &Value) -> Result<String> {
    let mode = CoerceMode {
        more: false,
        copy_to_store: false,
        canonicalize: true,
    };
    // The coercion's own frame is the only one (C++ Nix's `coerceToPath`).
    let s = ev.coerce_to_nix_string(v, mode, "while realising the context of a path")?;
    let text = s.to_str_lossy().into_owned();
    if !text.starts_with('/') {
        return Err(Error::type_error(format!(
            "string '{text}' doesn't represent an absolute path"
        ))
        .with_context(None, "while realising the context of a path"));
    }
    let p = crate::path::canon_path(&text);
    if s.has_context() && crate::store::path::is_in_store(&ev.options.store_dir, &p) {
        ev.realise_context(s.context()).map_err(|e| {
            e.with_context(None, format!("while realising the context of path '{p}'"))
        })?;
    }
    Ok(p)
}

fn io_error(e: std::io::Error, msg: String) -> Error {
    let reason = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "Is a directory".to_string(),
        std::io::ErrorKind::NotADirectory => "Not a directory".to_string(),
        _ => e.to_string(),
    };
    Error::new(ErrorKind::Io, format!("{msg}: {reason}"))
}

/// `readFile path`: the file's bytes as a string.
fn read_file(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let p = realise_path(ev, &args[0])?;
    // C++ Nix resolves the path's symbolic links before opening it: a loop is its
    // "infinite symlink recursion", not the system's ELOOP.
    ev.resolve_symlinks(&p, true)
        .map_err(|e| e.with_context(None, format!("while realising the context of path '{p}'")))?;
    let real = ev.real_path(&p);
    if ev.fs().is_dir(Path::new(&real)) {
        return Err(Error::new(
            ErrorKind::Io,
            format!("reading from file '{p}': Is a directory"),
        ));
    }
    let bytes = read_file_bytes(ev.fs(), &real, |e| {
        io_error(e, format!("opening file '{p}'"))
    })?;
    if bytes.contains(&0) {
        return Err(Error::new(
            ErrorKind::Io,
            format!("the contents of the file '{p}' cannot be represented as a Nix string"),
        ));
    }
    Ok(Value::String(NixString::plain(bytes)))
}

/// A file's bytes as C++ Nix's source accessor reads them: exactly the size `stat` gives,
/// so a device or a `/proc` file reads as empty (and `/dev/zero` does not fill memory).
/// `failed` words an error from opening or reading it.
pub(crate) fn read_file_bytes(
    fs: &dyn crate::io::FileSystem,
    real: &str,
    failed: impl Fn(std::io::Error) -> Error,
) -> Result<Vec<u8>> {
    use std::io::Read;
    let (size, file) = fs.open_sized(Path::new(real)).map_err(&failed)?;
    Evaluator::check_allocation(usize::try_from(size).ok())?;
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(size).read_to_end(&mut bytes).map_err(&failed)?;
    Ok(bytes)
}

/// `readDir path`: `{ name = "regular" | "directory" | "symlink" | "unknown"; }`. A
/// symlink to a directory is followed; errors name the path as resolved (current C++
/// Nix's messages; see docs/differences.md).
fn read_dir(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let p = realise_path(ev, &args[0])?;
    let resolved = ev
        .fs()
        .canonicalize(Path::new(&ev.real_path(&p)))
        .map_err(|_| Error::new(ErrorKind::Io, format!("path '{p}' does not exist")))?;
    if !ev.fs().is_dir(&resolved) {
        let shown = resolved.display();
        return Err(Error::new(
            ErrorKind::Io,
            format!("'{shown}' is not a directory"),
        ));
    }
    let entries = ev
        .fs()
        .read_dir(&resolved)
        .map_err(|e| io_error(e, format!("reading directory {p}")))?;
    let mut found = Vec::new();
    for (name, kind) in entries {
        // A restricted evaluation sees only the entries it may look at.
        if !ev.path_allowed(&format!(
            "{}/{}",
            resolved.display(),
            name.to_string_lossy()
        )) {
            continue;
        }
        found.push((name, kind.nix_name()));
    }
    // C++ Nix reads a directory into a map sorted by name, and creates the names'
    // symbols in that order.
    found.sort();
    let mut m = AttrsBuilder::with_capacity(found.len());
    for (name, kind) in found {
        m.insert(
            ev.create_symbol(name.as_encoded_bytes()),
            Value::string(kind),
        );
    }
    Ok(Value::Attrs(m.finish()))
}

/// `readFileType path`: the type of the file itself (a symlink is not followed, and
/// C++ Nix resolves none of the path's links before checking access to it).
fn read_file_type(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let p = realise_path_unchecked(ev, &args[0])?;
    let real = ev.real_path(&p);
    ev.check_access(&real)?;
    let kind = ev
        .fs()
        .symlink_metadata(Path::new(&real))
        .map_err(|_| Error::new(ErrorKind::Io, format!("path '{p}' does not exist")))?;
    Ok(Value::string(kind.nix_name()))
}

/// `pathExists path`: false for anything that cannot be reached, including what a
/// pure or restricted evaluation may not look at. A string ending in `/` or `/.` must
/// name a directory (the only case where the last symbolic link is followed).
fn path_exists(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let must_be_dir = match ev.force(&args[0])? {
        Value::String(s) => s.as_bytes().ends_with(b"/") || s.as_bytes().ends_with(b"/."),
        _ => false,
    };
    let p = realise_path_unchecked(ev, &args[0])?;
    let real = ev.real_path(&p);
    if ev.is_restricted() {
        match ev.resolve_symlinks(&real, must_be_dir)? {
            crate::eval::Resolved::Path(r) if ev.path_allowed(&r) => {}
            _ => return Ok(Value::Bool(false)),
        }
    }
    let exists = if must_be_dir {
        ev.fs().is_dir(Path::new(&real))
    } else {
        ev.fs().symlink_metadata(Path::new(&real)).is_ok()
    };
    Ok(Value::Bool(exists))
}
