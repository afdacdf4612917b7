//! The rules that cut across constructs and builtins.

use super::constructs::CONSTRUCTS;
use crate::error::ErrorKind;
use std::fmt::Write;

/// One rule, rendered as a page of its own.
pub struct Rule {
    /// The page is `rule-ID.md`.
    pub id: &'static str,
    /// The rule's title.
    pub title: &'static str,
    /// The Markdown text (a function, so that tables can be generated from data).
    pub body: fn() -> String,
    /// Spec fixtures, relative to `spec-tests/`.
    pub examples: &'static [&'static str],
}

/// One row of the precedence table: operators, their associativity, and a sentence.
pub struct Precedence {
    /// The operators of this precedence level.
    pub operators: &'static str,
    /// How they associate.
    pub associativity: &'static str,
    /// What else to know about them.
    pub note: &'static str,
}

/// C++ Nix's grammar, from the tightest-binding forms to the loosest.
pub const PRECEDENCE: &[Precedence] = &[
    Precedence {
        operators: "`e.a`, `e.a or d`",
        associativity: "—",
        note: "selection, with its default; `or` binds to the selection before it",
    },
    Precedence {
        operators: "`f x`",
        associativity: "left",
        note: "application: `f x y` is `(f x) y`; `f a.b` is `f (a.b)`",
    },
    Precedence {
        operators: "`-e`",
        associativity: "none",
        note: "negation (`__sub 0 e`); `- f x` is `-(f x)`",
    },
    Precedence {
        operators: "`e ? a.b`",
        associativity: "none",
        note: "attribute test; its right side is an attribute path, not an expression",
    },
    Precedence {
        operators: "`++`",
        associativity: "right",
        note: "list concatenation",
    },
    Precedence {
        operators: "`*` `/`",
        associativity: "left",
        note: "`__mul`, `__div`",
    },
    Precedence {
        operators: "`+` `-`",
        associativity: "left",
        note: "addition/concatenation, `__sub`",
    },
    Precedence {
        operators: "`!e`",
        associativity: "—",
        note: "Boolean negation: `!a == b` is `(!a) == b`, but `!a + b` is `!(a + b)`",
    },
    Precedence {
        operators: "`//`",
        associativity: "right",
        note: "update",
    },
    Precedence {
        operators: "`<` `>` `<=` `>=`",
        associativity: "none",
        note: "`a < b < c` is a syntax error",
    },
    Precedence {
        operators: "`==` `!=`",
        associativity: "none",
        note: "",
    },
    Precedence {
        operators: "`&&`",
        associativity: "left",
        note: "",
    },
    Precedence {
        operators: "`\\|\\|`",
        associativity: "left",
        note: "",
    },
    Precedence {
        operators: "`->`",
        associativity: "right",
        note: "implication: `a -> b -> c` is `a -> (b -> c)`",
    },
    Precedence {
        operators: "`if`, `let`, `with`, `assert`, `x: e`",
        associativity: "—",
        note: "extend as far to the right as possible: `x: x + 1` is `x: (x + 1)`",
    },
];

fn precedence() -> String {
    let mut s = String::from(
        "From the tightest-binding to the loosest, as C++ Nix's grammar (`parser.y`) declares them. \
         A function literal cannot appear as an operand or list element without parentheses (`[ x: x ]` \
         and `1 + x: x` are syntax errors in C++ Nix).\n\n\
         | operators | associativity | notes |\n|---|---|---|\n",
    );
    for p in PRECEDENCE {
        let _ = writeln!(s, "| {} | {} | {} |", p.operators, p.associativity, p.note);
    }
    s.push_str(
        "\nOperators that C++ Nix's parser turns into calls (`-`, `*`, `/`, `<`, `>`, `<=`, `>=`, \
         unary `-`, `<path>`) call whatever `__sub`, `__mul`, `__div`, `__lessThan`, `__findFile` and \
         `__nixPath` mean where they appear — lexical bindings only, never `with` (see the operator \
         entries). `+`, `==`, `!=`, `&&`, `||`, `->`, `//`, `++`, `!` and `?` are not calls.\n",
    );
    s
}

