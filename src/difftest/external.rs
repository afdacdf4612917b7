//! Running another evaluator: any command that takes `nix-instantiate`'s flags, run
//! through `sh -c` (so the command may carry its own arguments or variables), in its own
//! process group so that a hang past the time limit kills it and everything it started.

use super::outcome::{Class, Outcome, replace_bytes};
use super::profile::Profile;
use std::io;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What one run of the command gave.
#[derive(Clone, Debug)]
pub struct Ran {
    /// Exit status; `None` when killed by a signal (or by us after the time limit).
    pub status: Option<i32>,
    /// What the command wrote to standard output.
    pub stdout: Vec<u8>,
    /// What it wrote to standard error.
    pub stderr: String,
    /// Whether it was killed at the time limit.
    pub timed_out: bool,
    /// How long it ran.
    pub elapsed: Duration,
}

/// Runs `command args...` in `cwd` with a time limit. Output goes through files in
/// `scratch` (no pipe can fill up and block the child). `NIX_PATH` is removed from the
/// environment.
pub fn run_external(
    command: &str,
    args: &[&str],
    cwd: &Path,
    timeout: Duration,
    scratch: &Path,
) -> io::Result<Ran> {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    run(&Run {
        command,
        args: &args,
        cwd,
        timeout,
        scratch,
        env: &[("NIX_PATH", None)],
        stdin: None,
    })
}

/// One run of a command, as [`run`] makes it.
pub struct Run<'a> {
    /// A shell command (`sh -c`); the arguments follow it.
    pub command: &'a str,
    /// The arguments after the command.
    pub args: &'a [String],
    /// The working directory.
    pub cwd: &'a Path,
    /// The time limit.
    pub timeout: Duration,
    /// Where the output files go.
    pub scratch: &'a Path,
    /// Variables to set (`Some`) or remove (`None`).
    pub env: &'a [(&'a str, Option<&'a str>)],
    /// A file for standard input (else none).
    pub stdin: Option<&'a Path>,
}

/// Runs a command in its own process group; past the time limit the whole group is killed.
pub fn run(r: &Run) -> io::Result<Ran> {
    let out_path = r.scratch.join("stdout");
    let err_path = r.scratch.join("stderr");
    let start = Instant::now();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{} \"$@\"", r.command))
        .arg("sh")
        .args(r.args)
        .current_dir(r.cwd)
        .stdout(std::fs::File::create(&out_path)?)
        .stderr(std::fs::File::create(&err_path)?)
        .process_group(0);
    for (k, v) in r.env {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    cmd.stdin(match r.stdin {
        Some(p) => Stdio::from(std::fs::File::open(p)?),
        None => Stdio::null(),
    });
    let mut child = cmd.spawn()?;
    let mut pause = Duration::from_micros(200);
    let (status, timed_out) = loop {
        if let Some(st) = child.try_wait()? {
            break (st.code(), false);
        }
        if start.elapsed() >= r.timeout {
            // SAFETY: kill(2) on the process group we created; no memory is involved.
            unsafe {
                libc::kill(-(child.id() as i32), libc::SIGKILL);
            }
            child.wait()?;
            break (None, true);
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(5));
    };
    Ok(Ran {
        status,
        stdout: std::fs::read(&out_path)?,
        stderr: String::from_utf8_lossy(&std::fs::read(&err_path)?).into_owned(),
        timed_out,
        elapsed: start.elapsed(),
    })
}

/// An external evaluator, as `nixref diff --against` names it.
#[derive(Clone, Debug)]
pub struct External {
    /// A shell command run as `nix-instantiate` (flags and file follow it).
    pub command: String,
    /// The time limit of one run.
    pub timeout: Duration,
    /// Where output files go.
    pub scratch: PathBuf,
    /// The flags before the file: by default `--eval --strict --show-trace` (a full trace
    /// keeps the frame that marks a `throw`; C++ Nix cuts long traces otherwise).
    pub flags: Vec<String>,
    /// How its output is read (`--classify`).
    pub profile: Arc<Profile>,
}

