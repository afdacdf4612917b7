//! Literals: integers and floats with their edges (overflow bounds, `-0.0`, huge and tiny
//! floats), strings in both quoting styles with escapes and non-ASCII text, paths, URIs,
//! and the well-formed texts some builtins need (regexes, JSON, TOML, versions...).

use super::Generator;
use crate::difftest::types::StrKind;

/// Integers at the edges of C++ Nix's 64-bit arithmetic.
const INT_EDGES: &[&str] = &[
    "9223372036854775807",
    "(-9223372036854775807)",
    "((-9223372036854775807) - 1)",
    "4611686018427387904",
    "4294967296",
    "2147483647",
    "(-2147483648)",
    "1000000007",
];

/// Floats: printing edges (6 significant digits, exponents), infinities, negative zero,
/// leading-dot and trailing-dot forms, and a denormal (which C++ Nix's lexer rejects).
const FLOAT_EDGES: &[&str] = &[
    "0.0",
    "(-0.0)",
    "(0.0 * (-1))",
    "1.0e308",
    "(1.0e308 * 10)",
    "(-1.0e308 * 10)",
    "1.7976931348623157e308",
    "2.2250738585072014e-308",
    "1.0e-5",
    "1.0e20",
    "1.0e21",
    "123456789.0",
    "1234567.5",
    "0.1",
    "(0.1 + 0.2)",
    ".5",
    "1.",
    "2.5E3",
    "1.0e+2",
    "1.0e-320",
    "100000.0",
    "999999.5",
];

/// Pieces of string contents: plain words, characters that need escapes, text outside
/// ASCII (combining marks, CJK, emoji), and lone `$` signs.
const STR_PIECES: &[&str] = &[
    "a",
    "b",
    "hello",
    "foo bar",
    " ",
    "x1",
    "A",
    "-",
    ".",
    "/",
    "42",
    "1.5",
    "true",
    "é",
    "日本語",
    "😀",
    "ß",
    "e\u{301}",
    "\n",
    "\t",
    "\r",
    "\"",
    "\\",
    "$",
    "${",
    "''",
    "'",
    "{",
    "}",
    "@",
    "#",
];

/// Attribute names used for fields; identifiers that are not keywords.
pub const NAMES: &[&str] = &["a", "b", "c", "x", "y", "name", "value", "foo", "key", "k2"];
/// Names that must be quoted in a set literal.
pub const ODD_NAMES: &[&str] = &["a b", "é", "", "1x", "or", "__x", "a.b", "${x}"];

const REGEXES: &[&str] = &[
    "a",
    "a*",
    "(a)(b)?",
    "[a-z]+",
    ".*",
    "([0-9]+)",
    "(x|y)",
    "a{2}",
    "\\.",
    "(",
    "[[:alpha:]]+",
    "",
    "([a-z]*)([0-9]*)",
    ".",
    "(.)(.)",
    "é",
    "[^a]",
    "a|",
    "((a)|b)+",
];
const JSON: &[&str] = &[
    "1",
    "-0",
    "1.5",
    "1e3",
    "\"a\"",
    "[1,2,{\"a\":null}]",
    "{\"a\":1,\"b\":[true,false]}",
    "\"\\u00e9\"",
    "\"\\ud83d\\ude00\"",
    "9223372036854775807",
    "9223372036854775808",
    "{\"a\":1,\"a\":2}",
    "",
    "[1,]",
    "1.0e400",
    " [ ] ",
    "{\"\":0}",
    "\"\\u0000\"",
    "-1.5e-3",
    "null",
    "true",
    "\"\\ud800\"",
    "{\"b\":1,\"a\":2}",
    "0.1",
    "[[[]]]",
];
const TOML: &[&str] = &[
    "a = 1",
    "a = \"x\"\nb = [1, 2]",
    "[t]\nx = 1.5",
    "a.b = true",
    "a = 0x1F",
    "a = inf",
    "bad =",
    "a = 'lit'",
    "[[arr]]\nx = 1\n[[arr]]\nx = 2",
    "a = -0.0",
    "x = 1979-05-27T07:32:00Z",
    "a = 9223372036854775807",
    "a = [ ]\nb = { c = 1 }",
];
const ALGOS: &[&str] = &["md5", "sha1", "sha256", "sha512", "sha3"];
const VERSIONS: &[&str] = &[
    "1.0", "1.2.3", "1.0pre1", "2.0-rc1", "1.0a", "", "1..2", "10.1", "1.0.0", "1_2", "0.9",
    "1.0-pre", "2", "a.b",
];
const DRV_NAMES: &[&str] = &[
    "hello-1.2",
    "foo-bar-2.0.1",
    "nix",
    "a-1b",
    "x-",
    "-1",
    "a--2",
];
pub const STORE_PATHS: &[&str] = &[
    "/nix/store/g76zcpqc540lrc8i6g7xy6ip0npn2hnp-a",
    "/nix/store/mx735vk17fbgvrjr0zk0wqfylg1i1996-a",
];
/// Paths that read the same on every machine.
const FS_PATHS: &[&str] = &["/dev/null", "/.", "/nonexistent/nixref-difftest"];
const PATHS: &[&str] = &[
    "/a",
    "/a/b.nix",
    "/nix/store",
    "/foo/bar/../baz",
    "/a/./b",
    "/x-y_z.1",
    "/a/b/c/d",
];
const REL_PATHS: &[&str] = &["./a", "./.", "./a/../b", "./x.nix", "./a-b_c+d"];
const URIS: &[&str] = &["https://example.org/x?y=1", "http://a.b/c", "mailto:x@y.z"];