fn coercion() -> String {
    "Nix turns values into strings in four ways, which accept different values:\n\n\
     | value | `\"${v}\"` (interpolation), `s + v`, `concatStringsSep`, `stringLength` | `toString v` | `p + v` (path first), `./a/${v}` | derivation attributes |\n\
     |---|---|---|---|---|\n\
     | string | itself, with its context | itself | its text; an error if it has context | itself |\n\
     | path | copied to the store: the store path, with context | its text, no copy | its text | copied to the store |\n\
     | set with `__toString` | `__toString s`, coerced again | same | same | same |\n\
     | set with `outPath` | `outPath`, coerced again | same | same | same |\n\
     | integer, float | error | decimal; a float as `%f` (`\"1.500000\"`) | error | as `toString` |\n\
     | `true` / `false` / `null` | error | `\"1\"` / `\"\"` / `\"\"` | error | as `toString` |\n\
     | list | error | elements joined by spaces | error | as `toString` |\n\
     | function, other set | error | error | error | error |\n\n\
     The error is `cannot coerce an integer to a string: 1` (a type error, which `tryEval` does not \
     catch). `__toString` is preferred to `outPath` when a set has both. Copying a path to the store \
     is memoised per evaluation; the copy's name is the path's base name, which must be a valid \
     store path name, and a name ending in `.drv` is refused.\n\n\
     `+` is decided by its first operand: two numbers add; a path first makes the result a path \
     (the second operand coerced as in the third column); anything else makes a string (both \
     coerced as in the first column, so `\"a\" + ./p` copies `./p` to the store, while `./p + \"a\"` \
     is the path `./pa`).\n"
        .to_string()
}

fn equality() -> String {
    "**Equality** (`==`, `!=`, `elem`) never \
     fails by itself and compares:\n\n\
     - numbers by value, an integer and a float after converting the integer (`1 == 1.0`);\n\
     - strings by their bytes — context is ignored;\n\
     - paths by their text; a path never equals a string;\n\
     - Booleans and `null` as expected;\n\
     - lists: same length, then element by element in order, stopping at the first difference;\n\
     - sets: if both are derivations (`type = \"derivation\"`) with an `outPath`, by their \
       `outPath`s alone; otherwise same number of attributes, then pairwise in C++ Nix's \
       symbol-creation order (see the attribute-order rule), stopping at the first difference;\n\
     - functions: never equal, except that a value found inside a list or set is equal to itself \
       when both sides hold the very same value cell (`let f = x: x; in [ f ] == [ f ]` is true, \
       `f == f` is false);\n\
     - values of different types: false (`1 == \"1\"`).\n\n\
     Comparing forces both operands and, for lists and sets, their elements as far as the \
     comparison gets.\n\n\
     **Ordering** (`<` and friends, `lessThan`, `sort` with `lessThan`, `genericClosure`'s keys) \
     accepts numbers (mixed integers and floats), strings (bytewise), paths (bytewise), and lists \
     (lexicographically: the first elements that are not equal are compared, a proper prefix is \
     smaller). Anything else, and values of different types, are an error (`cannot compare a set \
     with a set; values of that type are incomparable`).\n"
        .to_string()
}

fn attribute_order() -> String {
    "A set's attributes are sorted by name, and everything that shows or lists them uses that \
     order: printing, `attrNames`, `attrValues`, `toJSON`, `mapAttrs`' result, `//`.\n\n\
     But C++ Nix stores a set sorted by *symbol* — a number given to each name when it is first \
     created — and four operations walk a set in that order: forcing it deeply (`--strict`, \
     `deepSeq`, and so `toJSON`'s and `toXML`'s forcing), comparing two sets with `==`, and \
     checking a call's arguments against a function's formals (which missing or unexpected \
     argument is reported). When two attributes of one set fail, the one visited first decides \
     the error: `{ b = throw \"b\"; a = throw \"a\"; }` fails with `b` under `--strict`.\n\n\
     Symbols are created: first a fixed list at start-up (well-known names such as `outPath`, \
     `drvPath`, `type`, `meta`, `name`, `value`, `system`, then every builtin's name as it is \
     registered), then each name of a program in the order its parser creates them (which puts \
     a lambda's parameters after its body), then names made while evaluating (dynamic \
     attributes, `listToAttrs`, `fromJSON`, …). So `{ zz = throw \"zz\"; name = throw \"name\"; }` \
     fails with `name`, a start-up symbol. nixref numbers its symbols in this same order (src/value/symbols.rs), so its sets, kept sorted by symbol, are visited in this order without sorting.\n"
        .to_string()
}

