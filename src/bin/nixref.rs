//! The `nixref` command: see `nixref::cli`.

use mimalloc::MiMalloc;
use std::alloc::{GlobalAlloc, Layout};

/// mimalloc, except that a refused request ends the process as C++ Nix ends
/// when its allocator gives up (`error: out of memory`, exit status 1) instead of Rust's
/// abort by a signal. The evaluator refuses the sizes it can foresee itself (see
/// `Evaluator::check_allocation`); this catches memory running out bit by bit, as under
/// `ulimit -v`. Only the command has it: the library leaves allocation to its user.
///
/// Why mimalloc: an evaluation is millions of small allocations of a few sizes (thunks,
/// frames, sets, lists) freed in no particular order. With glibc's malloc, 40% of the
/// module-system benchmark's samples were in the allocator (its chunk consolidation and
/// unlinking above all).
struct ExitWhenRefused;

// SAFETY: every request is passed to mimalloc unchanged.
unsafe impl GlobalAlloc for ExitWhenRefused {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        granted(unsafe { MiMalloc.alloc(layout) })
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        granted(unsafe { MiMalloc.alloc_zeroed(layout) })
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        granted(unsafe { MiMalloc.realloc(ptr, layout, new_size) })
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { MiMalloc.dealloc(ptr, layout) }
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
    std::process::exit(nixref::cli::main());
}
