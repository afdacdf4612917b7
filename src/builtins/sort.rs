//! `builtins.sort`, with the exact algorithm C++ Nix gets from libstdc++.
//!
//! C++ Nix sorts with `std::stable_sort`. For a comparator that is a strict weak order any
//! stable sort gives the same result, but Nix comparators need not be one (`a: b: true`,
//! or one that looks at only part of the values), and the calls a comparator receives are
//! observable through `trace` and through which error comes first. So this is a Rust
//! rendering of libstdc++'s (GCC 14) algorithm: a buffer of half the length, both halves
//! sorted by insertion sort on runs of 7 followed by merge passes that bounce between the
//! list and the buffer, then one adaptive merge of the two halves. Each comparison below is
//! made with the same two elements, in the same argument order, as there.

use super::Builder;
use super::attrs::NO_POS;
use crate::error::Result;
use crate::eval::Evaluator;
use crate::value::{PrimOp, Value};

pub fn register(b: &mut Builder) {
    b.primop("sort", 2, sort);
}

/// `sort comparator list`: all elements are forced first; an empty list is returned as it
/// is without looking at the comparator. The comparator `builtins.lessThan` itself (not a
/// wrapper around it) is applied directly, as C++ Nix does.
fn sort(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let list = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.sort",
    )?;
    if list.is_empty() {
        return Ok(Value::List(list));
    }
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.sort",
    )?;
    let mut items: Vec<Value> = Vec::with_capacity(list.len());
    for x in list.iter() {
        ev.force(x)?;
        items.push(x.clone());
    }
    let is_less_than =
        matches!(&f, Value::PrimOp(p) if p.args().is_empty() && p.op().name == "lessThan");
    let mut less = |a: &Value, b: &Value| -> Result<bool> {
        if is_less_than {
            return ev.less_than(a, b).map_err(|e| {
                e.with_context(
                    None,
                    "while evaluating the ordering function passed to builtins.sort",
                )
            });
        }
        let r = ev.call_value(&f, [a.clone(), b.clone()], NO_POS)?;
        ev.force_bool(
            &r,
            "while evaluating the return value of the sorting function passed to builtins.sort",
        )
    };
    stable_sort(&mut items, &mut less)?;
    Ok(Value::list(items))
}

/// A comparison that may fail: `less(a, b)` is "a comes before b".
type Less<'a, T> = dyn FnMut(&T, &T) -> Result<bool> + 'a;

/// libstdc++'s `std::stable_sort` (with the temporary buffer it gets in practice).
pub fn stable_sort<T: Clone>(v: &mut [T], less: &mut Less<'_, T>) -> Result<()> {
    let len = v.len();
    if len == 0 {
        return Ok(());
    }
    let middle = len.div_ceil(2);
    let mut buf: Vec<T> = v[..middle].to_vec();
    merge_sort_with_buffer(&mut v[..middle], &mut buf, less)?;
    merge_sort_with_buffer(&mut v[middle..], &mut buf, less)?;
    merge_adaptive(v, middle, &mut buf, less)
}

/// The length of the runs sorted by insertion sort before merging (`_S_chunk_size`).
const CHUNK: usize = 7;

/// `__merge_sort_with_buffer`: runs of 7 by insertion sort, then merge passes of doubling
/// width from the slice into the buffer and back.
fn merge_sort_with_buffer<T: Clone>(
    v: &mut [T],
    buf: &mut [T],
    less: &mut Less<'_, T>,
) -> Result<()> {
    let len = v.len();
    for chunk in v.chunks_mut(CHUNK) {
        insertion_sort(chunk, less)?;
    }
    let mut step = CHUNK;
    while step < len {
        merge_sort_loop(v, &mut buf[..len], step, less)?;
        step *= 2;
        merge_sort_loop(&buf[..len], v, step, less)?;
        step *= 2;
    }
    Ok(())
}

/// `__merge_sort_loop`: merges neighbouring runs of `step` elements from `src` into `dst`.
fn merge_sort_loop<T: Clone>(
    src: &[T],
    dst: &mut [T],
    step: usize,
    less: &mut Less<'_, T>,
) -> Result<()> {
    let len = src.len();
    let mut i = 0;
    while len - i >= 2 * step {
        move_merge(
            &src[i..i + step],
            &src[i + step..i + 2 * step],
            &mut dst[i..],
            less,
        )?;
        i += 2 * step;
    }
    let mid = i + step.min(len - i);
    move_merge(&src[i..mid], &src[mid..], &mut dst[i..], less)
}

