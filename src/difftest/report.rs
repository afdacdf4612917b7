//! Readable output: one report per finding (the program, both sides, a diff), and the
//! closing summary table of a campaign.

use super::campaign::{Finding, Origin, Summary};
use super::causes::Cause;
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

/// A program on one line, cut at `max` characters.
fn one_line(program: &str, max: usize) -> String {
    let prog: String = program.split_whitespace().collect::<Vec<_>>().join(" ");
    if prog.chars().count() > max {
        format!("{}…", prog.chars().take(max).collect::<String>())
    } else {
        prog
    }
}

/// What one side gave, on one line: the value, or the class and the error message.
fn result_line(o: &Outcome, max: usize) -> String {
    let s = match o.class {
        super::Class::Value => String::from_utf8_lossy(&o.value).trim_end().to_string(),
        c if o.message.is_empty() => format!("{}: {}", c.name(), o.text.trim()),
        c => format!("{}: {}", c.name(), o.message),
    };
    one_line(&s, max)
}

/// A cause's class pairs, most frequent first: `value/type ×3, value/value ×1`.
fn pairs_text(c: &Cause) -> String {
    let mut pairs: Vec<(&String, &u64)> = c.pairs.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    pairs
        .iter()
        .map(|(p, n)| format!("{p} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The closing table of a campaign: the causes first.
pub fn summary_table(sum: &Summary, callable: &BTreeSet<String>, profile: &str) -> String {
    let mut s = String::new();
    let secs = sum.elapsed.as_secs_f64();
    let _ = writeln!(
        s,
        "{} distinct causes ({} unexplained) behind {} divergent programs of {}",
        sum.causes.len(),
        sum.unexplained_causes(),
        sum.divergent,
        sum.programs
    );
    if !sum.causes.is_empty() {
        let _ = writeln!(s, "\n  #  programs  findings  signature / smallest program");
        for (n, c) in sum.causes.iter().enumerate() {
            let f = &sum.findings[c.representative()];
            let known = if c.findings.iter().all(|&i| sum.findings[i].known.is_some()) {
                "  (known)"
            } else {
                ""
            };
            let _ = writeln!(
                s,
                "{:>3}  {:>8}  {:>8}  {}{known}\n{:>25}{}\n{:>25}nixref: {}\n{:>25}other:  {}\n{:>25}{}",
                n + 1,
                c.programs,
                c.findings.len(),
                c.key,
                "",
                one_line(&f.program, 70),
                "",
                result_line(&f.nixref, 60),
                "",
                result_line(&f.other, 60),
                "",
                pairs_text(c)
            );
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "programs            {:>8}", sum.programs);
    let _ = writeln!(s, "agreed              {:>8}", sum.programs - sum.divergent);
    let _ = writeln!(s, "diverged            {:>8}", sum.divergent);
    for (d, n) in &sum.by_divergence {
        let _ = writeln!(s, "  on {:<15} {:>8}", d, n);
    }
    let unknown = sum.findings.iter().filter(|f| f.known.is_none()).count();
    let presumed = sum.findings.iter().filter(|f| f.presumed).count();
    let _ = writeln!(
        s,
        "unique findings     {:>8}  ({} unexplained, {} presumed to be a cause found before)",
        sum.findings.len(),
        unknown,
        presumed
    );
    let _ = writeln!(
        s,
        "time                {:>7.1}s  ({:.1} programs/s)",
        secs,
        sum.programs as f64 / secs.max(1e-9)
    );
    if sum.other_runs > 0 {
        let _ = writeln!(
            s,
            "other evaluator     {:>8} runs, {:.1} ms each on average",
            sum.other_runs,
            sum.other_time.as_secs_f64() * 1000.0 / sum.other_runs as f64
        );
    }
    if sum.unclassified > 0 {
        let _ = writeln!(
            s,
            "errors of the other evaluator the profile '{profile}' does not classify: {} (their kind is not compared)",
            sum.unclassified
        );
    }
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
    s
}

/// `causes.md`: the table of causes, then each cause with its smallest program, both
/// results and the rest of its findings. `fixtures` are the fixture files, by cause.
pub fn causes_markdown(sum: &Summary, command: &str, fixtures: &[Option<String>]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {} distinct causes\n\n{} of {} programs diverged between nixref and `{command}`; {} unique findings.\n",
        sum.causes.len(),
        sum.divergent,
        sum.programs,
        sum.findings.len()
    );
    let _ = writeln!(
        s,
        "| # | programs | findings | signature | smallest program | nixref | other | class pairs |\n|---|---|---|---|---|---|---|---|"
    );
    let cell = |t: String| t.replace('|', "\\|").replace('`', "'");
    for (n, c) in sum.causes.iter().enumerate() {
        let f = &sum.findings[c.representative()];
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | `{}` | {} | {} | {} |",
            n + 1,
            c.programs,
            c.findings.len(),
            cell(c.key.clone()),
            cell(one_line(&f.program, 80)),
            cell(result_line(&f.nixref, 60)),
            cell(result_line(&f.other, 60)),
            pairs_text(c)
        );
    }
    for (n, c) in sum.causes.iter().enumerate() {
        let f = &sum.findings[c.representative()];
        let _ = writeln!(s, "\n## {}. {}\n", n + 1, c.key);
        if let Some(Some(file)) = fixtures.get(n) {
            let _ = writeln!(s, "Fixture: `{file}`\n");
        }
        let _ = writeln!(s, "```nix\n{}\n```\n", f.program.trim_end());
        let _ = writeln!(s, "- nixref: `{}`", cell(result_line(&f.nixref, 200)));
        let _ = writeln!(s, "- other: `{}`", cell(result_line(&f.other, 200)));
        s.push_str(&cause_members(c, sum));
    }
    s
}

/// The findings of a cause after its representative, as a Markdown list.
pub fn cause_members(c: &Cause, sum: &Summary) -> String {
    let mut s = String::new();
    if c.findings.len() < 2 {
        return s;
    }
    let _ = writeln!(
        s,
        "\n### The other {} findings of this cause\n",
        c.findings.len() - 1
    );
    for &i in &c.findings[1..] {
        let f = &sum.findings[i];
        let _ = writeln!(
            s,
            "- `{}` ({}; {}{}{})",
            one_line(&f.program, 100).replace('`', "'"),
            f.pair(),
            origin_text(&f.origin),
            if f.duplicates > 0 {
                format!("; +{} programs", f.duplicates)
            } else {
                String::new()
            },
            if f.presumed {
                "; not minimised: presumed to be this cause"
            } else {
                ""
            }
        );
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
