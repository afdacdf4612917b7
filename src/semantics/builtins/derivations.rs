//! Derivations.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::{InvalidPath, MissingAttr, Type};
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "derivations",
    title: "derivations",
    intro: "Nothing is built and nothing is written: like `nix-instantiate --eval --readonly-mode`, \
            nixref computes the `.drv` file and every store path exactly (see the paths-and-store \
            rule) and keeps the derivations it made for those that depend on them.\n\n",
    entries: ENTRIES,
};

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "derivation",
        arity: 1,
        signature: "derivation { name; builder; system; … }",
        rule: "A function written in Nix (as in C++ Nix) around `derivationStrict`: its result is the set \
               of the first output named in `outputs` (`out` unless given). Each output's set holds \
               the attributes given, `drvAttrs` (those attributes as a set), `all` (every output's \
               set), every output by name, and its own `outPath`, `drvPath`, `outputName` and `type \
               = \"derivation\"`. Also a plain global name.",
        forces: "The argument (a set) and its `outputs`, when the result is used; `derivationStrict` runs only when an `outPath` or `drvPath` is forced.",
        lazy: "The attributes given, and the store computation until `outPath`/`drvPath` is needed: `(derivation { … }).name` computes no store path.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a set but found an integer: 1",
            "the argument is not a set",
        )]),
        edges: "The attributes it defines have the positions C++ Nix's own wrapper gives them (`unsafeGetAttrPos`); its traces call it `<nix/derivation-internal.nix>`.",
        versions: "",
        vm: "`Call`. Provided by tvix-glue (a Nix-source builtin), not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "derivations/eval-okay-basic.nix",
            "derivations/eval-okay-lazy-attrs.nix",
            "derivations/eval-okay-multiple-outputs.nix",
            "printing-lazy/eval-okay-derivation.nix",
        ],
    },
    Builtin {
        name: "derivationStrict",
        arity: 1,
        signature: "derivationStrict attrs",
        rule: "Instantiates the derivation `attrs` describes and returns `{ drvPath = …; <output> = \
               <path>; … }`. `name` is read first; then every attribute in name order: `args` (a list) \
               gives the builder's arguments, every other attribute becomes an environment variable \
               coerced like `toString` but with paths copied to the store (`null` and `false` give \
               `\"\"`, lists are joined with spaces); with `__structuredAttrs = true` they are written \
               as one JSON object instead, and `__ignoreNulls = true` skips `null`s. `builder`, `system`, \
               `outputs`, `outputHash`, `outputHashAlgo`, `outputHashMode` are read from those values. \
               The contexts of all those strings are the inputs. With `outputHash` the derivation is \
               fixed-output, otherwise each output path follows from the derivation's hash modulo \
               its inputs.",
        forces: "`attrs`, `name` first, then every attribute (deeply enough to coerce it), in name order.",
        lazy: "Nothing of the attributes it reads.",
        errors: Errors::Raises(&[
            f(
                MissingAttr,
                "attribute 'name' missing",
                "`attrs` has no `name`",
            ),
            f(
                Type,
                "required attribute 'builder' missing",
                "no `builder` (or `system`)",
            ),
            f(
                Type,
                "cannot coerce a function to a string: «lambda …»",
                "an attribute cannot become an environment variable",
            ),
            f(
                InvalidPath,
                "path '….drv' is not valid",
                "a whole-derivation context (a `drvPath`) is an input: its closure is needed, and a store that was never written to cannot give it (as in C++ Nix's read-only evaluation)",
            ),
        ]),
        edges: "Every error is framed with `while evaluating derivation 'NAME'` and where its `name` attribute is.",
        versions: "Current C++ Nix (2.30) deprecates making structured attributes by hand with `__json`, with a warning.",
        vm: "`Call`. Provided by tvix-glue, not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "derivations/eval-okay-result-structure.nix",
            "derivations/eval-okay-env-coercion.nix",
            "derivations/eval-okay-fixed-output-recursive.nix",
            "derivations/eval-fail-missing-builder.nix",
            "derivations/eval-fail-drv-deep-input.nix",
        ],
    },
    Builtin {
        name: "placeholder",
        arity: 1,
        signature: "placeholder output",
        rule: "The placeholder that stands for the output `output` in a derivation's attributes (C++ \
               Nix replaces it by the output's path when building): `/` followed by the nix32 SHA-256 \
               of `nix-output:OUTPUT`. Also a plain global name.",
        forces: "`output` (a string without context).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a string but found an integer: 1",
            "`output` is not a string",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. Provided by tvix-glue, not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "derivations/eval-okay-placeholder.nix",
            "derivations/eval-fail-placeholder-not-string.nix",
        ],
    },
];