fn evaluation_order() -> String {
    "C++ Nix evaluates eagerly within a construct, from left to right, and an error unwinds at \
     once: the first error raised is the one reported, and nothing after it runs. So evaluation \
     order is observable — through which error wins, and through `trace`:\n\n\
     - operands: left, then right (`+`, `==`, `//`, `++`, `&&`, `||`, `->`); but the operators \
       that are calls of builtins follow the call's argument order: `a > b` is `__lessThan b a`, \
       so `b` is evaluated first (see `comparison`);\n\
     - interpolation parts: left to right;\n\
     - a set literal: static attributes first, then dynamic names in order;\n\
     - a call: the function position first, the argument stays lazy;\n\
     - builtins: each entry says which argument it forces first (often not the first one: \
       `elemAt` forces the index first, `map` the list first);\n\
     - deep forcing (`--strict`, `deepSeq`): list elements in order, attributes in symbol order.\n\n\
     Laziness is the other half: attribute values, list elements, `let` bindings, function \
     arguments and `with` namespaces are not evaluated until forced, and forcing goes only to \
     weak head normal form.\n"
        .to_string()
}

fn printing() -> String {
    "What `nix-instantiate --eval` prints, as C++ Nix prints it:\n\n\
     - Without `--strict`, values are printed as far as they are already evaluated: an unevaluated \
       attribute or element is `<CODE>`; the top value itself is forced. Number, string and path \
       literals, `[ ]` and variables are never thunks (see `thunk`), so `{ a = 1; b = 1 + 1; c = [ 1 ]; }` \
       prints as `{ a = 1; b = <CODE>; c = <CODE>; }`.\n\
     - With `--strict` everything is forced first (see `program`).\n\
     - Sets print as `{ a = 1; \"b c\" = 2; }` in name order, names quoted unless they are \
       identifiers (keywords are quoted); lists as `[ 1 2 ]`; empty ones as `{ }` and `[ ]`.\n\
     - A set or list printed a second time within the same output (the same value, reached \
       again) is `«repeated»`; scalars are never `«repeated»`.\n\
     - Strings are quoted with `\\\"`, `\\\\`, `\\n`, `\\r`, `\\t` and `\\${` escaped; other bytes as \
       they are.\n\
     - Floats with at most six significant digits (C++ `%g` style): `0.333333`, `1e+21`, `-0`; a \
       float that is a whole number prints without a point (`1.0` prints `1`).\n\
     - Functions print as `<LAMBDA>`, builtins as `<PRIMOP>`, partially applied builtins as \
       `<PRIMOP-APP>`; paths as their text.\n\
     - A derivation prints as its attribute set (`nix-instantiate --eval` does not abbreviate it).\n\n\
     `--json` and `toJSON` write JSON (see `toJSON`); `--xml` and `toXML` the XML of \
     `toXML`. `trace` and error messages use another printer (`«thunk»`, `«lambda @ …»`, \
     `«primop map»`).\n"
        .to_string()
}

