//! Every construct of the language: its syntax, its evaluation rule, its errors, the VM
//! instructions the VM's compiler emits for it, and examples (spec fixtures).
//!
//! An instruction sequence is written with `⟨e⟩` for "the code of the subexpression `e`".
//! For every expression form except literals, variables and parentheses, the VM's compiler
//! puts the form's own code in a chunk of its own that ends in `Return` and leaves a thunk
//! of it where the form appears (see the `thunk` entry); the sequences below are the
//! contents of those chunks. The evaluator's code for each construct carries a
//! `// VM: semantics#ID` note naming the entry here.

use super::{Errors, Failure, fails};
use crate::error::ErrorKind::{
    self, Arithmetic, AssertFail, InfiniteRecursion, MissingArgument, MissingAttr, Parse,
    StackOverflow, Throw, Type, UndefinedVariable,
};

/// The pages constructs are grouped into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Programs, thunks and forcing.
    Evaluation,
    /// Literals: numbers, strings, paths, lists.
    Values,
    /// Variables and scopes: `let`, `rec`, `inherit`, `with`.
    Scope,
    /// Lambdas, formals, application.
    Functions,
    /// Attribute sets: literals, selection, `?`, `//`.
    Attrs,
    /// `if`, `assert`, the Boolean operators.
    Control,
    /// Arithmetic, comparison, equality, `++`.
    Operators,
}

impl Area {
    /// Every area, in document order.
    pub const ALL: [Area; 7] = [
        Area::Evaluation,
        Area::Values,
        Area::Scope,
        Area::Functions,
        Area::Attrs,
        Area::Control,
        Area::Operators,
    ];

    /// The page's file name (without `.md`) and title.
    pub fn page(self) -> (&'static str, &'static str) {
        match self {
            Area::Evaluation => (
                "constructs-evaluation",
                "Evaluation: programs, thunks and forcing",
            ),
            Area::Values => (
                "constructs-values",
                "Literals: numbers, strings, paths, lists",
            ),
            Area::Scope => (
                "constructs-scope",
                "Variables and scopes: let, rec, inherit, with",
            ),
            Area::Functions => (
                "constructs-functions",
                "Functions: lambdas, formals, application",
            ),
            Area::Attrs => (
                "constructs-attrs",
                "Attribute sets: literals, selection, `?`, `//`",
            ),
            Area::Control => (
                "constructs-control",
                "Control: if, assert, Boolean operators",
            ),
            Area::Operators => (
                "constructs-operators",
                "Operators: arithmetic, comparison, equality, `++`",
            ),
        }
    }
}

/// One construct of the language.
pub struct Construct {
    /// The key the evaluator's `// VM: semantics#ID` notes use, and the anchor in the docs.
    pub id: &'static str,
    /// The area it belongs to.
    pub area: Area,
    /// Its name.
    pub name: &'static str,
    /// Its syntax.
    pub syntax: &'static str,
    /// The evaluation rule: what is forced, in what order, what stays lazy.
    pub rule: &'static str,
    /// The errors it raises.
    pub errors: Errors,
    /// The VM's instructions for it, as its compiler emits them.
    pub vm: &'static str,
    /// How the VM's compiler gets there, where that is not obvious.
    pub vm_notes: &'static str,
    /// Where the VM's behaviour differs from C++ Nix's (findings for VM developers).
    pub vm_differs: &'static [&'static str],
    /// Where nixref evaluates it.
    pub nixref: &'static str,
    /// Spec fixtures, relative to `spec-tests/`.
    pub examples: &'static [&'static str],
}

/// The construct with this id.
pub fn get(id: &str) -> Option<&'static Construct> {
    CONSTRUCTS.iter().find(|c| c.id == id)
}

const fn f(kind: ErrorKind, message: &'static str, when: &'static str) -> Failure {
    fails(kind, message, when)
}

