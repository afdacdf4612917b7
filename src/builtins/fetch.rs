//! Fetchers: `fetchurl`, `fetchTarball` (and `fetchGit`, in `fetch_git`).
//!
//! nixref has no network: only `file://` URLs can be fetched (any other URL is an
//! error saying so). What C++ Nix would put in the store is computed exactly, and the
//! fetched contents are kept in a scratch folder (never the store), where reads of the
//! resulting store path go (see `Evaluator::real_path`):
//!
//! - `fetchurl`: the file's bytes, a flat fixed-output path (`fixed:out:sha256:...`).
//! - `fetchTarball`: the unpacked archive (gzip, bzip2, xz, zstd or no compression),
//!   its NAR hashed into a `source` path named `source` by default. As in C++ Nix 2.26,
//!   which unpacks through its Git cache, a tree that holds nothing but one directory is
//!   replaced by that directory, a regular file is executable when its owner may execute
//!   it, a hard link becomes a copy, a later entry replaces an earlier one, and empty
//!   directories are kept.

use super::Builder;
use super::paths::parse_sha256_allow_empty;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::Evaluator;
use crate::store::{check_store_name, fixed_output_path, nix32_encode};
use crate::value::{Context, ContextElem, NixString, PrimOp, Value};
use std::path::{Path, PathBuf};

pub fn register(b: &mut Builder) {
    b.primop("fetchurl", 1, fetchurl);
    b.primop("fetchTarball", 1, fetch_tarball);
}

/// What is being fetched.
struct Request {
    /// `fetchurl` or `fetchTarball`, for messages.
    who: &'static str,
    url: String,
    name: String,
    expected: Option<Vec<u8>>,
}

fn fetchurl(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let req = request(ev, &args[0], "fetchurl", "")?;
    let path = fetch(ev, &req, false)?;
    Ok(store_path_string(path))
}

fn fetch_tarball(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let req = request(ev, &args[0], "fetchTarball", "source")?;
    let path = fetch(ev, &req, true)?;
    Ok(store_path_string(path))
}

/// A store path as a string that refers to it.
pub(super) fn store_path_string(path: String) -> Value {
    let context: Context = [ContextElem::Opaque(path.as_str().into())].into();
    Value::String(NixString::new(path.into_bytes(), context))
}

/// Reads the argument: a URL, or `{ url; sha256 ? ...; name ? ...; }`; checks the URL
/// (restricted mode), the name, and that pure evaluation has a hash, in C++ Nix's order.
fn request(ev: &Evaluator, arg: &Value, who: &'static str, default_name: &str) -> Result<Request> {
    let v = ev.force(arg)?;
    let mut url = None;
    let mut name = default_name.to_string();
    let mut expected = None;
    let mut name_given = false;
    let is_attrs = matches!(v, Value::Attrs(_));
    if let Value::Attrs(attrs) = &v {
        // In the set's (symbol) order, as C++ Nix walks it.
        for e in attrs.iter() {
            let v = &e.value;
            // Checked at the attribute's definition, as in C++ Nix.
            let at = |err: Error| err.at_call_site(e.pos);
            match ev.symbols.name(e.name) {
                b"url" => {
                    let s = ev
                        .force_string_no_ctx(v, "while evaluating the url we should fetch")
                        .map_err(at)?;
                    url = Some(s.to_str_lossy().into_owned());
                }
                b"sha256" => {
                    let s = ev
                        .force_string_no_ctx(
                            v,
                            "while evaluating the sha256 of the content we should fetch",
                        )
                        .map_err(at)?;
                    expected = Some(parse_sha256_allow_empty(ev, s.as_bytes())?);
                }
                b"name" => {
                    name_given = true;
                    let s = ev
                        .force_string_no_ctx(
                            v,
                            "while evaluating the name of the content we should fetch",
                        )
                        .map_err(at)?;
                    name = s.to_str_lossy().into_owned();
                }
                other => {
                    return Err(Error::type_error(format!(
                        "unsupported argument '{}' to '{who}'",
                        String::from_utf8_lossy(other)
                    )));
                }
            }
        }
    } else {
        let s = ev.force_string_no_ctx(&v, "while evaluating the url we should fetch")?;
        url = Some(s.to_str_lossy().into_owned());
    }
    let Some(mut url) = url else {
        return Err(Error::type_error("'url' argument required"));
    };
    if who == "fetchTarball" {
        url = resolve_pseudo_url(&url);
    }
    check_uri(ev, &url)?;
    if name.is_empty() {
        name = url_base_name(&url).to_string();
    }
    if let Err(reason) = check_store_name(&name) {
        let hint = if name_given {
            format!(
                "Please change the value for the 'name' attribute passed to '{who}', so that it can create a valid store path."
            )
        } else if is_attrs {
            format!(
                "Please add a valid 'name' attribute to the argument for '{who}', so that it can create a valid store path."
            )
        } else {
            format!(
                "Please pass an attribute set with 'url' and 'name' attributes to '{who}',  so that it can create a valid store path."
            )
        };
        return Err(Error::type_error(format!(
            "invalid store path name when fetching URL '{url}': {reason}. {hint}"
        )));
    }
    if ev.options.pure_eval && expected.is_none() {
        return Err(Error::type_error(format!(
            "in pure evaluation mode, '{who}' requires a 'sha256' argument"
        )));
    }
    Ok(Request {
        who,
        url,
        name,
        expected,
    })
}

