//! The semantics reference: every construct, every builtin and the rules that cut across
//! them, as tables in the code, rendered to Markdown under `docs/` by `nixref semantics`.
//!
//! The tables are the single source of the reference: the evaluator's `// VM: semantics#ID`
//! notes name entries of [`constructs::CONSTRUCTS`], the builtins table is checked against
//! the builtins the evaluator registers (names and arities), and every example is a spec
//! fixture whose expectation was recorded from C++ Nix (`tests/docs.rs` runs each one and
//! checks that the committed documents are the ones these tables generate).
//!
//! The VM instruction sequences are those of tvix-eval's compiler (snapshot `6932a57` of
//! tvlfyi/tvix; snix-eval's compiler, `50b41ae` of snix, emits the same ones), read from its
//! source; [`vm::INSTRUCTIONS`] lists the VM's 48 instructions.

pub mod builtins;
pub mod constructs;
mod render;
pub mod rules;
pub mod vm;

pub use render::{Page, pages};

use crate::error::ErrorKind;

/// An error an entry can raise.
pub struct Failure {
    /// What the error is (which also says whether `builtins.tryEval` catches it).
    pub kind: ErrorKind,
    /// C++ Nix's message, with `…` for the parts that vary.
    pub message: &'static str,
    /// When it is raised.
    pub when: &'static str,
}

/// The errors of an entry: either a list, or a statement of why there are none of its own.
pub enum Errors {
    /// The entry raises no error itself (only its subexpressions can); says why.
    None(&'static str),
    /// The errors raised, each with an example.
    Raises(&'static [Failure]),
}

/// Shorthand for a [`Failure`] in the tables.
pub const fn fails(kind: ErrorKind, message: &'static str, when: &'static str) -> Failure {
    Failure {
        kind,
        message,
        when,
    }
}

/// The folder of the spec fixtures, relative to the crate root.
pub const SPEC_DIR: &str = "spec-tests";

/// Every fixture an entry of the reference links to, with the entry's name (for messages).
pub fn linked_fixtures() -> Vec<(String, &'static str)> {
    let mut v = Vec::new();
    for c in constructs::CONSTRUCTS {
        for e in c.examples {
            v.push((format!("construct `{}`", c.id), *e));
        }
    }
    for area in builtins::AREAS {
        for b in area.entries {
            for e in b.examples {
                v.push((format!("builtin `{}`", b.name), *e));
            }
        }
    }
    for r in rules::RULES {
        for e in r.examples {
            v.push((format!("rule `{}`", r.id), *e));
        }
    }
    v
}

/// `nixref semantics [--spec DIR] [--out DIR]`: writes every page of the reference under
/// `DIR` (default `docs`), reading the examples from the fixtures in `--spec` (default
/// `spec-tests`); prints the files written.
pub fn cli(args: &[String]) -> i32 {
    let mut spec = std::path::PathBuf::from(SPEC_DIR);
    let mut out = std::path::PathBuf::from("docs");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match (a.as_str(), it.next()) {
            ("--spec", Some(d)) => spec = d.into(),
            ("--out", Some(d)) => out = d.into(),
            _ => {
                eprintln!("usage: nixref semantics [--spec DIR] [--out DIR]");
                return 2;
            }
        }
    }
    for page in pages(&spec) {
        let path = out.join(&page.path);
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            eprintln!("error: creating {}: {e}", dir.display());
            return 1;
        }
        if let Err(e) = std::fs::write(&path, page.text) {
            eprintln!("error: writing {}: {e}", path.display());
            return 1;
        }
        println!("{}", path.display());
    }
    0
}

/// The builtins the evaluator registers (the members of `builtins`), each with its arity
/// (0 for a constant), so that a test can hold them against the reference's entries.
pub fn registered_builtins() -> Vec<(String, usize)> {
    use crate::value::Value;
    let ev = crate::eval::Evaluator::new(crate::eval::EvalOptions::default());
    let Some(Value::Attrs(set)) = ev.globals().get(ev.sym("builtins")) else {
        return Vec::new();
    };
    set.iter()
        .map(|e| {
            let name = ev.symbols.text(e.name).into_owned();
            let arity = match ev.force(&e.value) {
                Ok(Value::PrimOp(p)) => p.op().arity - p.args().len(),
                // `derivation` is a function written in Nix.
                Ok(Value::Lambda(_)) => 1,
                _ => 0,
            };
            (name, arity)
        })
        .collect()
}

/// The names the evaluator binds globally (`true`, `import`, `__add` …).
pub fn global_names() -> Vec<String> {
    let ev = crate::eval::Evaluator::new(crate::eval::EvalOptions::default());
    ev.globals()
        .names
        .keys()
        .map(|n| ev.symbols.text(*n).into_owned())
        .collect()
}
