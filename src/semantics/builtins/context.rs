//! String context.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::Type;
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "context",
    title: "string context",
    intro: "A string's context is the set of store paths it refers to (see the string-context rule): \
            plain paths, whole derivations (`drvPath`'s context: the derivation and all its outputs) \
            and single outputs of derivations.\n\n",
    entries: ENTRIES,
};

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "getContext",
        arity: 1,
        signature: "getContext s",
        rule: "The context of `s` as a set keyed by store path: `{ path = true; }` for a plain \
               reference, `{ allOutputs = true; }` for a whole derivation, `{ outputs = [ … ]; }` \
               (sorted) for outputs of a derivation; several kinds for one path are merged into one set.",
        forces: "`s`, which must be a string (no coercion).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a string but found a path: /x",
            "`s` is not a string",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict; `s` is coerced (strongly) to a string first.",
        vm_differs: &[
            "Any coercible value is accepted: `getContext 1` is `{ }`; C++ Nix reports a type error.",
        ],
        examples: &[
            "context/eval-okay-get-context-merged.nix",
            "context/eval-okay-get-context-path.nix",
            "context/eval-fail-get-context-not-string.nix",
        ],
    },
    Builtin {
        name: "hasContext",
        arity: 1,
        signature: "hasContext s",
        rule: "Whether `s` has any context.",
        forces: "`s`, which must be a string.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a string but found an integer: 1",
            "`s` is not a string",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[],
        examples: &[
            "context/eval-okay-has-context.nix",
            "context/eval-fail-has-context-not-string.nix",
        ],
    },
    Builtin {
        name: "appendContext",
        arity: 2,
        signature: "appendContext s context",
        rule: "`s` (keeping its own context) with the elements `context` describes, in `getContext`'s \
               shape, added. Each key must be a store path (used in canonical form); `allOutputs` and \
               `outputs` need a key ending in `.drv`. Nothing checks that the paths exist (a store \
               that is never written to cannot).",
        forces: "`s` (a string), then `context` (a set); for each key in name order its value (a set) and, when present, `path` and `allOutputs` (Booleans) and `outputs` (a list of strings).",
        lazy: "Nothing of what is used.",
        errors: Errors::Raises(&[
            f(
                Type,
                "context key 'x' is not a store path",
                "a key is not a store path",
            ),
            f(
                Type,
                "tried to add all-outputs context of …, which is not a derivation, to a string",
                "`allOutputs` for a key that is not a `.drv`",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: strict; `s` coerced strongly.",
        vm_differs: &[
            "The per-path values are not forced: unless each is already an evaluated set, the VM panics (`appendContext \"a\" { \"/nix/store/…-x\" = { path = true; }; }` does). Keys are not checked, and when `s` has no context of its own the added context is dropped (the VM only extends an existing context).",
        ],
        examples: &[
            "context/eval-okay-append-context-roundtrip.nix",
            "context/eval-okay-append-context-shapes.nix",
            "context/eval-fail-append-context-not-store-path.nix",
        ],
    },
    Builtin {
        name: "unsafeDiscardStringContext",
        arity: 1,
        signature: "unsafeDiscardStringContext s",
        rule: "`s` without any context. `s` is coerced as interpolation does (a path is copied to the \
               store first).",
        forces: "`s`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot coerce an integer to a string: 1",
            "`s` is not coercible",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[],
        examples: &[
            "context/eval-okay-discard-string-context.nix",
            "context/eval-okay-discard-string-context-coerces.nix",
        ],
    },
    Builtin {
        name: "unsafeDiscardOutputDependency",
        arity: 1,
        signature: "unsafeDiscardOutputDependency s",
        rule: "`s` with each whole-derivation element (as `drvPath` carries) made a plain reference to \
               the `.drv` file; other elements stay.",
        forces: "`s`, coerced as interpolation does.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot coerce an integer to a string: 1",
            "`s` is not coercible",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[],
        examples: &["context/eval-okay-discard-output-dependency.nix"],
    },
    Builtin {
        name: "addDrvOutputDependencies",
        arity: 1,
        signature: "addDrvOutputDependencies s",
        rule: "The reverse of `unsafeDiscardOutputDependency` for a string whose context is exactly one \
               element: a plain `.drv` path becomes a whole-derivation element.",
        forces: "`s`, coerced as interpolation does.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "context of string '…' must have exactly one element, but has 2",
                "the context is not one element",
            ),
            f(
                Type,
                "path '…' is not a derivation",
                "the element is not a `.drv`",
            ),
            f(
                Type,
                "`addDrvOutputDependencies` can only act on derivations, not on a derivation output such as 'out'",
                "the element is an output",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "Not provided by tvix-eval.",
        vm_differs: &["Missing."],
        examples: &[
            "context/eval-okay-add-drv-output-dependencies.nix",
            "context/eval-fail-add-drv-output-dependencies-two.nix",
        ],
    },
];
