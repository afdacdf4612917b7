//! Thunks: delayed computations, memoised when they first run, in one 32-byte box.
//!
//! A thunk is the value of a lazy position whose expression is neither a literal nor a
//! variable (C++ Nix's `maybeThunk`). Its state moves from pending to a black hole while
//! it runs (forcing it again then is `infinite recursion encountered`) to done, or to
//! failed: current C++ Nix remembers a failure and gives the same error again without
//! evaluating again (Nix 2.26 evaluated again; see docs/differences.md). The evaluator's
//! `force` drives these moves.
//!
//! The box is a 32-bit count, the cycle collector's word, and the state: 32 bytes, where
//! `Rc<RefCell<ThunkState>>` took 48.

use super::Value;
use super::env::Env;
use super::thin::{STUCK, increment};
use crate::error::{Error, Result};
use crate::eval::Evaluator;
use crate::syntax::expr::Expr;
use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::rc::Rc;

/// The code of a native thunk.
pub type NativeThunk = Box<dyn FnOnce(&Evaluator) -> Result<Value>>;

pub enum ThunkState {
    /// An expression not yet evaluated, with its environment.
    Pending(Rc<Expr>, Env),
    /// Native code not yet run (a builtin's lazy result).
    Native(NativeThunk),
    /// Being evaluated right now: forcing it again is infinite recursion.
    Blackhole,
    /// Evaluated, in weak head normal form.
    Done(Value),
    /// Its evaluation failed: forcing it again gives the same error.
    Failed(Error),
}

#[repr(C)]
struct ThunkBox {
    strong: Cell<u32>,
    gc: Cell<u32>,
    /// Only ever replaced whole ([`Thunk::take`], [`Thunk::set`]) or read for a moment
    /// ([`Thunk::peek`], [`Thunk::with_state`]); no reference into it outlives a method.
    state: UnsafeCell<ThunkState>,
}

/// A delayed computation (see the module documentation).
pub struct Thunk(NonNull<ThunkBox>);

impl Thunk {
    pub fn new(state: ThunkState) -> Thunk {
        let layout = Layout::new::<ThunkBox>();
        // SAFETY: `ThunkBox` has a non-zero size.
        let raw = unsafe { alloc(layout) }.cast::<ThunkBox>();
        let Some(ptr) = NonNull::new(raw) else {
            handle_alloc_error(layout)
        };
        // SAFETY: a fresh allocation for one `ThunkBox`.
        unsafe {
            ptr.as_ptr().write(ThunkBox {
                strong: Cell::new(1),
                gc: Cell::new(0),
                state: UnsafeCell::new(state),
            })
        };
        Thunk(ptr)
    }

    fn inner(&self) -> &ThunkBox {
        // SAFETY: the box lives as long as any `Thunk` pointing to it.
        unsafe { self.0.as_ref() }
    }

    /// The value, if the thunk has been evaluated; never forces anything.
    pub fn peek(&self) -> Option<Value> {
        self.with_state(|s| match s {
            ThunkState::Done(v) => Some(v.clone()),
            _ => None,
        })
    }

    /// Reads the state. `f` must not reach this thunk's state again (it is only given
    /// clones and comparisons to do).
    #[inline]
    pub(crate) fn with_state<R>(&self, f: impl FnOnce(&ThunkState) -> R) -> R {
        // SAFETY: no `&mut` to the state exists outside `take`/`set`, which do not call
        // out while holding it; `f` only reads.
        f(unsafe { &*self.inner().state.get() })
    }

    /// Takes the state out, leaving a black hole behind.
    pub fn take(&self) -> ThunkState {
        // SAFETY: the state is swapped whole; nothing else refers into it meanwhile.
        unsafe { std::mem::replace(&mut *self.inner().state.get(), ThunkState::Blackhole) }
    }

    /// Puts a state in: the result, or `Failed` after a failure, so that forcing again
    /// gives the same error without evaluating again. The old state is dropped after the
    /// new one is in place.
    #[inline]
    pub fn set(&self, state: ThunkState) {
        let place = self.inner().state.get();
        // SAFETY: as in `take`. A black hole (what `take` leaves, the usual state
        // replaced here) owns nothing: it is overwritten without a call of its drop glue.
        unsafe {
            if matches!(*place, ThunkState::Blackhole) {
                place.write(state);
            } else {
                drop(std::mem::replace(&mut *place, state));
            }
        }
    }

    /// Whether the thunk is being evaluated right now (a black hole).
    pub fn is_running(&self) -> bool {
        self.with_state(|s| matches!(s, ThunkState::Blackhole))
    }

    pub fn ptr_eq(a: &Thunk, b: &Thunk) -> bool {
        a.0 == b.0
    }

    /// The box's address: the thunk's identity.
    pub fn id(&self) -> usize {
        self.0.as_ptr() as usize
    }

    pub(crate) fn strong(&self) -> &Cell<u32> {
        &self.inner().strong
    }

    pub(crate) fn gc(&self) -> &Cell<u32> {
        &self.inner().gc
    }

    pub(crate) fn as_raw(&self) -> NonNull<u8> {
        self.0.cast()
    }

    /// A handle that does not count: it must never be dropped.
    ///
    /// # Safety
    /// `raw` must point to a live thunk.
    pub(crate) unsafe fn from_raw_uncounted(raw: NonNull<u8>) -> Thunk {
        Thunk(raw.cast())
    }

    /// A new reference to the thunk at `raw` (from [`as_raw`](Self::as_raw)).
    ///
    /// # Safety
    /// `raw` must point to a live thunk.
    pub(crate) unsafe fn from_raw(raw: NonNull<u8>) -> Thunk {
        let t = Thunk(raw.cast());
        increment(t.strong());
        t
    }
}

impl Clone for Thunk {
    #[inline]
    fn clone(&self) -> Thunk {
        increment(self.strong());
        Thunk(self.0)
    }
}

impl Drop for Thunk {
    /// Most drops only count down: that part is inlined, the freeing is not.
    #[inline]
    fn drop(&mut self) {
        let strong = self.strong();
        let n = strong.get();
        if n != 1 {
            if n != STUCK {
                strong.set(n - 1);
            }
            return;
        }
        // SAFETY: this was the last reference.
        unsafe { drop_last(self.0) }
    }
}

/// Frees the box of the last reference (on a fresh stack segment when the stack is low).
///
/// # Safety
/// `ptr` must be the last reference, not used afterwards.
#[inline(never)]
unsafe fn drop_last(ptr: NonNull<ThunkBox>) {
    let freed = super::deep_drop::free_in_place(|| {
        // SAFETY: this was the last reference: the state is dropped once and the box
        // freed.
        unsafe {
            super::cycles::forget(&ptr.as_ref().gc);
            std::ptr::drop_in_place(ptr.as_ptr());
            dealloc(ptr.as_ptr().cast(), Layout::new::<ThunkBox>());
        }
    });
    if !freed {
        // The last holder of a deep chain is freed on a fresh stack segment.
        super::deep_drop::drop_on_new_stack(Thunk(ptr));
    }
}
