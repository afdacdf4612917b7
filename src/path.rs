//! Path strings: C++ Nix's lexical canonicalisation (no symlinks are resolved).

/// Canonicalises an absolute path: `.` and empty components are dropped, `..` removes
/// the previous component (and stays at the root), and there is no trailing slash.
pub fn canon_path(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    if parts.is_empty() {
        return "/".to_string();
    }
    let mut out = String::with_capacity(p.len());
    for c in parts {
        out.push('/');
        out.push_str(c);
    }
    out
}

/// The directory part of a canonical path: everything before the last slash, or `/`.
/// (`builtins.dirOf` on arbitrary strings follows other rules: see builtins/strings.rs.)
pub fn dir_of(p: &str) -> &str {
    match p.rfind('/') {
        Some(0) => "/",
        Some(i) => &p[..i],
        None => ".",
    }
}

/// The last component of a path (`baseNameOf`).
pub fn base_name(p: &str) -> &str {
    let p = p.strip_suffix('/').unwrap_or(p);
    match p.rfind('/') {
        Some(i) => &p[i + 1..],
        None => p,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalises_lexically() {
        assert_eq!(canon_path("/a/b/../c"), "/a/c");
        assert_eq!(canon_path("/a/./b//c/"), "/a/b/c");
        assert_eq!(canon_path("/.."), "/");
        assert_eq!(canon_path("//"), "/");
    }
}
