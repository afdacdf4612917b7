//! Running out of native stack or memory the way C++ Nix does, instead of crashing.
//!
//! Some of C++ Nix's recursions never go through expression evaluation: coercing a set
//! to a string follows `__toString` results and `outPath` attributes, `toJSON` and `toXML`
//! walk nested values, `==` and `<` walk lists and sets. C++ Nix runs them on the native
//! stack, and a cycle there (a set whose `outPath` is itself) ends in its stack-overflow
//! handler, which prints one line and exits. nixref counts these levels with the same
//! depth counter as `eval`, and grows its stack on the heap as `eval` does, so such a
//! cycle is the same error that nothing catches, never a crash.
//!
//! Likewise a request for more memory than the machine has (`genList` of 2^62 elements)
//! is C++ Nix's `out of memory` (its allocator gives up and it exits), where Rust would
//! abort the process.

use super::{Evaluator, MAX_EVAL_DEPTH, STACK_GROWTH, STACK_RED_ZONE};
use crate::error::{Error, ErrorKind, Result};

/// Requests up to this size are never checked: every machine nixref runs on has it.
const ALWAYS_AVAILABLE: usize = 1 << 30;

/// How many evaluation levels one native level counts as. The evaluation depth bound is
/// really a budget of stack; a level of coercion or comparison costs a few evaluation
/// levels' worth, and this weight puts the bound near C++ Nix's own: its 64 MiB stack
/// holds more than 100 000 nested `outPath`s but not 200 000.
const NATIVE_LEVEL_COST: usize = 6;

impl Evaluator {
    /// C++ Nix's message when its native stack runs out.
    pub(crate) const NATIVE_STACK_OVERFLOW: &'static str =
        "stack overflow (possible infinite recursion)";

    /// C++ Nix's message when an allocation fails.
    pub(crate) const OUT_OF_MEMORY: &'static str = "out of memory";

    /// The error for [`Evaluator::NATIVE_STACK_OVERFLOW`].
    pub(crate) fn native_stack_overflow() -> Error {
        Error::bare(ErrorKind::StackOverflow, Self::NATIVE_STACK_OVERFLOW)
    }

    /// Runs `f` one native level deeper: past the evaluation depth bound this is C++ Nix's
    /// stack-overflow error, and below the red zone the stack is extended first.
    pub(crate) fn nested<T>(&self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let depth = self.eval_depth.get();
        if depth + NATIVE_LEVEL_COST > MAX_EVAL_DEPTH {
            return Err(Self::native_stack_overflow());
        }
        self.eval_depth.set(depth + NATIVE_LEVEL_COST);
        let r = stacker::maybe_grow(STACK_RED_ZONE, STACK_GROWTH, f);
        self.eval_depth.set(depth);
        r
    }

    /// Fails with C++ Nix's `out of memory` when `bytes` (`None`: more than a `usize`
    /// holds) cannot be had in one piece: more than the machine's memory or the process's
    /// address-space limit. Like the kernel's refusal of such a block, this looks at single
    /// requests only; running out bit by bit is not foreseen.
    pub(crate) fn check_allocation(bytes: Option<usize>) -> Result<()> {
        match bytes {
            Some(b) if b <= ALWAYS_AVAILABLE || b <= memory_limit() => Ok(()),
            _ => Err(Error::new(ErrorKind::OutOfMemory, Self::OUT_OF_MEMORY)),
        }
    }

    /// Whether C++ Nix reports `e` outside its evaluator (its stack-overflow handler, its
    /// allocation failure), as one `error:` line without a trace or position.
    pub fn is_reported_bare(e: &Error) -> bool {
        e.is_bare()
    }
}

/// The most memory one request could get: what the machine has available right now (the
/// kernel's `MemAvailable`), its physical memory, or the process's address-space limit
/// (`ulimit -v`), whichever is least. Asking for more than is available is refused here
/// instead of being granted by overcommit and then killing the process when touched.
fn memory_limit() -> usize {
    physical_memory()
        .min(address_space_limit())
        .min(available_memory())
}

/// `MemAvailable` of `/proc/meminfo`, or `usize::MAX` where there is none.
fn available_memory() -> usize {
    let Ok(info) = std::fs::read_to_string("/proc/meminfo") else {
        return usize::MAX;
    };
    info.lines()
        .find_map(|l| l.strip_prefix("MemAvailable:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<usize>()
                .ok()
        })
        .and_then(|kib| kib.checked_mul(1024))
        .unwrap_or(usize::MAX)
}

/// The machine's physical memory.
fn physical_memory() -> usize {
    // SAFETY: sysconf only reads system parameters.
    let (pages, page_size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    usize::try_from(pages)
        .ok()
        .zip(usize::try_from(page_size).ok())
        .and_then(|(p, s)| p.checked_mul(s))
        .unwrap_or(usize::MAX)
}

/// The soft `RLIMIT_AS`, or `usize::MAX` when there is none.
fn address_space_limit() -> usize {
    let mut rl = libc::rlimit {
        rlim_cur: libc::RLIM_INFINITY,
        rlim_max: libc::RLIM_INFINITY,
    };
    // SAFETY: getrlimit writes into the struct we own.
    if unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut rl) } != 0 {
        return usize::MAX;
    }
    usize::try_from(rl.rlim_cur).unwrap_or(usize::MAX)
}
