//! A header and a slice in one reference-counted allocation, behind a one-word pointer.
//!
//! Sets, lists, frames, closures and partial applications are the objects a Nix program
//! makes most of, and C++ Nix gives each one allocation. `Rc<[T]>` would too, but its
//! pointer is two words wide and would make every [`Value`](super::Value) 24 bytes instead
//! of 16; `Rc<Vec<T>>` is two allocations. With [`Thunk`](super::Thunk)'s box this is the
//! `unsafe` code of the value model: a 32-bit strong count, the length, and a word for the
//! cycle collector ([`super::cycles`]), then a header and the items. There is no weak
//! count: nothing refers to these objects weakly.

use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::cell::Cell;
use std::marker::PhantomData;
use std::ptr::{self, NonNull};

#[repr(C)]
struct Head<H> {
    strong: Cell<u32>,
    len: u32,
    gc: Cell<u32>,
    header: H,
}

/// A shared, immutable header and slice of items.
pub(crate) struct ThinRc<H, T> {
    ptr: NonNull<Head<H>>,
    _owns: PhantomData<(H, T)>,
}

/// A count that reached `u32::MAX` stays there: the object is then never freed (as with
/// C++ Nix's garbage collector, nothing breaks), instead of aborting the process.
pub(crate) const STUCK: u32 = u32::MAX;

/// Adds one to a reference count, sticking at [`STUCK`].
#[inline]
pub(crate) fn increment(c: &Cell<u32>) {
    let n = c.get();
    if n != STUCK {
        c.set(n + 1);
    }
}

impl<H, T> ThinRc<H, T> {
    /// The allocation's layout for `len` items, and the offset of the first item.
    fn layout(len: usize) -> (Layout, usize) {
        let items = Layout::array::<T>(len).expect("the size was checked when allocating");
        let (layout, offset) = Layout::new::<Head<H>>()
            .extend(items)
            .expect("the size was checked when allocating");
        (layout.pad_to_align(), offset)
    }

    /// Where the items start: after the head, aligned for `T` (as `Layout::extend` places
    /// them), a constant for each `H` and `T`.
    fn offset() -> usize {
        let align = std::mem::align_of::<T>();
        (std::mem::size_of::<Head<H>>() + align - 1) & !(align - 1)
    }

    /// Moves `items` into a new allocation after `header`.
    pub(crate) fn new(header: H, items: Vec<T>) -> ThinRc<H, T> {
        let mut items = items.into_iter();
        let len = items.len();
        ThinRc::from_fn(header, len, |_| {
            items.next().expect("the vector's own length")
        })
    }

    /// A new allocation of `header` and a copy of `items`.
    pub(crate) fn from_slice(header: H, items: &[T]) -> Self
    where
        T: Copy,
    {
        let (head, first) = Self::allocate(items.len());
        // SAFETY: `first` has room for `items.len()` items; `T: Copy` has no drop to run
        // twice; the head is written before the `ThinRc` exists.
        unsafe {
            std::ptr::copy_nonoverlapping(items.as_ptr(), first, items.len());
            Self::init_head(head, items.len(), header)
        }
    }

    /// A new allocation of `header` and a copy of the `pieces`, one after the other.
    pub(crate) fn from_slices(header: H, pieces: &[&[T]]) -> Self
    where
        T: Copy,
    {
        let len = pieces.iter().map(|p| p.len()).sum();
        let (head, first) = Self::allocate(len);
        // SAFETY: `first` has room for `len` items, the pieces' lengths added up, and each
        // piece is copied to its own range; `T: Copy` has no drop to run twice; the head
        // is written before the `ThinRc` exists.
        unsafe {
            let mut at = first;
            for p in pieces {
                std::ptr::copy_nonoverlapping(p.as_ptr(), at, p.len());
                at = at.add(p.len());
            }
            Self::init_head(head, len, header)
        }
    }

