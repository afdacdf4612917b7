//! Freeing deeply nested values without running out of native stack.
//!
//! Rust frees a value by recursing into what it owns, so a chain of a million sets, each
//! holding the next (easily built with `foldl'`), would overflow the native stack when it
//! is freed and abort the process, where C++ Nix's garbage collector frees such chains
//! without recursing. The cells that such chains pass through (thunks, sets, frames,
//! partial applications) check the stack as they are freed and, when little is left,
//! free their contents on a fresh stack segment on the heap. Chains of plain lists have
//! no such cell and still recurse (see docs/differences.md).

use super::{PrimOpApp, Thunk, ThunkState};
use std::rc::Rc;

/// Native stack that must remain for freeing to go on in place: enough for the frames
/// between two guarded cells, including runs of nested lists in between.
const RED_ZONE: usize = 256 * 1024;
/// The size of each fresh segment.
const SEGMENT: usize = 8 * 1024 * 1024;

/// Whether the current stack is close enough to its end that freeing should move on.
pub(crate) fn stack_low() -> bool {
    stacker::remaining_stack().is_some_and(|left| left < RED_ZONE)
}

/// Frees `x` on a fresh stack segment.
pub(crate) fn drop_on_new_stack<T>(x: T) {
    stacker::grow(SEGMENT, move || drop(x));
}

impl Drop for Thunk {
    fn drop(&mut self) {
        if Rc::strong_count(&self.0) != 1 || !stack_low() {
            return;
        }
        let old = match self.0.try_borrow_mut() {
            Ok(mut state) => std::mem::replace(&mut *state, ThunkState::Blackhole),
            Err(_) => return,
        };
        drop_on_new_stack(old);
    }
}

impl Drop for PrimOpApp {
    fn drop(&mut self) {
        if stack_low() {
            drop_on_new_stack(std::mem::take(&mut self.args));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Attrs, Symbol, Thunk, ThunkState, Value};

    /// Builds a chain with `link` and frees it on a thread whose stack is far too small
    /// to free it by recursion.
    fn build_and_free_on_small_stack(link: fn(Value) -> Value) {
        std::thread::Builder::new()
            .stack_size(1024 * 1024)
            .spawn(move || {
                let mut v = Value::Null;
                for _ in 0..200_000 {
                    v = link(v);
                }
                drop(v);
            })
            .expect("spawning")
            .join()
            .expect("freeing a deep chain must not overflow the stack");
    }

    #[test]
    fn deep_chain_of_sets_is_freed() {
        build_and_free_on_small_stack(|v| {
            Value::Attrs([(Symbol::KEY, v)].into_iter().collect::<Attrs>())
        });
    }

    #[test]
    fn deep_chain_of_thunks_and_lists_is_freed() {
        build_and_free_on_small_stack(|v| {
            Value::Thunk(Thunk::new(ThunkState::Done(Value::list([v]))))
        });
    }
}
