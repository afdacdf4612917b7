//! Types: `typeOf`, the `is…` tests, `functionArgs`.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::Type;
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "types",
    title: "types",
    intro: "",
    entries: ENTRIES,
};

/// The entry of an `is…` builtin.
const fn is(
    name: &'static str,
    signature: &'static str,
    rule: &'static str,
    examples: &'static [&'static str],
) -> Builtin {
    Builtin {
        name,
        arity: 1,
        signature,
        rule,
        forces: "`e`, to weak head normal form.",
        lazy: "The insides of `e`.",
        errors: Errors::None("only what forcing `e` raises"),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `e` strict; a catchable error is passed on.",
        vm_differs: &[],
        examples,
    }
}

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "typeOf",
        arity: 1,
        signature: "typeOf e",
        rule: "The name of `e`'s type: `\"null\"`, `\"bool\"`, `\"int\"`, `\"float\"`, `\"string\"`, \
               `\"path\"`, `\"set\"`, `\"list\"` or `\"lambda\"` (also for builtins and their partial \
               applications). A set with `__functor` is a `\"set\"`; a URL literal a `\"string\"`.",
        forces: "`e`, to weak head normal form.",
        lazy: "The insides of `e`.",
        errors: Errors::None("only what forcing `e` raises"),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `e` strict.",
        vm_differs: &[],
        examples: &[
            "builtins-core/eval-okay-typeof-all.nix",
            "builtins-core/eval-okay-typeof-functor.nix",
            "builtins-core/eval-okay-typeof-primop-is-lambda.nix",
        ],
    },
    is(
        "isNull",
        "isNull e",
        "Whether `e` is `null`. Also a plain global name.",
        &["builtins-core/eval-okay-isnull.nix"],
    ),
    is(
        "isBool",
        "isBool e",
        "Whether `e` is a Boolean.",
        &["builtins-core/eval-okay-isbool.nix"],
    ),
    is(
        "isInt",
        "isInt e",
        "Whether `e` is an integer (`1.0` is not).",
        &["builtins-core/eval-okay-isint.nix"],
    ),
    is(
        "isFloat",
        "isFloat e",
        "Whether `e` is a float.",
        &["builtins-core/eval-okay-isfloat.nix"],
    ),
    is(
        "isString",
        "isString e",
        "Whether `e` is a string (a path is not, a URL literal is).",
        &["builtins-core/eval-okay-isstring.nix"],
    ),
    is(
        "isPath",
        "isPath e",
        "Whether `e` is a path value (not a string holding a path).",
        &["builtins-core/eval-okay-ispath.nix"],
    ),
    is(
        "isList",
        "isList e",
        "Whether `e` is a list.",
        &["builtins-core/eval-okay-islist.nix"],
    ),
    is(
        "isAttrs",
        "isAttrs e",
        "Whether `e` is a set (including derivations and sets with `__functor`).",
        &["builtins-core/eval-okay-isattrs.nix"],
    ),
    is(
        "isFunction",
        "isFunction e",
        "Whether `e` is a lambda or a builtin (partially applied or not). A set with `__functor` is not a function here, though it can be called.",
        &[
            "builtins-core/eval-okay-isfunction.nix",
            "attrs/eval-okay-functor-isfunction.nix",
        ],
    ),
    Builtin {
        name: "functionArgs",
        arity: 1,
        signature: "functionArgs f",
        rule: "For a lambda with formals, a set mapping each formal to whether it has a default \
               (`{ a = false; b = true; }` for `{ a, b ? 1 }: …`); each attribute is positioned at its \
               formal (`unsafeGetAttrPos`). For a lambda with a plain parameter, a builtin, or a \
               partially applied builtin: `{ }`.",
        forces: "`f`, to weak head normal form.",
        lazy: "The defaults are not evaluated.",
        errors: Errors::Raises(&[f(
            Type,
            "'functionArgs' requires a function",
            "`f` is not a lambda or builtin (a set with `__functor` included)",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `f` strict, must be a closure.",
        vm_differs: &[
            "A builtin is a type error instead of `{ }`: `functionArgs builtins.map` fails.",
        ],
        examples: &[
            "builtins/eval-okay-functionargs.nix",
            "builtins/eval-okay-functionargs-plain.nix",
            "builtins/eval-fail-functionargs-functor.nix",
        ],
    },
];
