//! A real local Nix store, in the layout C++ Nix's `LocalStore` uses, so that C++ Nix's
//! own tools accept what nixref writes:
//!
//! - store objects at `<real store dir>/<hash>-<name>`, their metadata canonical (mode
//!   0444, or 0555 for executables and directories; modification time 1);
//! - the SQLite database `<state dir>/db/db.sqlite` (schema version 10, written to
//!   `<state dir>/db/schema`): table `ValidPaths` (path, `sha256:<base16>` NAR hash,
//!   registration time, NAR size, content address), `Refs` (references by row id) and
//!   `DerivationOutputs` (the output paths of a registered `.drv`);
//! - the locks C++ Nix takes: a shared lock on `db/big-lock` while the store is open,
//!   an exclusive lock on `<path>.lock` while a path is added, and a temporary GC root
//!   (`temproots/<pid>`, locked) for every path added, so that a concurrent garbage
//!   collection keeps it.
//!
//! A store opened read-only (nix-instantiate's `--eval` without `--read-write-mode`)
//! never creates or changes anything: without a database it is an empty store.

use super::nar;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The database schema version C++ Nix 2.26 uses.
pub const SCHEMA_VERSION: u32 = 10;

/// C++ Nix's database schema (version 10).
const SCHEMA: &str = "
create table if not exists ValidPaths (
    id               integer primary key autoincrement not null,
    path             text unique not null,
    hash             text not null,
    registrationTime integer not null,
    deriver          text,
    narSize          integer,
    ultimate         integer,
    sigs             text,
    ca               text
);
create table if not exists Refs (
    referrer  integer not null,
    reference integer not null,
    primary key (referrer, reference),
    foreign key (referrer) references ValidPaths(id) on delete cascade,
    foreign key (reference) references ValidPaths(id) on delete restrict
);
create index if not exists IndexReferrer on Refs(referrer);
create index if not exists IndexReference on Refs(reference);
create trigger if not exists DeleteSelfRefs before delete on ValidPaths
  begin
    delete from Refs where referrer = old.id and reference = old.id;
  end;
create table if not exists DerivationOutputs (
    drv  integer not null,
    id   text not null,
    path text not null,
    primary key (drv, id),
    foreign key (drv) references ValidPaths(id) on delete cascade
);
create index if not exists IndexDerivationOutputs on DerivationOutputs(path);
create table if not exists SchemaMigrations (migration text primary key not null);
";

/// Where a local store keeps its objects and its state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalConfig {
    /// The logical store directory (what store paths start with).
    pub store_dir: String,
    /// Where the store directory really is (`<root><store dir>` for a chroot store).
    pub real_store_dir: PathBuf,
    /// The state directory (`NIX_STATE_DIR`, `<root>/nix/var/nix`).
    pub state_dir: PathBuf,
}

/// An open local store.
pub struct LocalStore {
    config: LocalConfig,
    /// `None`: no database yet, in a read-only store (so nothing is valid).
    db: Option<Mutex<Connection>>,
    read_only: bool,
    /// The shared lock on `db/big-lock`, held while the store is open.
    _big_lock: Option<File>,
    /// This process's temporary GC roots (created on the first path added).
    temp_roots: Mutex<Option<(PathBuf, File)>>,
}

/// A store error, as text (callers turn it into an evaluation error).
pub type StoreResult<T> = std::result::Result<T, String>;

fn io(what: &str, path: &Path, e: std::io::Error) -> String {
    format!("{what} '{}': {}", path.display(), os_message(&e))
}

/// An I/O error as C++ Nix words it: the system's message, without Rust's
/// ` (os error N)`.
pub fn os_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error ") {
        Some(i) if s.ends_with(')') => s[..i].to_string(),
        _ => s,
    }
}

fn sql(e: rusqlite::Error) -> String {
    format!("Nix database: {e}")
}