    /// A new allocation of `header` and `len` items, item `i` being `item(i)`. (Should
    /// `item` panic, the allocation and the items made so far are leaked, never dropped
    /// twice.)
    pub(crate) fn from_fn(header: H, len: usize, mut item: impl FnMut(usize) -> T) -> Self {
        let (head, first) = Self::allocate(len);
        // SAFETY: `first` has room for `len` items, each written once; the head is
        // written before the `ThinRc` that owns them exists.
        unsafe {
            for i in 0..len {
                first.add(i).write(item(i));
            }
            Self::init_head(head, len, header)
        }
    }

    /// Allocates room for the head and `len` items: the head's place and the first
    /// item's. Nothing is initialised.
    fn allocate(len: usize) -> (NonNull<Head<H>>, *mut T) {
        if u32::try_from(len).is_err() {
            // More than four billion items do not fit in any memory nixref runs in.
            handle_alloc_error(Layout::new::<Head<H>>())
        }
        // Fails (and is reported as running out of memory) only for absurd lengths.
        let Ok(arr) = Layout::array::<T>(len) else {
            handle_alloc_error(Layout::new::<Head<H>>())
        };
        let Ok((layout, offset)) = Layout::new::<Head<H>>().extend(arr) else {
            handle_alloc_error(arr)
        };
        let layout = layout.pad_to_align();
        // SAFETY: the layout has a non-zero size (it holds at least the head).
        let raw = unsafe { alloc(layout) };
        let Some(head) = NonNull::new(raw.cast::<Head<H>>()) else {
            handle_alloc_error(layout)
        };
        // SAFETY: `offset` is within the allocation.
        (head, unsafe { raw.add(offset).cast::<T>() })
    }

    /// Writes the head of an allocation whose `len` items are initialised.
    ///
    /// # Safety
    /// `head` must come from [`allocate`](Self::allocate) for `len` items, all written.
    unsafe fn init_head(head: NonNull<Head<H>>, len: usize, header: H) -> Self {
        // SAFETY: the head's place is allocated and not yet initialised.
        unsafe {
            head.as_ptr().write(Head {
                strong: Cell::new(1),
                len: len as u32,
                gc: Cell::new(0),
                header,
            })
        };
        ThinRc {
            ptr: head,
            _owns: PhantomData,
        }
    }

    fn head(&self) -> &Head<H> {
        // SAFETY: the head lives as long as any `ThinRc` pointing to it.
        unsafe { self.ptr.as_ref() }
    }

    pub(crate) fn header(&self) -> &H {
        &self.head().header
    }

    pub(crate) fn items(&self) -> &[T] {
        let len = self.head().len as usize;
        // SAFETY: `len` initialised items start at the offset, alive while `self` is.
        unsafe {
            let first = self
                .ptr
                .as_ptr()
                .cast::<u8>()
                .add(Self::offset())
                .cast::<T>();
            std::slice::from_raw_parts(first, len)
        }
    }

    /// How many `ThinRc`s share this allocation.
    pub(crate) fn strong(&self) -> &Cell<u32> {
        &self.head().strong
    }

    /// The cycle collector's word (see [`super::cycles`]).
    pub(crate) fn gc(&self) -> &Cell<u32> {
        &self.head().gc
    }

    /// The allocation's address: its identity.
    pub(crate) fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    pub(crate) fn ptr_eq(a: &Self, b: &Self) -> bool {
        a.ptr == b.ptr
    }

    /// The pointer, for the cycle collector's registry (which holds no count).
    pub(crate) fn as_raw(&self) -> NonNull<u8> {
        self.ptr.cast()
    }

    /// A handle to the object at `raw` that does not count: it must never be dropped
    /// (the cycle collector wraps it in `ManuallyDrop`).
    ///
    /// # Safety
    /// `raw` must point to a live object of this very type.
    pub(crate) unsafe fn from_raw_uncounted(raw: NonNull<u8>) -> Self {
        ThinRc {
            ptr: raw.cast(),
            _owns: PhantomData,
        }
    }

    /// A new reference to the object at `raw` (from [`as_raw`](Self::as_raw)).
    ///
    /// # Safety
    /// `raw` must point to a live object of this very type.
    pub(crate) unsafe fn from_raw(raw: NonNull<u8>) -> Self {
        let r = ThinRc {
            ptr: raw.cast(),
            _owns: PhantomData,
        };
        increment(r.strong());
        r
    }
}