fn string_context() -> String {
    "Every string carries a *context*: the set of store paths it refers to, so that a derivation \
     using the string depends on them. An element is a plain store path (from a path copied to \
     the store by interpolation, `toFile`, `builtins.path`, a fetcher, `storePath`), a single \
     output of a derivation (from `outPath` and each output's path), or a whole derivation (from \
     `drvPath`: the `.drv` and all its outputs).\n\n\
     Context propagates through everything that builds strings from strings: interpolation, `+`, \
     `concatStringsSep`, `substring` (even an empty result), `replaceStrings`, `baseNameOf`, \
     `dirOf`, `toJSON`, `toXML`, `toString`. It is dropped by `unsafeDiscardStringContext`, by \
     `hashString`, by the groups of `match` and `split`. Equality ignores it.\n\n\
     Some places refuse a string with context (\"the string '…' is not allowed to refer to a store \
     path (such as '…')\"): attribute names (dynamic attributes, `getAttr`, `hasAttr`, \
     `listToAttrs`' names, `removeAttrs`), `compareVersions`, `splitVersion`, `parseDrvName`, \
     `fromJSON`, `fromTOML`, `match`'s and `split`'s patterns, `getEnv`, `toFile`'s name, \
     `placeholder`, and path interpolation. The builtins `getContext`, `hasContext`, \
     `appendContext` and friends inspect and change it.\n"
        .to_string()
}

fn paths_and_store() -> String {
    "A *path* value is an absolute, canonical file name: path literals are resolved against the \
     directory of their file when parsing, `.` and `..` are removed lexically (no symbolic link is \
     followed), a trailing slash is refused. Nothing is read until a builtin reads it or it is \
     coerced to a string.\n\n\
     Coercing a path to a string by interpolation (or `+` after a string, or a derivation \
     attribute) *copies it to the store*: the result is the store path its contents would get — \
     `/nix/store/HASH-NAME`, HASH computed from the NAR serialisation of the file or tree and NAME \
     its base name — with that path as context. nixref models the store: it computes every store \
     path exactly and writes nothing (C++ Nix's `--readonly-mode`); a store is only written with \
     `--read-write-mode` or `--store`. The copy is memoised per evaluation.\n\n\
     *Pure evaluation* (`--pure-eval`, or flakes) reads only files the evaluation itself put in the \
     store: no search path, no `getEnv`, no `currentSystem`/`currentTime`, fetchers need hashes. \
     *Restricted evaluation* (`--restrict-eval`) reads only files under the search path and store \
     paths the evaluation made, and fetches only `allowed-uris`. Both refuse with \"access to \
     absolute path '/x' is forbidden in restricted mode\" (or pure evaluation mode).\n"
        .to_string()
}

fn import() -> String {
    "`import path` evaluates the file against the global scope only (no variable of the importing \
     file is visible); relative paths in it are relative to its own directory. Its value is cached \
     per file (after resolving a directory to its `default.nix`) for the whole evaluation: importing \
     the same file again gives the very same value, the file is read and evaluated once, and a \
     `trace` at its top prints once. `scopedImport` is never cached (its scope may differ). The \
     imported expression is forced to weak head normal form when `import` is; its insides stay \
     lazy, so an unused `throw` in an imported set never fires.\n"
        .to_string()
}

fn call_depth() -> String {
    "C++ Nix limits nesting with the `max-call-depth` setting (default 10000): each function call \
     (of a lambda, a builtin or a functor) counts one level while it runs, and so does each level \
     of nesting walked by deep forcing (`--strict`, `deepSeq`). Going deeper is the error \
     `stack overflow; max-call-depth exceeded`, which `tryEval` does not catch. Tail calls are not \
     special: a recursion 10000 calls deep fails whatever its shape. A deep chain of thunks that \
     makes no calls is limited by the native stack instead (`stack overflow (possible infinite \
     recursion)`); nixref grows its stack on the heap and gives that error past a million nested \
     evaluations, so no Nix program crashes it.\n\n\
     The VM has no call-depth limit: recursion as deep as memory allows succeeds there, including \
     programs C++ Nix stops (see [application](constructs-functions.md#application)).\n"
        .to_string()
}

