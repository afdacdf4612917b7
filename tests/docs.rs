//! The semantics reference (src/semantics/, rendered under docs/) is complete and current:
//! every builtin the evaluator registers has an entry (and every entry names one), every
//! construct entry is filled in, all 48 VM instructions are used, every linked example is an
//! existing, passing spec fixture, the evaluator's `// VM:` notes name real entries, and the
//! committed documents are the ones the tables generate.

use nixref::conformance::{Kind, Outcome, Runner};
use nixref::semantics::{Errors, builtins, constructs, linked_fixtures, pages, rules, vm};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const REGENERATE: &str = "regenerate with `cargo run -- semantics`";

#[test]
fn the_committed_reference_is_current() {
    let docs = root().join("docs");
    let generated = pages(&root().join(nixref::semantics::SPEC_DIR));
    for page in &generated {
        let committed = std::fs::read_to_string(docs.join(&page.path))
            .unwrap_or_else(|_| panic!("docs/{} is missing: {REGENERATE}", page.path));
        pretty_assertions::assert_eq!(
            committed,
            page.text,
            "docs/{} is stale: {REGENERATE}",
            page.path
        );
    }
    // No page that the tables no longer generate is left behind.
    let names: BTreeSet<String> = generated.iter().map(|p| p.path.clone()).collect();
    for entry in std::fs::read_dir(docs.join("semantics")).expect("docs/semantics exists") {
        let name = format!(
            "semantics/{}",
            entry.expect("readable").file_name().to_string_lossy()
        );
        assert!(
            names.contains(&name),
            "docs/{name} is not generated any more: remove it"
        );
    }
}

/// The builtins the evaluator registers: name, and arity (0 for constants).
fn registered() -> Vec<(String, usize)> {
    nixref::semantics::registered_builtins()
}

#[test]
fn every_builtin_has_an_entry_and_every_entry_is_a_builtin() {
    let registered = registered();
    let mut entries = BTreeSet::new();
    for area in builtins::AREAS {
        for b in area.entries {
            assert!(
                entries.insert(b.name),
                "builtin `{}` has two entries",
                b.name
            );
        }
    }
    let mut missing = Vec::new();
    for (name, arity) in &registered {
        match builtins::get(name) {
            None => missing.push(name.clone()),
            Some(b) => assert_eq!(
                b.arity, *arity,
                "the entry of `{name}` gives arity {}, the evaluator {arity}",
                b.arity
            ),
        }
    }
    assert!(
        missing.is_empty(),
        "builtins without an entry in src/semantics/builtins/: {missing:?}"
    );
    for name in entries {
        assert!(
            registered.iter().any(|(n, _)| n == name),
            "the entry `{name}` names no builtin the evaluator registers"
        );
    }
    // Every global name is a builtin's (`__NAME`, or a plain one), so it has an entry too.
    for name in nixref::semantics::global_names() {
        let base = name.strip_prefix("__").unwrap_or(&name);
        assert!(
            builtins::get(base).is_some(),
            "the global name `{name}` has no builtin entry"
        );
    }
}

fn filled(what: &str, field: &str, text: &str) {
    assert!(
        !text.trim().is_empty(),
        "{what}: the field `{field}` is empty"
    );
}

fn errors_filled(what: &str, errors: &Errors) {
    match errors {
        Errors::None(why) => filled(what, "errors (why there are none)", why),
        Errors::Raises(list) => {
            assert!(
                !list.is_empty(),
                "{what}: an empty error list (say why there are none)"
            );
            for e in *list {
                filled(what, "error message", e.message);
                filled(what, "error condition", e.when);
            }
        }
    }
}

#[test]
fn every_entry_is_filled_in() {
    let mut ids = BTreeSet::new();
    for c in constructs::CONSTRUCTS {
        let what = format!("construct `{}`", c.id);
        assert!(ids.insert(c.id), "{what} is there twice");
        for (field, text) in [
            ("name", c.name),
            ("syntax", c.syntax),
            ("rule", c.rule),
            ("vm", c.vm),
            ("nixref", c.nixref),
        ] {
            filled(&what, field, text);
        }
        errors_filled(&what, &c.errors);
        assert!(!c.examples.is_empty(), "{what} has no example");
    }
    for area in builtins::AREAS {
        for b in area.entries {
            let what = format!("builtin `{}`", b.name);
            for (field, text) in [
                ("signature", b.signature),
                ("rule", b.rule),
                ("forces", b.forces),
                ("lazy", b.lazy),
                ("vm", b.vm),
            ] {
                filled(&what, field, text);
            }
            errors_filled(&what, &b.errors);
            assert!(!b.examples.is_empty(), "{what} has no example");
            // The signature names the builtin and one parameter per argument.
            let words = b.signature.split_whitespace().collect::<Vec<_>>();
            assert_eq!(
                words.first(),
                Some(&b.name),
                "{what}: the signature starts with its name"
            );
            if !b.signature.contains('{')
                && !b.signature.contains('|')
                && !b.signature.contains('[')
            {
                assert_eq!(
                    words.len() - 1,
                    b.arity,
                    "{what}: the signature `{}` does not have {} parameters",
                    b.signature,
                    b.arity
                );
            }
        }
    }
    for r in rules::RULES {
        filled(&format!("rule `{}`", r.id), "body", &(r.body)());
        assert!(!r.examples.is_empty(), "rule `{}` has no example", r.id);
    }
}

