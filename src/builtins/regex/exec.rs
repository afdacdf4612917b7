//! libstdc++'s depth-first (backtracking) executor, which is what `std::regex_match` and
//! `std::regex_search` use for C++ Nix's patterns.
//!
//! Its POSIX mode is a hybrid that neither POSIX nor ECMAScript describes:
//! - both sides of every `|` are explored, and a solution replaces the best one only if
//!   it ends strictly further; the groups are those of the first path that got there;
//! - a greedy repetition first tries one more round, and if that found any solution at
//!   all (even a shorter one), it never tries stopping there;
//! - a repetition may re-enter itself at the same position only twice (this is what
//!   stops `(a*)*` from looping), and groups keep their value from an earlier round when
//!   a later round does not set them again.
//!
//! libstdc++ recurses once per state it passes, so a long match overflows C++ Nix's
//! 64 MiB stack ("stack overflow (possible infinite recursion)"): `a*` fails on about
//! 466 000 bytes. [`Exec`] keeps an estimate of that stack, with frame sizes measured
//! against C++ Nix 2.26, and fails the same way instead of growing without bound.

use super::compile::Program;
use super::nfa::{Id, NONE, Op};

/// The stack C++ Nix has for the executor's recursion: 64 MiB, less what the evaluator
/// uses before it (measured: about 20 KiB for a top-level call).
const STACK_BUDGET: usize = 64 * 1024 * 1024 - 20 * 1024;

/// The stack libstdc++'s executor uses for passing one state, in bytes (fitted to the
/// lengths at which C++ Nix overflows on `a*`, `(a)*`, `(a|b)*`, `((a))*` and `(aa)*`).
fn frame_size(op: &Op) -> u8 {
    match op {
        Op::Repeat { .. } => 80,
        Op::SubBegin(_) | Op::SubEnd(_) => 56,
        Op::Dummy => 0,
        _ => 64,
    }
}

/// Work left to do in the depth-first walk; `size` is the frame to release when the
/// state that scheduled it is done.
enum Task {
    Visit(Id),
    Pop(u8),
    /// After a repetition's "once more" branch: leave, unless that found a solution.
    AfterRepeat {
        next: Id,
        size: u8,
    },
    RestoreRep {
        i: Id,
        pos: usize,
        count: u8,
    },
    DecRep(Id),
    RestoreFirst {
        k: usize,
        first: usize,
        size: u8,
    },
    RestoreSub {
        k: usize,
        sub: Sub,
        size: u8,
    },
    /// Gives back the byte a match state consumed.
    Unread(u8),
    /// After the left side of `|`: remember its outcome and try the right side.
    SecondBranch {
        next: Id,
    },
    Merge(bool),
}

/// The executor ran out of (modelled) stack.
#[derive(Debug)]
pub struct StackOverflow;

/// A capture: start and end offsets.
pub type Span = (usize, usize);

/// The flags of a `regex_search` call that matter here.
#[derive(Clone, Copy, Default)]
pub struct Flags {
    /// The search does not start at the beginning of the input (`^` cannot match there).
    pub prev_avail: bool,
    /// An empty match is not a match.
    pub not_null: bool,
    /// The match must start where the search starts.
    pub continuous: bool,
}

#[derive(Clone, Copy, Default)]
struct Sub {
    first: usize,
    second: usize,
    matched: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `regex_match`: the match must reach the end of the input.
    Exact,
    /// `regex_search`: any prefix from the start position.
    Prefix,
}

struct Exec<'a> {
    prog: &'a Program,
    input: &'a [u8],
    begin: usize,
    cur: usize,
    flags: Flags,
    mode: Mode,
    cur_results: Vec<Sub>,
    results: Vec<Sub>,
    rep_count: Vec<(usize, u8)>,
    has_sol: bool,
    sol_pos: Option<usize>,
    stack: usize,
    overflow: bool,
    /// The depth-first walk's work list, kept to reuse its allocation.
    tasks: Vec<Task>,
}

/// A match's groups (group 0 is the whole match), `None` for a group that took no part.
pub type Groups = Vec<Option<Span>>;

/// `std::regex_match`: the groups (group 0 is the whole input) if the whole input matches.
pub fn full_match(prog: &Program, input: &[u8]) -> Result<Option<Groups>, StackOverflow> {
    let mut ex = Exec::new(prog, input, 0, Flags::default(), Mode::Exact);
    Ok(ex.run()?.then(|| ex.spans()))
}

/// `std::regex_search` over `input[start..]` (with the whole input visible to `$`).
pub fn search(
    prog: &Program,
    input: &[u8],
    start: usize,
    flags: Flags,
) -> Result<Option<Groups>, StackOverflow> {
    let mut ex = Exec::new(prog, input, start, flags, Mode::Prefix);
    if ex.run()? {
        return Ok(Some(ex.spans()));
    }
    if flags.continuous {
        return Ok(None);
    }
    ex.flags.prev_avail = true;
    while ex.begin < input.len() {
        ex.begin += 1;
        if ex.run()? {
            return Ok(Some(ex.spans()));
        }
    }
    Ok(None)
}

impl<'a> Exec<'a> {
    fn new(prog: &'a Program, input: &'a [u8], begin: usize, flags: Flags, mode: Mode) -> Self {
        let n = prog.nfa.states.len();
        Exec {
            prog,
            input,
            begin,
            cur: begin,
            flags,
            mode,
            cur_results: Vec::new(),
            results: vec![Sub::default(); prog.nfa.subs],
            rep_count: vec![(0, 0); n],
            has_sol: false,
            sol_pos: None,
            stack: 0,
            overflow: false,
            tasks: Vec::new(),
        }
    }

