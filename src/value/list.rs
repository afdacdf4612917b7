//! Lists: arrays of (possibly unevaluated) values, one allocation each.
//!
//! As in C++ Nix, a list is an array: indexing is constant time, and `++`, `tail` and the
//! list builtins copy (C++ Nix copies the same way). The empty list allocates nothing. The
//! pointer gives each list an identity, for `«repeated»` and for `==`'s shortcut.

use super::Value;
use super::thin::ThinRc;

/// A list value.
#[derive(Clone, Default)]
pub struct List(Option<ThinRc<(), Value>>);

impl List {
    pub fn new(items: Vec<Value>) -> List {
        if items.is_empty() {
            List(None)
        } else {
            List(Some(ThinRc::new((), items)))
        }
    }

    pub fn empty() -> List {
        List(None)
    }

    /// A stable identity for `«repeated»` detection; every empty list has the same one.
    pub fn id(&self) -> usize {
        self.0.as_ref().map_or(0, ThinRc::addr)
    }

    pub fn ptr_eq(a: &List, b: &List) -> bool {
        a.id() == b.id()
    }

    pub(crate) fn node_raw(&self) -> Option<std::ptr::NonNull<u8>> {
        self.0.as_ref().map(ThinRc::as_raw)
    }

    pub(crate) fn node_cells(&self) -> Option<(&std::cell::Cell<u32>, &std::cell::Cell<u32>)> {
        self.0.as_ref().map(|n| (n.strong(), n.gc()))
    }

    /// # Safety
    /// `raw` must point to a live list; the result must not be dropped.
    pub(crate) unsafe fn from_raw_uncounted(raw: std::ptr::NonNull<u8>) -> List {
        // SAFETY: passed on to the caller.
        List(Some(unsafe { ThinRc::from_raw_uncounted(raw) }))
    }
}

impl std::ops::Deref for List {
    type Target = [Value];

    fn deref(&self) -> &[Value] {
        self.0.as_ref().map_or(&[], |l| l.items())
    }
}

impl FromIterator<Value> for List {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> List {
        List::new(iter.into_iter().collect())
    }
}

impl std::fmt::Debug for List {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}
