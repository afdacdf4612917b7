//! Character classes, collating names and equivalence classes as libstdc++'s
//! `std::regex_traits<char>` sees them in the "C" locale (C++ Nix never changes the C++
//! global locale): ASCII only, so a byte of 0x80 or more is in no class.

/// A set of `ctype` classes (`[[:alpha:]]` ...), plus the `_` that `[[:w:]]` adds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ClassMask {
    bits: u16,
    underscore: bool,
}

const UPPER: u16 = 1 << 0;
const LOWER: u16 = 1 << 1;
const ALPHA: u16 = 1 << 2;
const DIGIT: u16 = 1 << 3;
const XDIGIT: u16 = 1 << 4;
const SPACE: u16 = 1 << 5;
const PRINT: u16 = 1 << 6;
const GRAPH: u16 = 1 << 7;
const CNTRL: u16 = 1 << 8;
const PUNCT: u16 = 1 << 9;
const BLANK: u16 = 1 << 10;
const ALNUM: u16 = ALPHA | DIGIT;

impl ClassMask {
    pub fn union(self, other: ClassMask) -> ClassMask {
        ClassMask {
            bits: self.bits | other.bits,
            underscore: self.underscore || other.underscore,
        }
    }

    /// Whether `b` is in any of the classes.
    pub fn contains(self, b: u8) -> bool {
        (self.bits & ctype(b)) != 0 || (self.underscore && b == b'_')
    }
}

/// The "C" locale's classification of a byte.
fn ctype(b: u8) -> u16 {
    let c = b;
    let mut m = 0;
    if c.is_ascii_uppercase() {
        m |= UPPER | ALPHA;
    }
    if c.is_ascii_lowercase() {
        m |= LOWER | ALPHA;
    }
    if c.is_ascii_digit() {
        m |= DIGIT;
    }
    if c.is_ascii_hexdigit() {
        m |= XDIGIT;
    }
    if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
        m |= SPACE;
    }
    if matches!(c, b' ' | b'\t') {
        m |= BLANK;
    }
    if (0x20..0x7f).contains(&c) {
        m |= PRINT;
    }
    if (0x21..0x7f).contains(&c) {
        m |= GRAPH;
        if !c.is_ascii_alphanumeric() {
            m |= PUNCT;
        }
    }
    if c < 0x20 || c == 0x7f {
        m |= CNTRL;
    }
    m
}

/// `[[:name:]]`: the name is compared after lowering its case, and libstdc++ also knows
/// the one-letter names `d`, `w` and `s`. `None` for an unknown name (an invalid pattern).
pub fn lookup_class(name: &[u8]) -> Option<ClassMask> {
    let lower = name.to_ascii_lowercase();
    let bits = match lower.as_slice() {
        b"d" | b"digit" => DIGIT,
        b"w" => {
            return Some(ClassMask {
                bits: ALNUM,
                underscore: true,
            });
        }
        b"s" | b"space" => SPACE,
        b"alnum" => ALNUM,
        b"alpha" => ALPHA,
        b"blank" => BLANK,
        b"cntrl" => CNTRL,
        b"graph" => GRAPH,
        b"lower" => LOWER,
        b"print" => PRINT,
        b"punct" => PUNCT,
        b"upper" => UPPER,
        b"xdigit" => XDIGIT,
        _ => return None,
    };
    Some(ClassMask {
        bits,
        underscore: false,
    })
}

/// The POSIX names of the 128 ASCII characters, indexed by code: the only names
/// libstdc++ accepts in `[[.name.]]` and `[[=name=]]` (so `[[.-.]]` is invalid and
/// `[[.hyphen.]]` is `-`).
const COLLATE_NAMES: [&str; 128] = [
    "NUL",
    "SOH",
    "STX",
    "ETX",
    "EOT",
    "ENQ",
    "ACK",
    "alert",
    "backspace",
    "tab",
    "newline",
    "vertical-tab",
    "form-feed",
    "carriage-return",
    "SO",
    "SI",
    "DLE",
    "DC1",
    "DC2",
    "DC3",
    "DC4",
    "NAK",
    "SYN",
    "ETB",
    "CAN",
    "EM",
    "SUB",
    "ESC",
    "IS4",
    "IS3",
    "IS2",
    "IS1",
    "space",
    "exclamation-mark",
    "quotation-mark",
    "number-sign",
    "dollar-sign",
    "percent-sign",
    "ampersand",
    "apostrophe",
    "left-parenthesis",
    "right-parenthesis",
    "asterisk",
    "plus-sign",
    "comma",
    "hyphen",
    "period",
    "slash",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "colon",
    "semicolon",
    "less-than-sign",
    "equals-sign",
    "greater-than-sign",
    "question-mark",
    "commercial-at",
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "M",
    "N",
    "O",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "left-square-bracket",
    "backslash",
    "right-square-bracket",
    "circumflex",
    "underscore",
    "grave-accent",
    "a",
    "b",
    "c",
    "d",
    "e",
    "f",
    "g",
    "h",
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "w",
    "x",
    "y",
    "z",
    "left-curly-bracket",
    "vertical-line",
    "right-curly-bracket",
    "tilde",
    "DEL",
];

/// The character a collating name stands for.
pub fn lookup_collate(name: &[u8]) -> Option<u8> {
    COLLATE_NAMES
        .iter()
        .position(|n| n.as_bytes() == name)
        .map(|i| i as u8)
}

/// The key an equivalence class compares by: in the "C" locale only case is ignored.
pub fn primary_key(b: u8) -> u8 {
    b.to_ascii_lowercase()
}
