//! Which store an evaluation uses, as `nix-instantiate` chooses it from `--store`, the
//! `store` setting and `NIX_REMOTE`:
//!
//! - the **modelled** store (the default for `--eval`): paths are computed exactly,
//!   nothing is written or read, like C++ Nix in read-only mode over an empty store;
//! - `dummy://`: the same, except that adding a path fails as in C++ Nix;
//! - a **local** store (`local`, `local?root=...`, an absolute path, or `auto` when
//!   its state directory may be written): paths added by the evaluation are written to
//!   it unless it is opened read-only (`--eval` without `--read-write-mode`), and valid
//!   paths in it may be read.
//!
//! The daemon and remote stores are not supported: naming one is a clear error.

use super::local::{LocalConfig, LocalStore};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The store of an evaluation (cheap to clone, and shareable with the threads of the
/// differential tester).
#[derive(Clone, Default)]
pub struct Handle(Arc<Backend>);

#[derive(Default)]
enum Backend {
    #[default]
    Modelled,
    Dummy,
    Local(Box<LocalStore>),
}

impl std::fmt::Debug for Handle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            Backend::Modelled => f.write_str("Handle(modelled)"),
            Backend::Dummy => f.write_str("Handle(dummy)"),
            Backend::Local(s) => write!(f, "Handle(local {:?})", s.config()),
        }
    }
}

/// The environment a store is chosen in (C++ Nix's settings from `NIX_*` variables).
#[derive(Clone, Debug, Default)]
pub struct Env {
    /// `NIX_STORE_DIR` (canonical), or `/nix/store`.
    pub store_dir: String,
    /// `NIX_STATE_DIR`, or `/nix/var/nix`.
    pub state_dir: String,
    /// Whether `NIX_STORE_DIR` or `NIX_STATE_DIR` is set.
    pub dirs_from_env: bool,
    /// `NIX_DAEMON_SOCKET_PATH`, or `<state dir>/daemon-socket/socket`.
    pub daemon_socket: String,
    /// `$HOME` (for the chroot store C++ Nix picks when there is no `/nix`).
    pub home: Option<String>,
    /// `XDG_DATA_HOME`.
    pub xdg_data_home: Option<String>,
}

impl Env {
    pub fn from_process() -> Env {
        let var = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
        let state_dir = var("NIX_STATE_DIR").unwrap_or_else(|| "/nix/var/nix".to_string());
        Env {
            store_dir: super::store_dir(),
            daemon_socket: var("NIX_DAEMON_SOCKET_PATH")
                .unwrap_or_else(|| format!("{state_dir}/daemon-socket/socket")),
            dirs_from_env: var("NIX_STORE_DIR").is_some() || var("NIX_STATE_DIR").is_some(),
            state_dir,
            home: var("HOME"),
            xdg_data_home: var("XDG_DATA_HOME"),
        }
    }
}

/// What a store URI names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    Modelled,
    Dummy,
    Local(LocalConfig),
}

fn is_writable_dir(p: &str) -> bool {
    let Ok(c) = std::ffi::CString::new(p) else {
        return false;
    };
    // SAFETY: access(2) on a NUL-terminated path.
    unsafe { libc::access(c.as_ptr(), libc::R_OK | libc::W_OK) == 0 }
}

fn is_root() -> bool {
    // SAFETY: getuid has no preconditions.
    unsafe { libc::getuid() == 0 }
}

/// The local store with `root`, `store`, `state` and `real` parameters as C++ Nix
/// reads them.
/// Why a store URI cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// A store C++ Nix has and nixref does not (the daemon, a binary cache, a read-only
    /// local store): nothing is wrong with the URI itself.
    Unsupported(String),
    /// Not a store at all (a scheme C++ Nix does not know either).
    Invalid(String),
}

impl From<StoreError> for String {
    fn from(e: StoreError) -> String {
        match e {
            StoreError::Unsupported(m) | StoreError::Invalid(m) => m,
        }
    }
}

