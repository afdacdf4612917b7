//! Freeing reference cycles while the evaluation runs.
//!
//! Values are reference-counted, which frees most garbage the moment it is dropped. But
//! recursive bindings make cycles that counting never frees: a `let` or `rec` frame holds
//! thunks whose environment is that frame, a `let`-bound function's closure holds the frame
//! that holds the function, and a thunk's value can hold the thunk itself
//! (`let s = { inherit s; }`). Sets, lists, closures and partial applications never change
//! once made, so they only ever point at older objects; a cycle needs an edge to a newer
//! one, and the only such edges are a frame's slots (written after the frame exists) and a
//! thunk's value (written when it is forced). So every cycle passes through a frame slot or
//! an evaluated thunk.
//!
//! The evaluator therefore *tracks* the frames that get such slots (recursive frames) and
//! the thunks whose value holds other objects: a registry of them, each knowing its place
//! in it, so a tracked object that dies the ordinary way leaves the registry at once (no
//! weak references keeping dead memory). When there are many tracked objects (see
//! [`FIRST_COLLECTION`]), and again whenever their number has doubled since, and when an
//! evaluator is dropped, the collector runs synchronous trial deletion (Bacon and Rajan's
//! cycle collection) from every tracked object:
//!
//! 1. *mark gray*: walk everything reachable from the tracked objects, subtracting from
//!    each object's count one for every reference found inside the walked graph;
//! 2. *scan*: an object whose count is still above zero is referenced from outside the
//!    graph (the evaluator's stack, the import cache, the globals, a native thunk's
//!    captured values), so it and everything it reaches is live ("black", counts given
//!    back); what stays at zero is reachable only from garbage ("white");
//! 3. *collect*: the white objects' counts are given back, their frames emptied and their
//!    thunks reset, which breaks every cycle among them; dropping the collector's own hold
//!    on them then frees them by counting, as usual.
//!
//! Nothing is freed or changed while the graph is walked, so the walk may hold plain
//! pointers. References the walk cannot see (inside a native thunk's code) only make
//! objects look referenced from outside: the collector may then keep garbage, never free
//! what is live. Colors live in each object's collector word, next to its place in the
//! registry; nothing is allocated per object.

use super::env::Env;
use super::thin::STUCK;
use super::thunk::{Thunk, ThunkState};
use super::{Attrs, Closure, List, PrimOpApp, Value};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

/// The low bits of the collector word hold the color, the rest the registry place + 1.
const COLOR_BITS: u32 = 2;
const COLOR_MASK: u32 = (1 << COLOR_BITS) - 1;
const BLACK: u32 = 0;
const GRAY: u32 = 1;
const WHITE: u32 = 2;
/// White and already gathered for collection.
const GATHERED: u32 = 3;
/// Past this many live tracked objects, new ones are not tracked (their cycles then live
/// until the evaluation ends).
const MAX_TRACKED: usize = (u32::MAX >> COLOR_BITS) as usize - 1;
/// How many live tracked objects trigger the first collection. A collection walks all
/// that is reachable from tracked objects, about a microsecond per tracked object on the
/// benchmark programs' heaps, where it found 0 to 12% garbage: below this size (about
/// 1.5 GB of values) collecting costs more than it saves, and the cycles are freed when
/// the evaluation ends. Past it, memory follows what is live.
const FIRST_COLLECTION: usize = 4_000_000;

/// A tracked object, by address and kind; holds no count.
#[derive(Clone, Copy)]
enum Tracked {
    Env(NonNull<u8>),
    Thunk(NonNull<u8>),
}

struct Registry {
    /// Tracked objects; `None` where one was freed (compacted away from time to time, so
    /// that freeing never touches another object).
    tracked: Vec<Option<Tracked>>,
    live: usize,
    /// The number of live tracked objects that triggers a collection.
    threshold: usize,
    next_collection: usize,
    /// Set while a collection runs (tracking is then not allowed to trigger another).
    collecting: bool,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            tracked: Vec::new(),
            live: 0,
            threshold: FIRST_COLLECTION,
            next_collection: FIRST_COLLECTION,
            collecting: false,
        })
    };
}

/// Sets how many live tracked objects (on this thread) trigger the first collection, and
/// the least that triggers any later one. A long-running host that evaluates many small
/// programs may want it lower, a benchmark higher. (Only the tests set it so far.)
#[cfg(test)]
pub fn set_collection_threshold(n: usize) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.threshold = n.max(1);
        r.next_collection = r.live.max(r.threshold);
    });
}

/// Starts tracking a recursive frame.
pub(crate) fn track_env(e: &Env) {
    track(e.rc().gc(), Tracked::Env(e.rc().as_raw()));
}

