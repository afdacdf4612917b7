//! A model of the Nix store: computes the store paths C++ Nix would assign,
//! without ever writing to (or reading from) a real store.
//!
//! # Anatomy of a store path
//!
//! A store path is `<store dir>/<hash>-<name>`, e.g.
//! `/nix/store/4g4g9i669dl63abpww0djbl2jxl6bwiz-x`. The `<hash>` part is 32
//! characters of [nix32] encoding a 160-bit digest, derived as
//! follows:
//!
//! 1. An *inner hash* identifies the content: the SHA-256 of a file's bytes
//!    (for `builtins.toFile`), of a NAR serialisation ([`nar`]) of a tree
//!    (for `"${./path}"`), or of a further fingerprint (fixed-output
//!    derivation outputs).
//! 2. A *fingerprint* string is built from it:
//!    `<type>:sha256:<inner hash in lowercase hex>:<store dir>:<name>`,
//!    where `<type>` says what kind of object this is (`text`, `source`,
//!    `output:out`, ...) and, for `text` and `source`, is followed by
//!    `:<store path>` for each store path the object refers to, in sorted
//!    order.
//! 3. The SHA-256 of the fingerprint is folded down to 20 bytes with
//!    [`compress_hash`], and those 20 bytes are written in nix32.
//!
//! Because the store directory is part of the fingerprint, the same content
//! gets a different hash in a store other than `/nix/store`.

// nixref is a binary crate and parts of this API (fixed-output paths, NAR
// writing to arbitrary sinks) exist for later derivation work, so unused
// items must not fail `-D warnings` builds in the meantime.
#![allow(dead_code)]

pub mod drv;
pub mod local;
pub mod nar;
pub mod nix32;
pub mod path;
pub mod real;

use std::io;
use std::path::Path;

use sha2::{Digest, Sha256};

pub use nar::nar_sha256;
pub use nix32::{nix32_decode, nix32_encode};

/// The store directory used when the environment names none.
pub const DEFAULT_STORE_DIR: &str = "/nix/store";

/// The longest store path name (the part after `<hash>-`) C++ Nix accepts,
/// in bytes.
pub const MAX_STORE_NAME_LEN: usize = 211;

/// Number of bytes of the digest encoded in a store path's hash part.
pub const STORE_PATH_HASH_BYTES: usize = 20;

/// The store directory C++ Nix uses: `NIX_STORE_DIR` if set and non-empty,
/// else `NIX_STORE` if set and non-empty, else `/nix/store`.
///
/// Like C++ Nix, the value is made canonical: repeated slashes, `.`
/// components and trailing slashes are dropped and `..` removes the
/// component before it (without looking at the file system), so
/// `/foo//bar/../store/` gives `/foo/store`. C++ Nix aborts on a relative
/// value; here it is read as if it started with `/`.
pub fn store_dir() -> String {
    store_dir_from(
        std::env::var("NIX_STORE_DIR").ok().as_deref(),
        std::env::var("NIX_STORE").ok().as_deref(),
    )
}

/// [`store_dir`] given the values of `NIX_STORE_DIR` and `NIX_STORE`.
fn store_dir_from(nix_store_dir: Option<&str>, nix_store: Option<&str>) -> String {
    let chosen = [nix_store_dir, nix_store]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty());
    match chosen {
        Some(dir) => canonical_dir(dir),
        None => DEFAULT_STORE_DIR.to_string(),
    }
}

/// Lexically canonicalises an absolute path (see [`store_dir`]).
fn canonical_dir(dir: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in dir.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Lowercase hexadecimal ("base16") notation of `bytes`.
pub fn hex_encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    s
}

/// The SHA-256 digest of `data`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// Folds `hash` down to `size` bytes by XOR: byte `i` of the input is
/// XORed into byte `i % size` of the (initially all-zero) result. Nix uses
/// this to shorten a 32-byte SHA-256 into the 20 bytes of a store path hash.
/// With `size == 0` the result is empty.
pub fn compress_hash(hash: &[u8], size: usize) -> Vec<u8> {
    let mut out = vec![0u8; size];
    if size == 0 {
        return out;
    }
    for (i, &b) in hash.iter().enumerate() {
        out[i % size] ^= b;
    }
    out
}

/// The store path for an object of the given type, from its fingerprint
/// `<path_type>:sha256:<inner_hash_hex>:<store_dir>:<name>` (see the module
/// documentation). `path_type` already includes any `:<reference>` parts.
///
/// The result is `<store_dir>/<32 nix32 chars>-<name>`. The name is not
/// checked; see [`check_store_name`].
pub fn make_store_path(
    store_dir: &str,
    path_type: &str,
    inner_hash_hex: &str,
    name: &str,
) -> String {
    let fingerprint = format!("{path_type}:sha256:{inner_hash_hex}:{store_dir}:{name}");
    let digest = sha256(fingerprint.as_bytes());
    let hash_part = nix32_encode(&compress_hash(&digest, STORE_PATH_HASH_BYTES));
    format!("{store_dir}/{hash_part}-{name}")
}

/// Builds the type prefix of a fingerprint: `kind` followed by
/// `:<reference>` for each distinct reference in sorted order.
fn type_with_references(kind: &str, references: &[String]) -> String {
    let mut refs: Vec<&str> = references.iter().map(String::as_str).collect();
    refs.sort_unstable();
    refs.dedup();
    let mut ty = kind.to_string();
    for r in refs {
        ty.push(':');
        ty.push_str(r);
    }
    ty
}

