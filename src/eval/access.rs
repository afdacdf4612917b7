//! Pure and restricted evaluation: which files an evaluation may look at.
//!
//! In C++ Nix, `--pure-eval` and `--restrict-eval` put an allow-list in front of the
//! root file system. A path may be used when an allowed prefix contains it, or when it
//! is an ancestor of an allowed prefix (so that the directories leading to an allowed
//! file can be looked at). The list starts with the search path entries (restricted
//! mode only: pure mode has no search path) and grows with every store path the
//! evaluation creates (`"${./x}"`, `builtins.path`, fetchers).
//!
//! Paths are checked while symbolic links are resolved, one component at a time, the way
//! C++ Nix's `resolveSymlinks` looks at each prefix of a path: so reading
//! `/home/u/f.nix` when nothing is allowed fails on `/home`, the first prefix looked
//! at, and the message names that prefix (`access to absolute path '/home' is forbidden
//! in pure evaluation mode (use '--impure' to override)`).

use super::Evaluator;
use crate::error::{Error, ErrorKind, Result};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// How many symbolic links one resolution may follow (C++ Nix allows 1024).
const MAX_SYMLINKS: usize = 1024;

/// The allow-list of a pure or restricted evaluation; `None` when the evaluation may
/// read anything.
#[derive(Debug, Default)]
pub struct AccessControl {
    allowed: RefCell<Option<BTreeSet<String>>>,
    /// The end of C++ Nix's message, naming the mode.
    mode: &'static str,
    /// Search path entries already resolved (C++ Nix's `lookupPathResolved`): each is
    /// resolved, and warned about, once per evaluation.
    lookup_resolved: RefCell<HashMap<String, Option<String>>>,
    /// Store paths this evaluation has fetched, and where their contents really are:
    /// nixref never writes to the store, so reads of these paths go there instead.
    realised: RefCell<HashMap<String, std::path::PathBuf>>,
    /// Where fetched files are put (created when first needed, removed with the
    /// evaluator): never the store.
    scratch: RefCell<Option<tempfile::TempDir>>,
    /// Fetches already done in this evaluation (the fetcher's key to its result), so
    /// fetching the same thing twice gives the same store path, as C++ Nix's cache does.
    fetched: RefCell<HashMap<String, String>>,
}

impl AccessControl {
    /// The allow-list for `options`: empty in pure or restricted mode, absent otherwise.
    pub fn new(options: &super::EvalOptions) -> AccessControl {
        let mode = if options.pure_eval {
            "in pure evaluation mode (use '--impure' to override)"
        } else {
            "in restricted mode"
        };
        let restricted = options.pure_eval || options.restrict_eval;
        AccessControl {
            allowed: RefCell::new(restricted.then(BTreeSet::new)),
            mode,
            lookup_resolved: RefCell::default(),
            realised: RefCell::default(),
            scratch: RefCell::default(),
            fetched: RefCell::default(),
        }
    }
}

/// The outcome of resolving a path under the allow-list.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// The path with its symbolic links resolved.
    Path(String),
    /// Resolution had to look at this path, which is not allowed.
    Forbidden(String),
}

/// Whether `path` is allowed by `allowed`: a prefix of it is allowed, or it is a prefix
/// of an allowed path (C++ Nix's `CanonPath::isAllowed`).
fn is_allowed_by(allowed: &BTreeSet<String>, path: &str) -> bool {
    let within = |inner: &str, outer: &str| {
        outer == "/"
            || inner == outer
            || (inner.starts_with(outer) && inner.as_bytes().get(outer.len()) == Some(&b'/'))
    };
    allowed.iter().any(|a| within(a, path) || within(path, a))
}

impl Evaluator {
    /// Whether the evaluation is pure or restricted (has an allow-list).
    pub fn is_restricted(&self) -> bool {
        self.access.allowed.borrow().is_some()
    }

    /// Lets the evaluation read `path` and everything below it (C++ Nix's `allowPath`);
    /// nothing to do when it may read anything anyway.
    pub fn allow_path(&self, path: &str) {
        if let Some(set) = self.access.allowed.borrow_mut().as_mut() {
            set.insert(crate::path::canon_path(path));
        }
    }

