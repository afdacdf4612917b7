//! The generated semantics document must match the table it is generated from.

#[test]
fn semantics_doc_is_current() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/semantics.md"))
            .expect("docs/semantics.md exists");
    pretty_assertions::assert_eq!(
        committed,
        nixref::semantics::document(),
        "docs/semantics.md is stale: regenerate it with `cargo run -- semantics > docs/semantics.md`"
    );
}

#[test]
fn every_vm_instruction_named_in_the_table_exists() {
    let opcodes: Vec<&str> = vec![
        "Constant",
        "Pop",
        "Invert",
        "Negate",
        "Add",
        "Sub",
        "Mul",
        "Div",
        "Equal",
        "Less",
        "LessOrEq",
        "More",
        "MoreOrEq",
        "Jump",
        "JumpIfTrue",
        "JumpIfFalse",
        "JumpIfCatchable",
        "JumpIfNotFound",
        "JumpIfNoFinaliseRequest",
        "Attrs",
        "AttrsUpdate",
        "AttrsSelect",
        "AttrsTrySelect",
        "HasAttr",
        "ValidateClosedFormals",
        "PushWith",
        "PopWith",
        "ResolveWith",
        "List",
        "Concat",
        "Interpolate",
        "CoerceToString",
        "FindFile",
        "ResolveHomePath",
        "AssertBool",
        "AssertAttrs",
        "GetLocal",
        "CloseScope",
        "AssertFail",
        "Call",
        "GetUpvalue",
        "Closure",
        "ThunkClosure",
        "ThunkSuspended",
        "Force",
        "Finalise",
        "Return",
        "Invalid",
    ];
    for c in nixref::semantics::CONSTRUCTS {
        for word in c.vm.split(|ch: char| !ch.is_ascii_alphanumeric()) {
            if word
                .chars()
                .next()
                .is_some_and(|ch| ch.is_ascii_uppercase())
                && word.len() > 2
            {
                assert!(
                    opcodes.contains(&word) || ["VM", "The"].contains(&word),
                    "construct '{}' names '{word}', which is not a VM instruction",
                    c.name
                );
            }
        }
    }
}
