//! Environments: frames of slots, linked to the frame they were created in.
//!
//! Lowering resolved every variable to (depth, slot), so a lookup walks `depth` parent
//! links and reads one slot: no names at run time. A `with` pushes a frame of one slot
//! holding its (lazy) namespace.

use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct Env {
    slots: RefCell<Vec<Value>>,
    parent: Option<Rc<Env>>,
}

impl Env {
    /// The outermost frame of a file (empty, or `scopedImport`'s scope).
    pub fn root(slots: Vec<Value>) -> Rc<Env> {
        Rc::new(Env {
            slots: RefCell::new(slots),
            parent: None,
        })
    }

    /// A new frame of `size` slots (filled with `null` until initialised).
    pub fn new(parent: &Rc<Env>, size: usize) -> Rc<Env> {
        Rc::new(Env {
            slots: RefCell::new(vec![Value::Null; size]),
            parent: Some(parent.clone()),
        })
    }

    /// A frame with its slots already known.
    pub fn with_slots(parent: &Rc<Env>, slots: Vec<Value>) -> Rc<Env> {
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
