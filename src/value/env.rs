//! Environments: frames of slots, linked to the frame they were created in.
//!
//! Lowering resolved every variable to (depth, slot), so a lookup walks `depth` parent
//! links and reads one slot: no names at run time. A `with` pushes a frame of one slot
//! holding its (lazy) namespace. A frame is one allocation: its parent, then its slots.
//!
//! Slots are written after the frame exists: a recursive frame's bindings (`let`, `rec`,
//! defaults of formals) are thunks that refer to the frame itself. Such a frame is where a
//! reference cycle starts, so the evaluator registers it with the cycle collector
//! ([`super::cycles`]).

use super::Value;
use super::thin::ThinRc;
use std::cell::UnsafeCell;
use std::ptr::NonNull;

pub(crate) struct EnvHead {
    parent: Option<Env>,
}

/// One slot. Written only by [`Env::set`], which swaps the value whole, and read by
/// cloning; no reference into a slot outlives a method of `Env`.
pub(crate) struct Slot(UnsafeCell<Value>);

/// A frame of slots.
#[derive(Clone)]
pub struct Env(ThinRc<EnvHead, Slot>);

impl Env {
    fn make(parent: Option<Env>, slots: Vec<Value>) -> Env {
        let slots = slots
            .into_iter()
            .map(|v| Slot(UnsafeCell::new(v)))
            .collect();
        Env(ThinRc::new(EnvHead { parent }, slots))
    }

    /// The outermost frame of a file (empty, or `scopedImport`'s scope).
    pub fn root(slots: Vec<Value>) -> Env {
        Env::make(None, slots)
    }

    /// A new frame of `size` slots (`null` until set).
    #[inline]
    pub fn new(parent: &Env, size: usize) -> Env {
        let head = EnvHead {
            parent: Some(parent.clone()),
        };
        Env(ThinRc::from_fn(head, size, |_| {
            Slot(UnsafeCell::new(Value::Null))
        }))
    }

    /// A frame with its slots already known.
    pub fn with_slots(parent: &Env, slots: Vec<Value>) -> Env {
        Env::make(Some(parent.clone()), slots)
    }

    #[inline]
    pub fn set(&self, slot: usize, v: Value) {
        let cell = &self.0.items()[slot].0;
        // SAFETY: see `Slot`: the value is swapped whole, and the old one dropped after.
        let old = unsafe { std::mem::replace(&mut *cell.get(), v) };
        drop(old);
    }

    /// The value in `slot` of the frame `depth` links up.
    #[inline]
    pub fn get(&self, depth: u32, slot: u32) -> Value {
        let mut env = self;
        for _ in 0..depth {
            env = env.parent().expect("lowering checked the depth");
        }
        env.slot(slot as usize)
    }

    /// The value in one of this frame's slots.
    #[inline]
    fn slot(&self, slot: usize) -> Value {
        // SAFETY: see `Slot`: cloning a value does not reach back into the frame.
        unsafe { (*self.0.items()[slot].0.get()).clone() }
    }

    #[inline]
    pub(crate) fn parent(&self) -> Option<&Env> {
        self.0.header().parent.as_ref()
    }

    /// Every value in the frame's slots, by reference, for the cycle collector: it must
    /// not clone or drop values meanwhile (counts are being recomputed), nor set slots.
    pub(crate) fn for_each_slot(&self, mut f: impl FnMut(&Value)) {
        for s in self.0.items() {
            // SAFETY: see `Slot`; the collector changes nothing while it walks.
            f(unsafe { &*s.0.get() });
        }
    }

    /// Empties every slot (the cycle collector, on a frame it found unreachable).
    pub(crate) fn clear(&self) {
        for i in 0..self.0.items().len() {
            self.set(i, Value::Null);
        }
    }

    pub fn ptr_eq(a: &Env, b: &Env) -> bool {
        ThinRc::ptr_eq(&a.0, &b.0)
    }

    pub(crate) fn rc(&self) -> &ThinRc<EnvHead, Slot> {
        &self.0
    }

    /// A handle that does not count: it must never be dropped.
    ///
    /// # Safety
    /// `raw` must point to a live frame.
    pub(crate) unsafe fn from_raw_uncounted(raw: NonNull<u8>) -> Env {
        // SAFETY: passed on to the caller.
        Env(unsafe { ThinRc::from_raw_uncounted(raw) })
    }

    /// A new reference to the frame at `raw` (from the collector's registry).
    ///
    /// # Safety
    /// `raw` must point to a live frame.
    pub(crate) unsafe fn from_raw(raw: NonNull<u8>) -> Env {
        // SAFETY: passed on to the caller.
        Env(unsafe { ThinRc::from_raw(raw) })
    }
}
