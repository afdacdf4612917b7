//! Attribute sets: arrays of attributes sorted by symbol, one allocation each.
//!
//! As in C++ Nix, a set is one sorted array of (name, position, value) entries, and since
//! symbols are numbered in C++'s creation order (see [`super::symbols`]), the array order
//! is the order in which C++ Nix visits a set's attributes: deep forcing, `==` and formal
//! checks just walk it. A lookup is a binary search over integers. The empty set allocates
//! nothing, and the `Rc`-like pointer gives each set an identity, which C++ Nix's printer
//! uses for `«repeated»` and its `==` as a shortcut.
//!
//! `a // b` copies both sides into a new array, as C++ Nix does, except when `b` is small
//! next to a large `a`: then the result is a *layer*, `b`'s entries over `a` itself, which
//! is shared, not copied. Layers are merged as they pile up (a layer absorbs the one under
//! it when that one is at most twice its size), so a chain of `n` updates has at most
//! `log n` layers and costs `n log n` in all; the usual fold that adds one attribute at a
//! time to a growing set does not copy the set each time.
//!
//! Each entry keeps the position of its definition (`builtins.unsafeGetAttrPos`); sets
//! made by builtins carry [`Pos::NONE`] there.

use super::thin::ThinRc;
use super::{Symbol, Value};
use crate::source::Pos;
use std::cmp::Ordering;

/// One attribute: its name, where it was defined, and its (possibly unevaluated) value.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: Symbol,
    pub pos: Pos,
    pub value: Value,
}

/// A layer's header: the set under it, and the number of distinct names of the whole.
struct Layer {
    base: Option<Node>,
    len: usize,
}

type Node = ThinRc<Layer, Entry>;

/// Below this size, `//` always copies into one array (copying is cheap and lookups stay
/// one binary search).
const FLAT_LIMIT: usize = 32;

/// An attribute set value.
#[derive(Clone, Default)]
pub struct Attrs(Option<Node>);

impl std::fmt::Debug for Attrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Attrs {
    /// The empty set.
    pub fn empty() -> Attrs {
        Attrs(None)
    }

    /// A set of entries already sorted by name, each name once.
    fn from_sorted(entries: Vec<Entry>) -> Attrs {
        debug_assert!(entries.windows(2).all(|w| w[0].name < w[1].name));
        if entries.is_empty() {
            return Attrs(None);
        }
        let len = entries.len();
        Attrs(Some(ThinRc::new(Layer { base: None, len }, entries)))
    }

    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |n| n.header().len)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// The entry named `name`.
    pub fn entry(&self, name: Symbol) -> Option<&Entry> {
        let mut node = self.0.as_ref();
        while let Some(n) = node {
            let items = n.items();
            if let Ok(i) = items.binary_search_by(|e| e.name.cmp(&name)) {
                return Some(&items[i]);
            }
            node = n.header().base.as_ref();
        }
        None
    }

    pub fn get(&self, name: Symbol) -> Option<&Value> {
        self.entry(name).map(|e| &e.value)
    }

    pub fn contains(&self, name: Symbol) -> bool {
        self.entry(name).is_some()
    }

    /// Where `name` was defined, if known.
    pub fn pos(&self, name: Symbol) -> Option<Pos> {
        self.entry(name).and_then(|e| e.pos.known())
    }

    /// The entries in symbol order (C++ Nix's order of visiting them).
    pub fn iter(&self) -> Iter<'_> {
        match &self.0 {
            None => Iter::Flat([].iter()),
            Some(n) if n.header().base.is_none() => Iter::Flat(n.items().iter()),
            Some(n) => Iter::Merged(merged(n).into_iter()),
        }
    }

    pub fn ptr_eq(a: &Attrs, b: &Attrs) -> bool {
        match (&a.0, &b.0) {
            (Some(x), Some(y)) => ThinRc::ptr_eq(x, y),
            (None, None) => true,
            _ => false,
        }
    }

    /// A stable identity for `«repeated»` detection; every empty set has the same one.
    pub fn id(&self) -> usize {
        self.0.as_ref().map_or(0, ThinRc::addr)
    }

    /// `self // other`: names in `other` win. An empty side returns the other set itself
    /// (same identity), as C++ Nix does.
    pub fn update(&self, other: &Attrs) -> Attrs {
        let (Some(base), Some(_)) = (&self.0, &other.0) else {
            return if other.is_empty() { self } else { other }.clone();
        };
        let top: Vec<Entry> = other.iter().cloned().collect();
        if self.len() <= FLAT_LIMIT || top.len() * 4 >= self.len() {
            return Attrs::from_sorted(merge(top.iter(), self.iter()));
        }
        layer(top, base.clone())
    }

    pub(crate) fn node_raw(&self) -> Option<std::ptr::NonNull<u8>> {
        self.0.as_ref().map(ThinRc::as_raw)
    }

    pub(crate) fn node_cells(&self) -> Option<(&std::cell::Cell<u32>, &std::cell::Cell<u32>)> {
        self.0.as_ref().map(|n| (n.strong(), n.gc()))
    }

    /// The values of this set's own layer, and the layer under it (a separate object):
    /// what the cycle collector walks.
    pub(crate) fn for_each_in_node(
        &self,
        value: &mut impl FnMut(&Value),
        base: &mut impl FnMut(std::ptr::NonNull<u8>),
    ) {
        if let Some(n) = &self.0 {
            n.items().iter().for_each(|e| value(&e.value));
            if let Some(b) = &n.header().base {
                base(b.as_raw());
            }
        }
    }

    /// # Safety
    /// `raw` must point to a live set; the result must not be dropped.
    pub(crate) unsafe fn from_raw_uncounted(raw: std::ptr::NonNull<u8>) -> Attrs {
        // SAFETY: passed on to the caller.
        Attrs(Some(unsafe { ThinRc::from_raw_uncounted(raw) }))
    }

    /// A new set of this set's entries for which `keep` is true.
    pub fn filter(&self, mut keep: impl FnMut(&Entry) -> bool) -> Attrs {
        Attrs::from_sorted(self.iter().filter(|e| keep(e)).cloned().collect())
    }

    /// A new set with the same names, each value replaced, and no positions: the values
    /// are new (`mapAttrs`, whose results C++ Nix places nowhere: `unsafeGetAttrPos`
    /// gives `null`, and traces through them have no position).
    pub fn map_values(&self, mut f: impl FnMut(&Entry) -> Value) -> Attrs {
        Attrs::from_sorted(
            self.iter()
                .map(|e| Entry {
                    name: e.name,
                    pos: crate::source::Pos::NONE,
                    value: f(e),
                })
                .collect(),
        )
    }
}