/// `flock` with `LOCK_SH` or `LOCK_EX`, waiting for it.
fn lock(file: &File, exclusive: bool) -> std::io::Result<()> {
    let op = if exclusive {
        libc::LOCK_EX
    } else {
        libc::LOCK_SH
    };
    loop {
        // SAFETY: flock on a file descriptor this `File` owns.
        let r = unsafe { libc::flock(file.as_raw_fd(), op) };
        if r == 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

impl LocalStore {
    /// Opens (and, unless `read_only`, creates) the store.
    pub fn open(config: LocalConfig, read_only: bool) -> StoreResult<LocalStore> {
        let db_dir = config.state_dir.join("db");
        let db_file = db_dir.join("db.sqlite");
        if read_only {
            if !db_file.exists() {
                return Ok(LocalStore {
                    config,
                    db: None,
                    read_only,
                    _big_lock: None,
                    temp_roots: Mutex::new(None),
                });
            }
            check_schema(&db_dir)?;
            let db = Connection::open_with_flags(&db_file, OpenFlags::SQLITE_OPEN_READ_ONLY)
                .map_err(sql)?;
            db.busy_timeout(std::time::Duration::from_secs(3600))
                .map_err(sql)?;
            return Ok(LocalStore {
                config,
                db: Some(Mutex::new(db)),
                read_only,
                _big_lock: None,
                temp_roots: Mutex::new(None),
            });
        }
        for d in [
            config.real_store_dir.clone(),
            config.real_store_dir.join(".links"),
            db_dir.clone(),
            config.state_dir.join("temproots"),
            config.state_dir.join("gcroots"),
            config.state_dir.join("profiles"),
        ] {
            fs::create_dir_all(&d).map_err(|e| io("creating directory", &d, e))?;
        }
        let lock_path = db_dir.join("big-lock");
        let big_lock = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(|e| io("opening lock file", &lock_path, e))?;
        lock(&big_lock, false).map_err(|e| io("acquiring lock", &lock_path, e))?;
        let fresh = !db_file.exists();
        if !fresh {
            check_schema(&db_dir)?;
        }
        let db = Connection::open(&db_file).map_err(sql)?;
        db.busy_timeout(std::time::Duration::from_secs(3600))
            .map_err(sql)?;
        db.execute_batch(
            "pragma foreign_keys = 1; pragma synchronous = normal; pragma main.journal_mode = wal; pragma wal_autocheckpoint = 40000;",
        )
        .map_err(sql)?;
        db.execute_batch(SCHEMA).map_err(sql)?;
        if fresh {
            let schema = db_dir.join("schema");
            fs::write(&schema, SCHEMA_VERSION.to_string())
                .map_err(|e| io("writing file", &schema, e))?;
        }
        Ok(LocalStore {
            config,
            db: Some(Mutex::new(db)),
            read_only,
            _big_lock: Some(big_lock),
            temp_roots: Mutex::new(None),
        })
    }

    fn db(&self) -> Option<std::sync::MutexGuard<'_, Connection>> {
        self.db
            .as_ref()
            .map(|m| m.lock().unwrap_or_else(|e| e.into_inner()))
    }

    pub fn config(&self) -> &LocalConfig {
        &self.config
    }

    /// Whether paths may be added.
    pub fn writable(&self) -> bool {
        !self.read_only
    }

    /// Where a store path's file really is.
    pub fn real_path(&self, path: &str) -> PathBuf {
        let rest = path
            .strip_prefix(&self.config.store_dir)
            .unwrap_or(path)
            .trim_start_matches('/');
        self.config.real_store_dir.join(rest)
    }

    /// Whether `path` is registered as valid.
    pub fn is_valid(&self, path: &str) -> StoreResult<bool> {
        let Some(db) = self.db() else {
            return Ok(false);
        };
        db.query_row("select 1 from ValidPaths where path = ?1", [path], |_| {
            Ok(())
        })
        .optional()
        .map(|r| r.is_some())
        .map_err(sql)
    }

    /// The paths `path` refers to, sorted.
    pub fn references(&self, path: &str) -> StoreResult<Vec<String>> {
        let Some(db) = self.db() else {
            return Ok(Vec::new());
        };
        let mut st = db
            .prepare(
                "select v.path from Refs r join ValidPaths v on r.reference = v.id \
                 where r.referrer = (select id from ValidPaths where path = ?1) order by v.path",
            )
            .map_err(sql)?;
        let rows = st
            .query_map([path], |r| r.get::<_, String>(0))
            .map_err(sql)?;
        rows.collect::<Result<_, _>>().map_err(sql)
    }

    /// The output paths a registered `.drv` names (`DerivationOutputs`).
    pub fn derivation_output(&self, drv: &str, output: &str) -> StoreResult<Option<String>> {
        let Some(db) = self.db() else {
            return Ok(None);
        };
        db.query_row(
            "select path from DerivationOutputs where drv = (select id from ValidPaths where path = ?1) and id = ?2",
            [drv, output],
            |r| r.get(0),
        )
        .optional()
        .map_err(sql)
    }

    /// Records `path` as a temporary GC root of this process (C++ Nix's `addTempRoot`).
    fn add_temp_root(&self, path: &str) -> StoreResult<()> {
        let mut roots = self.temp_roots.lock().unwrap_or_else(|e| e.into_inner());
        if roots.is_none() {
            let file = self
                .config
                .state_dir
                .join("temproots")
                .join(std::process::id().to_string());
            let f = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(true)
                .open(&file)
                .map_err(|e| io("creating file", &file, e))?;
            lock(&f, false).map_err(|e| io("acquiring lock", &file, e))?;
            *roots = Some((file, f));
        }
        let (file, f) = roots.as_mut().expect("created above");
        f.write_all(format!("{path}\0").as_bytes())
            .map_err(|e| io("writing file", file, e))
    }

    /// Adds the store object `path` with the NAR serialisation `nar` of its contents,
    /// content address `ca` and references `refs` (which must be valid), unless it is
    /// valid already. `outputs` are a `.drv`'s output paths (for `DerivationOutputs`).
    pub fn add(
        &self,
        path: &str,
        nar_bytes: &[u8],
        ca: &str,
        refs: &[String],
        outputs: &[(String, String)],
    ) -> StoreResult<()> {
        if self.read_only {
            return Err(format!(
                "cannot add '{path}' to the store: it is opened read-only"
            ));
        }
        self.add_temp_root(path)?;
        if self.is_valid(path)? {
            return Ok(());
        }
        let real = self.real_path(path);
        let lock_path = PathBuf::from(format!("{}.lock", real.display()));
        let lock_file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(|e| io("opening lock file", &lock_path, e))?;
        lock(&lock_file, true).map_err(|e| io("acquiring lock", &lock_path, e))?;
        let result = self.add_locked(path, &real, nar_bytes, ca, refs, outputs);
        let _ = fs::remove_file(&lock_path);
        result
    }

    fn add_locked(
        &self,
        path: &str,
        real: &Path,
        nar_bytes: &[u8],
        ca: &str,
        refs: &[String],
        outputs: &[(String, String)],
    ) -> StoreResult<()> {
        if self.is_valid(path)? {
            return Ok(());
        }
        if fs::symlink_metadata(real).is_ok() {
            remove_tree(real).map_err(|e| io("deleting", real, e))?;
        }
        nar::restore(nar_bytes, real).map_err(|e| io("unpacking into", real, e))?;
        canonicalise(real).map_err(|e| io("canonicalising", real, e))?;
        let hash = format!("sha256:{}", super::hex_encode(&super::sha256(nar_bytes)));
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        let db = self.db().expect("a writable store has a database");
        let tx = db.unchecked_transaction().map_err(sql)?;
        tx.execute(
            "insert into ValidPaths (path, hash, registrationTime, deriver, narSize, ultimate, sigs, ca) \
             values (?1, ?2, ?3, null, ?4, null, null, ?5)",
            params![path, hash, now, nar_bytes.len() as i64, ca],
        )
        .map_err(sql)?;
        let id = tx.last_insert_rowid();
        for r in refs {
            let rid: Option<i64> = tx
                .query_row("select id from ValidPaths where path = ?1", [r], |row| {
                    row.get(0)
                })
                .optional()
                .map_err(sql)?;
            let Some(rid) = rid else {
                return Err(format!(
                    "cannot add path '{path}' because it lacks a valid signature: its reference '{r}' is not valid"
                ));
            };
            tx.execute(
                "insert or replace into Refs (referrer, reference) values (?1, ?2)",
                params![id, rid],
            )
            .map_err(sql)?;
        }
        for (name, out) in outputs {
            tx.execute(
                "insert or replace into DerivationOutputs (drv, id, path) values (?1, ?2, ?3)",
                params![id, name, out],
            )
            .map_err(sql)?;
        }
        tx.commit().map_err(sql)
    }
}

impl LocalStore {
    /// Removes this process's temporary roots file (done on drop too).
    pub fn release_temp_roots(&self) {
        if let Some((file, _)) = self
            .temp_roots
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            let _ = fs::remove_file(file);
        }
    }
}

