//! Findings as spec fixtures in Nix's test format: `eval-okay-NAME.nix` with the
//! reference evaluator's `NAME.exp`, or `eval-fail-NAME.nix` with its `NAME.err.exp`
//! (`--show-trace`, the folder's path replaced by `/pwd`), plus `NAME.report.md`. The
//! expectation is produced by running the reference on the fixture file itself, in the
//! output folder, exactly as the spec runner will. A campaign writes one fixture per root
//! cause (its smallest program); the cause's report lists the other findings under it.

use super::campaign::{Finding, Origin, Summary};
use super::causes::Cause;
use super::external::External;
use super::outcome::{Class, Outcome, eval_nixref};
use super::report::{cause_members, finding_report, origin_text};
use std::io;
use std::path::Path;

/// Whose output becomes the expectation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    Nixref,
    Against,
}

/// The base name of a finding's files.
pub fn fixture_name(f: &Finding) -> String {
    match &f.origin {
        Origin::Generated { seed, index } => format!("diff-s{seed}-n{index}"),
        Origin::File(p) => {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("file");
            let stem = ["eval-okay-", "eval-fail-", "parse-fail-", "parse-okay-"]
                .iter()
                .fold(stem, |s, p| s.strip_prefix(p).unwrap_or(s));
            format!("diff-{stem}")
        }
    }
}

/// Writes the fixture of cause number `n` (its smallest finding) and its report (with
/// the cause's other findings). Returns the fixture's file name, if one was written.
pub fn write_cause(
    out: &Path,
    n: usize,
    cause: &Cause,
    sum: &Summary,
    reference: Reference,
    ext: &External,
) -> io::Result<Option<String>> {
    let f = &sum.findings[cause.representative()];
    let name = format!("cause{n}-{}", fixture_name(f));
    let mut report = finding_report(f, &name, command_name(&ext.command));
    report.push_str(&cause_members(cause, sum));
    std::fs::write(out.join(format!("{name}.report.md")), report)?;
    write_fixture(out, f, &name, reference, ext)
}

/// Writes the fixture of one finding as `NAME.nix` (when the reference's outcome is a
/// value or an error); gives its file name, if one was written.
fn write_fixture(
    out: &Path,
    f: &Finding,
    name: &str,
    reference: Reference,
    ext: &External,
) -> io::Result<Option<String>> {
    let want = match reference {
        Reference::Nixref => &f.nixref,
        Reference::Against => &f.other,
    };
    let kind = match want.class {
        Class::Value => "eval-okay",
        c if c.is_error() => "eval-fail",
        _ => return Ok(None),
    };
    let file = format!("{kind}-{name}.nix");
    let header = format!(
        "# difftest: nixref gives {}, {} gives {} ({})\n",
        f.nixref.class.name(),
        command_name(&ext.command),
        f.other.class.name(),
        match &f.origin {
            Origin::File(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            o => origin_text(o),
        }
    );
    let body = format!("{}\n", f.program.trim_end());
    // The comment shifts positions; if that changes the outcome, go without it.
    for text in [format!("{header}{body}"), body.clone()] {
        std::fs::write(out.join(&file), &text)?;
        let got = run_reference(out, &file, &text, reference, ext);
        if got.class == want.class {
            let (exp, contents) = match got.class {
                Class::Value => (format!("{kind}-{name}.exp"), got.value),
                _ => (format!("{kind}-{name}.err.exp"), got.text.into_bytes()),
            };
            std::fs::write(out.join(exp), contents)?;
            return Ok(Some(file));
        }
    }
    std::fs::remove_file(out.join(&file))?;
    Ok(None)
}

/// The command's program name, without its folder (fixtures hold no machine paths).
pub fn command_name(command: &str) -> &str {
    let first = command.split_whitespace().next().unwrap_or(command);
    first.rsplit('/').next().unwrap_or(first)
}

fn run_reference(
    dir: &Path,
    file: &str,
    text: &str,
    reference: Reference,
    ext: &External,
) -> Outcome {
    let d = dir.to_string_lossy();
    match reference {
        Reference::Nixref => eval_nixref(text, &dir.join(file)).normalised(&d),
        Reference::Against => {
            let plain = ext.outcome(dir, file);
            if plain.class == Class::Value {
                plain
            } else {
                ext.outcome_with(dir, file, &["--eval", "--strict", "--show-trace"])
            }
        }
    }
}