    /// Whether `path` (canonical, absolute) may be looked at.
    pub fn path_allowed(&self, path: &str) -> bool {
        match &*self.access.allowed.borrow() {
            None => true,
            Some(set) => is_allowed_by(set, path),
        }
    }

    /// C++ Nix's `RestrictedPathError` for `path`.
    pub fn forbidden(&self, path: &str) -> Error {
        Error::new(
            ErrorKind::RestrictedPath,
            format!(
                "access to absolute path '{path}' is forbidden {}",
                self.access.mode
            ),
        )
    }

    /// Fails unless `path` may be looked at.
    pub fn check_access(&self, path: &str) -> Result<()> {
        if self.path_allowed(path) {
            Ok(())
        } else {
            Err(self.forbidden(path))
        }
    }

    /// Resolves the symbolic links in the canonical absolute `path` one component at a
    /// time, checking each prefix looked at against the allow-list (C++ Nix's
    /// `SourcePath::resolveSymlinks`). With `full`, the last component is resolved too;
    /// otherwise only its ancestors are.
    pub fn resolve_symlinks(&self, path: &str, full: bool) -> Result<Resolved> {
        let mut res: Vec<String> = Vec::new();
        let mut todo: std::collections::VecDeque<String> = path
            .split('/')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        let mut links = MAX_SYMLINKS;
        let join = |res: &[String]| format!("/{}", res.join("/"));
        while let Some(c) = todo.pop_front() {
            match c.as_str() {
                "" | "." => {}
                ".." => {
                    res.pop();
                }
                _ => {
                    res.push(c);
                    if !full && todo.is_empty() {
                        continue;
                    }
                    let cur = join(&res);
                    if !self.path_allowed(&cur) {
                        return Ok(Resolved::Forbidden(cur));
                    }
                    let real = self.real_path(&cur);
                    let Ok(kind) = self.fs().symlink_metadata(Path::new(&real)) else {
                        continue;
                    };
                    if kind != crate::io::FileKind::Symlink {
                        continue;
                    }
                    if links == 0 {
                        return Err(Error::new(
                            ErrorKind::Io,
                            format!("infinite symlink recursion in path '{path}'"),
                        ));
                    }
                    links -= 1;
                    let target = self
                        .fs()
                        .read_link(Path::new(&real))
                        .map_err(|e| Error::new(ErrorKind::Io, super::io_message(&cur, &e)))?;
                    res.pop();
                    let target = target.to_string_lossy().into_owned();
                    if target.starts_with('/') {
                        res.clear();
                    }
                    for (i, t) in target.split('/').filter(|t| !t.is_empty()).enumerate() {
                        todo.insert(i, t.to_string());
                    }
                }
            }
        }
        Ok(Resolved::Path(join(&res)))
    }

    /// In a pure or restricted evaluation, fails unless `path` (canonical, absolute) and
    /// everything its resolution looks at are allowed; `full` as for
    /// [`Evaluator::resolve_symlinks`]. Nothing is checked otherwise.
    pub fn check_path_access(&self, path: &str, full: bool) -> Result<()> {
        if !self.is_restricted() {
            return Ok(());
        }
        match self.resolve_symlinks(path, full)? {
            Resolved::Forbidden(p) => Err(self.forbidden(&p)),
            Resolved::Path(p) => self.check_access(&p),
        }
    }

    /// At the start of a restricted evaluation, allows the paths of the search path
    /// (C++ Nix resolves every entry then, warning about missing ones). URL entries
    /// are left to the lookups that need them.
    pub(super) fn init_access(&self) {
        if !self.is_restricted() {
            return;
        }
        for e in &self.options.search_path {
            if !super::is_pseudo_url(&e.path) {
                // A failure here shows again when the entry is used.
                let _ = self.resolve_lookup_entry(&e.path, true);
            }
        }
    }

