//! The parser of libstdc++'s `std::regex` (POSIX extended grammar), building the same
//! automaton libstdc++ builds (see `nfa.rs` for why the shape matters).
//!
//! Grammar, as libstdc++ reads it: a disjunction is alternatives separated by `|`; an
//! alternative is a possibly empty sequence of terms; a term is an anchor (`^`, `$`, which
//! take no quantifier) or an atom followed by any number of quantifiers (`a**` and
//! `a{2}{3}` are fine). Anything else where a term may start (`*a`, `a)`, `{1}`) makes
//! the pattern invalid.

use super::RegexError;
use super::classes::{ClassMask, lookup_class, lookup_collate, primary_key};
use super::nfa::{Matcher, Nfa, Op, Seq};
use super::scan::{Scanner, Tok};

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub nfa: Nfa,
    pub start: usize,
}

/// Compiles a pattern as `std::regex(pattern, std::regex::extended)` does: the whole
/// pattern is group 0, followed by the accepting state.
pub fn compile(pattern: &[u8]) -> Result<Program, RegexError> {
    let mut c = Compiler {
        scan: Scanner::new(pattern)?,
        nfa: Nfa::default(),
    };
    let mut whole = Seq::one(c.nfa.sub_begin()?);
    let body = c.disjunction()?;
    if !c.accept(&Tok::Eof)? {
        return Err(RegexError::Invalid);
    }
    c.nfa.append_seq(&mut whole, body);
    let end = c.nfa.sub_end()?;
    c.nfa.append(&mut whole, end);
    let accept = c.nfa.insert(Op::Accept)?;
    c.nfa.append(&mut whole, accept);
    c.nfa.eliminate_dummies();
    Ok(Program {
        nfa: c.nfa,
        start: whole.start,
    })
}

struct Compiler<'a> {
    scan: Scanner<'a>,
    nfa: Nfa,
}

/// What the last item of a bracket expression was, for reading `x-y` ranges.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    None,
    Char(u8),
    Class,
}

/// A bracket expression being read.
struct Bracket {
    chars: Vec<u8>,
    ranges: Vec<(i8, i8)>,
    classes: ClassMask,
    equivs: Vec<u8>,
    negated: bool,
}

