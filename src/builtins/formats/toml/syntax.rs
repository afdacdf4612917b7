//! The TOML 1.0 grammar as small scanners that either match at a position (moving past
//! the match) or leave it, and that can say what they expected where they failed: the
//! words of toml11's "expected ..." notes, which C++ Nix prints.

use super::report::show_byte;
use super::source::Cursor;
use std::sync::LazyLock;

/// A scanner.
pub enum S {
    Byte(u8),
    OneOf(&'static [u8]),
    Range(u8, u8),
    Lit(&'static str),
    Seq(Vec<S>),
    Either(Vec<S>),
    Exactly(usize, Box<S>),
    AtLeast(usize, Box<S>),
    Maybe(Box<S>),
    /// A scanner described by a fixed phrase rather than by its parts.
    Named(&'static str, Box<S>),
}

use S::*;

impl S {
    /// Matches at `c`, moving past the match; on failure `c` is unchanged.
    pub fn scan(&self, c: &mut Cursor) -> bool {
        match self {
            Byte(b) => take_if(c, |x| x == *b),
            OneOf(set) => take_if(c, |x| set.contains(&x)),
            Range(lo, hi) => take_if(c, |x| (*lo..=*hi).contains(&x)),
            Lit(s) => {
                if c.looking_at(s.as_bytes()) {
                    (0..s.len()).for_each(|_| c.advance());
                    true
                } else {
                    false
                }
            }
            Seq(parts) => {
                let start = *c;
                if parts.iter().all(|p| p.scan(c)) {
                    true
                } else {
                    *c = start;
                    false
                }
            }
            Either(alts) => alts.iter().any(|a| a.scan(c)),
            Exactly(n, s) => repeat(c, *n, s),
            AtLeast(n, s) => {
                if !repeat(c, *n, s) {
                    return false;
                }
                while !c.eof() {
                    let before = c.pos;
                    if !s.scan(c) || c.pos == before {
                        break;
                    }
                }
                true
            }
            Maybe(s) => {
                s.scan(c);
                true
            }
            Named(_, s) => s.scan(c),
        }
    }

    /// What this scanner expected at `c`; like toml11, a sequence first moves `c` past
    /// the parts that match, to the one that does not.
    pub fn expected(&self, c: &mut Cursor) -> String {
        match self {
            Byte(b) => show_byte(*b),
            OneOf(set) => one_of(set),
            Range(lo, hi) => format!("from `{}` to `{}`", show_byte(*lo), show_byte(*hi)),
            Lit(s) => s.to_string(),
            Seq(parts) => parts
                .iter()
                .find(|p| !p.scan(c))
                .map_or(String::new(), |p| p.expected(c)),
            Either(alts) => {
                let words: Vec<String> = alts.iter().map(|a| a.expected(c)).collect();
                join_or(&words)
            }
            Exactly(n, s) | AtLeast(n, s) => {
                for _ in 0..*n {
                    if !s.scan(c) {
                        return s.expected(c);
                    }
                }
                String::new()
            }
            Maybe(_) => String::new(),
            Named(words, _) => words.to_string(),
        }
    }
}

fn take_if(c: &mut Cursor, ok: impl Fn(u8) -> bool) -> bool {
    if !c.eof() && ok(c.cur()) {
        c.advance();
        true
    } else {
        false
    }
}

fn repeat(c: &mut Cursor, n: usize, s: &S) -> bool {
    let start = *c;
    for _ in 0..n {
        if !s.scan(c) {
            *c = start;
            return false;
        }
    }
    true
}

/// `a`, `a or b`, `a, b, or c`.
fn join_or(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} or {b}"),
        [init @ .., last] => format!("{}, or {last}", init.join(", ")),
    }
}

fn one_of(set: &[u8]) -> String {
    let words: Vec<String> = set.iter().map(|&b| show_byte(b)).collect();
    join_or(&words)
}

fn b(s: S) -> Box<S> {
    Box::new(s)
}

macro_rules! grammar {
    ($($name:ident = $e:expr;)*) => {
        $(pub static $name: LazyLock<S> = LazyLock::new(|| $e);)*
    };
}

fn digit() -> S {
    Named("digit [0-9]", b(Range(b'0', b'9')))
}
fn alpha() -> S {
    Named(
        "alpha [a-zA-Z]",
        b(Either(vec![Range(b'a', b'z'), Range(b'A', b'Z')])),
    )
}
fn hexdig() -> S {
    Named(
        "hex [0-9a-fA-F]",
        b(Either(vec![digit(), Range(b'A', b'F'), Range(b'a', b'f')])),
    )
}
/// A UTF-8 encoded character beyond ASCII (overlong forms and surrogates refused).
fn non_ascii() -> S {
    let cont = || Range(0x80, 0xBF);
    let two = Seq(vec![Range(0xC2, 0xDF), cont()]);
    let three = Seq(vec![
        Either(vec![
            Seq(vec![Byte(0xE0), Range(0xA0, 0xBF)]),
            Seq(vec![Range(0xE1, 0xEC), cont()]),
            Seq(vec![Byte(0xED), Range(0x80, 0x9F)]),
            Seq(vec![Range(0xEE, 0xEF), cont()]),
        ]),
        cont(),
    ]);
    let four = Seq(vec![
        Either(vec![
            Seq(vec![Byte(0xF0), Range(0x90, 0xBF)]),
            Seq(vec![Range(0xF1, 0xF3), cont()]),
            Seq(vec![Byte(0xF4), Range(0x80, 0x8F)]),
        ]),
        cont(),
        cont(),
    ]);
    Named("non-ascii utf-8 bytes", b(Either(vec![two, three, four])))
}
fn ws() -> S {
    AtLeast(0, b(OneOf(b" \t")))
}
fn wschar() -> S {
    OneOf(b" \t")
}
fn newline() -> S {
    Either(vec![Byte(b'\n'), Lit("\r\n")])
}
fn sign() -> S {
    Maybe(b(OneOf(b"+-")))
}
/// `digits ( digits | _ digits )*` for a digit class.
fn digits_with_underscores(d: fn() -> S) -> S {
    AtLeast(0, b(Either(vec![d(), Seq(vec![Byte(b'_'), d()])])))
}
fn dec_int() -> S {
    Seq(vec![
        sign(),
        Either(vec![
            Seq(vec![
                Range(b'1', b'9'),
                AtLeast(1, b(Either(vec![digit(), Seq(vec![Byte(b'_'), digit()])]))),
            ]),
            digit(),
        ]),
    ])
}
fn prefixed_int(prefix: &'static str, d: fn() -> S) -> S {
    Seq(vec![Lit(prefix), d(), digits_with_underscores(d)])
}
fn oct_digit() -> S {
    Range(b'0', b'7')
}
fn bin_digit() -> S {
    OneOf(b"01")
}
fn zero_prefixable_int() -> S {
    Seq(vec![digit(), digits_with_underscores(digit)])
}
fn exponent() -> S {
    Seq(vec![OneOf(b"eE"), sign(), zero_prefixable_int()])
}
fn two_digits() -> S {
    Exactly(2, b(digit()))
}
fn local_date() -> S {
    Seq(vec![
        Exactly(4, b(digit())),
        Byte(b'-'),
        two_digits(),
        Byte(b'-'),
        two_digits(),
    ])
}
fn local_time() -> S {
    Seq(vec![
        two_digits(),
        Byte(b':'),
        two_digits(),
        Byte(b':'),
        two_digits(),
        Maybe(b(Seq(vec![Byte(b'.'), AtLeast(1, b(digit()))]))),
    ])
}
fn time_offset() -> S {
    Either(vec![
        OneOf(b"zZ"),
        Seq(vec![OneOf(b"+-"), two_digits(), Byte(b':'), two_digits()]),
    ])
}
fn escaped() -> S {
    Seq(vec![
        Byte(b'\\'),
        Either(vec![
            OneOf(b"\"\\bfnrt"),
            Seq(vec![Byte(b'u'), Exactly(4, b(hexdig()))]),
            Seq(vec![Byte(b'U'), Exactly(8, b(hexdig()))]),
        ]),
    ])
}
fn basic_char() -> S {
    Either(vec![
        Either(vec![
            wschar(),
            Byte(0x21),
            Range(0x23, 0x5B),
            Range(0x5D, 0x7E),
            non_ascii(),
        ]),
        escaped(),
    ])
}
fn basic_string() -> S {
    Seq(vec![Byte(b'"'), AtLeast(0, b(basic_char())), Byte(b'"')])
}
fn escaped_newline() -> S {
    Seq(vec![
        Byte(b'\\'),
        ws(),
        newline(),
        AtLeast(0, b(Either(vec![wschar(), newline()]))),
    ])
}
fn literal_char() -> S {
    Either(vec![
        Byte(0x09),
        Range(0x20, 0x26),
        Range(0x28, 0x7E),
        non_ascii(),
    ])
}
fn literal_string() -> S {
    Seq(vec![
        Byte(b'\''),
        AtLeast(0, b(literal_char())),
        Byte(b'\''),
    ])
}
/// A multi-line string: `delim`, content, runs of one or two quotes each followed by
/// more content, the closing `delim` and up to two more quotes.
fn multiline(delim: &'static str, quotes: fn() -> S, content: fn() -> S) -> S {
    Seq(vec![
        Lit(delim),
        Maybe(b(newline())),
        AtLeast(0, b(content())),
        AtLeast(0, b(Seq(vec![quotes(), AtLeast(1, b(content()))]))),
        Lit(delim),
        Maybe(b(quotes())),
    ])
}
fn unquoted_key() -> S {
    AtLeast(1, b(Either(vec![alpha(), digit(), Byte(b'-'), Byte(b'_')])))
}
fn simple_key() -> S {
    Either(vec![
        unquoted_key(),
        Either(vec![basic_string(), literal_string()]),
    ])
}
fn dot_sep() -> S {
    Seq(vec![ws(), Byte(b'.'), ws()])
}
fn key() -> S {
    let dotted = Seq(vec![
        simple_key(),
        AtLeast(1, b(Seq(vec![dot_sep(), simple_key()]))),
    ]);
    Named(
        "basic key([a-zA-Z0-9_-]) or quoted key(\" or ')",
        b(Either(vec![dotted, simple_key()])),
    )
}

grammar! {
    WS = ws();
    NEWLINE = newline();
    COMMENT = Seq(vec![
        Byte(b'#'),
        AtLeast(0, b(Either(vec![Byte(0x09), Range(0x20, 0x7E), non_ascii()]))),
    ]);
    BOOLEAN = Either(vec![Lit("true"), Lit("false")]);
    DEC_INT = dec_int();
    HEX_INT = prefixed_int("0x", hexdig);
    OCT_INT = prefixed_int("0o", oct_digit);
    BIN_INT = prefixed_int("0b", bin_digit);
    INTEGER = Either(vec![
        prefixed_int("0x", hexdig),
        prefixed_int("0o", oct_digit),
        prefixed_int("0b", bin_digit),
        dec_int(),
    ]);
    FLOAT = Either(vec![
        Seq(vec![
            dec_int(),
            Either(vec![
                exponent(),
                Seq(vec![Seq(vec![Byte(b'.'), zero_prefixable_int()]), Maybe(b(exponent()))]),
            ]),
        ]),
        Seq(vec![sign(), Either(vec![Lit("inf"), Lit("nan")])]),
    ]);
    LOCAL_DATE = local_date();
    LOCAL_TIME = local_time();
    TIME_OFFSET = time_offset();
    LOCAL_DATETIME = Seq(vec![local_date(), OneOf(b"Tt "), local_time()]);
    OFFSET_DATETIME = Seq(vec![
        local_date(),
        OneOf(b"Tt "),
        Seq(vec![local_time(), time_offset()]),
    ]);
    ESCAPED_NEWLINE = escaped_newline();
    BASIC_STRING = basic_string();
    ML_BASIC_STRING = multiline(
        "\"\"\"",
        || Either(vec![Lit("\"\""), Byte(b'"')]),
        || Either(vec![basic_char(), newline(), escaped_newline()]),
    );
    LITERAL_STRING = literal_string();
    ML_LITERAL_STRING = multiline(
        "'''",
        || Either(vec![Lit("''"), Byte(b'\'')]),
        || Either(vec![literal_char(), newline()]),
    );
    UNQUOTED_KEY = unquoted_key();
    DOT_SEP = dot_sep();
    KEYVAL_SEP = Seq(vec![ws(), Byte(b'='), ws()]);
    STD_TABLE = Seq(vec![Byte(b'['), ws(), key(), ws(), Byte(b']')]);
    ARRAY_TABLE = Seq(vec![Lit("[["), ws(), key(), ws(), Lit("]]")]);
    TIME_DELIM = OneOf(b"Tt ");
    TABLE_START = Seq(vec![ws(), Byte(b'[')]);
    WS_NEWLINE = Seq(vec![ws(), newline()]);
}