/// `__move_merge`: a stable merge that takes from the second run only when its element is
/// strictly less (`less(second, first)`).
fn move_merge<T: Clone>(a: &[T], b: &[T], out: &mut [T], less: &mut Less<'_, T>) -> Result<()> {
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if less(&b[j], &a[i])? {
            out[k] = b[j].clone();
            j += 1;
        } else {
            out[k] = a[i].clone();
            i += 1;
        }
        k += 1;
    }
    for x in a[i..].iter().chain(&b[j..]) {
        out[k] = x.clone();
        k += 1;
    }
    Ok(())
}

/// `__insertion_sort`: an element less than the first goes to the front at once; any other
/// walks back from its place while it is less than its left neighbour.
fn insertion_sort<T: Clone>(v: &mut [T], less: &mut Less<'_, T>) -> Result<()> {
    for i in 1..v.len() {
        if less(&v[i], &v[0])? {
            v[..=i].rotate_right(1);
            continue;
        }
        let val = v[i].clone();
        let mut hole = i;
        // libstdc++ relies on `v[0]` stopping this walk (its "unguarded" insert); a pure
        // comparator answers the same for the same pair, so `hole > 0` never decides.
        while hole > 0 && less(&val, &v[hole - 1])? {
            v[hole] = v[hole - 1].clone();
            hole -= 1;
        }
        v[hole] = val;
    }
    Ok(())
}

/// `__merge_adaptive` with a buffer large enough for either run: the first run is moved to
/// the buffer and merged forwards when it is not longer than the second; otherwise the
/// second run is moved and merged backwards.
fn merge_adaptive<T: Clone>(
    v: &mut [T],
    middle: usize,
    buf: &mut [T],
    less: &mut Less<'_, T>,
) -> Result<()> {
    let (len1, len2) = (middle, v.len() - middle);
    if len1 <= len2 {
        buf[..len1].clone_from_slice(&v[..middle]);
        merge_forward(&buf[..len1], v, middle, less)
    } else {
        buf[..len2].clone_from_slice(&v[middle..]);
        merge_backward(v, middle, &buf[..len2], less)
    }
}

/// `__move_merge_adaptive`: merges `first` (the buffer) with `v[middle..]` into `v`.
fn merge_forward<T: Clone>(
    first: &[T],
    v: &mut [T],
    middle: usize,
    less: &mut Less<'_, T>,
) -> Result<()> {
    let (mut i, mut j, mut k) = (0, middle, 0);
    while i < first.len() && j < v.len() {
        if less(&v[j], &first[i])? {
            v[k] = v[j].clone();
            j += 1;
        } else {
            v[k] = first[i].clone();
            i += 1;
        }
        k += 1;
    }
    for x in &first[i..] {
        v[k] = x.clone();
        k += 1;
    }
    Ok(())
}

/// `__move_merge_adaptive_backward`: merges `v[..middle]` with `second` (the buffer) into
/// `v`, filling it from the end.
fn merge_backward<T: Clone>(
    v: &mut [T],
    middle: usize,
    second: &[T],
    less: &mut Less<'_, T>,
) -> Result<()> {
    if middle == 0 {
        let n = v.len();
        v[n - second.len()..].clone_from_slice(second);
        return Ok(());
    }
    if second.is_empty() {
        return Ok(());
    }
    let mut last1 = middle - 1;
    let mut last2 = second.len() - 1;
    let mut out = v.len();
    loop {
        out -= 1;
        if less(&second[last2], &v[last1])? {
            v[out] = v[last1].clone();
            if last1 == 0 {
                v[out - (last2 + 1)..out].clone_from_slice(&second[..=last2]);
                return Ok(());
            }
            last1 -= 1;
        } else {
            v[out] = second[last2].clone();
            if last2 == 0 {
                return Ok(());
            }
            last2 -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stable_sort;

    fn sorted(mut v: Vec<i32>) -> Vec<i32> {
        stable_sort(&mut v, &mut |a, b| Ok(a < b)).unwrap();
        v
    }

    #[test]
    fn sorts_like_a_stable_sort() {
        for n in 0..100 {
            let v: Vec<i32> = (0..n).map(|i| (i * 7919 + 13) % 31).collect();
            let mut want = v.clone();
            want.sort();
            assert_eq!(sorted(v), want);
        }
    }

    #[test]
    fn stability_with_keys() {
        let v: Vec<(i32, usize)> = (0..50).map(|i| ((i * 3) % 5, i as usize)).collect();
        let mut got = v.clone();
        stable_sort(&mut got, &mut |a, b| Ok(a.0 < b.0)).unwrap();
        let mut want = v;
        want.sort_by_key(|x| x.0);
        assert_eq!(got, want);
    }
}