impl Drop for LocalStore {
    fn drop(&mut self) {
        self.release_temp_roots();
    }
}

/// Fails unless `db/schema` says version 10 (or is missing, for a store made by hand).
fn check_schema(db_dir: &Path) -> StoreResult<()> {
    let file = db_dir.join("schema");
    let Ok(text) = fs::read_to_string(&file) else {
        return Ok(());
    };
    match text.trim().parse::<u32>() {
        Ok(SCHEMA_VERSION) => Ok(()),
        Ok(v) => Err(format!(
            "current Nix store schema is version {v}, but I only support {SCHEMA_VERSION}"
        )),
        Err(_) => Err(format!("'{}' is corrupt", file.display())),
    }
}

/// Removes a file or a tree, making its directories writable first (store objects are
/// read-only).
fn remove_tree(path: &Path) -> std::io::Result<()> {
    let md = fs::symlink_metadata(path)?;
    if md.is_dir() {
        fs::set_permissions(path, fs::Permissions::from_mode(0o755))?;
        for e in fs::read_dir(path)? {
            remove_tree(&e?.path())?;
        }
        fs::remove_dir(path)
    } else {
        fs::remove_file(path)
    }
}

/// C++ Nix's `canonicalisePathMetaData`: files 0444 (0555 if executable), directories
/// 0555, modification time 1 (symbolic links keep their mode; their time is set too).
fn canonicalise(path: &Path) -> std::io::Result<()> {
    let md = fs::symlink_metadata(path)?;
    let ft = md.file_type();
    if ft.is_dir() {
        for e in fs::read_dir(path)? {
            canonicalise(&e?.path())?;
        }
    }
    if !ft.is_symlink() {
        let mode = if ft.is_dir() || md.permissions().mode() & 0o100 != 0 {
            0o555
        } else {
            0o444
        };
        fs::set_permissions(path, fs::Permissions::from_mode(mode))?;
    }
    set_mtime_one(path)
}

fn set_mtime_one(path: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes())
        .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    let times = [
        libc::timespec {
            tv_sec: 1,
            tv_nsec: 0,
        },
        libc::timespec {
            tv_sec: 1,
            tv_nsec: 0,
        },
    ];
    // SAFETY: a valid NUL-terminated path and two timespecs, as utimensat expects.
    let r = unsafe {
        libc::utimensat(
            libc::AT_FDCWD,
            c.as_ptr(),
            times.as_ptr(),
            libc::AT_SYMLINK_NOFOLLOW,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}
