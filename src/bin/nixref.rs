//! The `nixref` command: see `nixref::cli`.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// mimalloc, except that a refused request ends the process as C++ Nix ends
/// when its allocator gives up (`error: out of memory`, exit status 1) instead of Rust's
/// abort by a signal. The evaluator refuses the sizes it can foresee itself (see
/// `Evaluator::check_allocation`); this catches memory running out bit by bit, as under
/// `ulimit -v`. Only the command has it: the library leaves allocation to its user.
///
/// Why mimalloc: an evaluation is millions of small allocations of a few sizes (thunks,
/// frames, sets, lists) freed in no particular order. With glibc's malloc, 40% of the
/// module-system benchmark's samples were in the allocator (its chunk consolidation and
/// unlinking above all). Requests of mimalloc's natural alignment (16 bytes, 8 for smaller
/// sizes: every object nixref makes) go to its plain entry points; the `mimalloc` crate
/// sends every request through the aligned ones, 5% of the benchmark's instructions.
struct ExitWhenRefused;

/// The largest alignment mimalloc's plain `mi_malloc` gives every block (`MI_MAX_ALIGN_SIZE`).
const NATURAL_ALIGN: usize = 16;

/// Whether mimalloc's plain entry points align a block of this layout well enough: blocks
/// of at least 16 bytes are 16-aligned, smaller ones aligned to their size class (a
/// multiple of 8).
fn natural(layout: &Layout) -> bool {
    layout.align() <= NATURAL_ALIGN && layout.align() <= layout.size().max(8)
}

/// The largest block mimalloc's small-object entry point serves (`MI_SMALL_SIZE_MAX`:
/// 128 words).
const SMALL_MAX: usize = 128 * std::mem::size_of::<usize>();

unsafe extern "C" {
    /// mimalloc's entry point for blocks of at most [`SMALL_MAX`] bytes: its fast path
    /// inlined, without `mi_malloc`'s size dispatch and call (nearly every block nixref
    /// asks for is this small).
    fn mi_malloc_small(size: usize) -> *mut c_void;
}

// SAFETY: every request is passed to mimalloc, with its alignment where the plain entry
// points would not give it; blocks are freed by `mi_free`, which takes all kinds.
unsafe impl GlobalAlloc for ExitWhenRefused {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = if !natural(&layout) {
            unsafe { mi::mi_malloc_aligned(layout.size(), layout.align()) }
        } else if layout.size() <= SMALL_MAX {
            unsafe { mi_malloc_small(layout.size()) }
        } else {
            unsafe { mi::mi_malloc(layout.size()) }
        };
        granted(p.cast())
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = if natural(&layout) {
            unsafe { mi::mi_zalloc(layout.size()) }
        } else {
            unsafe { mi::mi_zalloc_aligned(layout.size(), layout.align()) }
        };
        granted(p.cast())
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = Layout::from_size_align(new_size, layout.align()).unwrap_or(layout);
        let p = if natural(&new) {
            unsafe { mi::mi_realloc(ptr.cast::<c_void>(), new_size) }
        } else {
            unsafe { mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()) }
        };
        granted(p.cast())
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }
}

#[global_allocator]
static ALLOCATOR: ExitWhenRefused = ExitWhenRefused;

/// `p`, unless the allocator refused (null): then C++ Nix's message and exit status,
/// written without allocating.
fn granted(p: *mut u8) -> *mut u8 {
    if p.is_null() {
        const MESSAGE: &[u8] = b"error: out of memory\n";
        // SAFETY: writes a static buffer to standard error, then ends the process.
        unsafe {
            libc::write(2, MESSAGE.as_ptr().cast(), MESSAGE.len());
            libc::_exit(1);
        }
    }
    p
}

fn main() {
    // No transparent huge pages: mimalloc's arenas would otherwise take them, and the
    // kernel zeroing (and compacting memory for) 2 MiB pages as they are first touched
    // cost 0.4-1.3 s of system time on the module-system benchmark, against 0.25-0.37 s
    // with ordinary pages, as C++ Nix uses (measured side by side, same machine).
    // SAFETY: prctl with PR_SET_THP_DISABLE only sets a flag of this process.
    unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    std::process::exit(nixref::cli::main());
}