/// Starts tracking an evaluated thunk whose value holds other objects.
pub(crate) fn track_thunk(t: &Thunk) {
    track(t.gc(), Tracked::Thunk(t.as_raw()));
}

fn track(gc: &Cell<u32>, t: Tracked) {
    if gc.get() >> COLOR_BITS != 0 {
        return;
    }
    let due = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if r.tracked.len() >= MAX_TRACKED {
            r.compact();
            if r.tracked.len() >= MAX_TRACKED {
                return false;
            }
        }
        let place = r.tracked.len();
        r.tracked.push(Some(t));
        r.live += 1;
        gc.set(((place as u32 + 1) << COLOR_BITS) | (gc.get() & COLOR_MASK));
        if r.tracked.len() > 2 * r.live + 1024 {
            r.compact();
        }
        !r.collecting && r.live >= r.next_collection
    });
    if due {
        collect();
    }
}

impl Registry {
    /// Drops the places of freed objects, telling each live one its new place.
    fn compact(&mut self) {
        self.tracked.retain(Option::is_some);
        for (i, t) in self.tracked.iter().enumerate() {
            let t = t.expect("retained");
            // SAFETY: every object in the registry is alive (it leaves when freed).
            let gc = unsafe { obj_of(t).gc() };
            gc.set(((i as u32 + 1) << COLOR_BITS) | (gc.get() & COLOR_MASK));
        }
    }
}

/// Called by a tracked object as it is freed: it leaves the registry.
#[inline]
pub(crate) fn forget(gc: &Cell<u32>) {
    if gc.get() >> COLOR_BITS != 0 {
        forget_tracked(gc);
    }
}

/// [`forget`] for an object in the registry.
#[inline(never)]
fn forget_tracked(gc: &Cell<u32>) {
    let place = gc.get() >> COLOR_BITS;
    gc.set(gc.get() & COLOR_MASK);
    // During thread exit the registry may be gone already; nothing is left to collect.
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        r.tracked[place as usize - 1] = None;
        r.live -= 1;
    });
}

/// How many objects are tracked now (for the tests that check what is freed).
#[cfg(test)]
pub fn tracked_count() -> usize {
    REGISTRY.with(|r| r.borrow().live)
}

/// Runs a collection now: every cycle unreachable from outside is freed.
pub fn collect() {
    let seeds: Vec<Obj> = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.collecting = true;
        // SAFETY: every object in the registry is alive.
        r.tracked
            .iter()
            .flatten()
            .map(|t| unsafe { obj_of(*t) })
            .collect()
    });
    mark_gray(&seeds);
    scan(&seeds);
    let garbage = gather_white(&seeds);
    drop(seeds);
    free(garbage);
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.collecting = false;
        r.next_collection = (2 * r.live).max(r.threshold);
    });
}

/// An object the collector walks: a plain pointer (no count) and its kind.
#[derive(Clone, Copy)]
enum Obj {
    Attrs(NonNull<u8>),
    List(NonNull<u8>),
    Closure(NonNull<u8>),
    App(NonNull<u8>),
    Env(NonNull<u8>),
    Thunk(NonNull<u8>),
}

/// # Safety
/// The tracked object must be alive.
unsafe fn obj_of(t: Tracked) -> Obj {
    match t {
        Tracked::Env(p) => Obj::Env(p),
        Tracked::Thunk(p) => Obj::Thunk(p),
    }
}

/// The object a value refers to, if it is one the collector walks (strings and paths
/// hold no values).
fn obj_in(v: &Value) -> Option<Obj> {
    match v {
        Value::Attrs(a) => a.node_raw().map(Obj::Attrs),
        Value::List(l) => l.node_raw().map(Obj::List),
        Value::Lambda(c) => Some(Obj::Closure(c.as_raw())),
        Value::PrimOp(p) => Some(Obj::App(p.as_raw())),
        Value::Thunk(t) => Some(Obj::Thunk(t.as_raw())),
        _ => None,
    }
}

/// A handle made from a plain pointer without touching its count, and never dropped.
///
/// # Safety
/// The pointer must be to a live object of the handle's type, which outlives the handle.
unsafe fn borrowed<T>(make: impl FnOnce() -> T) -> ManuallyDrop<T> {
    ManuallyDrop::new(make())
}