    /// C++ Nix's `resolveLookupPathPath`: the directory a search path entry's path
    /// names (relative to the current directory), or `None`, with a warning, when it
    /// does not exist. Each value is resolved once per evaluation. With `init` (the
    /// search path of a restricted evaluation, at its start) the path is allowed first.
    pub fn resolve_lookup_entry(&self, value: &str, init: bool) -> Result<Option<String>> {
        if let Some(r) = self.access.lookup_resolved.borrow().get(value) {
            return Ok(r.clone());
        }
        let path = absolute_path(value);
        if init {
            self.allow_path(&path);
        }
        let exists = match self.resolve_symlinks(&path, true)? {
            Resolved::Forbidden(p) => return Err(self.forbidden(&p)),
            Resolved::Path(p) => self.path_allowed(&p) && self.fs().exists(Path::new(&p)),
        };
        let r = if exists {
            Some(path)
        } else {
            self.warn(&format!(
                "Nix search path entry '{value}' does not exist, ignoring"
            ));
            None
        };
        self.access
            .lookup_resolved
            .borrow_mut()
            .insert(value.to_string(), r.clone());
        Ok(r)
    }

    /// Records that the store path `store_path` now "exists", with its contents at
    /// `real` (a fetcher's result), and allows both (C++ Nix's `allowPath`).
    pub fn add_realised(&self, store_path: &str, real: std::path::PathBuf) {
        self.allow_path(store_path);
        self.allow_path(&real.to_string_lossy());
        self.access
            .realised
            .borrow_mut()
            .insert(store_path.to_string(), real);
    }

    /// Removes the files this evaluation keeps only while it runs (its scratch folder of
    /// fetched contents, a local store's temporary roots), as dropping the evaluator also
    /// does; for a caller that ends the process without dropping it.
    pub fn remove_temporary_files(&self) {
        drop(self.access.scratch.borrow_mut().take());
        if let Some(store) = self.options.store.local() {
            store.release_temp_roots();
        }
    }

    /// A fresh folder for fetched contents, inside this evaluation's scratch folder.
    pub fn scratch_dir(&self) -> Result<std::path::PathBuf> {
        let mut scratch = self.access.scratch.borrow_mut();
        if scratch.is_none() {
            let dir = tempfile::Builder::new()
                .prefix("nixref-fetch-")
                .tempdir()
                .map_err(|e| {
                    Error::new(ErrorKind::Io, format!("creating a temporary folder: {e}"))
                })?;
            *scratch = Some(dir);
        }
        let root = scratch.as_ref().expect("created above").path();
        let n = self.access.realised.borrow().len() + self.access.fetched.borrow().len();
        for i in n.. {
            let dir = root.join(i.to_string());
            if std::fs::create_dir(&dir).is_ok() {
                return Ok(dir);
            }
        }
        unreachable!("some number is free")
    }

    /// The store path an earlier fetch with this key gave.
    pub fn fetched(&self, key: &str) -> Option<String> {
        self.access.fetched.borrow().get(key).cloned()
    }

    /// Remembers what a fetch gave (see [`Evaluator::fetched`]).
    pub fn remember_fetch(&self, key: String, store_path: String) {
        self.access.fetched.borrow_mut().insert(key, store_path);
    }

    /// Whether a store path is valid: the paths fetched during this evaluation, and in
    /// a real store (`crate::store::real`) the paths its database holds.
    pub fn is_valid_store_path(&self, store_path: &str) -> bool {
        self.access.realised.borrow().contains_key(store_path)
            || self.options.store.is_valid(store_path)
    }

    /// Where the file at `path` really is: inside a fetched store path, the place its
    /// contents were fetched to; elsewhere `path` itself (C++ Nix's `toRealPath`).
    pub fn real_path(&self, path: &str) -> String {
        let store_dir = &self.options.store_dir;
        if let Ok(sp) = crate::store::path::to_store_path(store_dir, path)
            && let Some(real) = self.access.realised.borrow().get(&sp)
        {
            return format!("{}{}", real.display(), &path[sp.len()..]);
        }
        if let Ok(sp) = crate::store::path::to_store_path(store_dir, path)
            && let Some(real) = self.options.store.real_path(&sp)
        {
            return format!("{}{}", real.display(), &path[sp.len()..]);
        }
        path.to_string()
    }