/// `channel:NAME` stands for the channel's tarball (C++ Nix's `resolvePseudoUrl`).
fn resolve_pseudo_url(url: &str) -> String {
    match url.strip_prefix("channel:") {
        Some(c) => format!("https://nixos.org/channels/{c}/nixexprs.tar.xz"),
        None => url.to_string(),
    }
}

/// The last component of a URL, trailing slashes ignored (C++ Nix's `baseNameOf`).
fn url_base_name(url: &str) -> &str {
    let b = url.as_bytes();
    if b.is_empty() {
        return "";
    }
    let mut last = b.len() - 1;
    while last > 0 && b[last] == b'/' {
        last -= 1;
    }
    let start = b[..=last]
        .iter()
        .rposition(|&c| c == b'/')
        .map_or(0, |i| i + 1);
    if start > last {
        return "";
    }
    &url[start..=last]
}

/// Whether `s` is a URI scheme name (a letter, then letters, digits, `+`, `-`, `.`).
fn is_scheme_name(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

/// C++ Nix's `isAllowedURI`: the URI is a prefix of `allowed`, lies below one (a
/// prefix ending in `/`, or followed by `/` in the URI), or has a scheme that a
/// prefix like `https:` allows entirely.
fn is_allowed_uri(uri: &str, allowed: &[String]) -> bool {
    allowed.iter().any(|prefix| {
        uri == prefix
            || (uri.len() > prefix.len()
                && !prefix.is_empty()
                && uri.starts_with(prefix.as_str())
                && (prefix.ends_with('/')
                    || uri.as_bytes()[prefix.len()] == b'/'
                    || prefix.strip_suffix(':').is_some_and(is_scheme_name)))
    })
}

/// C++ Nix's `checkURI`: in restricted mode a fetched URI must be allowed by
/// `allowed-uris`, or be a path (or `file://` URL) the evaluation may read.
pub(super) fn check_uri(ev: &Evaluator, uri: &str) -> Result<()> {
    if !ev.options.restrict_eval || is_allowed_uri(uri, &ev.options.allowed_uris) {
        return Ok(());
    }
    if uri.starts_with('/') {
        return ev.check_access(&crate::path::canon_path(uri));
    }
    if let Some(p) = uri.strip_prefix("file://") {
        return ev.check_access(&crate::path::canon_path(&format!("/{p}")));
    }
    Err(Error::new(
        ErrorKind::RestrictedPath,
        format!("access to URI '{uri}' is forbidden in restricted mode"),
    ))
}

/// The local file a `file:` URL names (`file:///p`, `file://localhost/p`, `file:/p`),
/// with `%XX` escapes decoded.
fn file_url_path(url: &str) -> Option<String> {
    let rest = url.strip_prefix("file:")?;
    let path = match rest.strip_prefix("//") {
        Some(r) => {
            let slash = r.find('/')?;
            let host = &r[..slash];
            if !host.is_empty() && host != "localhost" {
                return None;
            }
            &r[slash..]
        }
        None if rest.starts_with('/') => rest,
        None => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    percent_decode(path)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = b
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(byte) if b[i] == b'%' => {
                out.push(byte);
                i += 3;
            }
            _ => {
                out.push(b[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The bytes at `url`, as curl would give them to C++ Nix; only local files.
fn download(url: &str) -> Result<Vec<u8>> {
    let fail =
        |why: String| Error::new(ErrorKind::Io, format!("unable to download '{url}': {why}"));
    if !url.contains(':') {
        return Err(fail(
            "URL using bad/illegal format or missing URL (3) URL rejected: No host part in the URL"
                .to_string(),
        ));
    }
    let Some(path) = file_url_path(url) else {
        return Err(fail(
            "nixref does not use the network; only file:// URLs can be fetched".to_string(),
        ));
    };
    if let Some(listing) = directory_listing(&path) {
        return Ok(listing);
    }
    std::fs::read(&path).map_err(|_| {
        fail(format!(
            "Could not read a file:// file (37) Couldn't open file {path}"
        ))
    })
}

/// What curl gives for a `file://` URL naming a directory: the names of its entries,
/// one per line, in the order the file system lists them.
fn directory_listing(path: &str) -> Option<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    let entries = std::fs::read_dir(path).ok()?;
    let mut out = Vec::new();
    for e in entries.flatten() {
        out.extend_from_slice(e.file_name().as_bytes());
        out.push(b'\n');
    }
    Some(out)
}

/// Fetches `req` (memoised per evaluation), checks its hash, and records where its
/// contents are. Returns the store path.
fn fetch(ev: &Evaluator, req: &Request, unpack: bool) -> Result<String> {
    let key = format!("{}\0{}\0{}", req.who, req.url, req.name);
    let path = match ev.fetched(&key) {
        Some(p) => p,
        None => {
            let (path, real) = if unpack {
                fetch_tarball_contents(ev, &req.url, &req.name)?
            } else {
                fetch_file(ev, &req.url, &req.name)?
            };
            super::store::add_fetched(ev, &path, real, !unpack)?;
            ev.remember_fetch(key, path.clone());
            path
        }
    };
    if let Some(expected) = &req.expected {
        let real = PathBuf::from(ev.real_path(&path));
        let got = if unpack {
            crate::store::nar_sha256(&real).map_err(|e| io_failure(&real, &e))?
        } else {
            crate::store::sha256(&std::fs::read(&real).map_err(|e| io_failure(&real, &e))?)
        };
        if got[..] != expected[..] {
            return Err(Error::type_error(format!(
                "hash mismatch in file downloaded from '{}':\n  specified: sha256:{}\n  got:       sha256:{}",
                req.url,
                nix32_encode(expected),
                nix32_encode(&got)
            )));
        }
    }
    Ok(path)
}

fn io_failure(path: &Path, e: &std::io::Error) -> Error {
    Error::new(ErrorKind::Io, format!("reading '{}': {e}", path.display()))
}

/// `fetchurl`'s download: a flat file in the scratch folder, read-only.
fn fetch_file(ev: &Evaluator, url: &str, name: &str) -> Result<(String, PathBuf)> {
    let bytes = download(url)?;
    let path = fixed_output_path(
        &ev.options.store_dir,
        name,
        false,
        "sha256",
        &crate::store::sha256(&bytes),
    );
    let file = ev.scratch_dir()?.join(name);
    let write = || -> std::io::Result<()> {
        std::fs::write(&file, &bytes)?;
        std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o444))
    };
    write().map_err(|e| io_failure(&file, &e))?;
    Ok((path, file))
}

/// `fetchTarball`'s download: the archive unpacked in the scratch folder.
fn fetch_tarball_contents(ev: &Evaluator, url: &str, name: &str) -> Result<(String, PathBuf)> {
    let trace = format!("while fetching the input '{url}'");
    let bytes = download(url).map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!(
                "Failed to open archive (Source threw exception: error: {})",
                e.message()
            ),
        )
        .with_context(None, trace.clone())
    })?;
    let dir = ev.scratch_dir()?;
    super::tarball::unpack(&bytes, &dir).map_err(|e| e.with_context(None, trace))?;
    let root = single_directory(&dir);
    let hash = crate::store::nar_sha256(&root).map_err(|e| io_failure(&root, &e))?;
    let path = fixed_output_path(&ev.options.store_dir, name, true, "sha256", &hash);
    Ok((path, root))
}