impl Obj {
    /// Runs `f` on a handle of the object. The handle's count is borrowed: `f` must not
    /// keep the handle.
    ///
    /// # Safety
    /// The object must be alive for the duration of `f`.
    unsafe fn with<R>(self, f: impl FnOnce(Handle<'_>) -> R) -> R {
        // SAFETY: each `from_raw_uncounted` pairs with the `ManuallyDrop`, so the count
        // is neither raised nor lowered, and the object is alive (the caller's promise).
        unsafe {
            match self {
                Obj::Attrs(p) => f(Handle::Attrs(&borrowed(|| Attrs::from_raw_uncounted(p)))),
                Obj::List(p) => f(Handle::List(&borrowed(|| List::from_raw_uncounted(p)))),
                Obj::Closure(p) => f(Handle::Closure(&borrowed(|| {
                    Closure::from_raw_uncounted(p)
                }))),
                Obj::App(p) => f(Handle::App(&borrowed(|| PrimOpApp::from_raw_uncounted(p)))),
                Obj::Env(p) => f(Handle::Env(&borrowed(|| Env::from_raw_uncounted(p)))),
                Obj::Thunk(p) => f(Handle::Thunk(&borrowed(|| Thunk::from_raw_uncounted(p)))),
            }
        }
    }

    /// The object's count and collector word.
    ///
    /// # Safety
    /// The object must be alive while the cells are used.
    unsafe fn cells(self) -> (&'static Cell<u32>, &'static Cell<u32>) {
        // SAFETY: the cells live in the object, alive as the caller promises; the
        // `'static` is never used beyond that.
        unsafe {
            self.with(|h| {
                let (rc, gc) = h.cells();
                (&*(rc as *const Cell<u32>), &*(gc as *const Cell<u32>))
            })
        }
    }

    /// # Safety
    /// As for [`Obj::cells`].
    unsafe fn gc(self) -> &'static Cell<u32> {
        // SAFETY: passed on to the caller.
        unsafe { self.cells().1 }
    }

    /// Calls `f` on every object this one refers to, once per reference.
    ///
    /// # Safety
    /// The object must be alive, and nothing may change while this runs.
    unsafe fn for_each_child(self, mut f: impl FnMut(Obj)) {
        // SAFETY: passed on to the caller.
        unsafe { self.with(|h| h.for_each_child(&mut f)) }
    }
}