/// Every construct's entry.
pub const CONSTRUCTS: &[Construct] = &[
    // ---- evaluation ----
    Construct {
        id: "program",
        area: Area::Evaluation,
        name: "Program (a file, `-E` text, standard input)",
        syntax: "nix-instantiate --eval [--strict] FILE",
        rule: "A file holds one expression. `nix-instantiate --eval` evaluates it to weak head normal \
               form (its outermost constructor) and prints it: unevaluated parts print as `<CODE>` \
               (see the printing rule). With `--strict` the value is forced deeply first: every \
               attribute (in C++ Nix's symbol-creation order, see the attribute-order rule) and every \
               list element, recursively; a set or list already visited is not visited again. \
               Relative paths in the file are resolved against its directory (for `-E`, the current \
               directory). `-A path` selects an attribute of the result first, `--arg`/`--argstr` \
               call a resulting function with those arguments (auto-calling).",
        errors: Errors::Raises(&[
            f(
                Parse,
                "syntax error, unexpected …",
                "the text is not a Nix expression (before anything is evaluated)",
            ),
            f(
                UndefinedVariable,
                "undefined variable 'x'",
                "a variable no scope, no global and no `with` can bind (found before evaluation)",
            ),
        ]),
        vm: "⟨e⟩, Force, Return",
        vm_notes: "The compiler ends the top-level chunk with `Force` and `Return`; `--strict` is a \
                   deep-forcing routine of the VM run after it (no instruction of its own). Every chunk \
                   (a file, a thunk, a lambda's body) ends in `Return`; `Invalid` is never emitted.",
        vm_differs: &[
            "Printing differs from `nix-instantiate`'s: a value shown a second time is `<CYCLE>` (not `«repeated»`) even without a cycle, a set with `type = \"derivation\"` is `«derivation ???»`, `-0.0` prints as `0`, and small floats are not put in exponent form (`0.00001`, C++ Nix: `1e-05`).",
        ],
        nixref: "`Evaluator::eval_file` / `eval_source` (src/eval/mod.rs), `force_deep` for `--strict`; the command line in src/cli.rs.",
        examples: &[
            "laziness/eval-okay-strict-print-forces.nix",
            "laziness/eval-fail-strict-print-forces-throw.nix",
            "printing-lazy/eval-okay-ref-lazy-top.nix",
        ],
    },
    Construct {
        id: "thunk",
        area: Area::Evaluation,
        name: "Lazy positions and thunks",
        syntax: "attribute values, list items, `let` bindings, function arguments, `with` namespaces",
        rule: "A subexpression in a lazy position is not evaluated where it appears. A number, string \
               or path literal, the empty list and a variable are used as they are (for a variable, its \
               own value cell: the same cell, so `let f = x: x; in [ f ] == [ f ]` is true); anything \
               else — a list or set literal included — becomes a thunk of the expression and its \
               environment (C++ Nix's `maybeThunk`). Forcing a thunk evaluates it \
               to weak head normal form — a set's attributes, a list's elements and a function's body \
               stay unevaluated — and memoises the result. While it runs the thunk is black-holed: \
               forcing it again meanwhile is infinite recursion. A thunk whose evaluation failed \
               remembers the error: forcing it again raises the same error without evaluating again \
               (current C++ Nix; Nix 2.26 evaluated it again, so a `trace` in it printed twice).",
        errors: Errors::Raises(&[f(
            InfiniteRecursion,
            "infinite recursion encountered",
            "a thunk is forced while it is being forced",
        )]),
        vm: "ThunkSuspended (or Constant), …, Force",
        vm_notes: "Every expression form other than a literal, a variable or parentheses is compiled \
                   into a chunk of its own (ending in `Return`) and left as a thunk — even where it is \
                   forced at once, so `ThunkSuspended` … `Force` pairs are everywhere. A thunk that \
                   captures no variable is made once, when compiling, and pushed with `Constant`. A \
                   catchable error (a `throw`, a failed `assert`) is a value in the VM: it is what the \
                   thunk evaluates to and is remembered like any value.",
        vm_differs: &[
            "A thunk that captures no variable is one object in the chunk's constant table, shared by \
             every run of the enclosing code: `let f = x: [ (builtins.trace \"made\" 1) ]; in …` \
             evaluates the element once for all calls of `f`, where C++ Nix makes a fresh thunk per call \
             (the trace is printed once per call).",
        ],
        nixref: "`Evaluator::lazy` and `force` (src/eval/mod.rs); thunk states in src/value/mod.rs.",
        examples: &[
            "laziness/eval-okay-unused-let.nix",
            "laziness/eval-okay-unused-list-element.nix",
            "laziness/eval-fail-infinite-recursion-mutual.nix",
            "laziness/eval-okay-ref-fresh-thunk-per-call.nix",
            "compare/eval-okay-eq-function-copied-value.nix",
        ],
    },
    // ---- literals ----
    Construct {
        id: "number",
        area: Area::Values,
        name: "Integer and float literals",
        syntax: "42, 0, 1.5, .5, 2.5E-3",
        rule: "A constant: no thunk is made for it. Integers are 64-bit signed; a float literal (digits \
               with a `.`, optionally an exponent) is read as C's `strtod` reads it. A leading `-` is \
               not part of the literal but negation. An exponent needs the dot: `2e3` is the integer 2 \
               applied to the variable `e3`.",
        errors: Errors::Raises(&[
            f(
                Parse,
                "invalid integer '9223372036854775808'",
                "an integer literal does not fit in 64 bits (before evaluation)",
            ),
            f(
                Parse,
                "invalid float '1.0e400'",
                "a float literal overflows or underflows (before evaluation)",
            ),
        ]),
        vm: "Constant",
        vm_notes: "",
        vm_differs: &[
            "Leading zeros lex differently: `[ 00.5 ]` is one float in the VM (rnix's lexer); C++ Nix reads the integer `0` and the float `.5`.",
        ],
        nixref: "src/syntax/lower.rs (literals are `Expr::Const`).",
        examples: &[
            "syntax/eval-okay-int-literal.nix",
            "syntax/eval-okay-float-forms.nix",
            "syntax/parse-fail-int-too-large.nix",
            "syntax/eval-fail-int-exponent-is-application.nix",
            "syntax/eval-okay-double-zero-float-in-list.nix",
        ],
    },
    Construct {
        id: "uri",
        area: Area::Values,
        name: "URL literal",
        syntax: "http://example.org/a?b=c",
        rule: "An unquoted URL (a scheme, `:`, then URL characters) is a string constant, without \
               context. Deprecated; current C++ Nix's `--lint-url-literals` can warn about it or \
               reject it.",
        errors: Errors::None("a constant; only the optional lint rejects it"),
        vm: "Constant",
        vm_notes: "The compiler warns (a deprecated URL literal) and emits the string.",
        vm_differs: &[],
        nixref: "src/syntax/lower.rs, lints in src/syntax/lints.rs.",
        examples: &[
            "syntax/eval-okay-uri-literal.nix",
            "syntax/eval-okay-uri-type.nix",
        ],
    },
    Construct {
        id: "string",
        area: Area::Values,
        name: "String literal (no interpolation)",
        syntax: "\"a\\tb\", ''indented\n  text''",
        rule: "A constant string without context. Escapes (`\\n`, `\\t`, `\\r`, `\\\\`, `\\\"`, \
               `\\${`; any other escaped character stands for itself) are read when parsing; in an \
               indented string `''` the common leading indentation of its lines is removed, the first \
               line is dropped when it holds only spaces, and `''$`, `'''` and `''\\x` are its escapes.",
        errors: Errors::Raises(&[f(
            Parse,
            "input string '…' cannot be represented as Nix string because it contains null bytes",
            "the literal contains a NUL byte (current C++ Nix; before evaluation)",
        )]),
        vm: "Constant",
        vm_notes: "A string of one literal part is a `Constant`; anything else is an interpolation.",
        vm_differs: &[],
        nixref: "src/syntax/strings.rs (escapes, indentation stripping).",
        examples: &[
            "strings/eval-okay-indented-basic.nix",
            "strings/eval-okay-escape-unknown.nix",
            "strings/eval-okay-indented-relative-indentation.nix",
        ],
    },
    Construct {
        id: "interpolation",
        area: Area::Values,
        name: "String interpolation",
        syntax: "\"a${e}b\", ''x ${e}''",
        rule: "The parts are evaluated from left to right. Each `${e}` is forced and coerced to a string \
               the way interpolation coerces (see the coercion rule): a string as it is, a path copied \
               to the store (the result refers to the store path), a set through `__toString` or \
               `outPath`; integers, floats, Booleans, null, lists and functions are errors. The result \
               is the concatenation, with the union of the parts' contexts.",
        errors: Errors::Raises(&[
            f(
                Type,
                "cannot coerce an integer to a string: 1",
                "a part is not coercible by interpolation",
            ),
            f(
                Type,
                "path '…' does not exist",
                "an interpolated path cannot be copied to the store",
            ),
        ]),
        vm: "for each part from the last to the first: Constant (a literal part) or ⟨e⟩, CoerceToString; then Interpolate n (left out when there is one part)",
        vm_notes: "The parts are pushed in reverse so that `Interpolate` pops them in order.",
        vm_differs: &[
            "The parts are evaluated from the last to the first: `\"${throw \"a\"}${abort \"b\"}\"` aborts \
             in the VM and throws `a` (catchable) in C++ Nix; traces in the parts print in reverse.",
        ],
        nixref: "`Evaluator::concat` (src/eval/coerce.rs) with `force_string`.",
        examples: &[
            "strings/eval-okay-interpolation.nix",
            "strings/eval-fail-interpolate-int.nix",
            "strings/eval-okay-interpolation-set-tostring.nix",
            "strings/eval-fail-ref-interpolation-left-to-right.nix",
        ],
    },
    Construct {
        id: "path",
        area: Area::Values,
        name: "Path literal",
        syntax: "./a/b, ../c, /abs/d, a/b",
        rule: "A path value, made absolute against the directory of the file that contains it (for \
               `-E` text and standard input, the current directory) and canonicalised (`.` and `..` \
               removed lexically, no symbolic link resolved) when parsing. Nothing is read and nothing \
               is copied until the path is coerced to a string or read by a builtin.",
        errors: Errors::Raises(&[f(
            Parse,
            "path has a trailing slash",
            "the literal ends in `/` (before evaluation)",
        )]),
        vm: "Constant",
        vm_notes: "The compiler resolves the path against the file's directory and canonicalises it.",
        vm_differs: &[],
        nixref: "src/syntax/lower.rs (path literals), src/path.rs (`canon_path`).",
        examples: &[
            "paths/eval-okay-relative-dotdot.nix",
            "paths/eval-okay-type.nix",
            "syntax/parse-fail-path-trailing-slash.nix",
        ],
    },
    Construct {
        id: "path-interpolation",
        area: Area::Values,
        name: "Path interpolation",
        syntax: "./a/${b}, /x/${y}/z",
        rule: "Evaluated like `+` with a path as its first operand: the literal prefix (absolute, with its \
               trailing slash kept) then each part from left to right, each coerced without copying \
               paths to the store; the result is canonicalised into a path. A part whose string refers \
               to a store path (has context) is an error.",
        errors: Errors::Raises(&[
            f(
                Type,
                "a string that refers to a store path cannot be appended to a path",
                "a part has string context",
            ),
            f(
                Type,
                "cannot coerce an integer to a string: 1",
                "a part is not coercible",
            ),
        ]),
        vm: "Constant",
        vm_notes: "The compiler takes the literal's text, `${…}` included, as a path (its path handling \
                   predates interpolated paths).",
        vm_differs: &[
            "Interpolated paths are not supported: the text `${b}` becomes part of the path (the VM's own \
             copy of Nix's `eval-okay-path-antiquotation` is in its not-yet-passing folder).",
        ],
        nixref: "`Evaluator::concat` (src/eval/coerce.rs): the first part is not canonicalised, the result is.",
        examples: &[
            "paths/eval-okay-interpolated.nix",
            "paths/eval-okay-interpolated-normalised.nix",
        ],
    },
    Construct {
        id: "home-path",
        area: Area::Values,
        name: "Home path",
        syntax: "~/a/b",
        rule: "A path under `$HOME`, resolved when parsing.",
        errors: Errors::None("resolved when parsing; reading it later may fail like any path"),
        vm: "Constant, ResolveHomePath",
        vm_notes: "The home directory is looked up when the instruction runs, not when compiling.",
        vm_differs: &[],
        nixref: "src/syntax/lower.rs (from `EvalOptions::home`).",
        examples: &["paths/eval-okay-home-path-type.nix"],
    },
    Construct {
        id: "search-path",
        area: Area::Values,
        name: "Search path lookup",
        syntax: "<nixpkgs>, <nixpkgs/lib>",
        rule: "C++ Nix's parser turns `<p>` into the call `__findFile __nixPath \"p\"`, with both names \
               resolved in scope like any variable: a `let` or `with` that binds `__findFile` or \
               `__nixPath` changes what `<p>` means. With the builtins it is `builtins.findFile \
               builtins.nixPath \"p\"` (see `findFile`).",
        errors: Errors::Raises(&[f(
            Throw,
            "file 'p' was not found in the Nix search path (add it using $NIX_PATH or -I)",
            "no entry of the search path has it (C++ Nix raises it as a `throw`, so `tryEval` catches it)",
        )]),
        vm: "Constant, FindFile",
        vm_notes: "A thunk of its own; the VM resolves the name against its configured search path.",
        vm_differs: &[
            "`<p>` never calls `__findFile` or reads `__nixPath`: binding them has no effect (the VM's copy \
             of Nix's `eval-okay-search-path` is in its not-yet-passing folder).",
        ],
        nixref: "src/syntax/lower.rs (desugared to `__findFile __nixPath \"p\"`), src/builtins/import.rs (`findFile`).",
        examples: &[
            "paths/eval-okay-findfile-desugar.nix",
            "paths/eval-fail-search-path-missing.nix",
            "paths/eval-okay-search-path.nix",
        ],
    },
    Construct {
        id: "list",
        area: Area::Values,
        name: "List literal",
        syntax: "[ a (f x) \"s\" ]",
        rule: "The items stay lazy (each is used as it is or made a thunk, see `thunk`); the list's length \
               is known without evaluating any of them. Items are separated by whitespace, so a call \
               must be parenthesised: `[ f x ]` has two items.",
        errors: Errors::None("building a list cannot fail; its items fail when forced"),
        vm: "⟨item⟩ for each item in order, List n",
        vm_notes: "",
        vm_differs: &[],
        nixref: "src/eval/exprs.rs (`Expr::List`).",
        examples: &[
            "laziness/eval-okay-list-length-lazy.nix",
            "syntax/eval-okay-list-application-needs-parens.nix",
        ],
    },
    Construct {
        id: "cur-pos",
        area: Area::Values,
        name: "Current position",
        syntax: "__curPos",
        rule: "Syntax, not a variable: `{ file; line; column; }` of the token itself (`null` for text \
               that has no file: `-E`, standard input). It cannot be shadowed by a binding.",
        errors: Errors::None("a constant of the parser"),
        vm: "Constant, Force",
        vm_notes: "`__curPos` is a global of the VM bound to a thunk, not syntax.",
        vm_differs: &[
            "`__curPos` evaluates to the fixed set `{ column = 42; file = \"/deep/thought\"; line = 42; }` \
             (a placeholder in the VM's builtins; its copy of Nix's `eval-okay-curpos` is not yet passing).",
            "Being a global, it can be shadowed: `let __curPos = 1; in __curPos` is 1.",
        ],
        nixref: "src/eval/exprs.rs (`Expr::CurPos`, `pos_attrs`).",
        examples: &[
            "syntax/eval-okay-curpos.nix",
            "operators/eval-okay-curpos-not-shadowable.nix",
        ],
    },
    // ---- variables and scopes ----
    Construct {
        id: "variable",
        area: Area::Scope,
        name: "Variable bound by a scope",
        syntax: "x (bound by let, rec, a lambda, inherit)",
        rule: "Resolved when parsing to the innermost lexical binding of the name (`let`, `rec`, a \
               lambda's parameter or formals). Its value is whatever the binding holds (often a \
               thunk), forced where the variable's value is needed. In a lazy position the variable \
               is passed on without forcing (the same value cell).",
        errors: Errors::Raises(&[f(
            UndefinedVariable,
            "undefined variable 'x'",
            "no scope, global or `with` binds it (before evaluation)",
        )]),
        vm: "GetLocal (same frame) or GetUpvalue (captured); Force where forced",
        vm_notes: "A reference to a binding of the same `let` or `rec` that is not yet initialised when \
                   the reference is compiled becomes a thunk reading a deferred capture \
                   (`ThunkSuspended` with `GetUpvalue` inside), filled in by `Finalise`.",
        vm_differs: &[],
        nixref: "Resolved to `Expr::Local { depth, slot }` in src/syntax/lower.rs; src/eval/exprs.rs.",
        examples: &[
            "let/eval-okay-shadowing.nix",
            "syntax/parse-fail-undefined-variable.nix",
        ],
    },
    Construct {
        id: "global",
        area: Area::Scope,
        name: "Global name",
        syntax: "true, false, null, map, builtins, __add, import",
        rule: "A name no lexical scope binds but the global scope does (see the builtins' global \
               names). Globals are lexical: a `let`, `rec` or lambda binding shadows them, but a `with` \
               never does (`with { true = false; }; true` is `true`).",
        errors: Errors::None("the value is known before evaluation"),
        vm: "Constant",
        vm_notes: "Globals are compile-time constants. The compiler's optimiser also folds `&&` and `||` \
                   with a literal `true`/`false` operand unless a scope binds those names (see the \
                   Boolean operators).",
        vm_differs: &[],
        nixref: "`Expr::Global` (src/eval/exprs.rs); the names in src/builtins/mod.rs.",
        examples: &[
            "with/eval-okay-builtin-true-beats-with.nix",
            "let/eval-okay-let-shadows-builtin.nix",
            "syntax/eval-okay-true-is-shadowable.nix",
        ],
    },
    Construct {
        id: "with-variable",
        area: Area::Scope,
        name: "Variable found through `with`",
        syntax: "with e; x",
        rule: "Only a name that no lexical scope and no global binds is looked up dynamically, when it \
               is evaluated: through the enclosing `with` namespaces, innermost first. Each namespace is \
               forced when a lookup reaches it (not before) and must be a set; the first that has the \
               name gives its value, which is then forced where needed.",
        errors: Errors::Raises(&[
            f(
                UndefinedVariable,
                "undefined variable 'x'",
                "no enclosing `with` namespace has the name (raised when looked up)",
            ),
            f(
                Type,
                "expected a set but found an integer: 1",
                "a namespace the lookup reaches is not a set",
            ),
        ]),
        vm: "Constant name, ResolveWith (in a thunk of its own), Force where forced",
        vm_notes: "`ResolveWith` forces the namespaces of the running frame's `with` scopes innermost \
                   first, then those the closure captured.",
        vm_differs: &[],
        nixref: "`Expr::WithVar`, `with_lookup` (src/eval/exprs.rs).",
        examples: &[
            "with/eval-okay-innermost-wins.nix",
            "with/eval-okay-lexical-beats-with.nix",
            "with/eval-fail-undefined-variable.nix",
            "with/eval-okay-lazy-scope.nix",
        ],
    },
    Construct {
        id: "with",
        area: Area::Scope,
        name: "`with`",
        syntax: "with e; body",
        rule: "Evaluates `body` with `e`'s attributes available to names nothing else binds (see \
               `with-variable`). `e` is not evaluated on entry, only when a lookup reaches it: \
               `with throw \"x\"; 1` is 1.",
        errors: Errors::None("its namespace fails only when a lookup forces it"),
        vm: "⟨e⟩, PushWith, ⟨body⟩, PopWith, CloseScope 1",
        vm_notes: "The namespace occupies a stack slot of its own (not forced by `PushWith`).",
        vm_differs: &[],
        nixref: "`Expr::With` (src/eval/exprs.rs): the namespace is a lazy slot of a one-slot frame.",
        examples: &[
            "with/eval-okay-basic.nix",
            "with/eval-okay-lazy-attr.nix",
            "with/eval-fail-not-a-set.nix",
        ],
    },
    Construct {
        id: "let",
        area: Area::Scope,
        name: "`let … in`",
        syntax: "let a = 1; b = a + 1; in b",
        rule: "All bindings are in scope in all of them and in the body (mutually recursive) and are \
               lazy: a binding is evaluated only when used, at most once. Attribute paths \
               (`a.b = 1; a.c = 2;`) build nested sets as in set literals; `inherit` works as in sets. \
               The frame is filled in symbol order (see the attribute-order rule): a binding that is \
               just another binding's name shares that binding's value cell if it was filled \
               before, and gets a thunk of its own otherwise, which the printer can tell apart \
               (`«repeated»`); `rec` sets and a call's formals are filled the same way.",
        errors: Errors::Raises(&[
            f(
                Parse,
                "attribute 'a' already defined at …",
                "a name is bound twice (before evaluation)",
            ),
            f(
                Parse,
                "dynamic attributes not allowed in let",
                "a binding's name is `${…}` (before evaluation)",
            ),
        ]),
        vm: "⟨value⟩ for each binding in order, Finalise for each that refers to a later one, ⟨body⟩, CloseScope n",
        vm_notes: "The bindings are locals of the enclosing frame. No instruction of its own.",
        vm_differs: &[],
        nixref: "`Expr::Let` (src/eval/exprs.rs): one frame of slots filled lazily.",
        examples: &[
            "let/eval-okay-recursive.nix",
            "let/eval-okay-frame-fill-order.nix",
            "let/eval-okay-lazy-binding.nix",
            "let/parse-fail-duplicate.nix",
            "let/parse-fail-dynamic-binding.nix",
        ],
    },
    Construct {
        id: "rec-set",
        area: Area::Scope,
        name: "Recursive set",
        syntax: "rec { a = 1; b = a + 1; }",
        rule: "A set whose attributes are in scope in its own values (like `let`, and the values are \
               lazy). Dynamic attributes are not in scope. An attribute `__overrides` (a set) replaces \
               the attributes it names, and the other attributes see the replacements (an old feature \
               C++ Nix keeps).",
        errors: Errors::Raises(&[
            f(
                Parse,
                "attribute 'a' already defined at …",
                "a name is defined twice (before evaluation)",
            ),
            f(
                Type,
                "expected a set but found …",
                "`__overrides` is not a set",
            ),
        ]),
        vm: "for each attribute: Constant name, ⟨value⟩; Finalise for each value that refers to a later attribute; Attrs n",
        vm_notes: "The values are locals of a scope that `Attrs` consumes.",
        vm_differs: &[
            "`__overrides` is not supported (the VM's copy of Nix's `eval-okay-overrides` is in its not-yet-passing folder).",
        ],
        nixref: "`build_attrs` (src/eval/attrs.rs) with a frame of the attributes.",
        examples: &[
            "attrs/eval-okay-rec.nix",
            "attrs/eval-okay-rec-forward-reference.nix",
            "attrs/eval-okay-ref-rec-overrides.nix",
            "laziness/eval-fail-infinite-recursion-rec-set.nix",
        ],
    },
    Construct {
        id: "inherit",
        area: Area::Scope,
        name: "`inherit`",
        syntax: "inherit a b; inherit (e) c d;",
        rule: "In a set or `let`, `inherit a;` binds `a` to the variable `a` of the enclosing scope \
               (never the set's own `a`, even in `rec`); `inherit (e) c d;` binds `c` to `e.c` and `d` \
               to `e.d`, lazily, with `e` one shared thunk: it is evaluated at most once for all the \
               names.",
        errors: Errors::Raises(&[
            f(
                UndefinedVariable,
                "undefined variable 'a'",
                "a plain `inherit` names a variable no scope binds (before evaluation)",
            ),
            f(
                MissingAttr,
                "attribute 'c' missing",
                "`e` lacks an inherited name (when that name is used)",
            ),
        ]),
        vm: "plain: GetLocal, GetUpvalue, Constant (a global) or a with lookup; from (e): per name a thunk of ⟨e⟩, Force, Constant name, AttrsSelect",
        vm_notes: "",
        vm_differs: &[
            "`inherit (e) c d;` compiles `e` into each name's thunk: `e` is evaluated once per name used \
             (twice for `let inherit (builtins.trace \"from\" s) a b; in a + b`, where C++ Nix traces once).",
        ],
        nixref: "Desugared in src/syntax/lower.rs; the shared source is a slot of the binding frame.",
        examples: &[
            "attrs/eval-okay-inherit.nix",
            "attrs/eval-okay-inherit-from.nix",
            "let/eval-okay-ref-inherit-from-shared.nix",
            "attrs/eval-fail-inherit-missing.nix",
        ],
    },
    Construct {
        id: "legacy-let",
        area: Area::Scope,
        name: "Legacy `let { … }`",
        syntax: "let { a = 1; body = a; }",
        rule: "The old form of `let`: a recursive set whose `body` attribute is the value.",
        errors: Errors::Raises(&[f(
            MissingAttr,
            "attribute 'body' missing",
            "the set has no `body`",
        )]),
        vm: "(as a recursive set), Constant \"body\", AttrsSelect",
        vm_notes: "The compiler warns that the form is deprecated.",
        vm_differs: &[],
        nixref: "src/syntax/lower.rs (a recursive set and a selection).",
        examples: &[
            "let/eval-okay-legacy-let-body.nix",
            "let/eval-fail-legacy-let-no-body.nix",
        ],
    },
    // ---- functions ----
    Construct {
        id: "lambda",
        area: Area::Functions,
        name: "Function literal",
        syntax: "x: body",
        rule: "A closure over the environment it is evaluated in; its body is evaluated at each call, \
               with the parameter bound to the (lazy) argument. Functions are values: they compare \
               unequal to everything (see the equality rule) and cannot be coerced to strings.",
        errors: Errors::None("making a closure cannot fail"),
        vm: "Closure (captures variables), ThunkClosure (refers to itself), or Constant (captures nothing)",
        vm_notes: "The closure is built inside a thunk of its own, like other forms.",
        vm_differs: &[],
        nixref: "`Expr::Lambda` (src/eval/exprs.rs), calls in src/eval/call.rs.",
        examples: &[
            "lambdas/eval-okay-closure.nix",
            "laziness/eval-okay-function-body-lazy.nix",
        ],
    },
    Construct {
        id: "formals",
        area: Area::Functions,
        name: "Formals (set patterns)",
        syntax: "{ a, b ? d, ... } @ args: body",
        rule: "At the call the argument is forced and must be a set. Then the formals without a \
               default must all be present (the first missing one in C++ Nix's symbol order is \
               reported), then, without `...`, no other attribute may be present. The formals are bound \
               to the argument's values, unforced; a missing formal with a default gets its default, \
               evaluated lazily in the function's own scope (so defaults can refer to each other and to \
               other formals). `args` is the argument as given, \
               without defaults.",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected a set but found an integer: 1",
                "the argument is not a set (while evaluating the value passed for the lambda argument)",
            ),
            f(
                MissingArgument,
                "function 'f' called without required argument 'a'",
                "a formal without default is missing",
            ),
            f(
                Type,
                "function 'f' called with unexpected argument 'c'",
                "without `...`, the argument has a name no formal lists",
            ),
        ]),
        vm: "at the start of the body: Force, JumpIfCatchable →end, AssertAttrs, ValidateClosedFormals (without an ellipsis); for each formal in order: GetLocal (the argument), Constant name, then AttrsSelect (no default) or AttrsTrySelect, JumpIfNotFound →default, Constant (no-finalise marker), Jump →next, default: ⟨default⟩, Constant (finalise marker), next:; then for each default that refers to a later formal: GetLocal (its marker), JumpIfNoFinaliseRequest →skip, Finalise, skip: Pop; then ⟨body⟩, CloseScope n, end:",
        vm_notes: "A catchable argument jumps over the whole body and is the call's result.",
        vm_differs: &[
            "Unexpected arguments are checked (`ValidateClosedFormals`) before missing ones; C++ Nix \
             reports a missing argument first: `({ a }: a) { b = 1; }` is \"called without required \
             argument 'a'\" there.",
            "A missing argument is `AttrsSelect`'s \"attribute 'a' missing\", not C++ Nix's \"called \
             without required argument\", and formals are checked in source order, not symbol order.",
        ],
        nixref: "`call_lambda` (src/eval/call.rs).",
        examples: &[
            "lambdas/eval-okay-formals.nix",
            "lambdas/eval-okay-formals-defaults-refer-each-other.nix",
            "lambdas/eval-okay-at-pattern-no-defaults.nix",
            "lambdas/eval-fail-missing-argument.nix",
            "lambdas/eval-fail-unexpected-argument.nix",
            "lambdas/eval-fail-ref-missing-before-unexpected.nix",
        ],
    },
    Construct {
        id: "application",
        area: Area::Functions,
        name: "Function application",
        syntax: "f x, f x y (= (f x) y)",
        rule: "The function position is evaluated and forced first; the argument stays lazy. A lambda \
               runs its body; a builtin collects arguments until it has as many as its arity, then \
               runs; a set with `__functor` is called as `s.__functor s x`. Anything else is an \
               error. Each call counts against `max-call-depth` (see that rule).",
        errors: Errors::Raises(&[
            f(
                Type,
                "attempt to call something which is not a function but an integer: 1",
                "the function position is not callable",
            ),
            f(
                StackOverflow,
                "stack overflow; max-call-depth exceeded",
                "calls nest deeper than `max-call-depth` (10000)",
            ),
        ]),
        vm: "⟨x⟩, ⟨f⟩, Force, Call",
        vm_notes: "The argument's code comes first but only makes a thunk (or reads a variable); a set with \
                   `__functor` is called by a routine of the VM, not by an instruction.",
        vm_differs: &[
            "There is no `max-call-depth`: `let f = n: if n == 0 then 0 else 1 + f (n - 1); in builtins.tryEval (f 20000)` succeeds in the VM; C++ Nix stops at 10000 nested calls with an error `tryEval` does not catch.",
        ],
        nixref: "`Expr::Apply` (src/eval/exprs.rs), `Evaluator::call` (src/eval/call.rs).",
        examples: &[
            "lambdas/eval-okay-argument-lazy.nix",
            "attrs/eval-okay-functor.nix",
            "errors/eval-fail-call-non-function.nix",
            "errors/eval-fail-stack-overflow.nix",
            "laziness/eval-fail-ref-call-depth-not-caught.nix",
        ],
    },
    // ---- attribute sets ----
    Construct {
        id: "attrs",
        area: Area::Attrs,
        name: "Attribute set literal",
        syntax: "{ a = 1; \"b c\" = 2; ${n} = 3; x.y.z = 4; }",
        rule: "Builds a set. The values are lazy. Static names first; then each dynamic name `${e}` is \
               evaluated, in order, when the set is built: it must be a string without context (or \
               `null`, which drops the attribute). Attribute paths are merged into nested sets when \
               parsing (`x.y = 1; x.z = 2;`); a name may not be defined twice.",
        errors: Errors::Raises(&[
            f(
                Parse,
                "attribute 'a' already defined at …",
                "a static name is defined twice (before evaluation)",
            ),
            f(
                Type,
                "dynamic attribute 'a' already defined at …",
                "a dynamic name repeats another name",
            ),
            f(
                Type,
                "expected a string but found an integer: 1",
                "a dynamic name is not a string or null",
            ),
            f(
                Type,
                "the string '…' is not allowed to refer to a store path (such as '…')",
                "a dynamic name has context",
            ),
        ]),
        vm: "for each attribute in source order: Constant name (or ⟨name⟩, Force for a dynamic one), ⟨value⟩; Attrs n",
        vm_notes: "Plain `inherit`s come first, then `inherit (e)` names, then the other attributes. \
                   A nested path group becomes one value: a thunk that builds the inner set the same way. \
                   The empty set is a `Constant`.",
        vm_differs: &[],
        nixref: "`build_attrs` (src/eval/attrs.rs); merging in src/syntax/lower.rs.",
        examples: &[
            "attrs/eval-okay-nested-attrpath-merge.nix",
            "attrs/eval-okay-dynamic-null-dropped.nix",
            "attrs/eval-fail-dynamic-duplicate.nix",
            "attrs/eval-okay-set-lazy-values.nix",
        ],
    },
    Construct {
        id: "select",
        area: Area::Attrs,
        name: "Selection",
        syntax: "e.a, e.a.b, e.${n}, e.\"a b\"",
        rule: "Evaluates `e`, then for each name of the path in turn: the current value is forced and \
               must be a set, the name (a dynamic one is evaluated now and must be a string) is looked \
               up, and its value is forced.",
        errors: Errors::Raises(&[
            f(
                MissingAttr,
                "attribute 'a' missing",
                "the set has no such attribute",
            ),
            f(
                Type,
                "expected a set but found an integer: 1",
                "a step is not a set (while selecting an attribute)",
            ),
        ]),
        vm: "⟨e⟩; for each name: Force, Constant name (or ⟨name⟩, Force), AttrsSelect",
        vm_notes: "When `e` compiles to a constant set (a literal without variables) and the path is one \
                   static name, the compiler selects at compile time.",
        vm_differs: &[],
        nixref: "`select` (src/eval/attrs.rs).",
        examples: &[
            "attrs/eval-okay-select-nested.nix",
            "attrs/eval-fail-missing-attr.nix",
            "attrs/eval-fail-select-on-non-set.nix",
        ],
    },
    Construct {
        id: "select-or",
        area: Area::Attrs,
        name: "Selection with a default",
        syntax: "e.a.b or d",
        rule: "As selection, but if a step finds no such attribute, or a value on the path is not a set, \
               the result is `d` (evaluated only then). Errors raised while forcing `e` or a value on \
               the path are not caught: `(throw \"x\").a or 1` throws.",
        errors: Errors::None(
            "a missing name or a non-set gives the default; errors of the values on the path propagate",
        ),
        vm: "⟨e⟩; for each name: Force, Constant name (or ⟨name⟩, Force), AttrsTrySelect, JumpIfNotFound →default; Jump →end; default: ⟨d⟩; end:",
        vm_notes: "",
        vm_differs: &[
            "`AttrsTrySelect` treats a catchable error value on the path like a non-set: \
             `(throw \"x\").a or 1` and `{ a = throw \"x\"; }.a.b or 1` are 1 in the VM; C++ Nix throws.",
        ],
        nixref: "`select` with a default (src/eval/attrs.rs).",
        examples: &[
            "operators/eval-okay-select-or.nix",
            "operators/eval-okay-or-through-non-set.nix",
            "attrs/eval-okay-or-default-lazy.nix",
            "attrs/eval-fail-ref-or-does-not-catch.nix",
        ],
    },
    Construct {
        id: "has-attr",
        area: Area::Attrs,
        name: "Attribute test",
        syntax: "e ? a, e ? a.b.c",
        rule: "Evaluates and forces `e`; for each name of the path, false if the current value is not a \
               set or lacks the name, else the found value is forced before the next step. The value of \
               the last name is not forced: `{ a = throw \"x\"; } ? a` is true.",
        errors: Errors::None(
            "a missing name or a non-set is false; errors of the values on the path propagate",
        ),
        vm: "⟨e⟩, Force, Constant first name (or ⟨name⟩, Force); for each further name: AttrsTrySelect, Force, Constant name (or ⟨name⟩, Force); HasAttr",
        vm_notes: "",
        vm_differs: &[
            "With three or more names, a catchable error value in the middle of the path gives false: \
             `{ a = throw \"x\"; } ? a.b.c` is false in the VM; C++ Nix throws.",
        ],
        nixref: "`has_attr` (src/eval/attrs.rs).",
        examples: &[
            "attrs/eval-okay-has-attr.nix",
            "attrs/eval-okay-has-attr-non-set.nix",
            "operators/eval-okay-has-attr-path.nix",
            "attrs/eval-fail-ref-has-attr-forces-path.nix",
        ],
    },
    Construct {
        id: "update",
        area: Area::Attrs,
        name: "Update",
        syntax: "a // b",
        rule: "Evaluates `a`, which must be a set, then `b`, which must be a set; the result has the \
               attributes of both, `b`'s winning. Shallow: nested sets are not merged. When one side is \
               empty the result is the other set itself.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a set but found an integer: 1",
            "an operand is not a set (in the left operand of the update (//) operator; the left one is checked before the right one is evaluated)",
        )]),
        vm: "⟨a⟩, Force, ⟨b⟩, Force, AttrsUpdate",
        vm_notes: "",
        vm_differs: &[
            "Both operands are evaluated before either is checked, and the right one is checked first: \
             `1 // (throw \"x\")` throws in the VM; C++ Nix reports that the left operand is not a set.",
        ],
        nixref: "`BinOp::Update` (src/eval/ops.rs).",
        examples: &[
            "attrs/eval-okay-update.nix",
            "attrs/eval-okay-update-shallow.nix",
            "operators/eval-fail-update-left-non-set.nix",
            "operators/eval-fail-ref-update-left-checked-first.nix",
        ],
    },
    // ---- control ----
    Construct {
        id: "if",
        area: Area::Control,
        name: "Conditional",
        syntax: "if c then a else b",
        rule: "Evaluates `c`, which must be a Boolean, then only the branch it selects.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a Boolean but found null: null",
            "the condition is not a Boolean (while evaluating a branch condition)",
        )]),
        vm: "⟨c⟩, Force, JumpIfCatchable →end, JumpIfFalse →else, Pop, ⟨a⟩, Jump →end, else: Pop, ⟨b⟩, end:",
        vm_notes: "No `AssertBool`: `JumpIfFalse` itself fails on a non-Boolean. A catchable condition \
                   jumps to the end and is the result.",
        vm_differs: &[],
        nixref: "`Expr::If` (src/eval/exprs.rs).",
        examples: &[
            "syntax/eval-okay-if-then-else.nix",
            "laziness/eval-okay-if-branch-lazy.nix",
            "operators/eval-fail-if-null.nix",
        ],
    },
    Construct {
        id: "assert",
        area: Area::Control,
        name: "Assertion",
        syntax: "assert c; body",
        rule: "Evaluates `c`, which must be a Boolean; if true, the value is `body`; if false, a \
               catchable error naming the condition's text. When the condition is `a == b`, C++ Nix \
               (2.26 and current) evaluates both sides again and says how they differ instead.",
        errors: Errors::Raises(&[
            f(AssertFail, "assertion 'c' failed", "the condition is false"),
            f(
                AssertFail,
                "an integer with value '1' is not equal to an integer with value '2'",
                "the condition is an equality that is false (the first difference found)",
            ),
            f(
                Type,
                "expected a Boolean but found …",
                "the condition is not a Boolean (in the condition of the assert statement)",
            ),
        ]),
        vm: "⟨c⟩, Force, JumpIfCatchable →end, JumpIfFalse →fail, Pop, ⟨body⟩, Jump →end, fail: Pop, AssertFail, end:",
        vm_notes: "`JumpIfFalse` (not `JumpIfTrue`), which fails on a non-Boolean: no `AssertBool`.",
        vm_differs: &[
            "The VM's message is \"assertion failed\", without the condition or the explanation of an equality.",
        ],
        nixref: "`assert` (src/eval/exprs.rs), `assert_equal` (src/eval/ops.rs).",
        examples: &[
            "errors/eval-fail-assert-simple.nix",
            "syntax/eval-okay-assert-pass.nix",
            "laziness/eval-okay-tryeval-assert.nix",
            "errors/eval-fail-assert-and.nix",
        ],
    },
    Construct {
        id: "not",
        area: Area::Control,
        name: "Negation",
        syntax: "!e",
        rule: "Evaluates `e`, which must be a Boolean.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a Boolean but found an integer: 1",
            "the operand is not a Boolean (in the argument of the not operator)",
        )]),
        vm: "⟨e⟩, Force, Invert",
        vm_notes: "",
        vm_differs: &[],
        nixref: "`Expr::Not` (src/eval/exprs.rs).",
        examples: &[
            "operators/eval-okay-not.nix",
            "operators/eval-fail-not-non-bool.nix",
        ],
    },
    Construct {
        id: "and",
        area: Area::Control,
        name: "Conjunction",
        syntax: "a && b",
        rule: "Evaluates `a`, which must be a Boolean; if false the result is false and `b` is not \
               evaluated; otherwise `b`, which must be a Boolean, is the result.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a Boolean but found an integer: 1",
            "an operand is not a Boolean (in the left/right operand of the AND (&&) operator)",
        )]),
        vm: "⟨a⟩, Force, JumpIfCatchable →end, JumpIfFalse →check, Pop, ⟨b⟩, Force, check: AssertBool, end:",
        vm_notes: "The compiler's optimiser rewrites the operation when an operand is the literal `true` \
                   or `false` (unless a scope binds those names).",
        vm_differs: &[
            "`true && e` and `e && true` compile to `e` (no Boolean check: `true && 1` is 1; C++ Nix \
             fails), and `e && false` to `false` without evaluating `e` (C++ Nix evaluates and checks it).",
        ],
        nixref: "`BinOp::And` (src/eval/ops.rs).",
        examples: &[
            "operators/eval-okay-and.nix",
            "operators/eval-okay-and-short-circuit.nix",
            "operators/eval-fail-and-non-bool-right.nix",
            "operators/eval-fail-ref-and-literal-true.nix",
        ],
    },
    Construct {
        id: "or",
        area: Area::Control,
        name: "Disjunction",
        syntax: "a || b",
        rule: "Evaluates `a`, which must be a Boolean; if true the result is true and `b` is not \
               evaluated; otherwise `b`, which must be a Boolean, is the result.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a Boolean but found an integer: 1",
            "an operand is not a Boolean (in the left/right operand of the OR (||) operator)",
        )]),
        vm: "⟨a⟩, Force, JumpIfCatchable →end, JumpIfTrue →check, Pop, ⟨b⟩, Force, check: AssertBool, end:",
        vm_notes: "Optimised like `&&` when an operand is a literal `true` or `false`.",
        vm_differs: &[
            "`false || e` and `e || false` compile to `e` (no Boolean check), and `e || true` to `true` \
             without evaluating `e`: `(throw \"x\") || true` is true in the VM; C++ Nix throws.",
        ],
        nixref: "`BinOp::Or` (src/eval/ops.rs).",
        examples: &[
            "operators/eval-okay-or.nix",
            "operators/eval-okay-or-short-circuit.nix",
            "operators/eval-fail-or-non-bool.nix",
            "operators/eval-fail-ref-or-literal-true.nix",
        ],
    },
    Construct {
        id: "implication",
        area: Area::Control,
        name: "Implication",
        syntax: "a -> b",
        rule: "Evaluates `a`, which must be a Boolean; if false the result is true and `b` is not \
               evaluated; otherwise `b`, which must be a Boolean, is the result.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a Boolean but found an integer: 1",
            "an operand is not a Boolean (in the left/right operand of the IMPL (->) operator)",
        )]),
        vm: "⟨a⟩, Force, JumpIfCatchable →end, Invert, JumpIfTrue →check, Pop, ⟨b⟩, Force, check: AssertBool, end:",
        vm_notes: "`!a || b`: the `Invert` makes a false `a` the result `true`.",
        vm_differs: &[],
        nixref: "`BinOp::Impl` (src/eval/ops.rs).",
        examples: &[
            "operators/eval-okay-implication.nix",
            "operators/eval-okay-implication-short-circuit.nix",
            "operators/eval-fail-implication-non-bool.nix",
        ],
    },
    // ---- operators ----
    Construct {
        id: "add",
        area: Area::Operators,
        name: "Addition and concatenation",
        syntax: "a + b",
        rule: "Evaluates `a`, then `b` (each forced). The first operand decides: two numbers add (an \
               integer and a float give a float; integer overflow is an error); a path first gives a \
               path (`b` coerced to a string without copying to the store, must have no context, result \
               canonicalised); otherwise a string: `a` and `b` coerced as interpolation does (a path \
               operand after a string is copied to the store). `+` is not a call of `__add`.",
        errors: Errors::Raises(&[
            f(
                Type,
                "cannot add a string to an integer",
                "a number first and a non-number second",
            ),
            f(
                Arithmetic,
                "integer overflow in adding 9223372036854775807 + 1",
                "the sum does not fit in 64 bits",
            ),
            f(
                Type,
                "cannot coerce a set to a string: { }",
                "a string is expected and an operand cannot be coerced",
            ),
            f(
                Type,
                "a string that refers to a store path cannot be appended to a path",
                "a path first and a string with context second",
            ),
        ]),
        vm: "⟨a⟩, Force, ⟨b⟩, Force, Add",
        vm_notes: "",
        vm_differs: &[
            "Integer addition, subtraction, multiplication and negation are plain machine arithmetic: no \
             overflow error.",
            "When both operands are catchable errors, the right one is the result (the VM checks the \
             popped values from the top): `(throw \"left\") + (throw \"right\")` throws `right`; C++ Nix \
             throws `left`. The same holds for `-`, `*`, `/`, `==`, `<`, `//`, `++`.",
            "The right operand is evaluated even when the left one is a catchable error, so an \
             uncatchable error on the right wins: `(throw \"a\") + (abort \"b\")` aborts; C++ Nix throws `a`.",
        ],
        nixref: "`Evaluator::concat` (src/eval/coerce.rs); the same code as interpolation.",
        examples: &[
            "arith/eval-okay-add-mixed.nix",
            "paths/eval-okay-plus-path.nix",
            "paths/eval-okay-plus-string.nix",
            "arith/eval-fail-add-overflow.nix",
            "operators/eval-fail-add-string-int.nix",
            "operators/eval-fail-ref-add-left-first.nix",
            "operators/eval-fail-ref-add-first-error-wins.nix",
        ],
    },
    Construct {
        id: "arith",
        area: Area::Operators,
        name: "Subtraction, multiplication, division",
        syntax: "a - b, a * b, a / b",
        rule: "C++ Nix's parser makes these calls: `a - b` is `__sub a b`, `a * b` is `__mul a b`, \
               `a / b` is `__div a b`, with the names resolved in scope (a `let __sub = …;` changes what \
               `-` means; a `with` never does). The builtins force the first operand, then the second \
               (division looks at the divisor first); integers stay integers, a float on either side \
               gives a float; integer division truncates toward zero.",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected an integer but found a string: \"a\"",
                "an operand is not a number (while evaluating the first/second argument of the subtraction)",
            ),
            f(Arithmetic, "division by zero", "the divisor is 0 or 0.0"),
            f(
                Arithmetic,
                "integer overflow in multiplying 4611686018427387904 * 2",
                "an integer result does not fit in 64 bits",
            ),
        ]),
        vm: "⟨a⟩, Force, ⟨b⟩, Force, Sub (Mul, Div)",
        vm_notes: "",
        vm_differs: &[
            "The operators are instructions, never calls: binding `__sub`, `__mul` or `__div` has no effect.",
            "No integer overflow error (see `add`); the order of catchable operands as for `add`.",
        ],
        nixref: "`BinOp::Sub`/`Mul`/`Div` (src/eval/ops.rs) when the names are the builtins, calls otherwise (src/syntax/lower.rs).",
        examples: &[
            "arith/eval-okay-sub.nix",
            "arith/eval-okay-div-int-negative.nix",
            "arith/eval-fail-div-zero.nix",
            "operators/eval-okay-sub-desugars-to-lexical-sub.nix",
            "arith/eval-fail-mul-overflow.nix",
        ],
    },
    Construct {
        id: "negation",
        area: Area::Operators,
        name: "Numeric negation",
        syntax: "-e",
        rule: "C++ Nix's parser makes it `__sub 0 e` (so it is a call of whatever `__sub` means there).",
        errors: Errors::Raises(&[
            f(
                Type,
                "expected an integer but found a string: \"a\"",
                "the operand is not a number",
            ),
            f(
                Arithmetic,
                "integer overflow in subtracting 0 - -9223372036854775808",
                "negating the smallest integer",
            ),
        ]),
        vm: "⟨e⟩, Force, Negate",
        vm_notes: "",
        vm_differs: &["No overflow error (see `add`), and `__sub` is not called."],
        nixref: "Lowered to a subtraction from 0 (src/syntax/lower.rs).",
        examples: &[
            "arith/eval-fail-negate-overflow.nix",
            "operators/eval-okay-unary-minus.nix",
            "operators/eval-fail-unary-minus-string.nix",
        ],
    },
    Construct {
        id: "comparison",
        area: Area::Operators,
        name: "Ordering",
        syntax: "a < b, a > b, a <= b, a >= b",
        rule: "C++ Nix's parser makes all four calls of `__lessThan`: `a < b` is `__lessThan a b`, \
               `a > b` is `__lessThan b a`, `a <= b` is `!(__lessThan b a)`, `a >= b` is \
               `!(__lessThan a b)`. `lessThan` forces its first argument, then its second; so `>` and \
               `<=` evaluate `b` before `a`. What can be compared is the comparison rule.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot compare a set with a set; values of that type are incomparable",
            "the operands cannot be ordered (see the comparison rule)",
        )]),
        vm: "⟨a⟩, Force, ⟨b⟩, Force, Less (More, LessOrEq, MoreOrEq)",
        vm_notes: "",
        vm_differs: &[
            "Four instructions that always evaluate `a`, then `b`: `(abort \"a\") > (throw \"b\")` aborts in \
             the VM, where C++ Nix, evaluating `b` first for `>` and `<=`, throws `b`; with two catchable \
             operands the VM gives `b`'s error for all four (C++ Nix: `a`'s for `<` and `>=`); binding \
             `__lessThan` has no effect.",
        ],
        nixref: "`BinOp::Less` (src/eval/ops.rs), with `>`, `<=`, `>=` lowered as C++ Nix does.",
        examples: &[
            "compare/eval-okay-int-less.nix",
            "compare/eval-okay-list-less.nix",
            "operators/eval-okay-lessthan-desugar.nix",
            "operators/eval-fail-ref-greater-evaluates-right-first.nix",
            "compare/eval-fail-sets.nix",
        ],
    },
    Construct {
        id: "equality",
        area: Area::Operators,
        name: "Equality",
        syntax: "a == b, a != b",
        rule: "Evaluates `a`, then `b`, and compares them as the equality rule says (deep, forcing \
               the insides of lists and sets as far as needed). Never an error of its own; `!=` is the \
               negation.",
        errors: Errors::None(
            "equality never fails itself; forcing the insides of the operands can",
        ),
        vm: "⟨a⟩, Force, ⟨b⟩, Force, Equal (then Invert for !=)",
        vm_notes: "",
        vm_differs: &[
            "The order of catchable operands as for `add`.",
            "Functions inside lists and sets are compared by identity of the closure, not of the value cell: `let f = x: x; in [ (builtins.head [ f ]) ] == [ f ]` is true in the VM (C++ Nix: false, a copy is another cell), while `let g = builtins.add; in [ g ] == [ g ]` is false (C++ Nix: true, builtins are not compared by identity in the VM).",
        ],
        nixref: "`values_equal` (src/eval/ops.rs).",
        examples: &[
            "compare/eval-okay-eq-lists.nix",
            "compare/eval-okay-eq-int-float.nix",
            "compare/eval-okay-neq.nix",
            "compare/eval-okay-eq-functions-false.nix",
            "compare/eval-okay-eq-primop-via-let.nix",
            "compare/eval-okay-eq-function-copied-value.nix",
        ],
    },
    Construct {
        id: "concat",
        area: Area::Operators,
        name: "List concatenation",
        syntax: "a ++ b",
        rule: "Evaluates `a` and `b`, then forces each to a list, `a` first; the elements are not \
               evaluated. An empty side gives the other list itself.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a list but found an integer: 1",
            "an operand is not a list (while evaluating one of the elements to concatenate)",
        )]),
        vm: "⟨a⟩, Force, ⟨b⟩, Force, Concat",
        vm_notes: "",
        vm_differs: &[
            "`Concat` checks the right operand's type before the left one's (C++ Nix: the left one first, and its message names that value: `1 ++ 2` names 1).",
        ],
        nixref: "`concat_lists` (src/eval/ops.rs).",
        examples: &[
            "operators/eval-okay-list-concat.nix",
            "operators/eval-okay-list-concat-lazy-elements.nix",
            "operators/eval-fail-concat-non-list.nix",
            "operators/eval-fail-ref-concat-left-checked-first.nix",
        ],
    },
];