/// The evaluation flags used unless `--flags` says otherwise.
pub fn default_flags() -> Vec<String> {
    ["--eval", "--strict", "--show-trace"]
        .map(String::from)
        .to_vec()
}

impl External {
    /// The outcome of `FLAGS FILE` run in `dir`, with `dir` in the output
    /// replaced by `/pwd` (as Nix's test suite does), so that paths compare equal to
    /// nixref's, which evaluates the same text as `/pwd/FILE`.
    pub fn outcome(&self, dir: &Path, file: &str) -> Outcome {
        let flags: Vec<&str> = self.flags.iter().map(String::as_str).collect();
        self.outcome_with(dir, file, &flags)
    }

    /// Runs the evaluator on `file` in `dir` with extra `flags` and classifies its output.
    pub fn outcome_with(&self, dir: &Path, file: &str, flags: &[&str]) -> Outcome {
        let mut args = flags.to_vec();
        args.push(file);
        let ran = run_external(&self.command, &args, dir, self.timeout, &self.scratch);
        self.read(ran, dir)
    }

    /// The outcome of a run, read by the profile, `dir` replaced by `/pwd`.
    pub fn read(&self, ran: io::Result<Ran>, dir: &Path) -> Outcome {
        match ran {
            Ok(r) if r.timed_out => Outcome::other(
                Class::Timeout,
                format!("no result after {:?}\n", self.timeout),
            ),
            Ok(r) => {
                let d = dir.to_string_lossy();
                let stdout = replace_bytes(&r.stdout, d.as_bytes(), b"/pwd");
                self.profile
                    .outcome(r.status, &stdout, &r.stderr.replace(&*d, "/pwd"))
            }
            Err(e) => Outcome::other(
                Class::Crash,
                format!("could not run '{}': {e}\n", self.command),
            ),
        }
    }

    /// Checks that the command works as an evaluator before a run: `1` must give the value
    /// `1`, and `throw` an error. The error says what went wrong, in words for the user.
    pub fn preflight(&self) -> Result<(), String> {
        let dir = self.scratch.join("preflight");
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let checks: [(&str, &str); 2] = [
            ("one.nix", "1\n"),
            ("error.nix", "throw \"nixref pre-flight check\"\n"),
        ];
        let mut problems = Vec::new();
        for (i, (name, text)) in checks.iter().enumerate() {
            std::fs::write(dir.join(name), text)
                .map_err(|e| format!("cannot write {}: {e}", dir.display()))?;
            let o = self.outcome(&dir, name);
            let fine = match i {
                0 => o.class == Class::Value && o.value == b"1\n",
                _ => o.class.is_error(),
            };
            if !fine {
                let got = match o.class {
                    Class::Value => format!(
                        "the value {:?}",
                        String::from_utf8_lossy(&o.value).trim_end()
                    ),
                    c => format!("{} ({})", c.name(), o.text.trim_end()),
                };
                let want = if i == 0 {
                    "the value 1"
                } else {
                    "an error (exit status 1)"
                };
                problems.push(format!(
                    "evaluating `{}` should give {want} but gave {got}",
                    text.trim_end()
                ));
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        if problems.is_empty() {
            return Ok(());
        }
        Err(format!(
            "'{}' does not work as an evaluator taking nix-instantiate's flags ({} FILE):\n  {}",
            self.command,
            self.flags.join(" "),
            problems.join("\n  ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hang_is_killed_at_the_limit() {
        let dir = std::env::temp_dir();
        let scratch = tempdir("ext-test");
        let t = Instant::now();
        let r = run_external(
            "sleep 10; true",
            &[],
            &dir,
            Duration::from_millis(200),
            &scratch,
        )
        .unwrap();
        assert!(r.timed_out);
        assert!(t.elapsed() < Duration::from_secs(5));
        let r = run_external("echo", &["hi"], &dir, Duration::from_secs(5), &scratch).unwrap();
        assert_eq!(r.stdout, b"hi\n");
        assert_eq!(r.status, Some(0));
        std::fs::remove_dir_all(scratch).unwrap();
    }

    fn tempdir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("nixref-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        d
    }
}
