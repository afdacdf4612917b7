//! Errors, forcing and debugging.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::{Abort, Throw, Type};
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "control",
    title: "errors, forcing and debugging",
    intro: "",
    entries: ENTRIES,
};

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "throw",
        arity: 1,
        signature: "throw message",
        rule: "Raises the catchable error `message`: `builtins.tryEval` catches it, and a thunk whose \
               evaluation threw remembers it (see `thunk`).",
        forces: "`message`, coerced to a string as interpolation does (a set with `__toString` or \
                 `outPath` is accepted, a path is copied to the store).",
        lazy: "Nothing: it never returns.",
        errors: Errors::Raises(&[
            f(Throw, "…the message…", "always"),
            f(
                Type,
                "cannot coerce an integer to a string: 1",
                "the message is not coercible (while evaluating the error message passed to builtin.throw)",
            ),
        ]),
        edges: "C++ Nix's context line names `builtin.throw` (sic).",
        versions: "",
        vm: "`Call`. tvix-eval: the message is strict and must be a string; the result is a catchable error value.",
        vm_differs: &["The message is not coerced: a set with `__toString` is a type error."],
        examples: &[
            "errors/eval-fail-throw.nix",
            "laziness/eval-okay-tryeval-throw.nix",
            "errors/eval-fail-throw-non-string.nix",
        ],
    },
    Builtin {
        name: "abort",
        arity: 1,
        signature: "abort message",
        rule: "Stops the evaluation with `message`. Nothing catches it.",
        forces: "`message`, coerced as for `throw`.",
        lazy: "Nothing: it never returns.",
        errors: Errors::Raises(&[
            f(
                Abort,
                "evaluation aborted with the following error message: '…'",
                "always",
            ),
            f(
                Type,
                "cannot coerce an integer to a string: 1",
                "the message is not coercible",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: the message is strict and must be a string.",
        vm_differs: &[],
        examples: &[
            "errors/eval-fail-abort.nix",
            "laziness/eval-fail-tryeval-abort.nix",
            "builtins-core/eval-fail-abort-not-string.nix",
        ],
    },
    Builtin {
        name: "tryEval",
        arity: 1,
        signature: "tryEval e",
        rule: "Forces `e` to weak head normal form. If that succeeds the result is `{ success = true; \
               value = e; }`; if it raises a catchable error (a `throw`, a failed `assert`, a \
               `<path>` not found) the result is `{ success = false; value = false; }`. Every other \
               error (abort, type errors, missing attributes, infinite recursion, call depth) \
               propagates. See the catchable-errors rule.",
        forces: "`e`, to weak head normal form only: `tryEval [ (throw \"x\") ]` succeeds.",
        lazy: "The insides of `e`'s value.",
        errors: Errors::None("it raises nothing itself; errors it does not catch propagate"),
        edges: "The thrown message is not part of the result.",
        versions: "",
        vm: "`Call`. tvix-eval: `e` is lazy; the builtin forces it and turns a catchable error value into the failure result.",
        vm_differs: &[],
        examples: &[
            "laziness/eval-okay-tryeval-shallow.nix",
            "laziness/eval-okay-tryeval-assert.nix",
            "laziness/eval-fail-tryeval-type-error.nix",
            "builtins-core/eval-okay-throw-in-tryeval-message-not-exposed.nix",
        ],
    },
    Builtin {
        name: "seq",
        arity: 2,
        signature: "seq a b",
        rule: "Forces `a` to weak head normal form, then returns `b`.",
        forces: "`a` (weak head normal form), then `b`.",
        lazy: "The insides of `a` and of `b`.",
        errors: Errors::None("only what forcing `a` and `b` raises"),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both arguments strict.",
        vm_differs: &[
            "`b` is forced before `a` (see above): `seq (throw \"a\") (throw \"b\")` throws `b`; C++ Nix throws `a`.",
        ],
        examples: &[
            "laziness/eval-okay-seq.nix",
            "laziness/eval-fail-seq-forces.nix",
            "laziness/eval-fail-ref-seq-forces-first-first.nix",
        ],
    },
    Builtin {
        name: "deepSeq",
        arity: 2,
        signature: "deepSeq a b",
        rule: "Forces `a` completely — every list element and every attribute, recursively, the \
               attributes of a set in C++ Nix's symbol-creation order (see the attribute-order rule) \
               — then returns `b`.",
        forces: "`a` deeply, then `b` (weak head normal form).",
        lazy: "The insides of `b`.",
        errors: Errors::None("only what forcing `a` and `b` raises"),
        edges: "A set or list already visited is not visited again, so cyclic values terminate.",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both arguments strict; then `a` is forced deeply.",
        vm_differs: &[
            "`b` is forced before `a` is forced at all: `deepSeq [ (throw \"a\") ] (throw \"b\")` throws `b`; C++ Nix throws `a`.",
            "A catchable error found while forcing `a` is ignored: `deepSeq { a = { b = throw \"deep\"; }; } 1` is 1 in the VM.",
        ],
        examples: &[
            "laziness/eval-okay-deepseq.nix",
            "laziness/eval-fail-deepseq-forces-nested.nix",
            "laziness/eval-fail-ref-deepseq-forces-first-first.nix",
        ],
    },
    Builtin {
        name: "addErrorContext",
        arity: 2,
        signature: "addErrorContext message e",
        rule: "Returns `e` (forced); if forcing it raises an error, `message` is added to that error's \
               trace (`… message`) and the error goes on, keeping its kind (`tryEval` still catches a \
               `throw` through it).",
        forces: "`e`; `message` only when there is an error, coerced to a string without copying paths.",
        lazy: "`message` when `e` succeeds.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot coerce an integer to a string: 1",
            "`e` failed and `message` is not coercible (this error then replaces `e`'s)",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both lazy; it returns `e` and warns that the builtin is not implemented.",
        vm_differs: &["The message is never added to any error."],
        examples: &[
            "builtins/eval-fail-adderrorcontext.nix",
            "builtins/eval-okay-adderrorcontext-tryeval.nix",
            "builtins/eval-fail-adderrorcontext-bad-message.nix",
        ],
    },
    Builtin {
        name: "trace",
        arity: 2,
        signature: "trace e1 e2",
        rule: "Forces `e1` to weak head normal form, writes `trace: e1` to standard error (a string as \
               it is, anything else with C++ Nix's value printer: unevaluated parts as `«thunk»`, \
               functions as `«lambda …»`), then returns `e2`, forced.",
        forces: "`e1` (weak head normal form only), then `e2`.",
        lazy: "The insides of `e1` (not forced for printing) and of `e2`.",
        errors: Errors::None("only what forcing `e1` and `e2` raises"),
        edges: "Escape sequences are dropped and tabs expanded, as C++ Nix's logger writes to a non-terminal.",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict; it prints `trace: VALUE :: TYPE`.",
        vm_differs: &[
            "The output format differs (`:: type` suffix, the VM's own printer), and `e2` is forced before `e1`.",
        ],
        examples: &[
            "builtins/eval-okay-ref-trace-output.nix",
            "builtins/eval-okay-trace-shallow.nix",
            "builtins/eval-fail-trace-forces-first.nix",
        ],
    },
    Builtin {
        name: "traceVerbose",
        arity: 2,
        signature: "traceVerbose e1 e2",
        rule: "`trace e1 e2` when the `trace-verbose` setting is on (`--trace-verbose`), otherwise `e2`.",
        forces: "With the setting: as `trace`. Without: only `e2`; `e1` is not evaluated.",
        lazy: "`e1` without the setting.",
        errors: Errors::None("only what forcing its arguments raises"),
        edges: "",
        versions: "",
        vm: "Not provided by tvix-eval.",
        vm_differs: &["Missing: `builtins.traceVerbose` is an undefined attribute."],
        examples: &[
            "builtins/eval-okay-traceverbose-off.nix",
            "builtins/eval-okay-traceverbose-on.nix",
        ],
    },
    Builtin {
        name: "warn",
        arity: 2,
        signature: "warn message e",
        rule: "Writes `evaluation warning: message` to standard error (later lines indented under the \
               first, trailing blanks removed), then returns `e`, forced.",
        forces: "`message`, which must be a string (context allowed), then `e`.",
        lazy: "The insides of `e`.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a string but found an integer: 1",
            "the message is not a string (while evaluating the first argument; the message passed to builtins.warn)",
        )]),
        edges: "A message that starts with a newline is not indented.",
        versions: "Added in Nix 2.23.",
        vm: "Not provided by tvix-eval.",
        vm_differs: &["Missing."],
        examples: &[
            "builtins/eval-okay-warn.nix",
            "builtins/eval-fail-warn-not-string.nix",
            "builtins/eval-fail-warn-forces-message.nix",
        ],
    },
    Builtin {
        name: "break",
        arity: 1,
        signature: "break v",
        rule: "In C++ Nix's debugger, a breakpoint; outside it (as with `nix-instantiate`), `v`.",
        forces: "`v`.",
        lazy: "The insides of `v`.",
        errors: Errors::None("only what forcing `v` raises"),
        edges: "",
        versions: "Nix 2.26 returns `v` unforced (so a caller can see a thunk where a value is needed); current C++ Nix forces it, and nixref follows.",
        vm: "Not provided by tvix-eval.",
        vm_differs: &["Missing."],
        examples: &["builtins/eval-okay-break.nix"],
    },
];
