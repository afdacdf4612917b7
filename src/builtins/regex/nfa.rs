//! The automaton libstdc++'s `std::regex` builds, state for state.
//!
//! C++ Nix matches with libstdc++'s backtracking executor, whose results depend on the
//! exact shape of the automaton (which branch comes first, where a repetition loops back,
//! which states a counted repetition copies). So this module keeps the same states, in the
//! same order, linked the same way; even the unreachable copies count, because libstdc++
//! refuses a pattern once it holds more than [`STATE_LIMIT`] states.

use super::RegexError;
use std::collections::BTreeMap;

/// A state index; [`NONE`] is "not linked yet".
pub type Id = usize;
pub const NONE: Id = usize::MAX;

/// libstdc++'s `_GLIBCXX_REGEX_STATE_LIMIT`: more states than this is an `error_space`.
pub const STATE_LIMIT: usize = 100_000;

/// What a single byte must be to let a match state go on.
#[derive(Clone, Debug)]
pub enum Matcher {
    /// `.` in a POSIX grammar: any byte but NUL (newlines included).
    Any,
    /// An ordinary character.
    Byte(u8),
    /// A bracket expression, precomputed for all 256 byte values (libstdc++ caches it
    /// the same way, so its answer never depends on anything but the byte).
    Set(Box<[bool; 256]>),
}

impl Matcher {
    pub fn matches(&self, b: u8) -> bool {
        match self {
            Matcher::Any => b != 0,
            Matcher::Byte(c) => *c == b,
            Matcher::Set(set) => set[usize::from(b)],
        }
    }
}

/// The operation of a state. `alt` is the branch libstdc++ explores first.
#[derive(Clone, Debug)]
pub enum Op {
    /// `|`: `alt` is the left alternative, `next` the right one.
    Alternative {
        alt: Id,
    },
    /// A greedy loop or option: `alt` matches once more, `next` leaves.
    Repeat {
        alt: Id,
    },
    SubBegin(usize),
    SubEnd(usize),
    LineBegin,
    LineEnd,
    Dummy,
    Match(Matcher),
    Accept,
}

impl Op {
    fn alt(&self) -> Option<Id> {
        match self {
            Op::Alternative { alt } | Op::Repeat { alt } => Some(*alt),
            _ => None,
        }
    }

    fn alt_mut(&mut self) -> Option<&mut Id> {
        match self {
            Op::Alternative { alt } | Op::Repeat { alt } => Some(alt),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct State {
    pub op: Op,
    pub next: Id,
}

/// The automaton under construction, and finished.
#[derive(Debug, Default)]
pub struct Nfa {
    pub states: Vec<State>,
    /// Number of capture groups, counting the whole match as group 0.
    pub subs: usize,
    /// Groups opened and not yet closed (for numbering the closing states).
    open: Vec<usize>,
}

/// A piece of automaton: where it starts and its last state (whose `next` is open).
#[derive(Clone, Copy, Debug)]
pub struct Seq {
    pub start: Id,
    pub end: Id,
}

impl Seq {
    pub fn one(id: Id) -> Seq {
        Seq { start: id, end: id }
    }
}

impl Nfa {
    pub fn insert(&mut self, op: Op) -> Result<Id, RegexError> {
        self.insert_state(State { op, next: NONE })
    }

    fn insert_state(&mut self, s: State) -> Result<Id, RegexError> {
        self.states.push(s);
        if self.states.len() > STATE_LIMIT {
            return Err(RegexError::Space);
        }
        Ok(self.states.len() - 1)
    }

    pub fn sub_begin(&mut self) -> Result<Id, RegexError> {
        let n = self.subs;
        self.subs += 1;
        self.open.push(n);
        self.insert(Op::SubBegin(n))
    }

    pub fn sub_end(&mut self) -> Result<Id, RegexError> {
        let n = self.open.pop().expect("a group is open");
        self.insert(Op::SubEnd(n))
    }

    /// Links `id` after `seq` and makes it the new end.
    pub fn append(&mut self, seq: &mut Seq, id: Id) {
        self.states[seq.end].next = id;
        seq.end = id;
    }

    pub fn append_seq(&mut self, seq: &mut Seq, other: Seq) {
        self.states[seq.end].next = other.start;
        seq.end = other.end;
    }

    pub fn swap_branches(&mut self, id: Id) {
        let s = &mut self.states[id];
        let next = s.next;
        if let Some(alt) = s.op.alt_mut() {
            s.next = std::mem::replace(alt, next);
        }
    }

    /// Copies the states reachable from `seq.start` (not following `seq.end`'s link), as
    /// libstdc++ does for counted repetitions: a depth-first walk with an explicit stack
    /// that may copy a state twice when two links to it are pending at once (the first
    /// copy is then left unused, but it still counts towards the state limit).
    pub fn clone_seq(&mut self, seq: Seq) -> Result<Seq, RegexError> {
        let mut map: BTreeMap<Id, Id> = BTreeMap::new();
        let mut stack = vec![seq.start];
        while let Some(u) = stack.pop() {
            let dup = self.states[u].clone();
            let id = self.insert_state(dup.clone())?;
            map.insert(u, id);
            if let Some(alt) = dup.op.alt()
                && alt != NONE
                && !map.contains_key(&alt)
            {
                stack.push(alt);
            }
            if u == seq.end {
                continue;
            }
            if dup.next != NONE && !map.contains_key(&dup.next) {
                stack.push(dup.next);
            }
        }
        for &v in map.values() {
            let s = &mut self.states[v];
            if s.next != NONE
                && let Some(&n) = map.get(&s.next)
            {
                s.next = n;
            }
            if let Some(alt) = s.op.alt_mut()
                && *alt != NONE
                && let Some(&n) = map.get(alt)
            {
                *alt = n;
            }
        }
        Ok(Seq {
            start: map[&seq.start],
            end: map[&seq.end],
        })
    }

    /// Makes every link skip the placeholder states (libstdc++'s `_M_eliminate_dummy`).
    pub fn eliminate_dummies(&mut self) {
        for i in 0..self.states.len() {
            let next = self.skip_dummies(self.states[i].next);
            self.states[i].next = next;
            if let Some(alt) = self.states[i].op.alt() {
                let alt = self.skip_dummies(alt);
                *self.states[i].op.alt_mut().expect("has alt") = alt;
            }
        }
    }

    fn skip_dummies(&self, mut id: Id) -> Id {
        while id != NONE && matches!(self.states[id].op, Op::Dummy) {
            id = self.states[id].next;
        }
        id
    }
}
