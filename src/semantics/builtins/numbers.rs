//! Numbers: arithmetic, ordering, bits, rounding.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::{Arithmetic, Type};
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "numbers",
    title: "numbers",
    intro: "",
    entries: ENTRIES,
};

const ARITH_FORCES: &str = "`a`, then `b` (weak head normal form).";

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "add",
        arity: 2,
        signature: "add a b",
        rule: "The sum of two numbers: two integers give an integer, a float on either side a float. \
               Unlike `+`, strings and paths are not accepted.",
        forces: ARITH_FORCES,
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected an integer but found a string: \"a\"",
                "an operand is not a number (while evaluating the first/second argument of the addition; \"a float\" when the other one is a float)",
            ),
            f(
                Arithmetic,
                "integer overflow in adding 9223372036854775807 + 1",
                "an integer sum does not fit in 64 bits",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &["No overflow error: integers wrap."],
        examples: &[
            "arith/eval-okay-builtins-arith.nix",
            "builtins-core/eval-fail-add-string.nix",
            "arith/eval-fail-add-overflow-builtin.nix",
        ],
    },
    Builtin {
        name: "sub",
        arity: 2,
        signature: "sub a b",
        rule: "`a - b` (what the `-` operator calls, see `arith`).",
        forces: ARITH_FORCES,
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected an integer but found a string: \"a\"",
                "an operand is not a number",
            ),
            f(
                Arithmetic,
                "integer overflow in subtracting -9223372036854775808 - 1",
                "the result does not fit in 64 bits",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &["No overflow error."],
        examples: &[
            "arith/eval-okay-builtins-arith.nix",
            "builtins-core/eval-okay-sub.nix",
            "arith/eval-fail-sub-overflow.nix",
        ],
    },
    Builtin {
        name: "mul",
        arity: 2,
        signature: "mul a b",
        rule: "`a * b` (what the `*` operator calls).",
        forces: ARITH_FORCES,
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected an integer but found a string: \"a\"",
                "an operand is not a number",
            ),
            f(
                Arithmetic,
                "integer overflow in multiplying 4611686018427387904 * 2",
                "the result does not fit in 64 bits",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &["No overflow error."],
        examples: &["arith/eval-okay-mul.nix", "builtins-core/eval-okay-mul.nix"],
    },
    Builtin {
        name: "div",
        arity: 2,
        signature: "div a b",
        rule: "`a / b` (what the `/` operator calls): integer division truncates toward zero; a float on \
               either side gives a float.",
        forces: "`a`, then `b`; the divisor is checked (a number, not zero) before the dividend's type.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Arithmetic,
                "division by zero",
                "`b` is 0 or 0.0, whatever `a` is",
            ),
            f(
                Type,
                "expected a float but found a string: \"a\"",
                "the divisor is not a number (while evaluating the second operand of the division)",
            ),
            f(
                Arithmetic,
                "integer overflow in dividing -9223372036854775808 / -1",
                "the one integer quotient that does not fit",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict; unlike the `Div` instruction it does not check for zero.",
        vm_differs: &[
            "`builtins.div 1 0` divides by zero natively (a crash of the VM) and `builtins.div 1.0 0` is infinity; C++ Nix reports \"division by zero\".",
        ],
        examples: &[
            "arith/eval-fail-builtin-div-zero.nix",
            "builtins-core/eval-okay-div.nix",
            "arith/eval-fail-div-overflow.nix",
        ],
    },
    Builtin {
        name: "lessThan",
        arity: 2,
        signature: "lessThan a b",
        rule: "Whether `a < b` (what `<`, `>`, `<=` and `>=` call; see the comparison rule for what can \
               be ordered).",
        forces: "`a`, then `b`; list elements as far as the comparison needs.",
        lazy: "List elements after the first difference.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot compare a set with a set; values of that type are incomparable",
            "the values cannot be ordered",
        )]),
        edges: "",
        versions: "Current C++ Nix adds the values to the message (`(values are { } and { })`, or `; values are 1 and \"a\"` for different types); Nix 2.26 does not.",
        vm: "`Call` ×2. tvix-eval: both strict; the same comparison as the `Less` instruction.",
        vm_differs: &[
            "Paths cannot be compared (an error; C++ Nix orders them like strings).",
            "Floats are ordered with IEEE total order: `(0.0 * -1) < 0.0` is true; C++ Nix says false.",
        ],
        examples: &[
            "builtins-core/eval-okay-lessthan.nix",
            "compare/eval-okay-path-less.nix",
            "compare/eval-okay-ref-negative-zero-not-less.nix",
            "builtins-core/eval-fail-lessthan-mixed.nix",
        ],
    },
    Builtin {
        name: "bitAnd",
        arity: 2,
        signature: "bitAnd a b",
        rule: "Bitwise and of two integers (two's complement).",
        forces: "`a`, which must be an integer, then `b`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "expected an integer but found a float: 1.5",
            "an operand is not an integer (floats are not accepted)",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-bitops.nix",
            "builtins/eval-fail-bitand-float.nix",
        ],
    },
    Builtin {
        name: "bitOr",
        arity: 2,
        signature: "bitOr a b",
        rule: "Bitwise or of two integers.",
        forces: "`a`, which must be an integer, then `b`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "expected an integer but found a float: 1.5",
            "an operand is not an integer",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-bitops.nix",
            "arith/eval-okay-bit-ops.nix",
        ],
    },
    Builtin {
        name: "bitXor",
        arity: 2,
        signature: "bitXor a b",
        rule: "Bitwise exclusive or of two integers.",
        forces: "`a`, which must be an integer, then `b`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "expected an integer but found a float: 1.5",
            "an operand is not an integer (the second is checked after the first)",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-bitops.nix",
            "builtins/eval-fail-bitxor-second.nix",
        ],
    },
    Builtin {
        name: "ceil",
        arity: 1,
        signature: "ceil x",
        rule: "The smallest integer not below `x`, as an integer. An integer argument is first made a \
               float (so integers beyond 2^53 are rounded).",
        forces: "`x`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a float but found a string: \"1\"",
            "`x` is not a number",
        )]),
        edges: "A rounded value outside the 64-bit range, an infinity or a NaN gives the smallest integer (-9223372036854775808), without an error: C++ Nix's conversion on x86-64.",
        versions: "",
        vm: "`Call`. tvix-eval: `x` strict, must be a float.",
        vm_differs: &[
            "An integer argument is a type error.",
            "Out-of-range values saturate (Rust's conversion) instead of giving the smallest integer.",
        ],
        examples: &[
            "builtins/eval-okay-ceil-floor.nix",
            "builtins/eval-okay-ceil-floor-int.nix",
            "builtins/eval-okay-ceil-floor-out-of-range.nix",
        ],
    },
    Builtin {
        name: "floor",
        arity: 1,
        signature: "floor x",
        rule: "The largest integer not above `x`, as an integer; integers are first made floats.",
        forces: "`x`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a float but found null: null",
            "`x` is not a number",
        )]),
        edges: "Out of range, infinite or NaN: the smallest integer, as for `ceil`.",
        versions: "",
        vm: "`Call`. tvix-eval: `x` strict, must be a float.",
        vm_differs: &["As for `ceil`."],
        examples: &[
            "arith/eval-okay-float-ceil-floor.nix",
            "builtins/eval-okay-ceil-floor-int.nix",
            "builtins/eval-fail-floor-null.nix",
        ],
    },
];
