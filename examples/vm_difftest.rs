//! How a Rust VM for Nix tests itself against nixref in its own process: nixref is the
//! oracle, the VM is a function, no process is started.
//!
//! ```sh
//! cargo run --release --example vm_difftest
//! ```
//!
//! A VM project puts the same in a test of its own, with nixref as a dev-dependency
//! (`nixref = { git = "…" }` or a path), and `my_vm` calling its evaluator:
//!
//! ```ignore
//! fn my_vm(text: &str, file: &Path) -> Outcome {
//!     match my_vm::Evaluation::new_impure().strict().evaluate(text, Some(file)) {
//!         // The value printed as `nix-instantiate --eval --strict` prints it.
//!         Ok(value) => Outcome::value(format!("{}\n", value.to_nix_syntax()).into_bytes()),
//!         // The error's kind, in nixref's classes; the text is for reports.
//!         Err(e) => Outcome::other(
//!             match e.kind() {
//!                 Throw => Class::Error(ErrorKind::Throw),
//!                 AssertionFailed => Class::Error(ErrorKind::AssertFail),
//!                 AttributeNotFound => Class::Error(ErrorKind::MissingAttr),
//!                 NotImplemented => Class::Unsupported,
//!                 _ => Class::Error(ErrorKind::Type),
//!             },
//!             e.to_string(),
//!         ),
//!     }
//! }
//! ```
//!
//! Here, so that the example runs on its own, the "VM" is nixref with a planted bug: it
//! has no `builtins.length`. The campaign finds it, minimises the programs it shows in,
//! and reports one cause, `builtins.length`.

use nixref::ErrorKind;
use nixref::difftest::{Campaign, Class, InProcess, Outcome, eval_nixref};
use std::path::Path;

/// The evaluator under test: the outcome of the program `text`, evaluated as the file
/// `file` (it exists and holds `text`, so relative paths and imports resolve next to it).
fn my_vm(text: &str, file: &Path) -> Outcome {
    // A stand-in with one bug. Rewriting the text is only for the example's sake: a real
    // VM evaluates `text` itself.
    let mut o = eval_nixref(&text.replace("builtins.length", "builtins.lenght"), file);
    // nixref's message names the misspelt attribute; a VM gives its own words, which do
    // not matter: outcomes are compared by class (value or error, and which kind).
    if o.class == Class::Error(ErrorKind::MissingAttr) {
        o.message = "attribute not found".into();
    }
    o
}

fn main() {
    let scratch = std::env::temp_dir().join(format!("vm-difftest-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("a scratch folder");
    let campaign = Campaign {
        evaluator: Some(InProcess::new(my_vm)),
        count: 500,
        seed: 1,
        jobs: 2,
        // nixref evaluates in this process too (no `nixref diff --eval-one` children).
        isolate: None,
        progress: false,
        ..Campaign::default()
    };
    if let Err(e) = campaign.preflight(&scratch) {
        eprintln!("the evaluator does not work: {e}");
        std::process::exit(2);
    }
    let sum = campaign.run(&scratch);
    println!(
        "{} distinct causes behind {} divergent programs of {}",
        sum.causes.len(),
        sum.divergent,
        sum.programs
    );
    for cause in &sum.causes {
        let f = &sum.findings[cause.representative()];
        println!(
            "\n{} ({} programs)\n  program: {}\n  nixref:  {}  other: {}",
            cause.key,
            cause.programs,
            f.program.trim(),
            f.nixref.shown().trim(),
            f.other.class.name()
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
    // In a VM's test: fail when there is a cause the project has not listed as known.
    std::process::exit(i32::from(
        sum.causes.iter().any(|c| c.key != "builtins.length"),
    ));
}