/// Which kinds of error `tryEval` catches, with examples (from `crate::error::ErrorKind`).
fn errors() -> String {
    let kinds: &[(ErrorKind, &str, &str)] = &[
        (
            ErrorKind::Throw,
            "`throw`",
            "`throw \"x\"`; `<p>` not found in the search path",
        ),
        (
            ErrorKind::AssertFail,
            "a failed assertion",
            "`assert false; 1`",
        ),
        (ErrorKind::Abort, "`abort`", "`abort \"x\"`"),
        (
            ErrorKind::Type,
            "type and evaluation errors",
            "`1 + \"a\"`, `if 1 then 2 else 3`, bad arguments to builtins",
        ),
        (ErrorKind::MissingAttr, "a missing attribute", "`{ }.a`"),
        (
            ErrorKind::MissingArgument,
            "a missing function argument",
            "`({ a }: a) { }`",
        ),
        (
            ErrorKind::UndefinedVariable,
            "an undefined variable",
            "`x` (before evaluation), `with { }; x`",
        ),
        (
            ErrorKind::InvalidPath,
            "a store path that is not valid",
            "`builtins.readFile` of a string whose context names a store path never added",
        ),
        (
            ErrorKind::RestrictedPath,
            "a forbidden path or URI",
            "`builtins.readFile /etc/hosts` with `--option pure-eval true`",
        ),
        (
            ErrorKind::InfiniteRecursion,
            "infinite recursion",
            "`let x = x; in x`",
        ),
        (
            ErrorKind::StackOverflow,
            "call depth",
            "`max-call-depth` exceeded",
        ),
        (
            ErrorKind::Arithmetic,
            "arithmetic",
            "`1 / 0`, integer overflow",
        ),
        (ErrorKind::Io, "input/output", "reading a missing file"),
        (
            ErrorKind::OutOfMemory,
            "out of memory",
            "`builtins.genList (x: x) 1000000000000`",
        ),
        (
            ErrorKind::Usage,
            "bad argument (`UsageError`)",
            "`builtins.hashString \"md4\" \"\"`",
        ),
        (
            ErrorKind::Parse,
            "syntax and scope errors",
            "before evaluation, or when `import` parses a file",
        ),
    ];
    let mut s = String::from(
        "`builtins.tryEval e` catches exactly two kinds of error, raised while forcing `e` to weak head \
         normal form: a `throw` and a failed `assert` (C++ Nix's `ThrownError` and `AssertionError`). \
         Everything else propagates through it to the top.\n\n\
         | error | example | `tryEval` |\n|---|---|---|\n",
    );
    for (kind, name, example) in kinds {
        let _ = writeln!(
            s,
            "| {name} | {example} | {} |",
            if kind.is_catchable() {
                "caught"
            } else {
                "not caught"
            }
        );
    }
    s.push_str(
        "\nA caught error is not visible in the result (`{ success = false; value = false; }`). \
         An error raised inside a thunk is remembered by the thunk (current C++ Nix): forcing it \
         again raises it again without evaluating again. `addErrorContext` adds to an error's trace \
         without changing its kind.\n\n\
         In the VM catchable errors are values (see [the VM page](vm.md)); these constructs \
         use `JumpIfCatchable` to carry a catchable operand to their end as their result: ",
    );
    let users: Vec<String> = CONSTRUCTS
        .iter()
        .filter(|c| super::vm::mentioned(c.vm).contains(&"JumpIfCatchable"))
        .map(|c| format!("[{}]({})", c.id, super::render::construct_link(c.id)))
        .collect();
    let _ = writeln!(s, "{}.", users.join(", "));
    s
}

