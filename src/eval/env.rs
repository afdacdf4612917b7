//! Environments: frames of slots, linked to the frame they were created in.
//!
//! Lowering resolved every variable to (depth, slot), so a lookup walks `depth` parent
//! links and reads one slot: no names at run time. A `with` pushes a frame of one slot
//! holding its (lazy) namespace.

use crate::value::Value;
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

impl Env {
    /// Drops the slots' values (breaking reference cycles through this frame).
    fn clear(&self) {
        let slots = std::mem::take(&mut *self.slots.borrow_mut());
        drop(slots);
    }
}

/// Every frame an evaluation created, so that the frames still alive when it ends can be
/// emptied: recursive bindings make reference cycles (a `let`-bound function's closure
/// holds the frame that holds the function), and without this an evaluation's memory
/// would never be given back (a fuzz loop of millions of programs must stay flat).
/// Dead entries are dropped whenever the list has doubled, so it stays proportional to
/// the frames alive.
pub struct EnvRegistry {
    envs: RefCell<Vec<Weak<Env>>>,
    compact_at: Cell<usize>,
}

impl Default for EnvRegistry {
    fn default() -> EnvRegistry {
        EnvRegistry {
            envs: RefCell::new(Vec::new()),
            compact_at: Cell::new(1024),
        }
    }
}

impl EnvRegistry {
    pub fn register(&self, e: &Rc<Env>) {
        let mut envs = self.envs.borrow_mut();
        envs.push(Rc::downgrade(e));
        if envs.len() >= self.compact_at.get() {
            envs.retain(|w| w.strong_count() > 0);
            self.compact_at.set((envs.len() * 2).max(1024));
        }
    }

    /// Empties every frame still alive. Values that outlive their evaluation must not be
    /// forced afterwards.
    pub fn clear(&self) {
        let envs = std::mem::take(&mut *self.envs.borrow_mut());
        for w in envs {
            if let Some(e) = w.upgrade() {
                e.clear();
            }
        }
    }
}