fn local(env: &Env, params: &[(String, String)]) -> Result<LocalConfig, StoreError> {
    let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    for (k, v) in params {
        match k.as_str() {
            "root" | "store" | "state" | "real" | "log" => {}
            "read-only" if v == "false" => {}
            "read-only" => {
                return Err(StoreError::Unsupported(
                    "nixref cannot open a local store with 'read-only=true' (experimental feature 'read-only-local-store')"
                        .to_string(),
                ));
            }
            // Settings of the store that do not change where things are.
            _ => {}
        }
    }
    let root = get("root").map(|r| super::canonical_dir(&crate::eval::absolute_path(&r)));
    let store_dir = get("store")
        .map(|s| super::canonical_dir(&s))
        .unwrap_or_else(|| env.store_dir.clone());
    let state_dir = match (&get("state"), &root) {
        (Some(s), _) => PathBuf::from(s),
        (None, Some(r)) => PathBuf::from(format!("{r}/nix/var/nix")),
        (None, None) => PathBuf::from(&env.state_dir),
    };
    let real_store_dir = match (&get("real"), &root) {
        (Some(r), _) => PathBuf::from(r),
        (None, Some(r)) => PathBuf::from(format!("{r}{store_dir}")),
        (None, None) => PathBuf::from(&store_dir),
    };
    Ok(LocalConfig {
        store_dir,
        real_store_dir,
        state_dir,
    })
}

/// Splits `scheme://rest?a=b&c=d` into the part before `?` and its parameters.
fn split_params(uri: &str) -> (&str, Vec<(String, String)>) {
    let (base, query) = uri.split_once('?').unwrap_or((uri, ""));
    let params = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect();
    (base, params)
}

/// The store a URI names. `None` or `auto` is C++ Nix's automatic choice: a local store
/// if its state directory may be written, else the daemon if its socket exists, else
/// (not root, no `/nix`, no `NIX_STORE_DIR`/`NIX_STATE_DIR`) a store under
/// `~/.local/share/nix/root`, else the local store anyway.
/// The warning of C++ Nix's fallback to a chroot store goes to `sink`.
pub fn choose(
    uri: Option<&str>,
    env: &Env,
    sink: &dyn crate::output::Sink,
) -> Result<Choice, StoreError> {
    let uri = uri.unwrap_or("auto");
    let (base, params) = split_params(uri);
    match base {
        "" | "auto" => {
            if is_writable_dir(&env.state_dir) {
                return local(env, &params).map(Choice::Local);
            }
            if Path::new(&env.daemon_socket).exists() {
                return Err(daemon_unsupported(uri));
            }
            if !Path::new(&env.state_dir).exists()
                && params.is_empty()
                && !is_root()
                && !env.dirs_from_env
            {
                let data = match (&env.xdg_data_home, &env.home) {
                    (Some(x), _) => x.clone(),
                    (None, Some(h)) => format!("{h}/.local/share"),
                    (None, None) => return local(env, &params).map(Choice::Local),
                };
                let root = format!("{data}/nix/root");
                let text = format!(
                    "warning: '/nix' does not exist, so Nix will use '{root}' as a chroot store\n"
                );
                sink.message(crate::output::MessageKind::Warning, text.as_bytes());
                return local(env, &[("root".to_string(), root)]).map(Choice::Local);
            }
            local(env, &params).map(Choice::Local)
        }
        "local" | "local://" => local(env, &params).map(Choice::Local),
        "dummy" | "dummy://" => Ok(Choice::Dummy),
        "daemon" => Err(daemon_unsupported(uri)),
        p if p.starts_with('/') || p.starts_with("./") || p.starts_with("../") || p == "." => {
            let mut params = params;
            params.push(("root".to_string(), p.to_string()));
            local(env, &params).map(Choice::Local)
        }
        _ => match base.split_once("://") {
            Some(("unix", _)) => Err(daemon_unsupported(uri)),
            Some((
                "file" | "http" | "https" | "s3" | "ssh" | "ssh-ng" | "local-overlay"
                | "mounted-ssh-ng",
                _,
            )) => Err(StoreError::Unsupported(format!(
                "nixref cannot use the store '{uri}': only local stores ('local', a path) and 'dummy://' are supported"
            ))),
            Some((scheme, _)) => Err(StoreError::Invalid(format!(
                "don't know how to open Nix store with scheme '{scheme}'"
            ))),
            None => Err(StoreError::Invalid(format!(
                "don't know how to open Nix store with scheme '{base}'"
            ))),
        },
    }
}

fn daemon_unsupported(uri: &str) -> StoreError {
    StoreError::Unsupported(format!(
        "nixref cannot talk to the Nix daemon (store '{uri}'); name a local store nixref may write with '--store' (e.g. '--store local' as root, or '--store /some/dir' for a store under that root)"
    ))
}

