//! Files: importing, reading, the search path, the environment.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::{Io, Parse, RestrictedPath, Throw, Type};
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "files",
    title: "import, files, the search path, the environment",
    intro: "A path argument is *realised* as C++ Nix's `realisePath` does: a path, or a string (or a \
            set with `outPath`) holding an absolute path, canonicalised; the store paths in a \
            string's context must be valid; in pure or restricted evaluation the path, with its \
            symbolic links resolved, must be one the evaluation may read (see the paths-and-store \
            rule).\n\n",
    entries: ENTRIES,
};

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "import",
        arity: 1,
        signature: "import path",
        rule: "Reads, parses and evaluates the Nix file at `path` (a directory means its `default.nix`) \
               against the global scope only, and returns its value (forced to weak head normal form). \
               The value is cached per file for the whole evaluation: importing a file again gives \
               the very same value, without reading or evaluating it again (see the import rule). \
               Also a plain global name.",
        forces: "`path`, realised; then the file's expression, to weak head normal form.",
        lazy: "The insides of the file's value.",
        errors: Errors::Raises(&[
            f(
                Io,
                "path '/pwd/no-such-file.nix' does not exist",
                "the file is missing",
            ),
            f(
                Type,
                "cannot coerce an integer to a string: 42",
                "`path` is not a path or string",
            ),
            f(
                Parse,
                "syntax error, …",
                "the file does not parse (raised when imported; not catchable)",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: a builtin holding a weak reference to the globals; it compiles the file and caches the resulting thunk per path.",
        vm_differs: &[],
        examples: &[
            "import/eval-okay-file.nix",
            "import/eval-okay-directory.nix",
            "import/eval-okay-same-file-twice.nix",
            "import/eval-okay-lazy-unused.nix",
            "import/eval-fail-missing-file.nix",
        ],
    },
    Builtin {
        name: "scopedImport",
        arity: 2,
        signature: "scopedImport scope path",
        rule: "Like `import`, but the attributes of `scope` are bound around the file's expression, \
               shadowing globals (so `scopedImport { import = …; }` changes what `import` means \
               inside). Never cached. Also a plain global name.",
        forces: "`scope` (a set), then `path`, then the file's expression.",
        lazy: "`scope`'s values.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a set but found an integer: 1",
            "`scope` is not a set",
        )]),
        edges: "The names in scope are not passed on to files the file imports.",
        versions: "",
        vm: "Not provided by tvix-eval (the name is reserved among its global names but unbound).",
        vm_differs: &[
            "Missing (the VM's copy of Nix's `eval-okay-import` is in its not-yet-passing folder).",
        ],
        examples: &[
            "import/eval-okay-scoped-import-shadow-builtin.nix",
            "import/eval-okay-scoped-import-not-inherited.nix",
            "import/eval-okay-scoped-import-override-import.nix",
        ],
    },
    Builtin {
        name: "findFile",
        arity: 2,
        signature: "findFile searchPath name",
        rule: "What `<name>` means (`<name>` is `__findFile __nixPath \"name\"`): the first entry of \
               `searchPath` (a list of `{ prefix; path; }`, like `nixPath`) whose `prefix` is a whole \
               leading component path of `name` and under whose `path` the rest of `name` exists, \
               with symbolic links resolved. The rest is read as a path below the entry, so `..` cannot \
               leave it.",
        forces: "`searchPath` and every entry (each a set; `prefix` a string, `path` coerced without copying), before `name` is forced; then `name`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Throw,
            "file 'name' was not found in the Nix search path (add it using $NIX_PATH or -I)",
            "no entry has it (raised as a `throw`: `tryEval` catches it)",
        )]),
        edges: "In pure evaluation the message is \"cannot look up '<name>' in pure evaluation mode (use '--impure' to override)\". Entries that are URLs are downloaded as tarballs (only `file://` in nixref). C++ Nix's built-in `<nix/…>` files are not provided.",
        versions: "",
        vm: "Not provided by tvix-eval: the VM resolves `<name>` with its `FindFile` instruction.",
        vm_differs: &["Missing; see `search-path`."],
        examples: &[
            "paths/eval-okay-findfile-desugar.nix",
            "store/eval-okay-findFile-prefix.nix",
            "store/eval-fail-findFile-dotdot.nix",
            "store/eval-fail-findFile-name-last.nix",
        ],
    },
    Builtin {
        name: "nixPath",
        arity: 0,
        signature: "nixPath",
        rule: "The search path as a list of `{ path; prefix; }`: the `-I` entries, then those of the \
               `nix-path` setting or `NIX_PATH` (`prefix` is `\"\"` for an entry without `=`). Empty in \
               pure evaluation.",
        forces: "Nothing (a constant).",
        lazy: "—",
        errors: Errors::None("a constant"),
        edges: "",
        versions: "",
        vm: "Not provided by tvix-eval.",
        vm_differs: &["Missing."],
        examples: &[
            "paths/eval-okay-ref-nixpath.nix",
            "store/eval-okay-restricted-nixPath.nix",
        ],
    },
    Builtin {
        name: "readFile",
        arity: 1,
        signature: "readFile path",
        rule: "The file's bytes as a string.",
        forces: "`path`, realised.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Io,
                "opening file '…': No such file or directory",
                "the file is missing",
            ),
            f(
                Io,
                "reading from file '…': Is a directory",
                "it is a directory",
            ),
            f(
                Io,
                "the contents of the file '…' cannot be represented as a Nix string",
                "the file holds a NUL byte",
            ),
            f(
                RestrictedPath,
                "access to absolute path '/etc' is forbidden in restricted mode",
                "restricted or pure evaluation forbids it",
            ),
        ]),
        edges: "A device or `/proc` file reads as the size `stat` gives (empty).",
        versions: "",
        vm: "`Call`. tvix-eval: strict (its impure builtins).",
        vm_differs: &[
            "A device is read until it ends: `readFile /dev/zero` does not terminate (C++ Nix: `\"\"`).",
        ],
        examples: &[
            "paths/eval-okay-readfile.nix",
            "builtins/eval-okay-readFile-device.nix",
            "store/eval-fail-restricted-readFile.nix",
        ],
    },
    Builtin {
        name: "readDir",
        arity: 1,
        signature: "readDir path",
        rule: "The directory's entries as `{ NAME = TYPE; }`, each type `\"regular\"`, `\"directory\"`, \
               `\"symlink\"` or `\"unknown\"` (an entry that is a symbolic link is not followed; the \
               directory itself may be reached through one).",
        forces: "`path`, realised.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Io,
            "path '/x' does not exist",
            "the path is missing (current C++ Nix's message)",
        )]),
        edges: "",
        versions: "Nix 2.26 says `reading directory /x: No such file or directory` and `… Not a directory`; current C++ Nix says `path '/x' does not exist` and `'/x' is not a directory` (symbolic links resolved), which nixref follows.",
        vm: "`Call`. tvix-eval: strict (its impure builtins).",
        vm_differs: &[],
        examples: &[
            "paths/eval-okay-ref-readdir.nix",
            "store/eval-okay-fetchTarball-readDir.nix",
        ],
    },
    Builtin {
        name: "readFileType",
        arity: 1,
        signature: "readFileType path",
        rule: "The type of the file itself: `\"regular\"`, `\"directory\"`, `\"symlink\"` (not followed) or `\"unknown\"`.",
        forces: "`path`, realised (no symbolic link of it resolved before the access check).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(Io, "path '/x' does not exist", "the path is missing")]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict (its impure builtins).",
        vm_differs: &[],
        examples: &[
            "paths/eval-okay-ref-readfiletype.nix",
            "store/eval-fail-restricted-readFileType.nix",
        ],
    },
    Builtin {
        name: "pathExists",
        arity: 1,
        signature: "pathExists path",
        rule: "Whether the path exists (a symbolic link counts, even dangling); a string ending in `/` or \
               `/.` must name a directory. False for what a pure or restricted evaluation may not look at.",
        forces: "`path`, realised without the access check.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "string 'a' doesn't represent an absolute path",
            "a string that is not absolute",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict (its impure builtins).",
        vm_differs: &[],
        examples: &[
            "paths/eval-okay-pathexists.nix",
            "store/eval-okay-restricted-pathExists.nix",
        ],
    },
    Builtin {
        name: "getEnv",
        arity: 1,
        signature: "getEnv name",
        rule: "The environment variable's value (any bytes), or `\"\"` when unset; always `\"\"` in pure \
               and in restricted evaluation.",
        forces: "`name` (a string without context).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[f(
            Type,
            "the string '…' is not allowed to refer to a store path (such as '…')",
            "`name` has context",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict (its impure builtins).",
        vm_differs: &[],
        examples: &[
            "store/eval-okay-getEnv-set.nix",
            "store/eval-okay-getEnv-unset.nix",
            "store/eval-okay-restricted-getEnv.nix",
        ],
    },
];