/// `top` over `base`: a new layer, which absorbs the layers under it that are not more
/// than twice its size.
fn layer(mut top: Vec<Entry>, mut base: Node) -> Attrs {
    while base.header().base.is_some() && base.items().len() <= 2 * top.len() {
        top = merge(top.iter(), base.items().iter());
        let under = base.header().base.clone().expect("checked");
        base = under;
    }
    let base_set = Attrs(Some(base.clone()));
    let shadowed = top.iter().filter(|e| base_set.contains(e.name)).count();
    let len = top.len() + base_set.len() - shadowed;
    Attrs(Some(ThinRc::new(
        Layer {
            base: Some(base),
            len,
        },
        top,
    )))
}

/// The entries of a layered set in symbol order, upper layers shadowing lower ones.
fn merged(node: &Node) -> Vec<&Entry> {
    let mut out: Vec<&Entry> = node.items().iter().collect();
    let mut under = node.header().base.as_ref();
    while let Some(n) = under {
        out = merge_refs(out, n.items());
        under = n.header().base.as_ref();
    }
    out
}

/// Two sorted runs merged; on equal names the first run's entry wins.
fn merge<'a>(
    first: impl Iterator<Item = &'a Entry>,
    second: impl Iterator<Item = &'a Entry>,
) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut a = first.peekable();
    let mut b = second.peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (Some(x), Some(y)) => match x.name.cmp(&y.name) {
                Ordering::Less => a.next(),
                Ordering::Greater => b.next(),
                Ordering::Equal => {
                    b.next();
                    a.next()
                }
            },
        };
        out.push(next.expect("peeked").clone());
    }
    out
}

fn merge_refs<'a>(upper: Vec<&'a Entry>, lower: &'a [Entry]) -> Vec<&'a Entry> {
    let mut out = Vec::with_capacity(upper.len() + lower.len());
    let mut a = upper.into_iter().peekable();
    let mut b = lower.iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (None, None) => break,
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (Some(x), Some(y)) => match x.name.cmp(&y.name) {
                Ordering::Less => a.next(),
                Ordering::Greater => b.next(),
                Ordering::Equal => {
                    b.next();
                    a.next()
                }
            },
        };
        out.push(next.expect("peeked"));
    }
    out
}

/// An iterator over a set's entries in symbol order.
pub enum Iter<'a> {
    Flat(std::slice::Iter<'a, Entry>),
    Merged(std::vec::IntoIter<&'a Entry>),
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Entry;

    fn next(&mut self) -> Option<&'a Entry> {
        match self {
            Iter::Flat(i) => i.next(),
            Iter::Merged(i) => i.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Iter::Flat(i) => i.size_hint(),
            Iter::Merged(i) => i.size_hint(),
        }
    }
}