impl Generator<'_> {
    pub(super) fn int_literal(&mut self) -> String {
        self.cov.form("literal-int");
        match self.r.weighted(&[70, 20, 10]) {
            0 => {
                let n = self.r.below(24) as i64 - 3;
                if n < 0 {
                    format!("({n})")
                } else {
                    n.to_string()
                }
            }
            1 => (self.r.raw() % 100_000_000).to_string(),
            _ => {
                self.cov.form("numeric-edge");
                self.r.pick(INT_EDGES).to_string()
            }
        }
    }

    pub(super) fn small_int(&mut self) -> String {
        self.cov.form("literal-int");
        self.r.below(6).to_string()
    }

    pub(super) fn float_literal(&mut self) -> String {
        self.cov.form("literal-float");
        if self.r.chance(25) {
            self.cov.form("numeric-edge");
            return self.r.pick(FLOAT_EDGES).to_string();
        }
        let whole = self.r.below(1000);
        let frac = self.r.below(1000);
        format!("{whole}.{frac}")
    }

    /// A string literal, in `"..."` or `''...''` form.
    pub(super) fn string_literal(&mut self) -> String {
        let s = self.string_contents();
        if self.r.chance(15) {
            self.cov.form("literal-indented-string");
            indented(&s)
        } else {
            self.cov.form("literal-string");
            quoted(&s)
        }
    }

    fn string_contents(&mut self) -> String {
        let n = self.r.below(4);
        let mut s = String::new();
        for _ in 0..n {
            let p = *self.r.pick(STR_PIECES);
            if !p.is_ascii() {
                self.cov.form("unicode-string");
            }
            s.push_str(p);
        }
        s
    }

    /// A literal of one of the constrained string kinds.
    pub(super) fn special_literal(&mut self, k: StrKind) -> String {
        let text = match k {
            StrKind::Plain | StrKind::Ctx | StrKind::DrvPath => return self.string_literal(),
            StrKind::Name => {
                if self.r.chance(10) {
                    self.r.pick(ODD_NAMES)
                } else {
                    self.r.pick(NAMES)
                }
            }
            StrKind::Regex => self.r.pick(REGEXES),
            StrKind::Json => self.r.pick(JSON),
            StrKind::Toml => self.r.pick(TOML),
            StrKind::Algo => self.r.pick(ALGOS),
            StrKind::Version => self.r.pick(VERSIONS),
            StrKind::DrvName => self.r.pick(DRV_NAMES),
            StrKind::StorePath => self.r.pick(STORE_PATHS),
            StrKind::FsPath => {
                let p = *self.r.pick(FS_PATHS);
                if self.r.chance(50) {
                    self.cov.form("literal-path");
                    return p.to_string();
                }
                p
            }
            StrKind::EnvName => "NIXREF_DIFFTEST_UNSET",
        };
        self.cov.form("literal-string");
        quoted(text)
    }

    pub(super) fn path_literal(&mut self) -> String {
        match self.r.weighted(&[70, 20, 10]) {
            0 => {
                self.cov.form("literal-path");
                self.r.pick(PATHS).to_string()
            }
            1 => {
                self.cov.form("literal-relative-path");
                self.r.pick(REL_PATHS).to_string()
            }
            _ => {
                self.cov.form("path-interpolation");
                let seg = *self.r.pick(NAMES);
                format!("/a/${{{}}}", quoted(seg))
            }
        }
    }

    pub(super) fn uri_literal(&mut self) -> String {
        self.cov.form("literal-uri");
        self.r.pick(URIS).to_string()
    }

    /// An attribute name as written in a set literal or selection (quoted when needed).
    pub(super) fn attr_name(&mut self, name: &str) -> String {
        if is_ident(name) && !self.r.chance(5) {
            name.to_string()
        } else {
            self.cov.form("quoted-attr");
            quoted(name)
        }
    }
}

/// Whether a name can be written bare in a set literal.
pub fn is_ident(s: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or",
    ];
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && cs.all(|c| c.is_ascii_alphanumeric() || "_'-".contains(c))
        && !KEYWORDS.contains(&s)
}

/// A `"..."` literal for these contents.
pub fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '$' if chars.peek() == Some(&'{') => out.push_str("\\$"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A `''...''` literal for these contents (`''$`, `'''` and `''\` escapes).
pub fn indented(s: &str) -> String {
    let mut out = String::from("''");
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '$' if chars.peek() == Some(&'{') => out.push_str("''$"),
            '\'' if chars.peek() == Some(&'\'') => {
                chars.next();
                out.push_str("'''");
            }
            '\'' if chars.peek().is_none() => out.push_str("''\\'"),
            '\t' => out.push_str("''\\t"),
            '\r' => out.push_str("''\\r"),
            c => out.push(c),
        }
    }
    out.push_str("''");
    out
}
