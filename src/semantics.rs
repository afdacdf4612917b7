//! The semantics table: for every construct, the bytecode VM instructions that implement
//! the same semantics (names from tvix-eval / snix-eval; see `shared/opcodes.md`).
//!
//! This table is the single source of `docs/semantics.md` (`nixref semantics` prints it,
//! and a test checks the committed file is current), so code and docs cannot drift. The
//! evaluator's code for each construct carries a `// VM: ...` note that agrees with it.

/// One construct of the language.
pub struct Construct {
    pub name: &'static str,
    pub syntax: &'static str,
    /// The VM instructions executed for it, in order.
    pub vm: &'static str,
    /// Where nixref evaluates it, and what to watch for.
    pub notes: &'static str,
}

pub const CONSTRUCTS: &[Construct] = &[
    Construct {
        name: "literal",
        syntax: "1, 1.5, \"s\", ./p, http://x",
        vm: "Constant",
        notes: "eval/exprs.rs `Expr::Const`; no thunk is made for a literal in a lazy position.",
    },
    Construct {
        name: "local variable",
        syntax: "x (bound by let, rec, a lambda)",
        vm: "GetLocal / GetUpvalue, Force",
        notes: "Resolved to (depth, slot) when lowering; a lazy position copies the slot (same cell, so `[f] == [f]`).",
    },
    Construct {
        name: "global",
        syntax: "true, map, builtins, __add",
        vm: "Constant (globals are compile-time constants)",
        notes: "Globals are lexical: `with` never shadows them.",
    },
    Construct {
        name: "with variable",
        syntax: "with e; x",
        vm: "PushWith, ResolveWith, Force, PopWith",
        notes: "Only names no lexical scope binds; innermost `with` first; the namespace is forced only on lookup.",
    },
    Construct {
        name: "string interpolation",
        syntax: "\"a${b}c\"",
        vm: "Constant, CoerceToString (per part), Interpolate",
        notes: "eval/coerce.rs `concat`; paths are copied to the store, context is merged.",
    },
    Construct {
        name: "path interpolation",
        syntax: "./a/${b}",
        vm: "Constant, CoerceToString, Interpolate (then a path)",
        notes: "The first part keeps its trailing slash; the result is canonicalised; context is an error.",
    },
    Construct {
        name: "search path",
        syntax: "<nixpkgs>",
        vm: "FindFile",
        notes: "Lowered to `__findFile __nixPath \"nixpkgs\"`, both names resolved in scope (overridable).",
    },
    Construct {
        name: "home path",
        syntax: "~/x",
        vm: "ResolveHomePath",
        notes: "Resolved when lowering, from $HOME.",
    },
    Construct {
        name: "list",
        syntax: "[ a b ]",
        vm: "List (items as ThunkSuspended unless literals or variables)",
        notes: "Items are lazy.",
    },
    Construct {
        name: "attribute set",
        syntax: "{ a = 1; ${n} = 2; }",
        vm: "Attrs",
        notes: "eval/attrs.rs `build_attrs`; nested paths are merged when lowering; a `null` dynamic name drops the attribute.",
    },
    Construct {
        name: "recursive set",
        syntax: "rec { a = b; b = 1; }",
        vm: "ThunkSuspended / ThunkClosure per binding, Finalise, Attrs",
        notes: "One frame of slots shared by the set's values; `__overrides` is honoured.",
    },
    Construct {
        name: "let",
        syntax: "let a = 1; in a",
        vm: "ThunkSuspended per binding, Finalise, body, CloseScope",
        notes: "No instruction of its own. Plain `inherit` reads the enclosing scope; `inherit (e)` sources live in the frame.",
    },
    Construct {
        name: "legacy let",
        syntax: "let { a = 1; body = a; }",
        vm: "as a recursive set, then AttrsSelect `body`",
        notes: "",
    },
    Construct {
        name: "inherit",
        syntax: "inherit a; inherit (e) b;",
        vm: "GetLocal / GetUpvalue; AttrsSelect for `(e)`",
        notes: "Desugared when lowering; `(e)` is evaluated once for all its names.",
    },
    Construct {
        name: "lambda",
        syntax: "x: e",
        vm: "Closure / ThunkClosure",
        notes: "eval/exprs.rs; the frame has one slot.",
    },
    Construct {
        name: "formals",
        syntax: "{ a, b ? 1, ... } @ args: e",
        vm: "AssertAttrs, ValidateClosedFormals, GetLocal, JumpIfNotFound (defaults)",
        notes: "eval/call.rs `call_lambda`: missing arguments first, then unexpected ones; defaults see the other formals.",
    },
    Construct {
        name: "application",
        syntax: "f x",
        vm: "Call",
        notes: "eval/call.rs; the argument is lazy; sets with `__functor` are callable; max-call-depth 10000.",
    },
    Construct {
        name: "select",
        syntax: "e.a.b",
        vm: "AttrsSelect",
        notes: "eval/attrs.rs `select`.",
    },
    Construct {
        name: "select with default",
        syntax: "e.a or d",
        vm: "AttrsTrySelect, JumpIfNotFound",
        notes: "`or` also covers selecting from a non-set.",
    },
    Construct {
        name: "has attribute",
        syntax: "e ? a.b",
        vm: "HasAttr",
        notes: "False as soon as a step is not a set.",
    },
    Construct {
        name: "if",
        syntax: "if c then a else b",
        vm: "AssertBool, JumpIfFalse, Jump",
        notes: "",
    },
    Construct {
        name: "assert",
        syntax: "assert c; e",
        vm: "AssertBool, JumpIfTrue, AssertFail",
        notes: "A failed assertion is catchable by tryEval.",
    },
    Construct {
        name: "with",
        syntax: "with e; body",
        vm: "PushWith, PopWith",
        notes: "The namespace is a thunk: `with throw \"x\"; 1` is 1.",
    },
    Construct {
        name: "addition",
        syntax: "a + b",
        vm: "Add",
        notes: "Numbers add (int overflow is an error); otherwise string/path concatenation decided by the first operand (eval/coerce.rs).",
    },
    Construct {
        name: "subtraction, multiplication, division",
        syntax: "a - b, a * b, a / b, -a",
        vm: "Sub, Mul, Div (Negate for -a)",
        notes: "Lowered to `__sub`/`__mul`/`__div` calls when those names are shadowed; -a is `__sub 0 a`.",
    },
    Construct {
        name: "comparison",
        syntax: "a < b, a > b, a <= b, a >= b",
        vm: "Less / More / LessOrEq / MoreOrEq",
        notes: "nixref lowers all four to `__lessThan` (with swapped operands and `!`), as C++ Nix does.",
    },
    Construct {
        name: "equality",
        syntax: "a == b, a != b",
        vm: "Equal (Invert for !=)",
        notes: "eval/ops.rs `values_equal`: deep; functions unequal unless the same cell inside a list or set; derivations by outPath.",
    },
    Construct {
        name: "Boolean operators",
        syntax: "a && b, a || b, a -> b, !a",
        vm: "AssertBool, JumpIfFalse / JumpIfTrue; Invert",
        notes: "Short-circuiting.",
    },
    Construct {
        name: "update",
        syntax: "a // b",
        vm: "AttrsUpdate",
        notes: "An empty side returns the other set itself.",
    },
    Construct {
        name: "list concatenation",
        syntax: "a ++ b",
        vm: "Concat",
        notes: "",
    },
    Construct {
        name: "current position",
        syntax: "__curPos",
        vm: "Constant",
        notes: "`{ file; line; column; }`.",
    },
    Construct {
        name: "thunk",
        syntax: "(any lazy position)",
        vm: "ThunkSuspended, Force",
        notes: "eval/mod.rs `force`: memoised, black-holed while running (infinite recursion), restored after an error.",
    },
    Construct {
        name: "import",
        syntax: "import ./f.nix",
        vm: "Call of the `import` builtin",
        notes: "builtins/import.rs; evaluated against the same globals; cached per file.",
    },
];

/// The semantics document (docs/semantics.md).
pub fn document() -> String {
    let mut s = String::from(
        "# nixref semantics: constructs and VM instructions\n\n\
         Generated by `nixref semantics` from `src/semantics.rs`; do not edit by hand.\n\n\
         For each construct of the Nix language: the bytecode VM instructions (tvix-eval / snix-eval)\n\
         that implement the same semantics, and where nixref evaluates it.\n\n\
         | construct | syntax | VM instructions | nixref |\n|---|---|---|---|\n",
    );
    for c in CONSTRUCTS {
        s.push_str(&format!(
            "| {} | `{}` | {} | {} |\n",
            c.name,
            c.syntax.replace('|', "\\|"),
            c.vm,
            c.notes.replace('|', "\\|")
        ));
    }
    s
}