impl Handle {
    /// Opens the store a [`Choice`] names; `read_only` as nix-instantiate's read-only
    /// mode.
    pub fn open(choice: Choice, read_only: bool) -> Result<Handle, String> {
        let backend = match choice {
            Choice::Modelled => Backend::Modelled,
            Choice::Dummy => Backend::Dummy,
            Choice::Local(c) => Backend::Local(Box::new(LocalStore::open(c, read_only)?)),
        };
        Ok(Handle(Arc::new(backend)))
    }

    /// The local store, if that is what this is.
    pub fn local(&self) -> Option<&LocalStore> {
        match &*self.0 {
            Backend::Local(s) => Some(s),
            _ => None,
        }
    }

    /// Whether paths the evaluation creates are written (or, for `dummy://` in
    /// read-write mode, refused).
    pub fn writable(&self) -> bool {
        match &*self.0 {
            Backend::Modelled => false,
            Backend::Dummy => false,
            Backend::Local(s) => s.writable(),
        }
    }

    /// Whether `path` is a valid path of this store.
    pub fn is_valid(&self, path: &str) -> bool {
        self.local()
            .is_some_and(|s| s.is_valid(path).unwrap_or(false))
    }

    /// Where a store path's files really are, when that is not the path itself.
    pub fn real_path(&self, store_path: &str) -> Option<PathBuf> {
        let s = self.local()?;
        let real = s.real_path(store_path);
        (real != Path::new(store_path)).then_some(real)
    }

    /// Adds a store object (see [`LocalStore::add`]) when the store is writable.
    pub fn add(
        &self,
        path: &str,
        nar: &[u8],
        ca: &str,
        refs: &[String],
        outputs: &[(String, String)],
    ) -> Result<(), String> {
        match &*self.0 {
            Backend::Local(s) if s.writable() => s.add(path, nar, ca, refs, outputs),
            _ => Ok(()),
        }
    }
}

/// The content address of a text file (`toFile`, `.drv`) with these contents.
pub fn text_ca(contents: &[u8]) -> String {
    format!(
        "text:sha256:{}",
        super::nix32_encode(&super::sha256(contents))
    )
}

/// The content address of a fixed-output object: NAR (`recursive`) or flat hash.
pub fn fixed_ca(recursive: bool, algo: &str, hash: &[u8]) -> String {
    let r = if recursive { "r:" } else { "" };
    format!("fixed:{r}{algo}:{}", super::nix32_encode(hash))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Env {
        Env {
            store_dir: "/nix/store".into(),
            state_dir: "/nonexistent-state".into(),
            dirs_from_env: true,
            daemon_socket: "/nonexistent-socket".into(),
            home: None,
            xdg_data_home: None,
        }
    }

    #[test]
    fn store_uris() {
        assert_eq!(
            choose(Some("dummy://"), &env(), &crate::output::Discard),
            Ok(Choice::Dummy)
        );
        let Ok(Choice::Local(c)) = choose(Some("/tmp/r"), &env(), &crate::output::Discard) else {
            panic!("a path is a chroot store")
        };
        assert_eq!(c.store_dir, "/nix/store");
        assert_eq!(c.real_store_dir, PathBuf::from("/tmp/r/nix/store"));
        assert_eq!(c.state_dir, PathBuf::from("/tmp/r/nix/var/nix"));
        let Ok(Choice::Local(c)) = choose(
            Some("local?store=/s&state=/st"),
            &env(),
            &crate::output::Discard,
        ) else {
            panic!("local with parameters")
        };
        assert_eq!(c.store_dir, "/s");
        assert_eq!(c.real_store_dir, PathBuf::from("/s"));
        assert_eq!(c.state_dir, PathBuf::from("/st"));
        assert_eq!(
            choose(Some("foo://x"), &env(), &crate::output::Discard),
            Err(StoreError::Invalid(
                "don't know how to open Nix store with scheme 'foo'".into()
            ))
        );
        assert!(matches!(
            choose(Some("daemon"), &env(), &crate::output::Discard),
            Err(StoreError::Unsupported(m)) if m.contains("daemon")
        ));
        assert!(matches!(
            choose(Some("https://cache"), &env(), &crate::output::Discard),
            Err(StoreError::Unsupported(_))
        ));
    }

    #[test]
    fn content_addresses() {
        assert_eq!(
            text_ca(b""),
            "text:sha256:0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"
        );
        assert!(fixed_ca(true, "sha256", &[0; 32]).starts_with("fixed:r:sha256:"));
        assert!(fixed_ca(false, "sha1", &[0; 20]).starts_with("fixed:sha1:"));
    }
}