/// The store path C++ Nix gives the file or directory tree at `path` when
/// it is copied to the store under `name` (as when a path value is
/// interpolated, `"${./some/path}"`; the name is then the path's last
/// component). The inner hash is the SHA-256 of the NAR serialisation of
/// `path` (so the executable bit and symlinks matter, other metadata does
/// not), and the type is `source` with no references.
///
/// `path` itself is not followed if it is a symlink. The name is not
/// checked; see [`check_store_name`].
pub fn source_path(store_dir: &str, name: &str, path: &Path) -> io::Result<String> {
    source_path_in(&crate::io::RealFs, store_dir, name, path)
}

/// [`source_path`] of a tree read through `fs`.
pub fn source_path_in(
    fs: &dyn crate::io::FileSystem,
    store_dir: &str,
    name: &str,
    path: &Path,
) -> io::Result<String> {
    let nar_hash = nar::nar_sha256_in(fs, path)?;
    Ok(make_store_path(
        store_dir,
        "source",
        &hex_encode(&nar_hash),
        name,
    ))
}

/// The store path of `builtins.toFile name contents`: type `text` followed
/// by `:<reference>` for each store path the contents refer to (full paths,
/// sorted, duplicates removed), over the SHA-256 of `contents`.
///
/// The name is not checked; see [`check_store_name`].
pub fn text_path(store_dir: &str, name: &str, contents: &[u8], references: &[String]) -> String {
    let ty = type_with_references("text", references);
    make_store_path(store_dir, &ty, &hex_encode(&sha256(contents)), name)
}

/// The store path of a fixed-output object whose content hash is known in
/// advance (`hash` is the raw digest, `hash_algo` its algorithm name as Nix
/// spells it: `md5`, `sha1`, `sha256`, `sha512`).
///
/// * A recursive (NAR) SHA-256 hash is used directly, as for
///   [`source_path`]: type `source`, inner hash `hash`.
/// * Anything else (flat hashes, or recursive hashes with another
///   algorithm) first goes through the inner fingerprint
///   `fixed:out:<r:>?<hash_algo>:<hash in hex>:` (with `r:` only when
///   recursive), whose SHA-256 becomes the inner hash of type `output:out`.
///
/// The name is not checked; see [`check_store_name`].
pub fn fixed_output_path(
    store_dir: &str,
    name: &str,
    recursive: bool,
    hash_algo: &str,
    hash: &[u8],
) -> String {
    if recursive && hash_algo == "sha256" {
        return make_store_path(store_dir, "source", &hex_encode(hash), name);
    }
    let method = if recursive { "r:" } else { "" };
    let inner = format!("fixed:out:{method}{hash_algo}:{}:", hex_encode(hash));
    make_store_path(
        store_dir,
        "output:out",
        &hex_encode(&sha256(inner.as_bytes())),
        name,
    )
}

/// Checks a store path name against C++ Nix's rules, in the order C++ Nix
/// applies them, returning the reason C++ Nix gives when one fails:
///
/// * not empty — `name must not be empty`;
/// * at most [`MAX_STORE_NAME_LEN`] (211) bytes —
///   `name '<name>' must be no longer than 211 characters`;
/// * not `.` or `..` — `name '<name>' is not valid`;
/// * not starting with `.-` or `..-` — `name '<name>' is not valid: first
///   dash-separated component must not be '.'` (or `'..'`); other names
///   starting with a dot, like `.foo` or `...`, are fine;
/// * only ASCII letters, digits and `+ - . _ ? =` —
///   `name '<name>' contains illegal character '<c>'`, for the first bad
///   byte. C++ Nix prints that single byte raw, which for a non-ASCII
///   character is a fragment of its UTF-8 encoding; since that cannot be
///   put in a Rust string, such a byte is shown as U+FFFD here.
///
/// C++ Nix wraps the reason as `path '<hash>-<name>' is not a valid store
/// path: <reason>`; [`invalid_store_path_message`] builds that.
pub fn check_store_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("name must not be empty".to_string());
    }
    if name.len() > MAX_STORE_NAME_LEN {
        return Err(format!(
            "name '{name}' must be no longer than {MAX_STORE_NAME_LEN} characters"
        ));
    }
    if name == "." || name == ".." {
        return Err(format!("name '{name}' is not valid"));
    }
    for component in [".", ".."] {
        if name
            .strip_prefix(component)
            .is_some_and(|rest| rest.starts_with('-'))
        {
            return Err(format!(
                "name '{name}' is not valid: first dash-separated component must not be '{component}'"
            ));
        }
    }
    let allowed = |b: u8| b.is_ascii_alphanumeric() || b"+-._?=".contains(&b);
    if let Some(&bad) = name.as_bytes().iter().find(|&&b| !allowed(b)) {
        let shown = if bad.is_ascii() {
            char::from(bad)
        } else {
            char::REPLACEMENT_CHARACTER
        };
        return Err(format!(
            "name '{name}' contains illegal character '{shown}'"
        ));
    }
    Ok(())
}

/// The whole error message C++ Nix gives for a store path with a bad name:
/// `path '<hash>-<name>' is not a valid store path: <reason>`, where
/// `<reason>` comes from [`check_store_name`] and `store_path` is the path
/// that would have been made (e.g. by [`text_path`]); the store directory
/// is left out of the message.
pub fn invalid_store_path_message(store_dir: &str, store_path: &str, reason: &str) -> String {
    let base = store_path
        .strip_prefix(store_dir)
        .and_then(|rest| rest.strip_prefix('/'))
        .unwrap_or(store_path);
    format!("path '{base}' is not a valid store path: {reason}")
}

#[cfg(test)]
mod tests;
