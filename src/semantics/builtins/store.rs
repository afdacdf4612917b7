//! The store: its directory, paths into it, files added to it, fetchers.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::{Io, Type};
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "store",
    title: "the store, paths and fetchers",
    intro: "By default nothing is written to a store: as `nix-instantiate --readonly-mode` does, the \
            store path a file or tree would get is computed (by hashing its NAR serialisation) and \
            returned as a string that refers to it (see the paths-and-store rule). nixref has no \
            network: the fetchers fetch `file://` URLs and local Git repositories only, keeping what \
            they fetched in a scratch folder where reads of the resulting store path go.\n\n",
    entries: ENTRIES,
};

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "storeDir",
        arity: 0,
        signature: "storeDir",
        rule: "The store directory: `NIX_STORE_DIR`, default `/nix/store`.",
        forces: "Nothing (a constant).",
        lazy: "—",
        errors: Errors::None("a constant"),
        edges: "",
        versions: "",
        vm: "A constant (`Constant` of the `builtins` set's value). tvix-eval adds it from its store configuration.",
        vm_differs: &[],
        examples: &["derivations/eval-okay-store-dir.nix"],
    },
    Builtin {
        name: "storePath",
        arity: 1,
        signature: "storePath path",
        rule: "`path` (which must lie in the store) as a string that refers to the store path it is in, \
               keeping the argument's own context; symbolic links are resolved unless the argument is \
               a store path itself. Refused in pure evaluation.",
        forces: "`path`, coerced to a string without copying (an absolute path).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "path '/etc/passwd' is not in the Nix store",
                "the path is outside the store",
            ),
            f(
                Type,
                "'builtins.storePath' is not allowed in pure evaluation mode",
                "in pure evaluation",
            ),
        ]),
        edges: "In read-only evaluation the path is not checked to exist.",
        versions: "",
        vm: "`Call`. Provided by tvix-glue, not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "derivations/eval-okay-store-path.nix",
            "derivations/eval-fail-store-path-outside.nix",
        ],
    },
    Builtin {
        name: "toFile",
        arity: 2,
        signature: "toFile name contents",
        rule: "The store path of a text file named `name` holding `contents`; the store paths in \
               `contents`' context become its references. The result refers to the file.",
        forces: "`name` (a string without context), then `contents` (a string).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "files created by builtins.toFile may not reference derivations, but f references …",
                "`contents` refers to a derivation or an output",
            ),
            f(
                Type,
                "path '…-a/b' is not a valid store path: name 'a/b' contains illegal character '/'",
                "`name` is not a valid store path name",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. Provided by tvix-glue, not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "derivations/eval-okay-to-file.nix",
            "derivations/eval-okay-to-file-references.nix",
            "derivations/eval-fail-to-file-derivation.nix",
        ],
    },
    Builtin {
        name: "path",
        arity: 1,
        signature: "path { path; name ? <base name>; filter ? …; recursive ? true; sha256 ? …; }",
        rule: "The store path the file or tree `path` would be added as, optionally filtered (`filter \
               path type` called for each entry below the root, `false` leaves it out) and named; \
               `recursive = false` adds a single file's bytes flat. With `sha256`, the result must be \
               the store path that hash gives. The result refers to it.",
        forces: "The set; its attributes in the order `name`, `path`, `filter`, `recursive`, `sha256` (the order C++ Nix created those names), each when reached; the filter for every entry.",
        lazy: "Nothing of what it uses.",
        errors: Errors::Raises(&[
            f(
                Type,
                "missing required 'path' attribute in the first argument to 'builtins.path'",
                "no `path`",
            ),
            f(
                Type,
                "unsupported argument 'hash' to 'builtins.path'",
                "an attribute it does not know",
            ),
            f(Io, "path '…' does not exist", "the path is missing"),
            f(
                Type,
                "store path mismatch in (possibly filtered) path added from '…'",
                "`sha256` does not match",
            ),
        ]),
        edges: "An empty `sha256` stands for all zeroes, with a warning.",
        versions: "",
        vm: "`Call`. Provided by tvix-glue, not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "store/eval-okay-path-name.nix",
            "store/eval-okay-path-filter-args.nix",
            "store/eval-okay-path-flat-file.nix",
            "store/eval-fail-path-missing-path.nix",
        ],
    },
    Builtin {
        name: "filterSource",
        arity: 2,
        signature: "filterSource filter path",
        rule: "`path { inherit path filter; }`: the store path of `path` with only the entries `filter` \
               accepts, named after `path`'s base name.",
        forces: "`path` first (coerced to a path), then `filter` (a function), then the filter's result for each entry (a Boolean).",
        lazy: "Nothing of what it uses.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a Boolean but found a string: \"yes\"",
            "the filter returns something other than a Boolean",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. Provided by tvix-glue, not tvix-eval (`filter` lazy).",
        vm_differs: &[],
        examples: &[
            "store/eval-okay-filterSource-basic.nix",
            "store/eval-okay-filterSource-same-as-path.nix",
            "store/eval-fail-filterSource-bool.nix",
        ],
    },
    Builtin {
        name: "toPath",
        arity: 1,
        signature: "toPath s",
        rule: "`s` (a path, a set with `__toString`, or anything coercible to a string holding an \
               absolute path) canonicalised, as a string with `s`'s context. Deprecated.",
        forces: "`s`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "string 'a' doesn't represent an absolute path",
                "the string is not absolute",
            ),
            f(
                Type,
                "cannot coerce an integer to a string: 1",
                "`s` is not coercible",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[],
        examples: &[
            "store/eval-okay-toPath-canonical.nix",
            "store/eval-okay-toPath-path.nix",
            "store/eval-fail-toPath-int.nix",
        ],
    },
    Builtin {
        name: "hashFile",
        arity: 2,
        signature: "hashFile algo path",
        rule: "The base-16 digest of the file's bytes.",
        forces: "`algo` (checked before the path is looked at), then `path` (realised as for `readFile`).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(
                Type,
                "unknown hash algorithm 'crc32', expect 'md5', 'sha1', 'sha256', or 'sha512'",
                "`algo` is unknown (a usage error)",
            ),
            f(
                Io,
                "reading from file '…': Is a directory",
                "the path is a directory",
            ),
        ]),
        edges: "A device or `/proc` file is read as `stat` reports its size (so as empty).",
        versions: "",
        vm: "`Call` ×2. tvix-eval: strict (its impure builtins).",
        vm_differs: &[],
        examples: &[
            "store/eval-okay-hashFile-all.nix",
            "store/eval-fail-hashFile-bad-algorithm.nix",
            "store/eval-fail-hashFile-directory.nix",
        ],
    },
    Builtin {
        name: "fetchurl",
        arity: 1,
        signature: "fetchurl url | fetchurl { url; sha256 ? …; name ? …; }",
        rule: "The flat fixed-output store path of the file at `url`, named after the URL's last \
               component unless `name` is given; checked against `sha256` when given (required in \
               pure evaluation). nixref fetches `file://` URLs only.",
        forces: "The argument; its attributes in the order `name`, `url`, `sha256`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(Type, "'url' argument required", "a set without `url`"),
            f(
                Type,
                "unsupported argument 'x' to 'fetchurl'",
                "an unknown attribute",
            ),
            f(
                Type,
                "in pure evaluation mode, 'fetchurl' requires a 'sha256' argument",
                "pure evaluation without `sha256`",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call`. Provided by tvix-glue, not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "store/eval-okay-fetchurl-file.nix",
            "store/eval-okay-fetchurl-name.nix",
            "store/eval-fail-fetchurl-url-required.nix",
        ],
    },
    Builtin {
        name: "fetchTarball",
        arity: 1,
        signature: "fetchTarball url | fetchTarball { url; sha256 ? …; name ? \"source\"; }",
        rule: "The store path of the unpacked archive at `url` (gzip, bzip2, xz, zstd or none), named \
               `source` by default; an archive holding a single directory gives that directory. \
               Also a plain global name.",
        forces: "As `fetchurl`.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(Type, "'url' argument required", "a set without `url`"),
            f(
                Type,
                "invalid store path name when fetching URL '…': name 'a b' contains illegal character ' '. Please change the value for the 'name' attribute passed to 'fetchTarball', so that it can create a valid store path.",
                "the name is not a valid store path name",
            ),
        ]),
        edges: "As in C++ Nix 2.26 (which unpacks through its Git cache): executable bits only for files their owner may execute, hard links become copies, a later entry replaces an earlier one, empty directories are kept.",
        versions: "",
        vm: "`Call`. Provided by tvix-glue, not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "store/eval-okay-fetchTarball-single-tar-gz.nix",
            "store/eval-okay-fetchTarball-readDir.nix",
            "store/eval-fail-fetchTarball-bad-name.nix",
        ],
    },
    Builtin {
        name: "fetchGit",
        arity: 1,
        signature: "fetchGit url | fetchGit { url; ref ? …; rev ? …; shallow ? …; submodules ? …; name ? …; … }",
        rule: "`{ outPath; narHash; rev; shortRev; revCount; lastModified; lastModifiedDate; submodules; }` \
               for a Git repository: a work tree without `ref`/`rev` gives its tracked files (a dirty \
               tree: a warning and `dirtyRev`), with `ref` or `rev` (or a bare repository) the tree of \
               that commit; `export-ignore` paths are left out. nixref reads local repositories only. \
               Also a plain global name.",
        forces: "The argument and its attributes.",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(Type, "input attribute 'url' is missing", "no `url`"),
            f(
                Type,
                "input attribute 'owner' not supported by scheme 'git'",
                "an attribute the Git fetcher does not know",
            ),
        ]),
        edges: "",
        versions: "Current C++ Nix computes `revCount` lazily and passes a given `revCount` through.",
        vm: "`Call`. Provided by tvix-glue, not tvix-eval.",
        vm_differs: &[],
        examples: &[
            "store/eval-okay-fetchGit-read.nix",
            "store/eval-okay-fetchGit-ref.nix",
            "store/eval-fail-fetchGit-url-missing.nix",
        ],
    },
    Builtin {
        name: "fetchMercurial",
        arity: 1,
        signature: "fetchMercurial url | fetchMercurial { url; rev ? …; name ? \"source\"; }",
        rule: "`{ outPath; branch; rev; shortRev; revCount; }` for a Mercurial repository: a clean \
               working copy without `rev` gives its tip (an unclean one its tracked files, with a \
               warning), `rev` (a 40-digit hash or a branch or tag name) that revision. nixref \
               reads local repositories only, with the machine's `hg` (a clear error when there \
               is none). Also a plain global name.",
        forces: "The argument: a string or path, or a set whose attributes are read in symbol \
                 order (`url` coerced to a string, `rev` and `name` as plain strings).",
        lazy: "Nothing.",
        errors: Errors::Raises(&[
            f(Type, "'url' argument required", "a set without `url`"),
            f(
                Type,
                "unsupported argument 'foo' to 'fetchMercurial'",
                "an attribute it does not know, at that attribute",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call`. Not provided by tvix-eval.",
        vm_differs: &[],
        examples: &[
            "store/eval-fail-fetchMercurial-url-missing.nix",
            "store/eval-fail-fetchMercurial-unknown-attr.nix",
        ],
    },
];
