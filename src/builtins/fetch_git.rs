//! `fetchGit` for local repositories, by running the machine's `git` command (C++ Nix
//! links libgit2; the `git` command reads the same repositories and gives the same
//! trees). Remote repositories need the network, which nixref does not use.
//!
//! As in C++ Nix 2.26:
//! - A work tree fetched without `ref` or `rev` gives the files Git tracks (in the
//!   index, not deleted), read from the disk. When any tracked file differs from
//!   `HEAD` the tree is "dirty": a warning, `rev` of zeroes, `revCount = 0`, and
//!   `dirtyRev` / `dirtyShortRev` naming `HEAD`.
//! - With `ref` or `rev`, or from a bare repository, the tree of that commit.
//! - Paths with the `export-ignore` attribute are left out (unless `submodules =
//!   true`, which turns that off), from the index's `.gitattributes` for a work tree,
//!   from the commit's otherwise.
//! - The result is `{ outPath; narHash; rev; shortRev; revCount; lastModified;
//!   lastModifiedDate; submodules; }`, `outPath` a `source` store path of the tree.
//!
//! Repositories with submodules are not supported when `submodules = true`.

use super::Builder;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::value::{AttrsBuilder, PrimOp, Symbol, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub fn register(b: &mut Builder) {
    b.primop("fetchGit", 1, fetch_git);
}

/// An input attribute's value, as C++ Nix's fetchers keep them.
#[derive(Clone, Debug, PartialEq)]
enum Attr {
    Str(String),
    Bool(bool),
    Int(u64),
}

type Attrs = BTreeMap<String, Attr>;

/// The attributes the Git fetcher accepts.
const ALLOWED: &[&str] = &[
    "url",
    "ref",
    "rev",
    "shallow",
    "submodules",
    "exportIgnore",
    "lastModified",
    "revCount",
    "narHash",
    "allRefs",
    "name",
    "dirtyRev",
    "dirtyShortRev",
    "verifyCommit",
    "keytype",
    "publicKey",
    "publicKeys",
];

fn eval_error(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Type, msg)
}

fn fetch_git(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let attrs = input_attrs(ev, &args[0])?;
    let input = check_input(attrs)?;
    if ev.options.pure_eval && !input.contains_key("rev") {
        return Err(eval_error(format!(
            "in pure evaluation mode, 'fetchGit' will not fetch unlocked input '{}'",
            input_string(&input)
        )));
    }
    super::fetch::check_uri(ev, &input_string(&input))?;
    let trace = format!("while fetching the input '{}'", input_string(&input));
    fetch(ev, &input).map_err(|e| e.with_context(None, trace))
}

/// The argument as fetcher attributes: a URL (string or path), or a set of strings,
/// paths (not copied), Booleans and non-negative integers.
fn input_attrs(ev: &Evaluator, arg: &Value) -> Result<Attrs> {
    let no_copy = CoerceMode {
        more: false,
        copy_to_store: false,
        canonicalize: true,
    };
    let mut attrs = Attrs::new();
    attrs.insert("type".into(), Attr::Str("git".into()));
    match ev.force(arg)? {
        Value::Attrs(a) => {
            if a.contains(Symbol::TYPE) {
                return Err(eval_error("unexpected attribute 'type'"));
            }
            for e in a.iter() {
                let name = ev.symbols.text(e.name).into_owned();
                let v = ev.force(&e.value)?;
                let attr = match &v {
                    Value::String(_) | Value::Path(_) => {
                        let s = ev.coerce_to_nix_string(&v, no_copy, "")?;
                        let s = s.to_str_lossy().into_owned();
                        Attr::Str(if name == "url" { fix_git_url(&s) } else { s })
                    }
                    Value::Bool(b) => Attr::Bool(*b),
                    Value::Int(i) if *i < 0 => {
                        return Err(eval_error(format!(
                            "negative value given for fetchTree attr {name}: {i}"
                        )));
                    }
                    Value::Int(i) => Attr::Int(*i as u64),
                    other => {
                        return Err(eval_error(format!(
                            "fetchTree argument '{name}' is {} while a string, Boolean or integer is expected",
                            other.type_phrase()
                        )));
                    }
                };
                attrs.insert(name, attr);
            }
            let submodules = attrs.get("submodules") == Some(&Attr::Bool(true));
            if !attrs.contains_key("exportIgnore") && !submodules {
                attrs.insert("exportIgnore".into(), Attr::Bool(true));
            }
        }
        v => {
            let s = ev.coerce_to_nix_string(
                &v,
                no_copy,
                "while evaluating the first argument passed to the fetcher",
            )?;
            attrs.insert("url".into(), Attr::Str(fix_git_url(&s.to_str_lossy())));
            attrs.insert("exportIgnore".into(), Attr::Bool(true));
        }
    }
    Ok(attrs)
}

