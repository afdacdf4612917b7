//! Freeing deeply nested values without running out of native stack.
//!
//! Rust frees a value by recursing into what it owns, so a chain of a million sets, each
//! holding the next (easily built with `foldl'`), would overflow the native stack when it
//! is freed and abort the process, where C++ Nix's garbage collector frees such chains
//! without recursing. Every object a chain can pass through (thunks, and the `ThinRc`
//! objects: sets, lists, frames, closures, partial applications) checks the stack as its
//! last reference goes and, when little is left, is freed on a fresh stack segment on the
//! heap instead. Asking how much stack is left costs a call, so the objects count how
//! deeply their frees are nested and ask only every [`CHECK_EVERY`] levels.

use std::cell::Cell;

/// Native stack that must remain for freeing to go on in place: enough for the frames
/// between two guarded cells, including runs of nested lists in between.
const RED_ZONE: usize = 256 * 1024;
/// The size of each fresh segment.
const SEGMENT: usize = 8 * 1024 * 1024;

/// How many nested frees may run between two looks at the stack: each takes far less
/// than `RED_ZONE / CHECK_EVERY` of it.
const CHECK_EVERY: u32 = 32;

thread_local! {
    /// How deeply the frees running now are nested.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Whether the current stack is close enough to its end that freeing should move on.
pub(crate) fn stack_low() -> bool {
    stacker::remaining_stack().is_some_and(|left| left < RED_ZONE)
}

/// Frees an object's contents with `free`, in place, unless the stack is low: then
/// returns `false` without calling it, and the caller moves the object to a fresh
/// segment ([`drop_on_new_stack`]) to be freed there.
#[inline]
pub(crate) fn free_in_place(free: impl FnOnce()) -> bool {
    let depth = DEPTH.get();
    if depth % CHECK_EVERY == CHECK_EVERY - 1 && stack_low() {
        return false;
    }
    DEPTH.set(depth + 1);
    free();
    DEPTH.set(depth);
    true
}

/// Frees `x` on a fresh stack segment.
pub(crate) fn drop_on_new_stack<T>(x: T) {
    stacker::grow(SEGMENT, move || drop(x));
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
