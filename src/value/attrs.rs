//! Attribute sets: persistent sorted maps from names to (possibly unevaluated) values.
//!
//! Sets are `im_rc::OrdMap`s behind an `Rc`: `//` and the set builtins share structure
//! instead of copying, and the `Rc` gives each set an identity, which C++ Nix's printer uses
//! for `«repeated»` and its `==` uses as a shortcut. Names are ordered by their bytes, the
//! order in which C++ Nix prints and lists them.
//!
//! Sets written as literals also remember where each attribute was defined
//! (`builtins.unsafeGetAttrPos`); sets made by builtins have no positions.

use super::{Symbol, Value};
use crate::source::Pos;
use im_rc::OrdMap;
use std::rc::Rc;

pub type AttrMap = OrdMap<Symbol, Value>;

/// Where each attribute of a set literal was defined.
pub type PosMap = OrdMap<Symbol, Pos>;

#[derive(Debug)]
struct Inner {
    map: AttrMap,
    pos: Option<PosMap>,
}

/// A set that is the last holder of a deep chain is freed on a fresh stack segment (see
/// `deep_drop`); the empty map left behind costs an allocation only then.
impl Drop for Inner {
    fn drop(&mut self) {
        if super::deep_drop::stack_low() {
            let contents = (std::mem::take(&mut self.map), self.pos.take());
            super::deep_drop::drop_on_new_stack(contents);
        }
    }
}

/// An attribute set value.
#[derive(Clone, Debug)]
pub struct Attrs(Rc<Inner>);

impl std::ops::Deref for Inner {
    type Target = AttrMap;
    fn deref(&self) -> &AttrMap {
        &self.map
    }
}

impl Attrs {
    pub fn new(map: AttrMap) -> Attrs {
        Attrs(Rc::new(Inner { map, pos: None }))
    }

    /// A set whose attributes' definitions are known (a literal).
    pub fn with_positions(map: AttrMap, pos: PosMap) -> Attrs {
        Attrs(Rc::new(Inner {
            map,
            pos: Some(pos),
        }))
    }

    /// Where `name` was defined, if known.
    pub fn pos(&self, name: &[u8]) -> Option<Pos> {
        self.0.pos.as_ref().and_then(|p| p.get(name).copied())
    }

    pub fn empty() -> Attrs {
        Attrs::new(AttrMap::new())
    }

    pub fn get(&self, name: &[u8]) -> Option<&Value> {
        self.0.get(name)
    }

    pub fn contains(&self, name: &[u8]) -> bool {
        self.0.contains_key(name)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Entries in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&Symbol, &Value)> {
        self.0.iter()
    }

    pub fn map(&self) -> &AttrMap {
        &self.0.map
    }

    pub fn ptr_eq(a: &Attrs, b: &Attrs) -> bool {
        Rc::ptr_eq(&a.0, &b.0)
    }

    /// A stable identity for `«repeated»` detection.
    pub fn id(&self) -> usize {
        Rc::as_ptr(&self.0) as usize
    }

    /// `self // other`: names in `other` win. An empty side returns the other set itself
    /// (same identity), as C++ Nix does. The smaller side is inserted into the larger.
    pub fn update(&self, other: &Attrs) -> Attrs {
        if other.is_empty() {
            return self.clone();
        }
        if self.is_empty() {
            return other.clone();
        }
        let map = if other.len() <= self.len() {
            let mut m = self.0.map.clone();
            for (k, v) in other.0.iter() {
                m.insert(k.clone(), v.clone());
            }
            m
        } else {
            let mut m = other.0.map.clone();
            for (k, v) in self.0.iter() {
                if !m.contains_key(k) {
                    m.insert(k.clone(), v.clone());
                }
            }
            m
        };
        let pos = match (&self.0.pos, &other.0.pos) {
            (None, None) => None,
            (mine, theirs) => {
                let mut p = mine.clone().unwrap_or_default();
                for k in other.0.keys() {
                    match theirs.as_ref().and_then(|t| t.get(k)) {
                        Some(q) => p.insert(k.clone(), *q),
                        None => p.remove(k),
                    };
                }
                Some(p)
            }
        };
        Attrs(Rc::new(Inner { map, pos }))
    }
}