/// A borrowed handle of a walked object.
enum Handle<'a> {
    Attrs(&'a Attrs),
    List(&'a List),
    Closure(&'a Closure),
    App(&'a PrimOpApp),
    Env(&'a Env),
    Thunk(&'a Thunk),
}

impl Handle<'_> {
    fn cells(&self) -> (&Cell<u32>, &Cell<u32>) {
        match self {
            Handle::Attrs(a) => a.node_cells().expect("a walked set is not empty"),
            Handle::List(l) => l.node_cells().expect("a walked list is not empty"),
            Handle::Closure(c) => c.cells(),
            Handle::App(p) => p.cells(),
            Handle::Env(e) => (e.rc().strong(), e.rc().gc()),
            Handle::Thunk(t) => (t.strong(), t.gc()),
        }
    }

    fn for_each_child(&self, f: &mut impl FnMut(Obj)) {
        let value = |f: &mut dyn FnMut(Obj), v: &Value| {
            if let Some(o) = obj_in(v) {
                f(o)
            }
        };
        match self {
            Handle::Attrs(a) => {
                let mut base = None;
                a.for_each_in_node(&mut |v| value(f, v), &mut |b| base = Some(b));
                if let Some(b) = base {
                    f(Obj::Attrs(b));
                }
            }
            Handle::List(l) => l.iter().for_each(|v| value(f, v)),
            Handle::Closure(c) => f(Obj::Env(c.env.rc().as_raw())),
            Handle::App(p) => p.args().iter().for_each(|v| value(f, v)),
            Handle::Env(e) => {
                e.for_each_slot(|v| value(f, v));
                if let Some(p) = e.parent() {
                    f(Obj::Env(p.rc().as_raw()));
                }
            }
            Handle::Thunk(t) => t.with_state(|s| match s {
                ThunkState::Pending(_, env) => f(Obj::Env(env.rc().as_raw())),
                ThunkState::Done(v) => value(f, v),
                // A native thunk's captured values are not seen (they look referenced
                // from outside); a failed or running one holds no values.
                ThunkState::Native(_) | ThunkState::Failed(_) | ThunkState::Blackhole => {}
            }),
        }
    }
}

fn color(gc: &Cell<u32>) -> u32 {
    gc.get() & COLOR_MASK
}

fn set_color(gc: &Cell<u32>, c: u32) {
    gc.set((gc.get() & !COLOR_MASK) | c);
}

fn decrement(rc: &Cell<u32>) {
    let n = rc.get();
    if n != STUCK {
        debug_assert!(n > 0, "a reference the walk found is counted");
        rc.set(n - 1);
    }
}

fn increment(rc: &Cell<u32>) {
    super::thin::increment(rc);
}

/// Phase 1: gray everything reachable from the seeds, taking internal references off the
/// counts.
fn mark_gray(seeds: &[Obj]) {
    let mut stack: Vec<Obj> = seeds.to_vec();
    while let Some(o) = stack.pop() {
        // SAFETY: walked objects are alive and unchanged during the collection.
        unsafe {
            let gc = o.gc();
            if color(gc) == GRAY {
                continue;
            }
            set_color(gc, GRAY);
            o.for_each_child(|c| {
                decrement(c.cells().0);
                stack.push(c);
            });
        }
    }
}

/// Phase 2: an object still counted is referenced from outside: blacken what it reaches;
/// the rest turns white.
fn scan(seeds: &[Obj]) {
    let mut stack: Vec<Obj> = seeds.to_vec();
    while let Some(o) = stack.pop() {
        // SAFETY: as in `mark_gray`.
        unsafe {
            let (rc, gc) = o.cells();
            if color(gc) != GRAY {
                continue;
            }
            if rc.get() > 0 {
                scan_black(o);
            } else {
                set_color(gc, WHITE);
                o.for_each_child(|c| stack.push(c));
            }
        }
    }
}

/// Blackens `o` and everything it reaches, giving back the counts `mark_gray` took.
fn scan_black(o: Obj) {
    // SAFETY: as in `mark_gray`.
    unsafe {
        set_color(o.gc(), BLACK);
        let mut stack = vec![o];
        while let Some(o) = stack.pop() {
            o.for_each_child(|c| {
                let (rc, gc) = c.cells();
                increment(rc);
                if color(gc) != BLACK {
                    set_color(gc, BLACK);
                    stack.push(c);
                }
            });
        }
    }
}

/// Phase 3a: the white objects, each once, with their counts given back and their
/// color reset.
fn gather_white(seeds: &[Obj]) -> Vec<Obj> {
    let mut garbage = Vec::new();
    let mut stack: Vec<Obj> = seeds.to_vec();
    while let Some(o) = stack.pop() {
        // SAFETY: as in `mark_gray`.
        unsafe {
            let gc = o.gc();
            if color(gc) != WHITE {
                continue;
            }
            set_color(gc, GATHERED);
            garbage.push(o);
            o.for_each_child(|c| stack.push(c));
        }
    }
    for &o in &garbage {
        // SAFETY: as in `mark_gray`; references from white objects are counted again.
        unsafe {
            o.for_each_child(|c| increment(c.cells().0));
            set_color(o.gc(), BLACK);
        }
    }
    garbage
}

/// Phase 3b: holds every garbage frame and thunk, empties them (which breaks the
/// cycles), then lets go.
fn free(garbage: Vec<Obj>) {
    enum Held {
        Env(Env),
        Thunk(Thunk),
    }
    let held: Vec<Held> = garbage
        .into_iter()
        .filter_map(|o| match o {
            // SAFETY: the garbage is alive until the holds below are let go.
            Obj::Env(p) => Some(Held::Env(unsafe { Env::from_raw(p) })),
            Obj::Thunk(p) => Some(Held::Thunk(unsafe { Thunk::from_raw(p) })),
            _ => None,
        })
        .collect();
    for h in &held {
        match h {
            Held::Env(e) => e.clear(),
            Held::Thunk(t) => t.set(ThunkState::Blackhole),
        }
    }
    drop(held);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{AttrsBuilder, Symbol};

    #[test]
    fn a_dead_cycle_is_freed_and_a_live_one_is_kept() {
        let probe = crate::value::NixString::from("probe");
        let make_cycle = || {
            // A frame whose slot holds a thunk whose value is a set holding the thunk.
            let env = Env::root(vec![Value::Null]);
            track_env(&env);
            let t = Thunk::new(ThunkState::Blackhole);
            let mut b = AttrsBuilder::new();
            b.insert(Symbol::SELF, Value::Thunk(t.clone()));
            b.insert(Symbol::VALUE, Value::String(probe.clone()));
            t.set(ThunkState::Done(Value::Attrs(b.finish())));
            track_thunk(&t);
            env.set(0, Value::Thunk(t.clone()));
            (env, t)
        };
        let before = tracked_count();
        let (live_env, _live_thunk) = make_cycle();
        let (dead_env, dead_thunk) = make_cycle();
        drop((dead_env, dead_thunk));
        // The dead frame is not on the cycle (nothing refers back to it): freed at once.
        assert_eq!(
            tracked_count(),
            before + 3,
            "cycles are not freed by counting"
        );
        collect();
        assert_eq!(tracked_count(), before + 2, "the dead cycle is freed");
        match live_env.get(0, 0) {
            Value::Thunk(t) => assert!(matches!(t.peek(), Some(Value::Attrs(a)) if a.len() == 2)),
            _ => panic!("the live frame is intact"),
        }
    }
}