impl<H, T> Clone for ThinRc<H, T> {
    #[inline]
    fn clone(&self) -> Self {
        increment(self.strong());
        ThinRc {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl<H, T> Drop for ThinRc<H, T> {
    /// Most drops only count down: that part is inlined where values are dropped, the
    /// freeing of the last reference is not.
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
        unsafe { Self::drop_last(self.ptr) }
    }
}

impl<H, T> ThinRc<H, T> {
    /// Frees the object of the last reference, on a fresh stack segment when the stack
    /// is low.
    ///
    /// # Safety
    /// `ptr` must be the last reference, not used afterwards.
    #[inline(never)]
    unsafe fn drop_last(ptr: NonNull<Head<H>>) {
        let freed = super::deep_drop::free_in_place(|| {
            // SAFETY: this was the last reference: the items and the head are dropped
            // once, then the allocation is freed.
            unsafe { ThinRc::<H, T>::free(ptr) }
        });
        if !freed {
            // The last holder of a deep chain is freed on a fresh stack segment.
            super::deep_drop::drop_on_new_stack(ThinRc::<H, T> {
                ptr,
                _owns: PhantomData,
            });
        }
    }
}

impl<H, T> ThinRc<H, T> {
    /// Drops the items and the head of an object nobody refers to, and frees it.
    ///
    /// # Safety
    /// `ptr` must be the last reference, not used afterwards.
    unsafe fn free(ptr: NonNull<Head<H>>) {
        // SAFETY: the head is alive until freed below.
        let head = unsafe { ptr.as_ref() };
        super::cycles::forget(&head.gc);
        let len = head.len as usize;
        let (layout, offset) = Self::layout(len);
        debug_assert_eq!(offset, Self::offset());
        // SAFETY: the items and the head are dropped once, then the allocation of
        // `layout` is freed.
        unsafe {
            let raw = ptr.as_ptr().cast::<u8>();
            let first = raw.add(offset).cast::<T>();
            ptr::drop_in_place(ptr::slice_from_raw_parts_mut(first, len));
            ptr::drop_in_place(ptr.as_ptr());
            dealloc(raw, layout);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ThinRc;
    use std::rc::Rc;

    #[test]
    fn holds_header_and_items_and_frees_them_once() {
        let probe = Rc::new(());
        let items: Vec<Rc<()>> = (0..5).map(|_| probe.clone()).collect();
        let a = ThinRc::new(probe.clone(), items);
        assert_eq!(Rc::strong_count(&probe), 7);
        let b = a.clone();
        assert_eq!(a.strong().get(), 2);
        assert!(ThinRc::ptr_eq(&a, &b));
        assert_eq!(b.items().len(), 5);
        drop(a);
        assert_eq!(Rc::strong_count(&probe), 7);
        drop(b);
        assert_eq!(Rc::strong_count(&probe), 1);
    }

    #[test]
    fn empty_and_odd_alignments() {
        let e: ThinRc<u8, u64> = ThinRc::new(7, Vec::new());
        assert_eq!((*e.header(), e.items()), (7, &[][..]));
        let s: ThinRc<(), u8> = ThinRc::new((), b"abc".to_vec());
        assert_eq!(s.items(), b"abc");
        let w: ThinRc<u8, u128> = ThinRc::new(1, vec![1, 2, 3]);
        assert_eq!(w.items(), &[1, 2, 3]);
        assert_eq!(
            w.items().as_ptr() as usize % std::mem::align_of::<u128>(),
            0
        );
    }

    #[test]
    fn a_stuck_count_never_frees() {
        let probe = Rc::new(());
        let a = ThinRc::new((), vec![probe.clone()]);
        a.strong().set(super::STUCK);
        drop(a.clone());
        drop(a);
        // Leaked on purpose: the item is never dropped.
        assert_eq!(Rc::strong_count(&probe), 2);
    }
}