impl Compiler<'_> {
    /// Consumes the current token if it is `t`.
    fn accept(&mut self, t: &Tok) -> Result<bool, RegexError> {
        if self.scan.tok == *t {
            self.scan.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Consumes an ordinary character, returning it.
    fn try_char(&mut self) -> Result<Option<u8>, RegexError> {
        if let Tok::Ord(c) = self.scan.tok {
            self.scan.advance()?;
            return Ok(Some(c));
        }
        Ok(None)
    }

    /// Consumes a token of kind `kind` (a name or digits), returning its text.
    fn accept_text(&mut self, kind: fn(Vec<u8>) -> Tok) -> Result<Option<Vec<u8>>, RegexError> {
        use std::mem::discriminant;
        if discriminant(&self.scan.tok) != discriminant(&kind(Vec::new())) {
            return Ok(None);
        }
        let text = match &self.scan.tok {
            Tok::CharClass(t) | Tok::CollSym(t) | Tok::Equiv(t) | Tok::DupCount(t) => t.clone(),
            _ => return Ok(None),
        };
        self.scan.advance()?;
        Ok(Some(text))
    }

    fn disjunction(&mut self) -> Result<Seq, RegexError> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            let mut left = self.alternative()?;
            while self.accept(&Tok::Or)? {
                let mut right = self.alternative()?;
                let end = self.nfa.insert(Op::Dummy)?;
                self.nfa.append(&mut left, end);
                self.nfa.append(&mut right, end);
                let alt = self.nfa.insert(Op::Alternative { alt: left.start })?;
                self.nfa.states[alt].next = right.start;
                left = Seq { start: alt, end };
            }
            Ok(left)
        })
    }

    /// Terms in a row, ended by a placeholder state (libstdc++ adds one when no further
    /// term can start).
    fn alternative(&mut self) -> Result<Seq, RegexError> {
        let mut terms = Vec::new();
        while let Some(t) = self.term()? {
            terms.push(t);
        }
        let mut seq = Seq::one(self.nfa.insert(Op::Dummy)?);
        for t in terms.into_iter().rev() {
            let mut t = t;
            self.nfa.append_seq(&mut t, seq);
            seq = t;
        }
        Ok(seq)
    }

    fn term(&mut self) -> Result<Option<Seq>, RegexError> {
        if self.accept(&Tok::LineBegin)? {
            return Ok(Some(Seq::one(self.nfa.insert(Op::LineBegin)?)));
        }
        if self.accept(&Tok::LineEnd)? {
            return Ok(Some(Seq::one(self.nfa.insert(Op::LineEnd)?)));
        }
        let Some(mut atom) = self.atom()? else {
            return Ok(None);
        };
        while let Some(q) = self.quantifier(atom)? {
            atom = q;
        }
        Ok(Some(atom))
    }

    fn atom(&mut self) -> Result<Option<Seq>, RegexError> {
        if self.accept(&Tok::AnyChar)? {
            return self.matcher(Matcher::Any).map(Some);
        }
        if let Some(c) = self.try_char()? {
            return self.matcher(Matcher::Byte(c)).map(Some);
        }
        if self.accept(&Tok::SubBegin)? {
            let mut seq = Seq::one(self.nfa.sub_begin()?);
            let body = self.disjunction()?;
            if !self.accept(&Tok::SubEnd)? {
                return Err(RegexError::Invalid);
            }
            self.nfa.append_seq(&mut seq, body);
            let end = self.nfa.sub_end()?;
            self.nfa.append(&mut seq, end);
            return Ok(Some(seq));
        }
        let negated = self.accept(&Tok::BracketNegBegin)?;
        if !negated && !self.accept(&Tok::BracketBegin)? {
            return Ok(None);
        }
        let set = self.bracket(negated)?;
        self.matcher(Matcher::Set(set)).map(Some)
    }

    fn matcher(&mut self, m: Matcher) -> Result<Seq, RegexError> {
        Ok(Seq::one(self.nfa.insert(Op::Match(m))?))
    }

    /// Applies a quantifier to `e`, if one follows.
    fn quantifier(&mut self, e: Seq) -> Result<Option<Seq>, RegexError> {
        let mut e = e;
        if self.accept(&Tok::Closure0)? {
            let r = self.nfa.insert(Op::Repeat { alt: e.start })?;
            self.nfa.append(&mut e, r);
            return Ok(Some(Seq::one(r)));
        }
        if self.accept(&Tok::Closure1)? {
            let r = self.nfa.insert(Op::Repeat { alt: e.start })?;
            self.nfa.append(&mut e, r);
            return Ok(Some(e));
        }
        if self.accept(&Tok::Opt)? {
            let end = self.nfa.insert(Op::Dummy)?;
            let mut r = Seq::one(self.nfa.insert(Op::Repeat { alt: e.start })?);
            self.nfa.append(&mut e, end);
            self.nfa.append(&mut r, end);
            return Ok(Some(r));
        }
        if self.accept(&Tok::IntervalBegin)? {
            return self.interval(e).map(Some);
        }
        Ok(None)
    }

    /// `{m}`, `{m,}` and `{m,n}`: `m` copies of the atom, then either a loop over one
    /// more copy or `n - m` nested optional copies that all leave to one common end.
    fn interval(&mut self, r: Seq) -> Result<Seq, RegexError> {
        let Some(min) = self.accept_text(Tok::DupCount)? else {
            return Err(RegexError::Invalid);
        };
        let min = count_value(&min)?;
        let mut e = Seq::one(self.nfa.insert(Op::Dummy)?);
        let mut infinite = false;
        let mut extra = 0i64;
        if self.accept(&Tok::Comma)? {
            match self.accept_text(Tok::DupCount)? {
                Some(max) => extra = count_value(&max)? - min,
                None => infinite = true,
            }
        }
        if !self.accept(&Tok::IntervalEnd)? {
            return Err(RegexError::Invalid);
        }
        for _ in 0..min.max(0) {
            let copy = self.nfa.clone_seq(r)?;
            self.nfa.append_seq(&mut e, copy);
        }
        if infinite {
            let mut tmp = self.nfa.clone_seq(r)?;
            let s = self.nfa.insert(Op::Repeat { alt: tmp.start })?;
            self.nfa.append(&mut tmp, s);
            self.nfa.append(&mut e, s);
            return Ok(e);
        }
        if extra < 0 {
            return Err(RegexError::Invalid);
        }
        self.optional_copies(r, e, extra)
    }

    fn optional_copies(&mut self, r: Seq, mut e: Seq, n: i64) -> Result<Seq, RegexError> {
        let end = self.nfa.insert(Op::Dummy)?;
        let mut branches = Vec::new();
        for _ in 0..n {
            let tmp = self.nfa.clone_seq(r)?;
            // Built with "more" as `next` and "stop" as `alt`, then swapped, as libstdc++.
            let alt = self.nfa.insert(Op::Repeat { alt: end })?;
            self.nfa.states[alt].next = tmp.start;
            branches.push(alt);
            self.nfa.append_seq(
                &mut e,
                Seq {
                    start: alt,
                    end: tmp.end,
                },
            );
        }
        self.nfa.append(&mut e, end);
        for alt in branches.into_iter().rev() {
            self.nfa.swap_branches(alt);
        }
        Ok(e)
    }

    /// Reads a bracket expression after its `[` or `[^`, as libstdc++ does for POSIX:
    /// `]` first is literal, `-` is literal first or last, a range needs single characters
    /// at both ends (compared as signed `char`s, so `[a-\xff]` is invalid), and a `-`
    /// right after a range or class is an error.
    fn bracket(&mut self, negated: bool) -> Result<Box<[bool; 256]>, RegexError> {
        let mut b = Bracket {
            chars: Vec::new(),
            ranges: Vec::new(),
            classes: ClassMask::default(),
            equivs: Vec::new(),
            negated,
        };
        let mut last = Last::None;
        if let Some(c) = self.try_char()? {
            last = Last::Char(c);
        } else if self.accept(&Tok::Dash)? {
            last = Last::Char(b'-');
        }
        while self.bracket_term(&mut last, &mut b)? {}
        if let Last::Char(c) = last {
            b.chars.push(c);
        }
        Ok(b.table())
    }

    /// One item of a bracket expression; false at the closing `]`.
    fn bracket_term(&mut self, last: &mut Last, b: &mut Bracket) -> Result<bool, RegexError> {
        if self.accept(&Tok::BracketEnd)? {
            return Ok(false);
        }
        if let Some(name) = self.accept_text(Tok::CollSym)? {
            let c = lookup_collate(&name).ok_or(RegexError::Invalid)?;
            b.chars.push(c);
            push_char(last, b, c);
        } else if let Some(name) = self.accept_text(Tok::Equiv)? {
            push_class(last, b);
            let c = lookup_collate(&name).ok_or(RegexError::Invalid)?;
            b.equivs.push(primary_key(c));
        } else if let Some(name) = self.accept_text(Tok::CharClass)? {
            push_class(last, b);
            let mask = lookup_class(&name).ok_or(RegexError::Invalid)?;
            b.classes = b.classes.union(mask);
        } else if let Some(c) = self.try_char()? {
            push_char(last, b, c);
        } else if self.accept(&Tok::Dash)? {
            return self.bracket_dash(last, b);
        } else {
            return Err(RegexError::Invalid);
        }
        Ok(true)
    }

    fn bracket_dash(&mut self, last: &mut Last, b: &mut Bracket) -> Result<bool, RegexError> {
        if self.accept(&Tok::BracketEnd)? {
            push_char(last, b, b'-');
            return Ok(false);
        }
        let Last::Char(from) = *last else {
            return Err(RegexError::Invalid);
        };
        let to = match self.try_char()? {
            Some(c) => c,
            None if self.accept(&Tok::Dash)? => b'-',
            None => return Err(RegexError::Invalid),
        };
        let (from, to) = (from as i8, to as i8);
        if from > to {
            return Err(RegexError::Invalid);
        }
        b.ranges.push((from, to));
        *last = Last::None;
        Ok(true)
    }
}