#[test]
fn every_vm_instruction_is_used_and_only_instructions_are_named() {
    assert_eq!(vm::INSTRUCTIONS.len(), 48, "the VM has 48 instructions");
    let mut used = BTreeSet::new();
    for c in constructs::CONSTRUCTS {
        for word in c.vm.split(|ch: char| !ch.is_ascii_alphanumeric()) {
            if word
                .chars()
                .next()
                .is_some_and(|ch| ch.is_ascii_uppercase())
            {
                assert!(
                    vm::is_instruction(word),
                    "construct `{}` names `{word}`, which is not a VM instruction",
                    c.id
                );
                used.insert(word.to_string());
            }
        }
        for text in [c.vm_notes].into_iter().chain(c.vm_differs.iter().copied()) {
            used.extend(vm::mentioned(text).into_iter().map(String::from));
        }
    }
    let unused: Vec<&str> = vm::INSTRUCTIONS
        .iter()
        .map(|i| i.name)
        .filter(|n| !used.contains(*n))
        .collect();
    assert!(
        unused.is_empty(),
        "instructions no construct entry mentions: {unused:?}"
    );
}

/// The fixture runner, as `tests/spec.rs` uses it.
fn runner() -> Runner {
    Runner {
        nixref: PathBuf::from(env!("CARGO_BIN_EXE_nixref")),
        from_parent: false,
        against: None,
    }
}

fn known_failures(spec: &Path) -> String {
    std::fs::read_to_string(spec.join("known-failures.txt")).unwrap_or_default()
}

#[test]
fn every_linked_example_is_a_passing_fixture() {
    let spec = root().join(nixref::semantics::SPEC_DIR);
    let known = known_failures(&spec);
    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    for (entry, rel) in linked_fixtures() {
        let path = spec.join(rel);
        assert!(
            path.is_file(),
            "{entry} links spec-tests/{rel}, which does not exist"
        );
        let kind = Kind::of(&path)
            .unwrap_or_else(|| panic!("{entry} links spec-tests/{rel}, which is not a fixture"));
        let stem = rel.strip_suffix(".nix").expect("fixtures end in .nix");
        let expectation = match kind {
            Kind::EvalOkay => ["exp", "exp.xml"]
                .iter()
                .any(|e| spec.join(format!("{stem}.{e}")).is_file()),
            _ => spec.join(format!("{stem}.err.exp")).is_file(),
        };
        assert!(
            expectation,
            "{entry} links spec-tests/{rel}, which has no recorded expectation"
        );
        assert!(
            !known
                .lines()
                .any(|l| l.split_whitespace().next() == Some(rel)),
            "{entry} links spec-tests/{rel}, a known failure: an example must pass"
        );
        if !seen.insert(rel) {
            continue;
        }
        if let Outcome::Fail(report) | Outcome::Skip(report) = runner().run(&path) {
            failures.push(format!("{entry}: spec-tests/{rel}\n{report}"));
        }
    }
    assert!(
        failures.is_empty(),
        "linked examples that do not pass:\n\n{}",
        failures.join("\n\n")
    );
}

/// `// VM: semantics#ID` notes in the evaluator, and whether each is well formed.
fn vm_notes(dir: &Path, out: &mut Vec<(String, usize, String)>) {
    for entry in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs")
            || path.starts_with(root().join("src/semantics"))
        {
            continue;
        }
        let text = std::fs::read_to_string(path).expect("readable source");
        for (i, line) in text.lines().enumerate() {
            if let Some(at) = line.find("VM: ") {
                let shown = path
                    .strip_prefix(root())
                    .unwrap_or(path)
                    .display()
                    .to_string();
                out.push((shown, i + 1, line[at + 4..].trim().to_string()));
            }
        }
    }
}

#[test]
fn the_evaluators_vm_notes_name_entries_of_the_table() {
    let mut notes = Vec::new();
    vm_notes(&root().join("src"), &mut notes);
    assert!(!notes.is_empty(), "the evaluator has `// VM:` notes");
    for (file, line, note) in notes {
        let ids: Vec<&str> = note
            .split_whitespace()
            .filter_map(|w| w.strip_prefix("semantics#"))
            .map(|w| w.trim_end_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-'))
            .collect();
        assert!(
            !ids.is_empty(),
            "{file}:{line}: a VM note must name its entry (`VM: semantics#ID`), not restate instructions: `{note}`"
        );
        for id in ids {
            assert!(
                constructs::get(id).is_some(),
                "{file}:{line}: `semantics#{id}` names no construct of src/semantics/constructs.rs"
            );
        }
    }
}
