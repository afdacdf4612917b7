//! `builtins.fetchMercurial` for local repositories, with the machine's `hg` (C++ Nix
//! runs `hg` too). Like `fetchGit`, nothing goes over the network: a URL that is not a
//! local path is a clear error, and so is a missing `hg`.
//!
//! A repository with no `rev` asked for and uncommitted changes is fetched as its
//! tracked files on disk (with C++ Nix's "unclean" warning, `rev` all zeroes and no
//! `revCount`); otherwise the revision (`rev`: a 40-digit hash, or a branch, tag or
//! bookmark; default `default`) is archived with `hg archive`.

use super::Builder;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::{CoerceMode, Evaluator};
use crate::value::{AttrsBuilder, PrimOp, Symbol, Value};
use std::path::Path;
use std::process::{Command, Stdio};

pub fn register(b: &mut Builder) {
    b.primop("fetchMercurial", 1, fetch_mercurial);
}

fn eval_error(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Io, msg)
}

/// Runs `hg` with plain (script-friendly) output; its standard output.
fn hg(args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("hg")
        .args(args)
        .env("HGPLAIN", "1")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => eval_error(
                "builtins.fetchMercurial needs Mercurial's 'hg' program, which is not on PATH",
            ),
            _ => eval_error(format!("running hg: {e}")),
        })?;
    if !out.status.success() {
        return Err(eval_error(format!(
            "hg {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(out.stdout)
}

fn hg_text(args: &[&str]) -> Result<String> {
    Ok(String::from_utf8_lossy(&hg(args)?).trim().to_string())
}

/// Whether `s` is a 40-digit hexadecimal revision (C++ Nix's `revRegex`).
fn is_rev(s: &str) -> bool {
    s.len() == 40 && s.bytes().all(|c| c.is_ascii_hexdigit())
}

fn fetch_mercurial(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let v = ev.force(&args[0])?;
    let mode = CoerceMode {
        more: false,
        copy_to_store: false,
        canonicalize: false,
    };
    let mut url = String::new();
    let mut rev = None;
    let mut r#ref = None;
    let mut name = "source".to_string();
    if let Value::Attrs(a) = &v {
        // In the set's (symbol) order, as C++ Nix walks it.
        for e in a.iter() {
            let x = &e.value;
            // Checked at the attribute's definition, as in C++ Nix.
            let at = |err: Error| err.at_call_site(e.pos);
            match ev.symbols.name(e.name) {
                b"url" => {
                    url = ev
                        .coerce_to_nix_string(
                            x,
                            mode,
                            "while evaluating the `url` attribute passed to builtins.fetchMercurial",
                        ).map_err(at)?
                        .to_str_lossy()
                        .into_owned();
                }
                b"rev" => {
                    let s = ev.force_string_no_ctx(
                        x,
                        "while evaluating the `rev` attribute passed to builtins.fetchMercurial",
                    ).map_err(at)?;
                    let s = s.to_str_lossy().into_owned();
                    if is_rev(&s) {
                        rev = Some(s.to_ascii_lowercase());
                    } else {
                        r#ref = Some(s);
                    }
                }
                b"name" => {
                    name = ev
                        .force_string_no_ctx(
                            x,
                            "while evaluating the `name` attribute passed to builtins.fetchMercurial",
                        ).map_err(at)?
                        .to_str_lossy()
                        .into_owned();
                }
                other => {
                    return Err(Error::type_error(format!(
                        "unsupported argument '{}' to 'fetchMercurial'",
                        String::from_utf8_lossy(other)
                    ))
                    .with_pos(e.pos));
                }
            }
        }
        if url.is_empty() {
            return Err(Error::type_error("'url' argument required"));
        }
    } else {
        url = ev
            .coerce_to_nix_string(
                &v,
                mode,
                "while evaluating the first argument passed to builtins.fetchMercurial",
            )?
            .to_str_lossy()
            .into_owned();
    }
    super::fetch::check_uri(ev, &url)?;
    if ev.options.pure_eval && rev.is_none() {
        return Err(eval_error(
            "in pure evaluation mode, 'fetchMercurial' requires a Mercurial revision",
        ));
    }
    let local = match url.split_once("://") {
        None => crate::eval::absolute_path(&url),
        Some(("file", p)) => crate::eval::absolute_path(p),
        Some(_) => {
            return Err(eval_error(format!(
                "unable to fetch '{url}': nixref does not use the network; only local Mercurial repositories can be fetched"
            )));
        }
    };
    let dest = ev.scratch_dir()?;
    let unlocked = rev.is_none() && r#ref.is_none();
    let dirty = unlocked
        && Path::new(&local).join(".hg").exists()
        && !hg(&["status", "-R", &local, "--modified", "--added", "--removed"])?.is_empty();
    let mut m = AttrsBuilder::new();
    let (branch, node, rev_count) = if dirty {
        ev.warn(&format!("Mercurial tree '{local}' is unclean"));
        let branch = hg_text(&["branch", "-R", &local])?;
        let files = hg(&[
            "status",
            "-R",
            &local,
            "--clean",
            "--modified",
            "--added",
            "--no-status",
            "--print0",
        ])?;
        for f in files.split(|&b| b == 0).filter(|f| !f.is_empty()) {
            let f = String::from_utf8_lossy(f).into_owned();
            copy_file(&Path::new(&local).join(&f), &dest.join(&f))
                .map_err(|e| eval_error(format!("copying '{f}' from '{local}': {e}")))?;
        }
        (branch, "0".repeat(40), None)
    } else {
        let spec = rev
            .clone()
            .or(r#ref.clone())
            .unwrap_or_else(|| "default".to_string());
        let line = hg_text(&[
            "log",
            "-R",
            &local,
            "-r",
            &spec,
            "--template",
            "{node} {rev} {branch}",
        ])?;
        let parts: Vec<&str> = line.split(' ').collect();
        let [node, count, branch] = parts[..] else {
            return Err(eval_error(format!(
                "unexpected output of 'hg log' for '{spec}': {line}"
            )));
        };
        let out = dest.join("archive");
        hg(&["archive", "-R", &local, "-r", node, &out.to_string_lossy()])?;
        let _ = std::fs::remove_file(out.join(".hg_archival.txt"));
        (
            branch.to_string(),
            node.to_string(),
            Some(count.parse::<i64>().unwrap_or(0)),
        )
    };
    let tree = if dirty {
        dest.clone()
    } else {
        dest.join("archive")
    };
    let nar = crate::store::nar_sha256(&tree)
        .map_err(|e| eval_error(format!("hashing '{}': {e}", tree.display())))?;
    let store_dir = &ev.options.store_dir;
    let path = crate::store::fixed_output_path(store_dir, &name, true, "sha256", &nar);
    crate::store::check_store_name(&name).map_err(|reason| {
        eval_error(crate::store::invalid_store_path_message(
            store_dir, &path, &reason,
        ))
    })?;
    super::store::add_fetched(ev, &path, tree, false)?;
    m.insert(Symbol::OUT_PATH, super::fetch::store_path_string(path));
    m.insert(ev.sym("branch"), Value::string(branch.as_str()));
    m.insert(ev.sym("rev"), Value::string(node.as_str()));
    m.insert(ev.sym("shortRev"), Value::string(&node[..12]));
    if let Some(n) = rev_count {
        m.insert(ev.sym("revCount"), Value::Int(n));
    }
    Ok(Value::Attrs(m.finish()))
}

/// Copies one tracked file (or symbolic link) with its executable bit.
fn copy_file(from: &Path, to: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let md = std::fs::symlink_metadata(from)?;
    if md.file_type().is_symlink() {
        return std::os::unix::fs::symlink(std::fs::read_link(from)?, to);
    }
    std::fs::copy(from, to)?;
    let perm = if md.permissions().mode() & 0o100 != 0 {
        0o755
    } else {
        0o644
    };
    std::fs::set_permissions(to, std::fs::Permissions::from_mode(perm))
}