/// The tree a tarball gives: its only entry when that is a directory, else all of it.
fn single_directory(dir: &Path) -> PathBuf {
    let entries: Vec<_> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok()).collect())
        .unwrap_or_default();
    if let [only] = entries.as_slice()
        && only.file_type().is_ok_and(|t| t.is_dir())
    {
        return only.path();
    }
    dir.to_path_buf()
}

/// A search path entry that is a URL (`nixpkgs=file:///x.tar.gz`): the tarball is
/// fetched and its store path used. On failure C++ Nix warns and then, having
/// nothing else, tries the text as a path, which does not exist either.
pub fn search_path_tarball(ev: &Evaluator, value: &str) -> Option<String> {
    let req = Request {
        who: "fetchTarball",
        url: resolve_pseudo_url(value),
        name: "source".to_string(),
        expected: None,
    };
    match fetch(ev, &req, true) {
        Ok(p) => Some(p),
        Err(_) => {
            ev.warn(&format!(
                "Nix search path entry '{value}' cannot be downloaded, ignoring"
            ));
            ev.warn(&format!(
                "Nix search path entry '{value}' does not exist, ignoring"
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_names_of_urls() {
        assert_eq!(url_base_name("https://example.com/~wiggle~"), "~wiggle~");
        assert_eq!(url_base_name("https://example.com/x.tar.gz/"), "x.tar.gz");
        assert_eq!(url_base_name("x"), "x");
    }

    #[test]
    fn file_urls() {
        assert_eq!(file_url_path("file:///a/b%20c").as_deref(), Some("/a/b c"));
        assert_eq!(file_url_path("file://localhost/a").as_deref(), Some("/a"));
        assert_eq!(file_url_path("file:/a").as_deref(), Some("/a"));
        assert_eq!(file_url_path("file://host/a"), None);
        assert_eq!(file_url_path("https://a/b"), None);
    }

    #[test]
    fn allowed_uris() {
        let allowed = vec!["https://github.com/NixOS".to_string(), "git:".to_string()];
        assert!(is_allowed_uri("https://github.com/NixOS/nix", &allowed));
        assert!(!is_allowed_uri("https://github.com/NixOSx", &allowed));
        assert!(is_allowed_uri("git://anything", &allowed));
        assert!(!is_allowed_uri("http://github.com/NixOS", &allowed));
    }
}
