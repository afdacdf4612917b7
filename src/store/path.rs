//! Reading store paths back: which strings C++ Nix accepts as store paths, and the
//! messages it gives for those it rejects (`builtins.storePath`, `appendContext`).
//!
//! A store path is `<store dir>/<32 hash characters>-<name>`. C++ Nix checks, in this
//! order: that the base name is at least 33 bytes long, that its first 32 bytes are
//! lowercase nix32 digits (no `e`, `o`, `u`, `t`), and that the name after byte 33 is a
//! valid store name ([`check_store_name`]). The byte between hash and name is never
//! checked, so `<hash>x<name>` is accepted too.

use super::{STORE_PATH_HASH_BYTES, check_store_name, nix32::nix32_encoded_len};

/// Length of the hash part of a store path's base name (32 nix32 characters).
pub fn hash_len() -> usize {
    nix32_encoded_len(STORE_PATH_HASH_BYTES)
}

/// Checks a store path's base name (`<hash>-<name>`) as C++ Nix's `StorePath`
/// constructor does, returning its message on failure.
pub fn check_base_name(base: &[u8]) -> Result<(), String> {
    let shown = String::from_utf8_lossy(base);
    let hl = hash_len();
    if base.len() < hl + 1 {
        return Err(format!("'{shown}' is too short to be a valid store path"));
    }
    if let Some(&c) = base[..hl].iter().find(|&&c| {
        matches!(c, b'e' | b'o' | b'u' | b't') || !(c.is_ascii_digit() || c.is_ascii_lowercase())
    }) {
        let c = if c.is_ascii() {
            char::from(c)
        } else {
            char::REPLACEMENT_CHARACTER
        };
        return Err(format!(
            "store path '{shown}' contains illegal base-32 character '{c}'"
        ));
    }
    let name = String::from_utf8_lossy(&base[hl + 1..]);
    check_store_name(&name)
        .map_err(|reason| format!("path '{shown}' is not a valid store path: {reason}"))
}

/// C++ Nix's `parseStorePath`: the path is canonicalised lexically, must lie directly
/// in the store directory and have a valid base name. Returns the canonical path.
pub fn parse_store_path(store_dir: &str, path: &[u8]) -> Result<String, String> {
    let text = String::from_utf8_lossy(path);
    if !text.starts_with('/') {
        return Err(format!("not an absolute path: '{text}'"));
    }
    let canon = crate::path::canon_path(&text);
    if crate::path::dir_of(&canon) != store_dir {
        return Err(format!("path '{canon}' is not in the Nix store"));
    }
    check_base_name(crate::path::base_name(&canon).as_bytes())?;
    Ok(canon)
}

/// C++ Nix's `isStorePath`: whether [`parse_store_path`] accepts `path`.
pub fn is_store_path(store_dir: &str, path: &[u8]) -> bool {
    parse_store_path(store_dir, path).is_ok()
}

/// C++ Nix's `isInStore`: `path` is strictly below the store directory (textually; no
/// canonicalisation).
pub fn is_in_store(store_dir: &str, path: &str) -> bool {
    path.starts_with('/')
        && path.starts_with(store_dir)
        && path.len() >= store_dir.len() + 2
        && path.as_bytes()[store_dir.len()] == b'/'
}

/// C++ Nix's `toStorePath(...).first`: the store path that `path` (which must be in the
/// store) lies in or is.
pub fn to_store_path(store_dir: &str, path: &str) -> Result<String, String> {
    if !is_in_store(store_dir, path) {
        return Err(format!("path '{path}' is not in the Nix store"));
    }
    let first = match path[store_dir.len() + 1..].find('/') {
        Some(i) => &path[..store_dir.len() + 1 + i],
        None => path,
    };
    parse_store_path(store_dir, first.as_bytes())
}

/// Whether a store path (or name) is a derivation's, i.e. ends in `.drv`.
pub fn is_derivation(path: &[u8]) -> bool {
    path.ends_with(b".drv")
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORE: &str = "/nix/store";

    #[test]
    fn accepts_store_paths_canonically() {
        assert_eq!(
            parse_store_path(STORE, b"/nix//store/./nnqh7675wghd0xmrywqm2yh9psrkk13q-a/"),
            Ok("/nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a".to_string())
        );
        assert!(!is_store_path(STORE, b"/nix/store"));
        assert!(!is_store_path(
            STORE,
            b"nix/store/nnqh7675wghd0xmrywqm2yh9psrkk13q-a"
        ));
    }

    #[test]
    fn messages_follow_cxx_nix() {
        assert_eq!(
            to_store_path(STORE, "/nix/store/abc"),
            Err("'abc' is too short to be a valid store path".to_string())
        );
        assert_eq!(
            check_base_name(b"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-a"),
            Err(
                "store path 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-a' contains illegal base-32 character 'e'"
                    .to_string()
            )
        );
        assert_eq!(
            to_store_path(STORE, "/nix/store"),
            Err("path '/nix/store' is not in the Nix store".to_string())
        );
    }
}
