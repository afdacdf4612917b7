//! The tokenizer of libstdc++'s `std::regex` for the POSIX extended grammar.
//!
//! It keeps one token of lookahead and reads the next one as soon as the parser accepts
//! the current one, so a malformed piece is reported when it is reached, as in libstdc++.
//! Escapes are strict, as in C++ Nix's build (`__STRICT_ANSI__`): only the special
//! characters `.[\()*+?{|^$` may follow a backslash, so `\d`, `\1` or `\]` are invalid.
//! Inside brackets a backslash is an ordinary character.

use super::RegexError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    AnyChar,
    Ord(u8),
    SubBegin,
    SubEnd,
    BracketBegin,
    BracketNegBegin,
    BracketEnd,
    IntervalBegin,
    IntervalEnd,
    CharClass(Vec<u8>),
    CollSym(Vec<u8>),
    Equiv(Vec<u8>),
    Opt,
    Or,
    Closure0,
    Closure1,
    LineBegin,
    LineEnd,
    Comma,
    DupCount(Vec<u8>),
    Eof,
    Dash,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    Bracket,
    Brace,
}

/// The characters with a meaning of their own outside brackets (`]` and `}` are not).
const SPECIAL: &[u8] = b".[\\()*+?{|^$";

pub struct Scanner<'a> {
    src: &'a [u8],
    pos: usize,
    mode: Mode,
    at_bracket_start: bool,
    pub tok: Tok,
}

impl<'a> Scanner<'a> {
    pub fn new(src: &'a [u8]) -> Result<Scanner<'a>, RegexError> {
        let mut s = Scanner {
            src,
            pos: 0,
            mode: Mode::Normal,
            at_bracket_start: false,
            tok: Tok::Eof,
        };
        s.advance()?;
        Ok(s)
    }

    pub fn advance(&mut self) -> Result<(), RegexError> {
        if self.pos == self.src.len() {
            self.tok = Tok::Eof;
            return Ok(());
        }
        self.tok = match self.mode {
            Mode::Normal => self.scan_normal()?,
            Mode::Bracket => self.scan_bracket()?,
            Mode::Brace => self.scan_brace()?,
        };
        Ok(())
    }

    fn bump(&mut self) -> u8 {
        let c = self.src[self.pos];
        self.pos += 1;
        c
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn scan_normal(&mut self) -> Result<Tok, RegexError> {
        let c = self.bump();
        if !SPECIAL.contains(&c) {
            return Ok(Tok::Ord(c));
        }
        Ok(match c {
            b'\\' => match self.peek() {
                Some(e) if SPECIAL.contains(&e) => {
                    self.pos += 1;
                    Tok::Ord(e)
                }
                _ => return Err(RegexError::Invalid),
            },
            b'(' => Tok::SubBegin,
            b')' => Tok::SubEnd,
            b'[' => {
                self.mode = Mode::Bracket;
                self.at_bracket_start = true;
                if self.peek() == Some(b'^') {
                    self.pos += 1;
                    Tok::BracketNegBegin
                } else {
                    Tok::BracketBegin
                }
            }
            b'{' => {
                self.mode = Mode::Brace;
                Tok::IntervalBegin
            }
            b'^' => Tok::LineBegin,
            b'$' => Tok::LineEnd,
            b'.' => Tok::AnyChar,
            b'*' => Tok::Closure0,
            b'+' => Tok::Closure1,
            b'?' => Tok::Opt,
            _ => Tok::Or,
        })
    }

    fn scan_bracket(&mut self) -> Result<Tok, RegexError> {
        let c = self.bump();
        let tok = match c {
            b'-' => Tok::Dash,
            b'[' => match self.peek() {
                None => return Err(RegexError::Invalid),
                Some(k @ (b'.' | b':' | b'=')) => {
                    self.pos += 1;
                    let name = self.eat_class(k)?;
                    match k {
                        b'.' => Tok::CollSym(name),
                        b':' => Tok::CharClass(name),
                        _ => Tok::Equiv(name),
                    }
                }
                Some(_) => Tok::Ord(b'['),
            },
            b']' if !self.at_bracket_start => {
                self.mode = Mode::Normal;
                Tok::BracketEnd
            }
            c => Tok::Ord(c),
        };
        self.at_bracket_start = false;
        Ok(tok)
    }

    /// The name in `[:name:]` (and `.`/`=`), which must be closed by the same character
    /// and a `]`.
    fn eat_class(&mut self, close: u8) -> Result<Vec<u8>, RegexError> {
        let start = self.pos;
        while self.peek().is_some_and(|c| c != close) {
            self.pos += 1;
        }
        let name = self.src[start..self.pos].to_vec();
        if self.peek() != Some(close) {
            return Err(RegexError::Invalid);
        }
        self.pos += 1;
        if self.peek() != Some(b']') {
            return Err(RegexError::Invalid);
        }
        self.pos += 1;
        Ok(name)
    }

    fn scan_brace(&mut self) -> Result<Tok, RegexError> {
        let c = self.bump();
        match c {
            b'0'..=b'9' => {
                let start = self.pos - 1;
                while self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    self.pos += 1;
                }
                Ok(Tok::DupCount(self.src[start..self.pos].to_vec()))
            }
            b',' => Ok(Tok::Comma),
            b'}' => {
                self.mode = Mode::Normal;
                Ok(Tok::IntervalEnd)
            }
            _ => Err(RegexError::Invalid),
        }
    }
}