/// C++ Nix's `fixGitURL`: a path becomes a `file://` URL; `user@host:path` an `ssh://`
/// one.
fn fix_git_url(url: &str) -> String {
    if url.starts_with("file:") {
        return url.to_string();
    }
    if !url.starts_with('/')
        && let Some((user, rest)) = url.split_once('@')
        && !user.contains('/')
        && let Some((host, path)) = rest.split_once(':')
    {
        return format!("ssh://{user}@{host}/{path}");
    }
    if !url.contains("://") {
        return format!("file://{url}");
    }
    url.to_string()
}

/// The Git scheme's checks of its attributes, in C++ Nix's order.
fn check_input(attrs: Attrs) -> Result<Attrs> {
    for name in attrs.keys() {
        if name != "type" && !ALLOWED.contains(&name.as_str()) {
            return Err(eval_error(format!(
                "input attribute '{name}' not supported by scheme 'git'"
            )));
        }
    }
    match attrs.get("url") {
        None => return Err(eval_error("input attribute 'url' is missing")),
        Some(Attr::Str(_)) => {}
        Some(_) => {
            return Err(eval_error(format!(
                "input attribute 'url' is not a string {}",
                attrs_json(&attrs)
            )));
        }
    }
    if let Some(Attr::Str(r)) = attrs.get("ref")
        && !is_legal_ref_name(r)
    {
        return Err(eval_error(format!("invalid Git branch/tag name '{r}'")));
    }
    if let Some(Attr::Str(rev)) = attrs.get("rev") {
        super::hashes::parse_any(rev.as_bytes(), Some(super::hashes::Algo::Sha1))?;
    }
    Ok(attrs)
}

/// The attributes as JSON, for C++ Nix's message about a bad `url`.
fn attrs_json(attrs: &Attrs) -> String {
    let items: Vec<String> = attrs
        .iter()
        .map(|(k, v)| {
            let v = match v {
                Attr::Str(s) => format!("{s:?}"),
                Attr::Bool(b) => b.to_string(),
                Attr::Int(i) => i.to_string(),
            };
            format!("{k:?}:{v}")
        })
        .collect();
    format!("{{{}}}", items.join(","))
}

/// Whether Git would accept `r` as a branch or tag name (the characters and
/// sequences C++ Nix rejects).
fn is_legal_ref_name(r: &str) -> bool {
    !(r.is_empty()
        || r.starts_with('/')
        || r.starts_with('-')
        || r.ends_with('/')
        || r.ends_with('.')
        || r.ends_with(".lock")
        || r.contains("..")
        || r.contains("//")
        || r.contains("@{")
        || r.contains("/.")
        || r == "@"
        || r.chars().any(|c| {
            c.is_ascii_control() || matches!(c, ' ' | '~' | '^' | ':' | '?' | '*' | '[' | '\\')
        }))
}

/// The input's URL with its other attributes as a query (C++ Nix's `to_string`).
fn input_string(attrs: &Attrs) -> String {
    let mut query = Vec::new();
    for (k, v) in attrs {
        if k == "type" || k == "url" {
            continue;
        }
        let v = match v {
            Attr::Str(s) => s.clone(),
            Attr::Bool(b) => (if *b { "1" } else { "0" }).to_string(),
            Attr::Int(i) => i.to_string(),
        };
        query.push(format!("{k}={v}"));
    }
    let url = url_string(attrs);
    if query.is_empty() {
        url
    } else {
        format!("{url}?{}", query.join("&"))
    }
}

