//! Readable output: one report per finding (the program, both sides, a diff), and the
//! closing summary table of a campaign.

use super::campaign::{Finding, Origin, Summary};
use super::coverage::FORMS;
use super::minimise::token_count;
use super::outcome::Outcome;
use std::collections::BTreeSet;
use std::fmt::Write;

/// Where a program came from, in words.
pub fn origin_text(o: &Origin) -> String {
    match o {
        Origin::Generated { seed, index } => format!("seed {seed}, program {index}"),
        Origin::File(p) => p.display().to_string(),
    }
}

/// A line diff, `-` for nixref and `+` for the other evaluator.
pub use crate::conformance::diff;

fn side(o: &Outcome) -> String {
    let mut s = format!("class: {}\n", o.class.name());
    s.push_str(&o.shown());
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s
}

/// The report of one finding, in Markdown.
pub fn finding_report(f: &Finding, name: &str, command: &str) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {name}: nixref gives {}, `{command}` gives {}\n",
        f.nixref.class.name(),
        f.other.class.name()
    );
    let _ = writeln!(
        s,
        "From {} (minimised from {} to {} tokens{}).\n",
        origin_text(&f.origin),
        token_count(&f.original),
        token_count(&f.program),
        if f.duplicates > 0 {
            format!("; {} more programs minimised to this one", f.duplicates)
        } else {
            String::new()
        }
    );
    if let Some(k) = &f.known {
        let _ = writeln!(s, "Known divergence: {k}\n");
    }
    let _ = writeln!(s, "## Program\n\n```nix\n{}\n```\n", f.program.trim_end());
    let (a, b) = (side(&f.nixref), side(&f.other));
    let _ = writeln!(s, "## nixref\n\n```\n{a}```\n");
    let _ = writeln!(s, "## `{command}`\n\n```\n{b}```\n");
    let _ = writeln!(
        s,
        "## Diff (-nixref +other)\n\n```diff\n{}```\n",
        diff(&a, &b)
    );
    let _ = writeln!(
        s,
        "## Original program\n\n```nix\n{}\n```",
        f.original.trim_end()
    );
    s
}

/// The closing table of a campaign.
pub fn summary_table(sum: &Summary, callable: &BTreeSet<String>) -> String {
    let mut s = String::new();
    let secs = sum.elapsed.as_secs_f64();
    let _ = writeln!(s, "programs            {:>8}", sum.programs);
    let _ = writeln!(s, "agreed              {:>8}", sum.programs - sum.divergent);
    let _ = writeln!(s, "diverged            {:>8}", sum.divergent);
    let unknown = sum.findings.iter().filter(|f| f.known.is_none()).count();
    let _ = writeln!(
        s,
        "unique findings     {:>8}  ({} unexplained)",
        sum.findings.len(),
        unknown
    );
    let _ = writeln!(
        s,
        "time                {:>7.1}s  ({:.1} programs/s)",
        secs,
        sum.programs as f64 / secs.max(1e-9)
    );
    if !sum.by_pair.is_empty() {
        let _ = writeln!(s, "\ndivergences by class (nixref/other):");
        for (p, n) in &sum.by_pair {
            let _ = writeln!(s, "  {p:<36} {n:>6}");
        }
    }
    let _ = writeln!(s, "\noutcomes:            {:>8} {:>8}", "nixref", "other");
    let classes: BTreeSet<&str> = sum
        .nixref_classes
        .keys()
        .chain(sum.other_classes.keys())
        .copied()
        .collect();
    for c in classes {
        let a = sum.nixref_classes.get(c).copied().unwrap_or(0);
        let b = sum.other_classes.get(c).copied().unwrap_or(0);
        let _ = writeln!(s, "  {c:<18} {a:>8} {b:>8}");
    }
    if !sum.coverage.forms.is_empty() {
        coverage_lines(&mut s, sum, callable);
    }
    if !sum.findings.is_empty() {
        let _ = writeln!(s, "\nfindings:");
        for f in &sum.findings {
            let mut prog: String = f.program.split_whitespace().collect::<Vec<_>>().join(" ");
            if let Origin::File(p) = &f.origin {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                prog = format!("{name}: {prog}");
            }
            let prog = if prog.chars().count() > 60 {
                format!("{}…", prog.chars().take(60).collect::<String>())
            } else {
                prog
            };
            let _ = writeln!(
                s,
                "  {:<28} {:<5} {}{}",
                f.pair(),
                if f.known.is_some() { "known" } else { "NEW" },
                prog,
                if f.duplicates > 0 {
                    format!("  (+{})", f.duplicates)
                } else {
                    String::new()
                }
            );
        }
    }
    s
}

/// The "constructs covered" part of the summary.
fn coverage_lines(s: &mut String, sum: &Summary, callable: &BTreeSet<String>) {
    let forms = FORMS
        .iter()
        .filter(|f| sum.coverage.forms.contains_key(*f))
        .count();
    let usable: Vec<&str> = callable.iter().map(String::as_str).collect();
    let reached = usable
        .iter()
        .filter(|n| sum.coverage.builtins.contains_key(*n))
        .count();
    let _ = writeln!(
        s,
        "\nconstructs covered: {forms}/{} forms, {reached}/{} builtins of the table that the generator may call",
        FORMS.len(),
        usable.len()
    );
    let missing = sum.coverage.missing_forms();
    if !missing.is_empty() {
        let _ = writeln!(s, "  forms not reached: {}", missing.join(" "));
    }
    let unreached: Vec<&str> = usable
        .iter()
        .copied()
        .filter(|n| !sum.coverage.builtins.contains_key(n))
        .collect();
    if !unreached.is_empty() {
        let _ = writeln!(s, "  builtins not reached: {}", unreached.join(" "));
    }
}
