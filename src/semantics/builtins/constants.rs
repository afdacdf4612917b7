//! Constants.

use super::{Builtin, BuiltinArea};
use crate::semantics::Errors;

pub const AREA: BuiltinArea = BuiltinArea {
    id: "constants",
    title: "constants",
    intro: "Values, not functions: a use is the value itself (in the VM, a `Constant` of the \
            global or a selection from the `builtins` set). `currentSystem` and `currentTime` are \
            impure: C++ Nix leaves them out entirely in pure evaluation (neither \
            `builtins.currentTime` nor `__currentTime` exists there).\n\n",
    entries: ENTRIES,
};

/// The entry of a constant.
const fn constant(
    name: &'static str,
    rule: &'static str,
    versions: &'static str,
    vm: &'static str,
    vm_differs: &'static [&'static str],
    examples: &'static [&'static str],
) -> Builtin {
    Builtin {
        name,
        arity: 0,
        signature: name,
        rule,
        forces: "Nothing (a constant).",
        lazy: "—",
        errors: Errors::None("a constant"),
        edges: "",
        versions,
        vm,
        vm_differs,
        examples,
    }
}

const ENTRIES: &[Builtin] = &[
    constant(
        "true",
        "The Boolean true; a plain global name (which a binding can shadow).",
        "",
        "A `Constant`.",
        &[],
        &[
            "builtins-core/eval-okay-null-true-false-in-builtins.nix",
            "syntax/eval-okay-true-is-shadowable.nix",
        ],
    ),
    constant(
        "false",
        "The Boolean false; a plain global name.",
        "",
        "A `Constant`.",
        &[],
        &[
            "builtins-core/eval-okay-null-true-false-in-builtins.nix",
            "syntax/eval-okay-bool-null.nix",
        ],
    ),
    constant(
        "null",
        "The null value; a plain global name.",
        "",
        "A `Constant`.",
        &[],
        &[
            "builtins-core/eval-okay-null-true-false-in-builtins.nix",
            "syntax/eval-okay-bool-null.nix",
        ],
    ),
    constant(
        "builtins",
        "The set of all builtins, itself included (`builtins.builtins` is the same set). A plain \
         global name; every builtin is also global as `__NAME`, and the ones listed as plain \
         global names under their own name.",
        "",
        "A `Constant`; tvix-eval's set also holds `__curPos` (see `cur-pos`).",
        &[],
        &[
            "builtins-core/eval-okay-builtins-self.nix",
            "builtins-core/eval-okay-builtins-global-names.nix",
        ],
    ),
    constant(
        "langVersion",
        "The version of the language: 6.",
        "",
        "A constant (6).",
        &[],
        &["builtins-core/eval-okay-langversion.nix"],
    ),
    constant(
        "nixVersion",
        "The C++ Nix version whose behaviour the evaluator follows; nixref says `2.26.3`.",
        "",
        "A constant: tvix-eval says `\"2.3-compat-tvix-0.1\"`.",
        &[
            "`compareVersions builtins.nixVersion \"2.26\"` is -1: code that checks for a recent Nix takes its old paths.",
        ],
        &["builtins-core/eval-okay-ref-nixversion.nix"],
    ),
    constant(
        "currentSystem",
        "The platform: the `eval-system` setting if set, else `system` (`--system`, `--option system`), \
         default the platform Nix was built for (`x86_64-linux` for nixref). Absent in pure evaluation.",
        "",
        "A constant: the platform tvix-eval was built for.",
        &[],
        &[
            "store/eval-okay-currentSystem-flag.nix",
            "store/eval-okay-currentSystem-eval-system.nix",
        ],
    ),
    constant(
        "currentTime",
        "Seconds since the Unix epoch, read once when the evaluation starts (so every use agrees). \
         Absent in pure evaluation.",
        "",
        "A constant of tvix-eval's impure builtins.",
        &[],
        &[
            "store/eval-okay-currentTime-int.nix",
            "store/eval-okay-restricted-impure-constants.nix",
        ],
    ),
];