/// `git+<url>`, what restricted mode checks against `allowed-uris`.
fn url_string(attrs: &Attrs) -> String {
    match attrs.get("url") {
        Some(Attr::Str(u)) => format!("git+{u}"),
        _ => String::new(),
    }
}

fn str_attr<'a>(attrs: &'a Attrs, name: &str) -> Option<&'a str> {
    match attrs.get(name) {
        Some(Attr::Str(s)) => Some(s),
        _ => None,
    }
}

fn bool_attr(attrs: &Attrs, name: &str) -> bool {
    matches!(attrs.get(name), Some(Attr::Bool(true)))
}

/// Runs `git` with `args` in `git_dir`'s repository; its standard output.
fn git(repo: &Repo, args: &[&str], input: Option<&[u8]>) -> Result<Vec<u8>> {
    let mut cmd = Command::new("git");
    match repo {
        Repo::WorkTree(p) => cmd.arg("-C").arg(p),
        Repo::Bare(p) => cmd.arg("--git-dir").arg(p),
    };
    cmd.args(["-c", "core.attributesFile=/dev/null"])
        .args(args)
        .env("GIT_ATTR_NOSYSTEM", "1")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| eval_error(format!("running git: {e}")))?;
    if let Some(data) = input {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("piped");
        let data = data.to_vec();
        std::thread::spawn(move || stdin.write_all(&data));
    }
    let out = child
        .wait_with_output()
        .map_err(|e| eval_error(format!("running git: {e}")))?;
    if !out.status.success() {
        return Err(eval_error(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(out.stdout)
}

fn git_text(repo: &Repo, args: &[&str]) -> Result<String> {
    Ok(String::from_utf8_lossy(&git(repo, args, None)?)
        .trim()
        .to_string())
}

/// A local repository: a work tree (with `.git`), or a bare repository.
enum Repo {
    WorkTree(PathBuf),
    Bare(PathBuf),
}

impl Repo {
    fn open(path: &Path) -> Option<Repo> {
        if path.join(".git").exists() {
            return Some(Repo::WorkTree(path.to_path_buf()));
        }
        let bare = Repo::Bare(path.to_path_buf());
        let ok = git_text(&bare, &["rev-parse", "--is-bare-repository"]).ok()?;
        (ok == "true").then_some(bare)
    }
}

/// What the fetch found, for the result set.
struct Fetched {
    tree: PathBuf,
    rev: Option<String>,
    rev_count: u64,
    last_modified: i64,
    dirty_head: Option<String>,
}

const NULL_REV: &str = "0000000000000000000000000000000000000000";

fn fetch(ev: &Evaluator, input: &Attrs) -> Result<Value> {
    let url = str_attr(input, "url").unwrap_or_default();
    let Some(path) = url.strip_prefix("file://") else {
        return Err(eval_error(format!(
            "unable to fetch '{url}': nixref does not use the network; only local Git repositories can be fetched"
        )));
    };
    let path = crate::eval::absolute_path(path.split('?').next().unwrap_or(path));
    let Some(repo) = Repo::open(Path::new(&path)) else {
        ev.warn(&format!(
            "could not read HEAD ref from repo at 'file://{path}', using 'master'"
        ));
        return Err(eval_error(
            "resolving Git reference 'master': revspec 'master' not found",
        ));
    };
    let export_ignore = bool_attr(input, "exportIgnore");
    if bool_attr(input, "submodules") && export_ignore {
        return Err(eval_error(
            "exportIgnore and submodules are not supported together yet",
        ));
    }
    let scratch = ev.scratch_dir()?;
    let from_commit =
        input.contains_key("ref") || input.contains_key("rev") || matches!(repo, Repo::Bare(_));
    let fetched = if from_commit {
        from_revision(ev, &repo, input, export_ignore, &scratch)?
    } else {
        from_work_tree(ev, &repo, &path, export_ignore, &scratch)?
    };
    if bool_attr(input, "submodules") {
        match (&fetched.rev, from_commit) {
            (Some(rev), true) => {
                commit_submodules(&repo, &path, rev, export_ignore, &fetched.tree)?
            }
            _ => work_tree_submodules(ev, &path, export_ignore, &fetched.tree)?,
        }
    }
    result(ev, input, fetched)
}

/// The submodules `.gitmodules` declares (from `git config` output on it): their
/// paths, and their URLs when given.
fn submodules_of(listing: &str) -> Vec<(String, Option<String>)> {
    let mut paths: Vec<(String, String)> = Vec::new();
    let mut urls: std::collections::HashMap<String, String> = Default::default();
    for line in listing.lines() {
        let Some((key, value)) = line.split_once(' ') else {
            continue;
        };
        let Some(rest) = key.strip_prefix("submodule.") else {
            continue;
        };
        if let Some(name) = rest.strip_suffix(".path") {
            paths.push((name.to_string(), value.to_string()));
        } else if let Some(name) = rest.strip_suffix(".url") {
            urls.insert(name.to_string(), value.to_string());
        }
    }
    paths
        .into_iter()
        .map(|(name, path)| (path, urls.get(&name).cloned()))
        .collect()
}

/// `submodules = true` on a work tree (C++ Nix mounts each submodule's own work tree,
/// fetched the same way): each submodule `.gitmodules` names is fetched from its work
/// tree into its place, recursively.
fn work_tree_submodules(
    ev: &Evaluator,
    path: &str,
    export_ignore: bool,
    dest: &Path,
) -> Result<()> {
    let modules = Path::new(path).join(".gitmodules");
    if !modules.exists() {
        return Ok(());
    }
    let listing = Command::new("git")
        .args(["config", "-f"])
        .arg(&modules)
        .args(["--get-regexp", r"^submodule\..*\.(path|url)$"])
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .map_err(|e| eval_error(format!("running git: {e}")))?;
    let listing = String::from_utf8_lossy(&listing.stdout).into_owned();
    for (sub, _) in submodules_of(&listing) {
        let sub_path = crate::path::canon_path(&format!("{path}/{sub}"));
        let Some(repo) = Repo::open(Path::new(&sub_path)) else {
            return Err(eval_error(format!(
                "the Git submodule '{sub}' of '{path}' is not checked out; nixref fetches the submodules of a work tree from their own work trees"
            )));
        };
        let target = dest.join(&sub);
        let io = |e: std::io::Error| eval_error(format!("copying a Git submodule: {e}"));
        if target.exists() {
            std::fs::remove_dir_all(&target).map_err(io)?;
        }
        std::fs::create_dir_all(&target).map_err(io)?;
        from_work_tree(ev, &repo, &sub_path, export_ignore, &target)?;
        work_tree_submodules(ev, &sub_path, export_ignore, &target)?;
    }
    Ok(())
}

/// `submodules = true` with a `rev` or `ref`: each submodule of the commit (a tree
/// entry of mode 160000) is written at the commit it records, from the repository its
/// URL in the commit's `.gitmodules` names (relative URLs are relative to `path`);
/// only local repositories can be fetched.
fn commit_submodules(
    repo: &Repo,
    path: &str,
    rev: &str,
    export_ignore: bool,
    dest: &Path,
) -> Result<()> {
    let Ok(listing) = git_text(
        repo,
        &[
            "config",
            "--blob",
            &format!("{rev}:.gitmodules"),
            "--get-regexp",
            r"^submodule\..*\.(path|url)$",
        ],
    ) else {
        return Ok(());
    };
    for (sub, url) in submodules_of(&listing) {
        let Ok(entry) = git_text(repo, &["ls-tree", rev, "--", &sub]) else {
            continue;
        };
        let Some(oid) = entry
            .split_whitespace()
            .nth(2)
            .filter(|_| entry.starts_with("160000"))
        else {
            continue;
        };
        let url = url.unwrap_or_else(|| format!("./{sub}"));
        let local = if url.starts_with("./") || url.starts_with("../") {
            crate::path::canon_path(&format!("{path}/{url}"))
        } else if let Some(p) = url.strip_prefix("file://") {
            p.to_string()
        } else if url.starts_with('/') {
            url.clone()
        } else {
            return Err(eval_error(format!(
                "unable to fetch Git submodule '{sub}' from '{url}': nixref does not use the network; only local Git repositories can be fetched"
            )));
        };
        let Some(sub_repo) = Repo::open(Path::new(&local)) else {
            return Err(eval_error(format!(
                "the Git submodule '{sub}' of '{path}' names '{url}', which is not a Git repository"
            )));
        };
        let target = dest.join(&sub);
        write_commit_tree(&sub_repo, oid, export_ignore, &target)?;
        commit_submodules(&sub_repo, &local, oid, export_ignore, &target)?;
    }
    Ok(())
}

/// The result set of `fetchGit`.
fn result(ev: &Evaluator, input: &Attrs, f: Fetched) -> Result<Value> {
    let nar = crate::store::nar_sha256(&f.tree)
        .map_err(|e| eval_error(format!("hashing '{}': {e}", f.tree.display())))?;
    let name = str_attr(input, "name").unwrap_or("source");
    let store_dir = &ev.options.store_dir;
    let out = crate::store::fixed_output_path(store_dir, name, true, "sha256", &nar);
    crate::store::check_store_name(name).map_err(|reason| {
        eval_error(crate::store::invalid_store_path_message(
            store_dir, &out, &reason,
        ))
    })?;
    super::store::add_fetched(ev, &out, f.tree.clone(), false)?;
    let mut m = AttrsBuilder::with_capacity(10);
    m.insert(Symbol::OUT_PATH, super::fetch::store_path_string(out));
    let sri = super::hashes::render(
        super::hashes::Algo::Sha256,
        &nar,
        super::hashes::Format::Sri,
    );
    m.insert(ev.sym("narHash"), Value::string(sri.as_str()));
    m.insert(
        ev.sym("submodules"),
        Value::Bool(bool_attr(input, "submodules")),
    );
    let rev = f.rev.as_deref().unwrap_or(NULL_REV);
    m.insert(ev.sym("rev"), Value::string(rev));
    m.insert(ev.sym("shortRev"), Value::string(&rev[..7]));
    m.insert(ev.sym("revCount"), Value::Int(f.rev_count as i64));
    if let Some(head) = &f.dirty_head {
        m.insert(
            ev.sym("dirtyRev"),
            Value::string(format!("{head}-dirty").as_str()),
        );
        m.insert(
            ev.sym("dirtyShortRev"),
            Value::string(format!("{}-dirty", &head[..7]).as_str()),
        );
    }
    m.insert(ev.sym("lastModified"), Value::Int(f.last_modified));
    m.insert(
        ev.sym("lastModifiedDate"),
        Value::string(utc_date(f.last_modified).as_str()),
    );
    Ok(Value::Attrs(m.finish()))
}

/// `%Y%m%d%H%M%S` in UTC.
fn utc_date(secs: i64) -> String {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}{m:02}{d:02}{:02}{:02}{:02}",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// The commit a `ref` or `rev` names, its tree written to `dest`.
fn from_revision(
    ev: &Evaluator,
    repo: &Repo,
    input: &Attrs,
    export_ignore: bool,
    dest: &Path,
) -> Result<Fetched> {
    let rev = match str_attr(input, "rev") {
        Some(rev) => {
            if git(
                repo,
                &["cat-file", "-e", &format!("{rev}^{{commit}}")],
                None,
            )
            .is_err()
            {
                return Err(eval_error(format!(
                    "getting Git object '{rev}': object not found - no match for id ({rev})"
                )));
            }
            rev.to_string()
        }
        None => {
            let r = match str_attr(input, "ref") {
                Some(r) => r.to_string(),
                None => default_ref(ev, repo),
            };
            // A bare repository is fetched by branch name first, as C++ Nix does.
            let mut specs = vec![r.clone()];
            if matches!(repo, Repo::Bare(_)) && !r.starts_with("refs/") && r != "HEAD" {
                specs.insert(0, format!("refs/heads/{r}"));
            }
            specs
                .iter()
                .find_map(|spec| {
                    git_text(
                        repo,
                        &["rev-parse", "--verify", "-q", &format!("{spec}^{{commit}}")],
                    )
                    .ok()
                })
                .ok_or_else(|| {
                    eval_error(format!(
                        "resolving Git reference '{r}': revspec '{r}' not found"
                    ))
                })?
        }
    };
    write_commit_tree(repo, &rev, export_ignore, dest)?;
    let shallow = bool_attr(input, "shallow") && matches!(repo, Repo::Bare(_));
    Ok(Fetched {
        tree: dest.to_path_buf(),
        rev_count: if shallow { 0 } else { rev_count(repo, &rev)? },
        last_modified: commit_time(repo, &rev)?,
        rev: Some(rev),
        dirty_head: None,
    })
}

/// The branch `HEAD` points to, or `master` with C++ Nix's warning.
fn default_ref(ev: &Evaluator, repo: &Repo) -> String {
    match git_text(repo, &["symbolic-ref", "-q", "HEAD"]) {
        Ok(r) if !r.is_empty() => r,
        _ => {
            let p = match repo {
                Repo::WorkTree(p) | Repo::Bare(p) => p.display().to_string(),
            };
            ev.warn(&format!(
                "could not read HEAD ref from repo at '{p}', using 'master'"
            ));
            "master".to_string()
        }
    }
}

fn rev_count(repo: &Repo, rev: &str) -> Result<u64> {
    Ok(git_text(repo, &["rev-list", "--count", rev])?
        .parse()
        .unwrap_or(0))
}

fn commit_time(repo: &Repo, rev: &str) -> Result<i64> {
    Ok(git_text(repo, &["log", "-1", "--format=%ct", rev])?
        .parse()
        .unwrap_or(0))
}

/// The paths among `paths` (and below them) that have `export-ignore` set, by
/// `check-attr` with `source` (`--cached` or `--source=<rev>`).
fn export_ignored(repo: &Repo, source: &str, paths: &[String]) -> Result<Vec<String>> {
    let mut all: Vec<String> = Vec::new();
    for p in paths {
        let mut prefix = String::new();
        for c in p.split('/') {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(c);
            all.push(prefix.clone());
        }
    }
    all.sort();
    all.dedup();
    let stdin: Vec<u8> = all
        .iter()
        .flat_map(|p| [p.as_bytes(), b"\0"].concat())
        .collect();
    let out = git(
        repo,
        &["check-attr", source, "-z", "--stdin", "export-ignore"],
        Some(&stdin),
    )?;
    let fields: Vec<&[u8]> = out.split(|&b| b == 0).collect();
    Ok(fields
        .chunks(3)
        .filter(|c| c.len() == 3 && c[2] == b"set")
        .map(|c| String::from_utf8_lossy(c[0]).into_owned())
        .collect())
}

/// Whether `path` or a directory above it is in `ignored`.
fn is_ignored(ignored: &[String], path: &str) -> bool {
    ignored
        .iter()
        .any(|i| path == i || (path.starts_with(i.as_str()) && path.as_bytes()[i.len()] == b'/'))
}

/// Writes the tree of commit `rev` to `dest` from the repository's objects.
fn write_commit_tree(repo: &Repo, rev: &str, export_ignore: bool, dest: &Path) -> Result<()> {
    let listing = git(repo, &["ls-tree", "-r", "-z", "--full-tree", rev], None)?;
    let mut entries = Vec::new();
    for line in listing.split(|&b| b == 0).filter(|l| !l.is_empty()) {
        let Some(tab) = line.iter().position(|&b| b == b'\t') else {
            continue;
        };
        let meta = String::from_utf8_lossy(&line[..tab]).into_owned();
        let path = String::from_utf8_lossy(&line[tab + 1..]).into_owned();
        let parts: Vec<&str> = meta.split(' ').collect();
        if parts.len() == 3 {
            entries.push((parts[0].to_string(), parts[2].to_string(), path));
        }
    }
    let paths: Vec<String> = entries.iter().map(|e| e.2.clone()).collect();
    let ignored = if export_ignore {
        export_ignored(repo, &format!("--source={rev}"), &paths)?
    } else {
        Vec::new()
    };
    let io = |e: std::io::Error| eval_error(format!("writing a Git tree: {e}"));
    for (mode, oid, path) in entries {
        if is_ignored(&ignored, &path) {
            continue;
        }
        let target = dest.join(&path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        if mode == "160000" {
            std::fs::create_dir_all(&target).map_err(io)?;
            continue;
        }
        let data = git(repo, &["cat-file", "blob", &oid], None)?;
        write_entry(&target, &mode, &data).map_err(io)?;
    }
    Ok(())
}

/// Writes one file of a Git tree: a symbolic link (mode 120000) or a regular file,
/// executable for mode 100755.
fn write_entry(target: &Path, mode: &str, data: &[u8]) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::PermissionsExt;
    if mode == "120000" {
        return std::os::unix::fs::symlink(std::ffi::OsStr::from_bytes(data), target);
    }
    std::fs::write(target, data)?;
    let perm = if mode == "100755" { 0o755 } else { 0o644 };
    std::fs::set_permissions(target, std::fs::Permissions::from_mode(perm))
}

/// The tracked files of a work tree as they are on disk.
fn from_work_tree(
    ev: &Evaluator,
    repo: &Repo,
    path: &str,
    export_ignore: bool,
    dest: &Path,
) -> Result<Fetched> {
    let split = |b: Vec<u8>| -> Vec<String> {
        b.split(|&c| c == 0)
            .filter(|l| !l.is_empty())
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .collect()
    };
    let deleted = split(git(repo, &["ls-files", "-z", "--deleted"], None)?);
    let files: Vec<String> = split(git(repo, &["ls-files", "-z", "--cached"], None)?)
        .into_iter()
        .filter(|f| !deleted.contains(f))
        .collect();
    let status = git(
        repo,
        &[
            "status",
            "--porcelain",
            "-z",
            "--untracked-files=no",
            "--ignore-submodules=all",
        ],
        None,
    )?;
    let dirty = !status.is_empty();
    let head = git_text(repo, &["rev-parse", "--verify", "-q", "HEAD"]).ok();
    let ignored = if export_ignore {
        export_ignored(repo, "--cached", &files)?
    } else {
        Vec::new()
    };
    let io = |e: std::io::Error| eval_error(format!("copying a Git work tree: {e}"));
    for f in &files {
        if is_ignored(&ignored, f) {
            continue;
        }
        copy_from_disk(&Path::new(path).join(f), &dest.join(f)).map_err(io)?;
    }
    if dirty {
        ev.warn(&format!("Git tree '{path}' is dirty"));
    }
    let last_modified = match &head {
        Some(h) => commit_time(repo, h)?,
        None => 0,
    };
    let rev_count = match (&head, dirty) {
        (Some(h), false) => rev_count(repo, h)?,
        _ => 0,
    };
    Ok(Fetched {
        tree: dest.to_path_buf(),
        rev: if dirty {
            None
        } else {
            Some(head.clone().unwrap_or_else(|| NULL_REV.to_string()))
        },
        rev_count,
        last_modified,
        dirty_head: if dirty { head } else { None },
    })
}

/// Copies one tracked file (or symbolic link) with its executable bit.
fn copy_from_disk(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let md = std::fs::symlink_metadata(from)?;
    if md.file_type().is_symlink() {
        return std::os::unix::fs::symlink(std::fs::read_link(from)?, to);
    }
    if md.is_dir() {
        return std::fs::create_dir_all(to);
    }
    std::fs::copy(from, to)?;
    let perm = if md.permissions().mode() & 0o100 != 0 {
        0o755
    } else {
        0o644
    };
    std::fs::set_permissions(to, std::fs::Permissions::from_mode(perm))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn git_urls() {
        assert_eq!(fix_git_url("/a/b"), "file:///a/b");
        assert_eq!(
            fix_git_url("git@github.com:NixOS/nix"),
            "ssh://git@github.com/NixOS/nix"
        );
        assert_eq!(fix_git_url("https://x/y"), "https://x/y");
    }

    #[test]
    fn dates() {
        assert_eq!(utc_date(1706790600), "20240201123000");
        assert_eq!(utc_date(0), "19700101000000");
    }
}