impl ExactSizeIterator for Iter<'_> {}

/// Collects entries in any order into a set.
#[derive(Default)]
pub struct AttrsBuilder {
    entries: Vec<Entry>,
}

impl AttrsBuilder {
    pub fn new() -> AttrsBuilder {
        AttrsBuilder::default()
    }

    pub fn with_capacity(n: usize) -> AttrsBuilder {
        AttrsBuilder {
            entries: Vec::with_capacity(n),
        }
    }

    /// Adds an attribute made by nixref itself (no position).
    pub fn insert(&mut self, name: Symbol, value: Value) {
        self.insert_at(name, value, Pos::NONE);
    }

    /// Adds an attribute defined at `pos`.
    pub fn insert_at(&mut self, name: Symbol, value: Value, pos: Pos) {
        self.entries.push(Entry { name, pos, value });
    }

    /// The set; of several entries with one name, the last one added wins.
    pub fn finish(self) -> Attrs {
        self.finish_by(true)
    }

    /// The set; of several entries with one name, the first one added wins
    /// (`listToAttrs`).
    pub fn finish_first_wins(self) -> Attrs {
        self.finish_by(false)
    }

    /// Sorts by name (stably, so entries of one name stay in the order added) and keeps
    /// one entry per name: the last one added, or the first.
    fn finish_by(mut self, last_wins: bool) -> Attrs {
        let sorted = self.entries.windows(2).all(|w| w[0].name < w[1].name);
        if !sorted {
            self.entries.sort_by_key(|e| e.name);
            let mut out: Vec<Entry> = Vec::with_capacity(self.entries.len());
            for e in self.entries {
                match out.last_mut() {
                    Some(last) if last.name == e.name => {
                        if last_wins {
                            *last = e;
                        }
                    }
                    _ => out.push(e),
                }
            }
            self.entries = out;
        }
        Attrs::from_sorted(self.entries)
    }
}

impl FromIterator<(Symbol, Value)> for Attrs {
    fn from_iter<I: IntoIterator<Item = (Symbol, Value)>>(iter: I) -> Attrs {
        let mut b = AttrsBuilder::new();
        for (k, v) in iter {
            b.insert(k, v);
        }
        b.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::SymbolTable;

    fn set(t: &SymbolTable, names: &[&str], tag: i64) -> Attrs {
        names.iter().map(|n| (t.sym(n), Value::Int(tag))).collect()
    }

    fn ints(a: &Attrs) -> Vec<(Symbol, i64)> {
        a.iter()
            .map(|e| match e.value {
                Value::Int(i) => (e.name, i),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn sorted_by_symbol_last_wins_and_first_wins() {
        let t = SymbolTable::default();
        let (b, a) = (t.sym("zb"), t.sym("za"));
        let mut bl = AttrsBuilder::new();
        bl.insert(a, Value::Int(1));
        bl.insert(b, Value::Int(2));
        bl.insert(b, Value::Int(3));
        let s = bl.finish();
        assert_eq!(ints(&s), [(b, 3), (a, 1)]);
        let mut bl = AttrsBuilder::new();
        bl.insert(b, Value::Int(2));
        bl.insert(b, Value::Int(3));
        assert_eq!(ints(&bl.finish_first_wins()), [(b, 2)]);
    }

    #[test]
    fn updates_layer_and_merge_like_copies() {
        let t = SymbolTable::default();
        let names: Vec<String> = (0..500).map(|i| format!("n{i}")).collect();
        let refs: Vec<&str> = names.iter().map(|s| s.as_str()).collect();
        let base = set(&t, &refs, 0);
        let mut acc = base.clone();
        let mut expect: std::collections::BTreeMap<Symbol, i64> = ints(&base).into_iter().collect();
        for i in 0..2000 {
            let name = format!("n{}", (i * 7) % 900);
            let s = t.sym(&name);
            acc = acc.update(&[(s, Value::Int(i))].into_iter().collect());
            expect.insert(s, i);
            if i % 97 == 0 {
                assert_eq!(acc.len(), expect.len());
                assert_eq!(
                    ints(&acc),
                    expect.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>()
                );
            }
        }
        for (k, v) in &expect {
            assert!(matches!(acc.get(*k), Some(Value::Int(x)) if x == v));
        }
        assert!(acc.get(t.sym("absent")).is_none());
        assert!(Attrs::ptr_eq(&acc.update(&Attrs::empty()), &acc));
        assert!(Attrs::ptr_eq(&Attrs::empty().update(&acc), &acc));
    }
}
