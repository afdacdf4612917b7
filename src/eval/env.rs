//! Environments: frames of slots, linked to the frame they were created in.
//!
//! Lowering resolved every variable to (depth, slot), so a lookup walks `depth` parent
//! links and reads one slot: no names at run time. A `with` pushes a frame of one slot
//! holding its (lazy) namespace.

use crate::value::{Thunk, Value, WeakThunk};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

pub struct Env {
    slots: RefCell<Vec<Value>>,
    parent: Option<Rc<Env>>,
}

impl Env {
    /// The outermost frame of a file (empty, or `scopedImport`'s scope).
    pub(super) fn root(slots: Vec<Value>) -> Rc<Env> {
        Rc::new(Env {
            slots: RefCell::new(slots),
            parent: None,
        })
    }

    /// A new frame of `size` slots (filled with `null` until initialised).
    pub(super) fn new(parent: &Rc<Env>, size: usize) -> Rc<Env> {
        Rc::new(Env {
            slots: RefCell::new(vec![Value::Null; size]),
            parent: Some(parent.clone()),
        })
    }

    /// A frame with its slots already known.
    pub(super) fn with_slots(parent: &Rc<Env>, slots: Vec<Value>) -> Rc<Env> {
        Rc::new(Env {
            slots: RefCell::new(slots),
            parent: Some(parent.clone()),
        })
    }

    pub fn set(&self, slot: usize, v: Value) {
        self.slots.borrow_mut()[slot] = v;
    }

    /// The value in `slot` of the frame `depth` links up.
    pub fn get(self: &Rc<Env>, depth: u32, slot: u32) -> Value {
        let mut env = self;
        for _ in 0..depth {
            env = env.parent.as_ref().expect("lowering checked the depth");
        }
        env.slots.borrow()[slot as usize].clone()
    }
}

/// A frame that is the last holder of a deep chain (closures capturing closures) is freed
/// on a fresh stack segment (see `crate::value::deep_drop`).
impl Drop for Env {
    fn drop(&mut self) {
        if crate::value::stack_low() {
            let contents = (std::mem::take(self.slots.get_mut()), self.parent.take());
            crate::value::drop_on_new_stack(contents);
        }
    }
}

impl Env {
    /// Drops the slots' values (breaking reference cycles through this frame).
    fn clear(&self) {
        let slots = std::mem::take(&mut *self.slots.borrow_mut());
        drop(slots);
    }
}

/// Every frame an evaluation created, and every thunk it evaluated to a value that holds
/// other values, so that those still alive when it ends can be emptied. Recursive
/// bindings make reference cycles that counting references never frees: through a frame
/// (a `let`-bound function's closure holds the frame that holds the function) or through
/// a thunk alone (`let s = { inherit s; }`, or each output of `derivation`, whose set
/// holds the output itself: once the thunk has run, its value points back at it and no
/// frame is involved). Frames and evaluated thunks are the only cells a value can be
/// written into after it is made, so every cycle passes through one of them, and
/// emptying them all frees everything; without this a fuzz loop of millions of programs
/// would grow without bound.
#[derive(Default)]
pub struct EnvRegistry {
    envs: WeakList<Weak<Env>>,
    thunks: WeakList<WeakThunk>,
}

impl EnvRegistry {
    pub fn register(&self, e: &Rc<Env>) {
        self.envs.push(Rc::downgrade(e));
    }

    /// Records a thunk that has just been evaluated to `v`, if `v` can lead back to it
    /// without passing through a frame: a set, a list or a builtin holding arguments.
    /// (A lambda leads on only through its frame, which is registered already.)
    pub fn register_result(&self, t: &Thunk, v: &Value) {
        let holds_values = match v {
            Value::Attrs(_) | Value::List(_) => true,
            Value::PrimOp(p) => !p.args.is_empty(),
            _ => false,
        };
        if holds_values {
            self.thunks.push(t.downgrade());
        }
    }

    /// Empties every frame and evaluated thunk still alive. Values that outlive their
    /// evaluation must not be forced afterwards.
    pub fn clear(&self) {
        for w in self.envs.take() {
            if let Some(e) = w.upgrade() {
                e.clear();
            }
        }
        for w in self.thunks.take() {
            if let Some(t) = w.upgrade() {
                drop(t.take());
            }
        }
    }
}

/// Something that can tell whether what it refers to is still alive.
trait Liveness {
    fn is_alive(&self) -> bool;
}

impl Liveness for Weak<Env> {
    fn is_alive(&self) -> bool {
        self.strong_count() > 0
    }
}

impl Liveness for WeakThunk {
    fn is_alive(&self) -> bool {
        WeakThunk::is_alive(self)
    }
}

/// Weak references, with the dead ones dropped whenever the list has doubled so that it
/// stays proportional to what is alive.
struct WeakList<W> {
    items: RefCell<Vec<W>>,
    compact_at: Cell<usize>,
}

impl<W> Default for WeakList<W> {
    fn default() -> WeakList<W> {
        WeakList {
            items: RefCell::new(Vec::new()),
            compact_at: Cell::new(1024),
        }
    }
}

impl<W: Liveness> WeakList<W> {
    fn push(&self, w: W) {
        let mut items = self.items.borrow_mut();
        items.push(w);
        if items.len() >= self.compact_at.get() {
            items.retain(|w| w.is_alive());
            self.compact_at.set((items.len() * 2).max(1024));
        }
    }

    fn take(&self) -> Vec<W> {
        std::mem::take(&mut *self.items.borrow_mut())
    }
}
