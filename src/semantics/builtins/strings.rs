//! Strings: coercion, slicing, replacing, joining, paths as strings, regular expressions,
//! versions, hashes.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::{StackOverflow, Type};
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "strings",
    title: "strings, regular expressions, versions, hashes",
    intro: "",
    entries: ENTRIES,
};

const NO_CONTEXT: &str = "the string '…' is not allowed to refer to a store path (such as '…')";

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "toString",
        arity: 1,
        signature: "toString e",
        rule: "`e` as a string, coercing more than interpolation does: `null` and `false` give `\"\"`, \
               `true` gives `\"1\"`, integers their decimal form, floats C's `%f` (`1.5` gives \
               `\"1.500000\"`), a list its elements' strings joined by single spaces (no space after an \
               element that is an empty list), a path its own text (not copied to the store, no \
               context), a set its `__toString` result (called with the set) or else its `outPath`. \
               A string keeps its context. See the coercion rule.",
        forces: "`e`, and recursively what the coercion needs: list elements, the `__toString` result, `outPath`.",
        lazy: "Nothing that is used.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot coerce a function to a string: «lambda …»",
            "`e` (or a list element) is a function, or a set without `__toString` and `outPath`",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `e` lazy, coerced by the builtin.",
        vm_differs: &[
            "A nested empty list adds no separator: `toString [ 1 [ [ ] ] 2 ]` is `\"1 2\"` (C++ Nix: `\"1  2\"`).",
        ],
        examples: &[
            "builtins-core/eval-okay-tostring-list.nix",
            "builtins-core/eval-okay-tostring-float.nix",
            "builtins-core/eval-okay-tostring-set-tostring-beats-outpath.nix",
            "builtins-core/eval-okay-tostring-path.nix",
            "builtins-core/eval-fail-tostring-nested-function.nix",
            "builtins-core/eval-okay-tostring-empty-list-no-separator.nix",
        ],
    },
    Builtin {
        name: "stringLength",
        arity: 1,
        signature: "stringLength s",
        rule: "The length of `s` in bytes, `s` coerced as interpolation does (a path is copied to the \
               store first, so its length is that of the store path).",
        forces: "`s`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot coerce an integer to a string: 1",
            "`s` is not coercible by interpolation",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `s` lazy, coerced by the builtin.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-str-stringlength.nix",
            "builtins/eval-okay-str-stringlength-path.nix",
            "builtins/eval-fail-str-stringlength-int.nix",
        ],
    },
    Builtin {
        name: "substring",
        arity: 3,
        signature: "substring start len s",
        rule: "The bytes of `s` from `start`, at most `len` of them (a negative `len` means to the end); \
               `\"\"` when `start` is at or beyond the end. `s` is coerced as interpolation does and \
               the result keeps its context, even when empty.",
        forces: "`start` (an integer, not negative), then `len`, then `s`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "negative start position in 'substring'",
                "`start` < 0 (checked before `len` is forced)",
            ),
            f(
                Type,
                "expected an integer but found a string: \"1\"",
                "`start` or `len` is not an integer",
            ),
            f(
                Type,
                "cannot coerce an integer to a string: 1",
                "`s` is not coercible",
            ),
        ]),
        edges: "C++ Nix compares `start` with the length after narrowing it to 32 bits: a start of 2^32 or more on a shorter string can fail with `basic_string_view::substr`'s own message. `substring 0 0 s` does not look at the bytes of a string `s` but keeps its context.",
        versions: "",
        vm: "`Call` ×3. tvix-eval: all three strict.",
        vm_differs: &[
            "A negative start is an \"index out of bounds\" error, reported only after `s` is forced.",
            "A start of 2^32 or more on a short string gives `\"\"` (C++ Nix fails, see above).",
        ],
        examples: &[
            "builtins/eval-okay-str-substring-basic.nix",
            "builtins/eval-okay-str-substring-negative-len.nix",
            "builtins/eval-fail-str-substring-negative-start.nix",
            "builtins/eval-fail-str-substring-empty-context.nix",
        ],
    },
    Builtin {
        name: "replaceStrings",
        arity: 3,
        signature: "replaceStrings from to s",
        rule: "One pass over `s` from the left: at each position the first pattern of `from` that \
               occurs there is replaced by the string at the same index of `to`, and the pass goes on \
               after it; where none occurs the byte is kept. An empty pattern matches at every \
               position, the end included, and the byte after it is kept. The result keeps `s`'s \
               context and adds that of each replacement used.",
        forces: "`from`, then `to` (as lists), then every pattern of `from` (strings), then `s` (a string, \
                 not coerced); a replacement only the first time its pattern is found.",
        lazy: "The replacements whose patterns never occur.",
        errors: Errors::Raises(&[
            f(
                Type,
                "'from' and 'to' arguments passed to builtins.replaceStrings have different lengths",
                "the lists differ in length",
            ),
            f(
                Type,
                "expected a string but found an integer: 1",
                "a pattern, a used replacement, or `s` is not a string",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×3. tvix-eval: all strict; every element of `from` and `to` is forced before `s` is looked at.",
        vm_differs: &[
            "Replacements are forced whether or not their pattern occurs: `replaceStrings [ \"a\" \"b\" ] [ \"c\" (throw \"x\") ] \"aa\"` throws.",
            "After an empty pattern matched, the VM skips it and tries the later patterns at the same position: `replaceStrings [ \"\" \"b\" ] [ \"X\" \"Y\" ] \"abc\"` is `\"XaXYXcX\"` (C++ Nix: `\"XaXbXcX\"`).",
            "Lists of different lengths are not an error.",
        ],
        examples: &[
            "builtins/eval-okay-str-replacestrings-basic.nix",
            "builtins/eval-okay-str-replacestrings-empty-pattern.nix",
            "builtins/eval-okay-str-replacestrings-lazy.nix",
            "builtins/eval-okay-str-replacestrings-order.nix",
            "builtins/eval-fail-str-replacestrings-lengths.nix",
        ],
    },
    Builtin {
        name: "concatStringsSep",
        arity: 2,
        signature: "concatStringsSep sep list",
        rule: "The elements of `list`, each coerced as interpolation does (paths copied to the store; \
               numbers are errors), joined with `sep`. Every context is kept, the separator's too \
               (even for an empty list).",
        forces: "`sep` (a string), then `list`, then each element in order.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "cannot coerce an integer to a string: 1",
                "an element is not coercible by interpolation",
            ),
            f(
                Type,
                "expected a list but found a string: \"a\"",
                "`list` is not a list",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-str-concatstringssep-basic.nix",
            "builtins/eval-okay-str-concatstringssep-coerce.nix",
            "builtins/eval-fail-str-concatstringssep-int.nix",
            "builtins/eval-fail-str-concatstringssep-sep-context.nix",
        ],
    },
    Builtin {
        name: "baseNameOf",
        arity: 1,
        signature: "baseNameOf x",
        rule: "Everything after the last `/` of `x`, after dropping one trailing `/` (so `\"a/b/\"` gives \
               `\"b\"` but `\"a//\"` gives `\"\"`). `x` is coerced to a string without copying a path to \
               the store; the result is a string, with `x`'s context. Also a plain global name.",
        forces: "`x`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot coerce an integer to a string: 1",
            "`x` is not coercible (numbers are not)",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `x` strict.",
        vm_differs: &["No trailing `/` is dropped: `baseNameOf \"a/b/\"` is `\"\"`."],
        examples: &[
            "builtins/eval-okay-str-basenameof-strings.nix",
            "builtins/eval-okay-str-basenameof-path-no-copy.nix",
            "builtins/eval-fail-str-basenameof-int.nix",
        ],
    },
    Builtin {
        name: "dirOf",
        arity: 1,
        signature: "dirOf x",
        rule: "The directory part of `x`. For a path, a path: the parent (the root is its own parent). \
               For anything else, `x` coerced to a string without copying paths, and a string result \
               as `std::filesystem`'s `parent_path` gives it: `\".\"` without a slash, `\"a\"` for \
               `\"a//b\"`, `\"a/b\"` for `\"a/b/\"`, `\"/\"` for `\"//a\"`. Keeps the context. Also a \
               plain global name.",
        forces: "`x`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "cannot coerce an integer to a string: 1",
            "`x` is not coercible",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `x` strict.",
        vm_differs: &[
            "For strings it cuts at the last `/` only: `dirOf \"a//b\"` is `\"a/\"` (C++ Nix: `\"a\"`).",
        ],
        examples: &[
            "builtins/eval-okay-str-dirof-strings.nix",
            "builtins/eval-okay-str-dirof-path.nix",
            "builtins/eval-fail-str-dirof-int.nix",
        ],
    },
    Builtin {
        name: "match",
        arity: 2,
        signature: "match regex s",
        rule: "If the POSIX extended regular expression `regex` matches the whole of `s`, the list of \
               its groups (`null` for a group that took no part); otherwise `null`. Matching follows \
               libstdc++'s `std::regex` (C++ Nix's engine), whose choices among alternatives and \
               repetitions are neither POSIX leftmost-longest nor Perl's. The groups have no context.",
        forces: "`regex` (a string without context), which is compiled before `s` is forced; then `s` (a string; context allowed).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "invalid regular expression '…'",
                "`regex` is not a valid POSIX extended expression",
            ),
            f(Type, NO_CONTEXT, "`regex` has context"),
            f(
                StackOverflow,
                "stack overflow (possible infinite recursion)",
                "libstdc++'s executor runs out of stack on a long input",
            ),
        ]),
        edges: "Compiled patterns are cached per evaluation, failures are not.",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict; Rust's `regex` crate on `^(?:…)$`.",
        vm_differs: &[
            "A different engine: where libstdc++ and Rust's engine choose differently among alternatives (`(a|ab)(c|bcd)`-style patterns) the groups differ, and constructs Rust's engine rejects or treats differently (back-references, POSIX bracket details) diverge.",
            "An invalid pattern panics the VM instead of raising an error.",
            "Patterns that libstdc++ rejects (`a**`-like repetitions, unknown classes, bad ranges) are accepted, and some patterns or inputs panic the VM.",
        ],
        examples: &[
            "builtins/eval-okay-regex-match-doc.nix",
            "builtins/eval-okay-regex-match-alternation-longest.nix",
            "builtins/eval-fail-regex-invalid-paren-open.nix",
        ],
    },
    Builtin {
        name: "split",
        arity: 2,
        signature: "split regex s",
        rule: "`s` cut at every match of `regex`: a list that alternates the text between matches \
               (strings) and, for each match, the list of its groups. Empty matches are found as \
               `std::regex_iterator` finds them (after an empty match, a non-empty one at the same \
               place first). Without any match the result is `[ s ]`, with `s`'s context; otherwise \
               the pieces have none.",
        forces: "`regex` (compiled first), then `s`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "invalid regular expression '…'",
            "`regex` is invalid",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict; Rust's `regex` crate.",
        vm_differs: &["The engine differs as for `match`; the pieces keep `s`'s context."],
        examples: &[
            "builtins/eval-okay-regex-split-doc.nix",
            "builtins/eval-okay-regex-split-empty-matches.nix",
            "builtins/eval-fail-regex-split-invalid.nix",
        ],
    },
    Builtin {
        name: "splitVersion",
        arity: 1,
        signature: "splitVersion s",
        rule: "The components of a version string: runs of digits and runs of other characters, with `.` \
               and `-` separating and dropped.",
        forces: "`s` (a string without context).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(Type, NO_CONTEXT, "`s` has context")]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `s` strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-version-split.nix",
            "builtins/eval-okay-version-split-separators.nix",
            "builtins/eval-fail-version-split-context.nix",
        ],
    },
    Builtin {
        name: "compareVersions",
        arity: 2,
        signature: "compareVersions a b",
        rule: "-1, 0 or 1 as version `a` sorts before, equal to or after `b`, comparing their \
               components in turn: two numbers numerically, `pre` before anything else, a number \
               after any word, words bytewise; a version that runs out goes on with an empty \
               component, which sorts after `pre` and before everything else (`1 < 1.0`, `1pre < 1`, \
               `1 < 1a`). A component is a number only if it fits in a C `int`.",
        forces: "`a`, then `b` (strings without context).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(Type, NO_CONTEXT, "an argument has context")]),
        edges: "A run of digits beyond 2147483647 is a word: `compareVersions \"99999999999\" \"1\"` is -1.",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[
            "Digit runs beyond a C `int` are compared as numbers: `compareVersions \"99999999999\" \"1\"` is 1 (C++ Nix: -1).",
        ],
        examples: &[
            "builtins/eval-okay-version-compare-basic.nix",
            "builtins/eval-okay-version-compare-pre.nix",
            "builtins/eval-okay-version-compare-int-overflow.nix",
            "builtins/eval-fail-version-compare-first-arg-first.nix",
        ],
    },
    Builtin {
        name: "parseDrvName",
        arity: 1,
        signature: "parseDrvName s",
        rule: "`{ name; version; }`: `name` is everything before the first `-` that is followed by \
               something other than an ASCII letter, `version` everything after that dash (`\"\"` \
               when there is none).",
        forces: "`s` (a string without context).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(Type, NO_CONTEXT, "`s` has context")]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `s` strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-version-parsedrvname.nix",
            "builtins/eval-fail-version-parsedrvname-context.nix",
        ],
    },
    Builtin {
        name: "hashString",
        arity: 2,
        signature: "hashString algo s",
        rule: "The base-16 digest of the bytes of `s` with `algo` (`\"md5\"`, `\"sha1\"`, `\"sha256\"` or \
               `\"sha512\"`). The result has no context.",
        forces: "`algo` (a string without context), checked before `s` is forced; then `s` (a string; its context is dropped).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "unknown hash algorithm 'sha3', expect 'md5', 'sha1', 'sha256', or 'sha512'",
                "`algo` is not one of the four (a usage error in C++ Nix: `tryEval` does not catch it)",
            ),
            f(
                Type,
                "expected a string but found an integer: 1",
                "`s` is not a string (no coercion)",
            ),
        ]),
        edges: "Algorithm names are case-sensitive.",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &["A string with context is refused (C++ Nix drops the context)."],
        examples: &[
            "builtins/eval-okay-hash-string-algos.nix",
            "builtins/eval-okay-hash-string-context.nix",
            "builtins/eval-fail-hash-string-unknown-algo.nix",
            "builtins/eval-fail-hash-string-algo-first.nix",
        ],
    },
    Builtin {
        name: "convertHash",
        arity: 1,
        signature: "convertHash { hash; hashAlgo ? …; toHashFormat; }",
        rule: "`hash` (base-16, nix32, base-64, or SRI `algo-…`, optionally prefixed `algo:`; the \
               encoding is chosen by the length) rewritten in `toHashFormat`: `\"base16\"`, `\"nix32\"`, \
               `\"base32\"` (a deprecated alias, with a warning), `\"base64\"` or `\"sri\"`. The \
               algorithm comes from the hash's prefix or from `hashAlgo`; given both, they must agree.",
        forces: "The set; then `hash`, `hashAlgo` (if present), `toHashFormat`, in that order; the hash is parsed last.",
        lazy: "Other attributes.",
        errors: Errors::Raises(&[
            f(
                crate::error::ErrorKind::MissingAttr,
                "attribute 'hash' missing",
                "`hash` or `toHashFormat` is missing",
            ),
            f(
                Type,
                "hash '…' does not include a type, nor is the type otherwise known from context",
                "no prefix and no `hashAlgo`",
            ),
            f(
                Type,
                "hash '…' has wrong length for hash algorithm 'sha256'",
                "the body has no valid length for the algorithm",
            ),
            f(
                Type,
                "unknown hash format 'hex', expect 'base16', 'base32', 'base64', or 'sri'",
                "`toHashFormat` is unknown (a usage error)",
            ),
        ]),
        edges: "Base-64 is decoded leniently, as C++ Nix does: it stops at the first `=`, skips newlines and ignores leftover bits.",
        versions: "Added in Nix 2.19.",
        vm: "Not provided by tvix-eval.",
        vm_differs: &["Missing."],
        examples: &[
            "builtins/eval-okay-hash-convert-to-formats.nix",
            "builtins/eval-okay-hash-convert-roundtrip.nix",
            "builtins/eval-fail-hash-convert-missing-hash.nix",
            "builtins/eval-okay-hash-convert-lenient-base64.nix",
        ],
    },
];
