//! Attribute sets.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::{MissingAttr, Type};
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "attrs",
    title: "attribute sets",
    intro: "Each of these forces exactly the sets and lists it walks and the names it needs, \
            never the values it moves around; results are new sets, so none is `«repeated»` \
            against its input in printing. Names are strings without context: a name with \
            context is an error (\"the string '…' is not allowed to refer to a store path\"). \
            Results are ordered by name, like every set.\n\n",
    entries: ENTRIES,
};

const NOT_SET: &str = "expected a set but found an integer: 1";

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "attrNames",
        arity: 1,
        signature: "attrNames set",
        rule: "The names of the set's attributes, sorted by their bytes.",
        forces: "`set`.",
        lazy: "The values.",
        errors: Errors::Raises(&[f(Type, NOT_SET, "`set` is not a set")]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-attrnames-sorted.nix",
            "builtins/eval-okay-attrnames-values-lazy.nix",
            "builtins/eval-fail-attrnames-not-set.nix",
        ],
    },
    Builtin {
        name: "attrValues",
        arity: 1,
        signature: "attrValues set",
        rule: "The values, in the order of their names.",
        forces: "`set`.",
        lazy: "The values.",
        errors: Errors::Raises(&[f(Type, NOT_SET, "`set` is not a set")]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-attrvalues-order.nix",
            "builtins/eval-okay-attrvalues-lazy.nix",
            "builtins/eval-fail-attrvalues-not-set.nix",
        ],
    },
    Builtin {
        name: "getAttr",
        arity: 2,
        signature: "getAttr name set",
        rule: "`set.${name}`, forced.",
        forces: "`name` (a string without context) first, then `set`, then the value.",
        lazy: "The other values.",
        errors: Errors::Raises(&[
            f(
                MissingAttr,
                "attribute 'a' missing",
                "`set` has no such attribute",
            ),
            f(Type, NOT_SET, "`set` is not a set"),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict; the value is returned unforced.",
        vm_differs: &[
            "`set` is forced before `name`: `getAttr (throw \"name\") (throw \"set\")` throws `set`; C++ Nix throws `name`.",
        ],
        examples: &[
            "builtins/eval-okay-getattr.nix",
            "builtins/eval-fail-getattr-missing.nix",
            "builtins/eval-fail-getattr-name-first.nix",
        ],
    },
    Builtin {
        name: "hasAttr",
        arity: 2,
        signature: "hasAttr name set",
        rule: "Whether `set` has an attribute `name` (`set ? ${name}`).",
        forces: "`name` (a string without context), then `set`.",
        lazy: "The values.",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected a string but found an integer: 1",
                "`name` is not a string",
            ),
            f(
                Type,
                "the string '…' is not allowed to refer to a store path (such as '…')",
                "`name` has context",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-hasattr.nix",
            "builtins/eval-fail-hasattr-not-string.nix",
            "builtins/eval-fail-hasattr-output-context.nix",
        ],
    },
    Builtin {
        name: "catAttrs",
        arity: 2,
        signature: "catAttrs name list",
        rule: "The values of the attribute `name` of the sets in `list` that have one, in list order.",
        forces: "`name`, then `list`, then every element (each must be a set).",
        lazy: "The values collected.",
        errors: Errors::Raises(&[f(Type, NOT_SET, "an element is not a set")]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-catattrs.nix",
            "builtins/eval-okay-catattrs-lazy.nix",
            "builtins/eval-fail-catattrs-element-not-set.nix",
        ],
    },
    Builtin {
        name: "intersectAttrs",
        arity: 2,
        signature: "intersectAttrs e1 e2",
        rule: "The attributes of `e2` whose names `e1` also has (values from `e2`).",
        forces: "`e1`, then `e2`.",
        lazy: "The values.",
        errors: Errors::Raises(&[f(
            Type,
            NOT_SET,
            "an argument is not a set (the second is checked after the first)",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[
            "When `e1` is empty, `e2` is not checked: `intersectAttrs { } null` is `{ }`.",
        ],
        examples: &[
            "builtins/eval-okay-intersectattrs.nix",
            "builtins/eval-okay-intersectattrs-bigger-left.nix",
            "builtins/eval-fail-intersectattrs-second.nix",
        ],
    },
    Builtin {
        name: "listToAttrs",
        arity: 1,
        signature: "listToAttrs [ { name; value; } … ]",
        rule: "A set from name/value pairs; the first pair for a name wins, and only that pair needs a \
               `value`. Each attribute is positioned where its `value` was defined \
               (`unsafeGetAttrPos`).",
        forces: "The list, every element (a set) and every `name` (a string without context), in order.",
        lazy: "The values.",
        errors: Errors::Raises(&[
            f(
                MissingAttr,
                "attribute 'name' missing",
                "an element has no `name` (in a {name=...; value=...;} pair)",
            ),
            f(
                MissingAttr,
                "attribute 'value' missing",
                "the first element for a name has no `value`",
            ),
            f(
                Type,
                "expected a string but found an integer: 1",
                "a `name` is not a string",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[
            "Every element needs a `value`, also one whose name is already taken: `listToAttrs [ { name = \"a\"; value = 1; } { name = \"a\"; } ]` fails in the VM.",
        ],
        examples: &[
            "builtins/eval-okay-listtoattrs-first-wins.nix",
            "builtins/eval-okay-listtoattrs-dup-no-value.nix",
            "builtins/eval-okay-listtoattrs-values-lazy.nix",
            "builtins/eval-fail-listtoattrs-missing-name.nix",
        ],
    },
    Builtin {
        name: "mapAttrs",
        arity: 2,
        signature: "mapAttrs f set",
        rule: "A set with the same names, each value the lazy application `f name value`.",
        forces: "`set` only.",
        lazy: "`f` (not even checked to be a function) and every application.",
        errors: Errors::Raises(&[f(Type, NOT_SET, "`set` is not a set")]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: `f` lazy, `set` strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-mapattrs.nix",
            "builtins/eval-okay-mapattrs-function-unforced.nix",
            "builtins/eval-fail-mapattrs-not-set.nix",
        ],
    },
    Builtin {
        name: "removeAttrs",
        arity: 2,
        signature: "removeAttrs set names",
        rule: "`set` without the attributes named in `names` (names it lacks are ignored). Also a plain \
               global name.",
        forces: "`set`, then `names` and every element of it (a string without context), even those `set` lacks.",
        lazy: "The values.",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected a string but found an integer: 1",
                "an element of `names` is not a string",
            ),
            f(Type, NOT_SET, "`set` is not a set"),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-removeattrs.nix",
            "builtins/eval-okay-removeattrs-values-lazy.nix",
            "builtins/eval-fail-removeattrs-name-not-string.nix",
        ],
    },
    Builtin {
        name: "zipAttrsWith",
        arity: 2,
        signature: "zipAttrsWith f sets",
        rule: "For every name found in any set of the list, the lazy `f name [ values … ]`, the values \
               in list order.",
        forces: "`f` (a function) first, then the list and every set.",
        lazy: "The applications and the values.",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected a function but found an integer: 1",
                "`f` is not a function (checked before the list)",
            ),
            f(Type, NOT_SET, "an element is not a set"),
        ]),
        edges: "",
        versions: "",
        vm: "Not provided by tvix-eval.",
        vm_differs: &[
            "Missing (the VM's copy of Nix's `eval-okay-zipAttrsWith` is in its not-yet-passing folder).",
        ],
        examples: &[
            "builtins/eval-okay-zipattrswith.nix",
            "builtins/eval-okay-zipattrswith-lazy.nix",
            "builtins/eval-fail-zipattrswith-function-first.nix",
        ],
    },
    Builtin {
        name: "unsafeGetAttrPos",
        arity: 2,
        signature: "unsafeGetAttrPos name set",
        rule: "Where `set`'s attribute `name` was defined, as `{ file; line; column; }`, or `null` when \
               the set lacks it or its position is unknown (attributes made by builtins, text without \
               a file).",
        forces: "`name` (a string), then `set`.",
        lazy: "The values.",
        errors: Errors::Raises(&[f(Type, NOT_SET, "`set` is not a set")]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: a placeholder that warns.",
        vm_differs: &[
            "Always `{ column = 42; file = \"/deep/thought\"; line = 42; }`, even for a name the set lacks (C++ Nix: `null`).",
        ],
        examples: &["attrs/eval-okay-ref-unsafegetattrpos.nix"],
    },
];