/// Every cross-cutting rule.
pub const RULES: &[Rule] = &[
    Rule {
        id: "precedence",
        title: "Operator precedence and associativity",
        body: precedence,
        examples: &[
            "operators/eval-okay-precedence-arith.nix",
            "operators/eval-okay-precedence-not-vs-eq.nix",
            "operators/eval-okay-precedence-implication.nix",
            "operators/eval-okay-precedence-application-vs-select.nix",
            "operators/eval-okay-precedence-update-vs-concat.nix",
            "operators/eval-fail-ref-not-looser-than-plus.nix",
            "syntax/parse-fail-lambda-as-operand.nix",
        ],
    },
    Rule {
        id: "coercion",
        title: "String coercion: interpolation, toString, `+`",
        body: coercion,
        examples: &[
            "strings/eval-fail-interpolate-int.nix",
            "builtins-core/eval-okay-tostring-list.nix",
            "paths/eval-okay-plus-path.nix",
            "paths/eval-okay-string-plus-path-type.nix",
            "builtins-core/eval-okay-tostring-set-tostring-beats-outpath.nix",
            "paths/eval-okay-tostring-relative-no-copy.nix",
        ],
    },
    Rule {
        id: "equality",
        title: "Equality and comparison",
        body: equality,
        examples: &[
            "compare/eval-okay-eq-int-float.nix",
            "compare/eval-okay-eq-functions-in-list.nix",
            "compare/eval-okay-eq-derivation-like-outpath.nix",
            "context/eval-okay-equality-ignores-context.nix",
            "compare/eval-okay-list-less.nix",
            "compare/eval-fail-sets.nix",
        ],
    },
    Rule {
        id: "attribute-order",
        title: "Attribute visiting order",
        body: attribute_order,
        examples: &[
            "attrs/eval-fail-symbol-order-strict.nix",
            "attrs/eval-fail-symbol-order-startup-name.nix",
            "attrs/eval-okay-symbol-order-runtime.nix",
            "attrs/eval-fail-symbol-order-equal.nix",
            "attrs/eval-fail-symbol-order-missing-formal.nix",
        ],
    },
    Rule {
        id: "evaluation-order",
        title: "Evaluation order and laziness",
        body: evaluation_order,
        examples: &[
            "operators/eval-fail-ref-add-left-first.nix",
            "operators/eval-fail-ref-greater-evaluates-right-first.nix",
            "strings/eval-fail-ref-interpolation-left-to-right.nix",
            "laziness/eval-okay-ref-trace-order.nix",
            "builtins/eval-fail-elemat-index-first.nix",
        ],
    },
    Rule {
        id: "printing",
        title: "Printing values",
        body: printing,
        examples: &[
            "printing-lazy/eval-okay-ref-lazy-top.nix",
            "printing/eval-okay-repeated-set.nix",
            "printing/eval-okay-repeated-not-for-scalars.nix",
            "printing/eval-okay-float-precision.nix",
            "printing/eval-okay-float-negative-zero.nix",
            "printing/eval-okay-derivation-like-set.nix",
            "printing/eval-okay-attr-names-quoting.nix",
            "printing/eval-okay-functions.nix",
            "printing-json/eval-okay-nested.nix",
            "printing-xml/eval-okay-attrs.nix",
        ],
    },
    Rule {
        id: "string-context",
        title: "String context",
        body: string_context,
        examples: &[
            "context/eval-okay-get-context-output.nix",
            "context/eval-okay-plus.nix",
            "context/eval-okay-equality-ignores-context.nix",
            "context/eval-fail-attr-name-with-context.nix",
        ],
    },
    Rule {
        id: "paths-and-store",
        title: "Paths and the store",
        body: paths_and_store,
        examples: &[
            "paths/eval-okay-normalise-dotdot.nix",
            "paths/eval-okay-interpolate-path-copies.nix",
            "store/eval-fail-copy-bad-name.nix",
            "store/eval-fail-restricted-readFile.nix",
        ],
    },
    Rule {
        id: "import",
        title: "`import` and its cache",
        body: import,
        examples: &[
            "import/eval-okay-same-file-twice.nix",
            "import/eval-okay-ref-import-cached.nix",
            "import/eval-fail-free-variable-plain-import.nix",
            "import/eval-okay-lazy-unused.nix",
        ],
    },
    Rule {
        id: "call-depth",
        title: "`max-call-depth`",
        body: call_depth,
        examples: &[
            "errors/eval-fail-stack-overflow.nix",
            "lambdas/eval-okay-deep-recursion.nix",
            "laziness/eval-fail-ref-call-depth-not-caught.nix",
        ],
    },
    Rule {
        id: "errors",
        title: "Errors: which ones `tryEval` catches",
        body: errors,
        examples: &[
            "laziness/eval-okay-tryeval-throw.nix",
            "laziness/eval-okay-tryeval-assert.nix",
            "laziness/eval-fail-tryeval-abort.nix",
            "laziness/eval-fail-tryeval-missing-attr.nix",
            "laziness/eval-fail-tryeval-type-error.nix",
            "laziness/eval-okay-ref-tryeval-search-path.nix",
        ],
    },
];