    /// C++ Nix's `realiseContext` for reading a file: every store path the context
    /// names must be valid (derivations are never built).
    pub fn realise_context(&self, context: &crate::value::Context) -> Result<()> {
        use crate::value::ContextElem;
        for e in context {
            let p = match e {
                ContextElem::Opaque(p) => p,
                ContextElem::DrvDeep(d) | ContextElem::Built { drv: d, .. } => d,
            };
            if !self.is_valid_store_path(p) {
                return Err(Error::new(
                    ErrorKind::InvalidPath,
                    format!("path '{p}' is not valid"),
                ));
            }
        }
        Ok(())
    }

    /// C++ Nix's `resolveExprPath`: while the file named is a symbolic link, the path
    /// becomes the link's target (relative to the link's folder), so that the file's
    /// own relative paths are relative to where it really is.
    fn follow_file_symlinks(&self, path: &str) -> Result<String> {
        let mut path = path.to_string();
        // C++ Nix counts the first look at the path as one of its 1024 steps.
        for _ in 1..MAX_SYMLINKS {
            if path == "/" {
                break;
            }
            let parent = crate::path::dir_of(&path).to_string();
            let parent_resolved = match self.resolve_symlinks(&parent, true)? {
                Resolved::Path(p) => p,
                Resolved::Forbidden(p) => return Err(self.forbidden(&p)),
            };
            let file = format!("{parent_resolved}/{}", crate::path::base_name(&path));
            let file = crate::path::canon_path(&file);
            self.check_access(&file)?;
            let real = self.real_path(&file);
            match self.fs().symlink_metadata(Path::new(&real)) {
                Ok(crate::io::FileKind::Symlink) => {
                    let target = self
                        .fs()
                        .read_link(Path::new(&real))
                        .map_err(|e| Error::new(ErrorKind::Io, super::io_message(&file, &e)))?;
                    let target = target.to_string_lossy();
                    path = if target.starts_with('/') {
                        crate::path::canon_path(&target)
                    } else {
                        crate::path::canon_path(&format!("{parent}/{target}"))
                    };
                }
                _ => return Ok(path),
            }
        }
        Err(Error::new(
            ErrorKind::Io,
            format!("too many symbolic links encountered while traversing the path '{path}'"),
        ))
    }

    /// Reads a Nix source file for evaluation (`import`, the files named on the command
    /// line) after checking that it may be read: a directory means its `default.nix`.
    /// A file in a fetched store path is read from where it was fetched to, but keeps
    /// its store path as its name.
    pub fn read_source_file(&self, path: &Path) -> Result<(std::path::PathBuf, Vec<u8>)> {
        let logical =
            self.follow_file_symlinks(&crate::path::canon_path(&path.to_string_lossy()))?;
        let real = self.real_path(&logical);
        if self.is_restricted() {
            self.check_path_access(&real, true)?;
            if self.fs().is_dir(Path::new(&real)) {
                self.check_path_access(&format!("{real}/default.nix"), true)?;
            }
        }
        let (file, text) = super::read_nix_file(self.fs(), Path::new(&real))?;
        if real == logical {
            return Ok((file, text));
        }
        match file.strip_prefix(&real) {
            Ok(rest) if !rest.as_os_str().is_empty() => Ok((Path::new(&logical).join(rest), text)),
            _ => Ok((logical.into(), text)),
        }
    }
}

/// `p` made absolute against the current directory and canonicalised.
pub fn absolute_path(p: &str) -> String {
    if p.starts_with('/') {
        return crate::path::canon_path(p);
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| "/".into());
    crate::path::canon_path(&format!("{}/{p}", cwd.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn allows_prefixes_and_their_ancestors() {
        let allowed = set(&["/a/b"]);
        assert!(is_allowed_by(&allowed, "/a/b"));
        assert!(is_allowed_by(&allowed, "/a/b/c"));
        assert!(is_allowed_by(&allowed, "/a"));
        assert!(is_allowed_by(&allowed, "/"));
        assert!(!is_allowed_by(&allowed, "/a/bc"));
        assert!(!is_allowed_by(&allowed, "/a/c"));
        assert!(!is_allowed_by(&set(&[]), "/"));
    }
}