    /// One attempt from `self.begin`.
    fn run(&mut self) -> Result<bool, StackOverflow> {
        self.cur = self.begin;
        self.has_sol = false;
        self.sol_pos = None;
        self.cur_results = self.results.clone();
        self.dfs(self.prog.start);
        if self.overflow {
            return Err(StackOverflow);
        }
        Ok(self.has_sol)
    }

    fn spans(&self) -> Groups {
        self.results
            .iter()
            .map(|s| s.matched.then_some((s.first, s.second)))
            .collect()
    }

    /// libstdc++'s recursive `_M_dfs(start)`, run with an explicit stack of what is left
    /// to do: each state pushes the work that follows its recursive call (undoing what
    /// it changed) before the call itself, so everything happens in the same order.
    fn dfs(&mut self, start: Id) {
        let mut tasks = std::mem::take(&mut self.tasks);
        tasks.push(Task::Visit(start));
        while let Some(task) = tasks.pop() {
            match task {
                Task::Visit(i) => self.visit(i, &mut tasks),
                Task::Pop(size) => self.stack -= usize::from(size),
                Task::AfterRepeat { next, size } => {
                    tasks.push(Task::Pop(size));
                    if !self.has_sol {
                        tasks.push(Task::Visit(next));
                    }
                }
                Task::RestoreRep { i, pos, count } => self.rep_count[i] = (pos, count),
                Task::DecRep(i) => self.rep_count[i].1 -= 1,
                Task::RestoreFirst { k, first, size } => {
                    self.cur_results[k].first = first;
                    self.stack -= usize::from(size);
                }
                Task::RestoreSub { k, sub, size } => {
                    self.cur_results[k] = sub;
                    self.stack -= usize::from(size);
                }
                Task::Unread(size) => {
                    self.cur -= 1;
                    self.stack -= usize::from(size);
                }
                Task::SecondBranch { next } => {
                    tasks.push(Task::Merge(self.has_sol));
                    self.has_sol = false;
                    tasks.push(Task::Visit(next));
                }
                Task::Merge(found) => self.has_sol |= found,
            }
        }
        self.tasks = tasks;
    }

    /// Enters state `i`: accounts for its frame and schedules its work.
    fn visit(&mut self, i: Id, tasks: &mut Vec<Task>) {
        if i == NONE || self.overflow {
            return;
        }
        let state = &self.prog.nfa.states[i];
        let size = frame_size(&state.op);
        if self.stack + usize::from(size) > STACK_BUDGET {
            self.overflow = true;
            return;
        }
        self.stack += usize::from(size);
        let next = state.next;
        match &state.op {
            Op::Repeat { alt } => {
                tasks.push(Task::AfterRepeat { next, size });
                self.once_more(i, *alt, tasks);
            }
            Op::SubBegin(k) => {
                let k = *k;
                tasks.push(Task::RestoreFirst {
                    k,
                    first: self.cur_results[k].first,
                    size,
                });
                self.cur_results[k].first = self.cur;
                tasks.push(Task::Visit(next));
            }
            Op::SubEnd(k) => {
                let k = *k;
                tasks.push(Task::RestoreSub {
                    k,
                    sub: self.cur_results[k],
                    size,
                });
                self.cur_results[k].second = self.cur;
                self.cur_results[k].matched = true;
                tasks.push(Task::Visit(next));
            }
            Op::LineBegin | Op::LineEnd | Op::Dummy => {
                tasks.push(Task::Pop(size));
                if self.assertion_holds(&state.op) {
                    tasks.push(Task::Visit(next));
                }
            }
            Op::Match(m) => {
                if self.cur < self.input.len() && m.matches(self.input[self.cur]) {
                    self.cur += 1;
                    tasks.push(Task::Unread(size));
                    tasks.push(Task::Visit(next));
                } else {
                    self.stack -= usize::from(size);
                }
            }
            Op::Accept => {
                self.accept();
                self.stack -= usize::from(size);
            }
            Op::Alternative { alt } => {
                tasks.push(Task::Pop(size));
                tasks.push(Task::SecondBranch { next });
                tasks.push(Task::Visit(*alt));
            }
        }
    }

    fn assertion_holds(&self, op: &Op) -> bool {
        match op {
            Op::LineBegin => self.cur == self.begin && !self.flags.prev_avail,
            Op::LineEnd => self.cur == self.input.len(),
            _ => true,
        }
    }

    /// Enters a repetition's body again, at most twice at the same position.
    fn once_more(&mut self, i: Id, alt: Id, tasks: &mut Vec<Task>) {
        let (pos, count) = self.rep_count[i];
        if count == 0 || pos != self.cur {
            self.rep_count[i] = (self.cur, 1);
            tasks.push(Task::RestoreRep { i, pos, count });
            tasks.push(Task::Visit(alt));
        } else if count < 2 {
            self.rep_count[i].1 += 1;
            tasks.push(Task::DecRep(i));
            tasks.push(Task::Visit(alt));
        }
    }

    fn accept(&mut self) {
        self.has_sol = match self.mode {
            Mode::Exact => self.cur == self.input.len(),
            Mode::Prefix => true,
        };
        if self.cur == self.begin && self.flags.not_null {
            self.has_sol = false;
        }
        if !self.has_sol {
            return;
        }
        let longer = match self.sol_pos {
            None => true,
            Some(p) => p - self.begin < self.cur - self.begin,
        };
        if longer {
            self.sol_pos = Some(self.cur);
            self.results = self.cur_results.clone();
        }
    }
}