/// Adds the pending character and makes `c` the pending one (it may start a range).
fn push_char(last: &mut Last, b: &mut Bracket, c: u8) {
    if let Last::Char(p) = *last {
        b.chars.push(p);
    }
    *last = Last::Char(c);
}

fn push_class(last: &mut Last, b: &mut Bracket) {
    if let Last::Char(p) = *last {
        b.chars.push(p);
    }
    *last = Last::Class;
}

impl Bracket {
    fn table(&self) -> Box<[bool; 256]> {
        let mut t = Box::new([false; 256]);
        for (i, slot) in t.iter_mut().enumerate() {
            let c = i as u8;
            let s = c as i8;
            let hit = self.chars.contains(&c)
                || self.ranges.iter().any(|&(lo, hi)| lo <= s && s <= hi)
                || self.classes.contains(c)
                || self.equivs.contains(&primary_key(c));
            *slot = hit != self.negated;
        }
        t
    }
}

/// A repetition count: decimal digits that must fit in a C `int` (libstdc++ refuses the
/// pattern otherwise).
fn count_value(digits: &[u8]) -> Result<i64, RegexError> {
    let mut v = 0i32;
    for d in digits {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(i32::from(d - b'0')))
            .ok_or(RegexError::Invalid)?;
    }
    Ok(i64::from(v))
}
