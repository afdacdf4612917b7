//! Data formats: JSON, TOML, XML.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::Type;
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "formats",
    title: "JSON, TOML and XML",
    intro: "",
    entries: ENTRIES,
};

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "fromJSON",
        arity: 1,
        signature: "fromJSON s",
        rule: "The JSON text `s` as a Nix value, read as C++ Nix's JSON library (nlohmann) reads it: \
               objects become sets (a repeated key: the last one wins), arrays lists, numbers without \
               fraction or exponent that fit in 64 bits integers, other numbers floats, and \
               `null`/`true`/`false` themselves. The whole text must be one value (whitespace \
               around it allowed).",
        forces: "`s` (a string without context).",
        lazy: "Nothing: the result is fully built.",
        errors: Errors::Raises(&[
            f(
                Type,
                "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error while parsing value - invalid number; expected digit after '.'; last read: '1.'",
                "`s` is not valid JSON (while decoding a JSON string)",
            ),
            f(
                Type,
                "the string '…' is not allowed to refer to a store path (such as '…')",
                "`s` has context",
            ),
        ]),
        edges: "The library's exact messages and positions; an unsigned number beyond the signed 64-bit range is an error, a float overflow too.",
        versions: "",
        vm: "`Call`. tvix-eval: strict; `serde_json`.",
        vm_differs: &[
            "Another JSON reader (`serde_json`), with its own messages.",
            "A repeated key is an error (C++ Nix: the last wins), a NUL in a string is accepted, and an integer beyond the signed 64-bit range becomes a float (C++ Nix: an error).",
        ],
        examples: &[
            "builtins/eval-okay-fromjson.nix",
            "builtins/eval-okay-fromjson-numbers.nix",
            "builtins/eval-okay-fromjson-duplicate-keys.nix",
            "builtins/eval-fail-fromjson-bad-number.nix",
            "builtins/eval-fail-fromjson-unsigned-range.nix",
        ],
    },
    Builtin {
        name: "toJSON",
        arity: 1,
        signature: "toJSON v",
        rule: "`v` as JSON text: sets as objects (names sorted), lists as arrays, strings escaped, \
               integers, floats in the shortest form that reads back (`1.0`, `1e+21`), paths copied to \
               the store (the store path, with context). A set with `__toString` is its result (which \
               must be a string or a path); else a set with `outPath` is that. The result keeps the \
               contexts of every string in `v`.",
        forces: "`v` completely (in name order).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "cannot convert a function to JSON",
                "`v` contains a function",
            ),
            f(
                Type,
                "`__toString` should return a string, but got an integer: 42",
                "a `__toString` result is not a string or path (current C++ Nix)",
            ),
        ]),
        edges: "",
        versions: "Nix 2.26 coerces a `__toString` result to a string (`42` gives \"cannot coerce an integer to a string\"); current C++ Nix requires a string or path and peels `outPath` and `__toString` in turn; nixref follows the newer.",
        vm: "`Call`. tvix-eval: strict; `serde_json`.",
        vm_differs: &[
            "Floats are written differently: `1e21` and `1e-7` (C++ Nix: `1e+21`, `1e-07`), `1000000000000000.0` for 1e15 (C++ Nix: `1e+15`).",
        ],
        examples: &[
            "builtins/eval-okay-tojson.nix",
            "builtins/eval-okay-tojson-floats.nix",
            "builtins/eval-okay-tojson-path.nix",
            "builtins/eval-fail-tojson-function.nix",
        ],
    },
    Builtin {
        name: "fromTOML",
        arity: 1,
        signature: "fromTOML s",
        rule: "The TOML document `s` as a set, read as C++ Nix's TOML library (toml11) reads it: \
               tables as sets, arrays as lists, integers, floats, strings, Booleans. Dates and times \
               are refused (unless the experimental feature `parse-toml-timestamps` is on). Also a \
               plain global name.",
        forces: "`s` (a string without context).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "while parsing TOML: Dates and times are not supported",
                "a date or time value",
            ),
            f(
                Type,
                "while parsing TOML: [error] …",
                "`s` is not valid TOML: toml11's whole report, every error it finds (it reads on \
                 after one), each with its title, the lines involved with carets and notes, and hints",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict; the `toml` crate.",
        vm_differs: &[
            "Another TOML reader: messages differ, and dates and times are read (as strings or tables) instead of refused.",
        ],
        examples: &[
            "builtins/eval-okay-fromtoml.nix",
            "builtins/eval-okay-fromtoml-numbers.nix",
            "builtins/eval-fail-fromtoml-date.nix",
            "builtins/eval-fail-fromtoml-several-errors.nix",
        ],
    },
    Builtin {
        name: "toXML",
        arity: 1,
        signature: "toXML v",
        rule: "`v` as the XML that `nix-instantiate --eval --xml --no-location` prints (see the printing \
               rule), as a string keeping the contexts of the strings written. A derivation is written \
               as `<derivation>` with its `drvPath` and `outPath` and its attributes.",
        forces: "`v` completely.",
        lazy: "Nothing.",
        errors: Errors::None("only what forcing `v` raises"),
        edges: "Functions are written with their formals; no positions are written.",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[
            "A carriage return is written as `&#xD;`; C++ Nix writes it raw (and escapes only the newline).",
        ],
        examples: &[
            "builtins/eval-okay-toxml.nix",
            "builtins/eval-okay-toxml-escapes.nix",
            "builtins/eval-okay-toxml-derivation.nix",
            "builtins/eval-fail-toxml-forces.nix",
            "builtins/eval-okay-toxml-tab-cr.nix",
        ],
    },
];
