//! The list builtins: `length`, `head`, `tail`, `elemAt`, `elem`, `map`, `filter`,
//! `concatLists`, `concatMap`, `foldl'`, `any`, `all`, `genList`, `partition`,
//! `genericClosure`.
//!
//! Laziness follows C++ Nix: `map` and `genList` build lazy applications, `filter`, `any`,
//! `all`, `partition` and `concatMap` call their function on every element at once (not
//! forcing the elements themselves unless the function does), and `foldl'` forces each
//! intermediate accumulator but not the initial one. Where C++ Nix hands back its input
//! list unchanged (`map` or `filter` on an empty list, `filter` keeping everything), the
//! very same list is returned, which keeps `«repeated»` in printed output identical.

use super::Builder;
use super::attrs::{NO_POS, missing_attr};
use crate::error::{Error, Result};
use crate::eval::Evaluator;
use crate::value::{AttrsBuilder, List, PrimOp, Symbol, Value};
use std::collections::VecDeque;

pub fn register(b: &mut Builder) {
    b.primop("length", 1, length);
    b.primop("head", 1, head);
    b.primop("tail", 1, tail);
    b.primop("elemAt", 2, elem_at);
    b.primop("elem", 2, elem);
    b.primop("map", 2, map);
    b.primop("filter", 2, filter);
    b.primop("concatLists", 1, concat_lists);
    b.primop("concatMap", 2, concat_map);
    b.primop("foldl'", 3, foldl_strict);
    b.primop("any", 2, |ev, _, a| any_or_all(ev, a, true));
    b.primop("all", 2, |ev, _, a| any_or_all(ev, a, false));
    b.primop("genList", 2, gen_list);
    b.primop("partition", 2, partition);
    b.primop("genericClosure", 1, generic_closure);
}

/// A lazy `f x`.
fn lazy_apply(f: &Value, x: Value) -> Value {
    let f = f.clone();
    Value::native_thunk(move |ev| ev.call_value(&f, [x], f.call_pos()))
}

fn length(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let l = ev.force_list(
        &args[0],
        "while evaluating the first argument passed to builtins.length",
    )?;
    Ok(Value::Int(l.len() as i64))
}

/// `head list`: the first element, forced.
fn head(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let l = ev.force_list(
        &args[0],
        "while evaluating the first argument passed to 'builtins.head'",
    )?;
    match l.first() {
        Some(x) => ev.force(x),
        None => Err(Error::type_error("'builtins.head' called on an empty list")),
    }
}

/// `tail list`: a new list without the first element (elements unforced).
fn tail(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let l = ev.force_list(
        &args[0],
        "while evaluating the first argument passed to 'builtins.tail'",
    )?;
    if l.is_empty() {
        return Err(Error::type_error("'builtins.tail' called on an empty list"));
    }
    Ok(Value::List(List::new(l[1..].to_vec())))
}

/// `elemAt list n`: the index is forced before the list; the element is forced.
fn elem_at(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let n = ev.force_int(
        &args[1],
        "while evaluating the second argument passed to 'builtins.elemAt'",
    )?;
    let l = ev.force_list(
        &args[0],
        "while evaluating the first argument passed to 'builtins.elemAt'",
    )?;
    match usize::try_from(n).ok().and_then(|i| l.get(i)) {
        Some(x) => ev.force(x),
        None => Err(Error::type_error(format!(
            "'builtins.elemAt' called with index {n} on a list of size {}",
            l.len()
        ))),
    }
}

/// `elem x list`: `==` against each element in turn, stopping at the first match; `x` is
/// only forced if the list is not empty.
fn elem(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let l = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.elem",
    )?;
    for y in l.iter() {
        let a = ev.force(&args[0])?;
        let b = ev.force(y)?;
        if Value::same_cell(&args[0], y) || ev.values_equal(&a, &b)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `map f list`: lazy applications; `f` is forced unless the list is empty.
fn map(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let l = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.map",
    )?;
    if l.is_empty() {
        return Ok(Value::List(l));
    }
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.map",
    )?;
    Ok(Value::list(l.iter().map(|x| lazy_apply(&f, x.clone()))))
}

/// `filter f list`: the predicate runs on every element at once.
fn filter(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let l = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.filter",
    )?;
    if l.is_empty() {
        return Ok(Value::List(l));
    }
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.filter",
    )?;
    let mut kept = Vec::new();
    for x in l.iter() {
        let r = ev.call(&f, x.clone(), NO_POS)?;
        if ev.force_bool(
            &r,
            "while evaluating the return value of the filtering function passed to builtins.filter",
        )? {
            kept.push(x.clone());
        }
    }
    if kept.len() == l.len() {
        return Ok(Value::List(l));
    }
    Ok(Value::list(kept))
}

/// Concatenates forced lists as C++ Nix's `concatLists` does: when only one list is not
/// empty, that list itself is the result.
fn concat(lists: &[List]) -> Value {
    let non_empty: Vec<&List> = lists.iter().filter(|l| !l.is_empty()).collect();
    match non_empty.as_slice() {
        [only] => Value::List((*only).clone()),
        _ => Value::list(non_empty.iter().flat_map(|l| l.iter().cloned())),
    }
}

/// `concatLists lists`: every inner list is forced first.
fn concat_lists(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let outer = ev.force_list(
        &args[0],
        "while evaluating the first argument passed to builtins.concatLists",
    )?;
    let lists = outer
        .iter()
        .map(|x| {
            ev.force_list(
                x,
                "while evaluating a value of the list passed to builtins.concatLists",
            )
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(concat(&lists))
}

/// `concatMap f list`: `f` is called on every element at once and must return lists; the
/// result is always a new list.
fn concat_map(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.concatMap",
    )?;
    let l = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.concatMap",
    )?;
    let mut out = Vec::new();
    for x in l.iter() {
        let r = ev.call(&f, x.clone(), NO_POS)?;
        // Framed where the result, or else the function, is (C++ Nix's determinePos).
        let at = match r.call_pos() {
            p if p.known().is_some() => p,
            _ => f.call_pos(),
        };
        let r = ev
            .force_list(
                &r,
                "while evaluating the return value of the function passed to builtins.concatMap",
            )
            .map_err(|e| e.at_call_site(at))?;
        out.extend(r.iter().cloned());
    }
    Ok(Value::list(out))
}

/// `foldl' op nul list`: each call's result is evaluated before the next call; `nul` is
/// only forced when the list is empty (otherwise it is just passed to `op`).
fn foldl_strict(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.foldlStrict",
    )?;
    let l = ev.force_list(
        &args[2],
        "while evaluating the third argument passed to builtins.foldlStrict",
    )?;
    let mut acc = args[1].clone();
    if l.is_empty() {
        return ev.force(&acc);
    }
    for x in l.iter() {
        acc = ev.call_value(&f, [acc, x.clone()], NO_POS)?;
        acc = ev.force(&acc)?;
    }
    Ok(acc)
}

/// `any` / `all`: the function and the list are forced first; stops at the first element
/// that decides the answer.
fn any_or_all(ev: &Evaluator, args: &[Value], any: bool) -> Result<Value> {
    let name = if any { "any" } else { "all" };
    let f = ev.force_function(&args[0], || {
        format!("while evaluating the first argument passed to builtins.{name}")
    })?;
    let l = ev.force_list(&args[1], || {
        format!("while evaluating the second argument passed to builtins.{name}")
    })?;
    let ctx =
        || format!("while evaluating the return value of the function passed to builtins.{name}");
    for x in l.iter() {
        let r = ev.call(&f, x.clone(), NO_POS)?;
        if ev.force_bool(&r, ctx)? == any {
            return Ok(Value::Bool(any));
        }
    }
    Ok(Value::Bool(!any))
}

/// `genList f n`: `n` is forced first, then `f` (even for an empty list); the elements are
/// lazy `f i`.
fn gen_list(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let n = ev.force_int(
        &args[1],
        "while evaluating the second argument passed to builtins.genList",
    )?;
    if n < 0 {
        return Err(Error::type_error(format!("cannot create list of size {n}")));
    }
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.genList",
    )?;
    let bytes = usize::try_from(n)
        .ok()
        .and_then(|n| n.checked_mul(GEN_LIST_ELEMENT_BYTES));
    Evaluator::check_allocation(bytes)?;
    ev.charge_steps(n as u64)?;
    Ok(Value::list((0..n).map(|i| lazy_apply(&f, Value::Int(i)))))
}

/// What one element of `genList`'s result costs: its slot, and the thunk (counts, borrow
/// flag, state) whose code holds the function and the index. A list that cannot fit in
/// memory is C++ Nix's `out of memory` before anything is built, not an abort later.
const GEN_LIST_ELEMENT_BYTES: usize = 3 * std::mem::size_of::<Value>()
    + 3 * std::mem::size_of::<usize>()
    + std::mem::size_of::<crate::value::ThunkState>();

/// `partition pred list`: `{ right; wrong; }`; every element is forced before the predicate
/// sees it.
fn partition(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let f = ev.force_function(
        &args[0],
        "while evaluating the first argument passed to builtins.partition",
    )?;
    let l = ev.force_list(
        &args[1],
        "while evaluating the second argument passed to builtins.partition",
    )?;
    let (mut right, mut wrong) = (Vec::new(), Vec::new());
    for x in l.iter() {
        ev.force(x)?;
        let r = ev.call(&f, x.clone(), NO_POS)?;
        if ev.force_bool(
            &r,
            "while evaluating the return value of the partition function passed to builtins.partition",
        )? {
            right.push(x.clone());
        } else {
            wrong.push(x.clone());
        }
    }
    let mut m = AttrsBuilder::with_capacity(2);
    m.insert(Symbol::RIGHT, Value::list(right));
    m.insert(Symbol::WRONG, Value::list(wrong));
    Ok(Value::Attrs(m.finish()))
}

/// `genericClosure { startSet; operator; }`: a breadth-first walk that keeps the first
/// element seen for each `key`. Keys are told apart with `<` (C++ Nix keeps them in a
/// `std::set`), so keys of types `<` rejects fail as soon as two are compared, and which
/// keys get compared follows the shape of that red-black tree ([`KeySet`]).
fn generic_closure(ev: &Evaluator, _: &PrimOp, args: &[Value]) -> Result<Value> {
    let a = ev.force_attrs(
        &args[0],
        "while evaluating the first argument passed to builtins.genericClosure",
    )?;
    const IN_ARG: &str = "in the attrset passed as argument to builtins.genericClosure";
    let start = a
        .get(Symbol::START_SET)
        .ok_or_else(|| missing_attr(ev, Symbol::START_SET, IN_ARG))?;
    let start_list = ev.force_list(
        start,
        "while evaluating the 'startSet' attribute passed as argument to builtins.genericClosure",
    )?;
    if start_list.is_empty() {
        return Ok(Value::List(start_list));
    }
    let op = a
        .get(Symbol::OPERATOR)
        .ok_or_else(|| missing_attr(ev, Symbol::OPERATOR, IN_ARG))?;
    let op = ev.force_function(
        op,
        "while evaluating the 'operator' attribute passed as argument to builtins.genericClosure",
    )?;
    let mut work: VecDeque<Value> = start_list.iter().cloned().collect();
    let mut done = KeySet::default();
    let mut res = Vec::new();
    while let Some(e) = work.pop_front() {
        let attrs = ev.force_attrs(
            &e,
            "while evaluating one of the elements generated by (or initially passed to) builtins.genericClosure",
        )?;
        let key = attrs.get(Symbol::KEY).ok_or_else(|| {
            missing_attr(
                ev,
                Symbol::KEY,
                "in one of the attrsets generated by (or initially passed to) builtins.genericClosure",
            )
        })?;
        ev.force(key)?;
        if !done.insert(ev, key.clone())? {
            continue;
        }
        res.push(e.clone());
        let new = ev.call(&op, e, NO_POS)?;
        let new = ev.force_list(
            &new,
            "while evaluating the return value of the `operator` passed to builtins.genericClosure",
        )?;
        for x in new.iter() {
            ev.force(x)?;
            work.push_back(x.clone());
        }
    }
    Ok(Value::list(res))
}

/// One node of [`KeySet`].
struct Node {
    key: Value,
    parent: Option<usize>,
    left: Option<usize>,
    right: Option<usize>,
    red: bool,
}

/// A set of keys ordered by Nix's `<`, shaped exactly like libstdc++'s `std::set` (a
/// red-black tree rebalanced the textbook way), so that the keys each insertion compares
/// against, and in which order, are the ones C++ Nix compares. That matters because a
/// comparison can fail (incomparable types) or force parts of list keys.
#[derive(Default)]
struct KeySet {
    nodes: Vec<Node>,
    root: Option<usize>,
    leftmost: Option<usize>,
}

impl KeySet {
    fn less(ev: &Evaluator, a: &Value, b: &Value) -> Result<bool> {
        ev.less_than(a, b).map_err(|e| {
            e.with_context(
                None,
                "while comparing the `key` attributes of two genericClosure elements",
            )
        })
    }

    /// Inserts `key` unless an equivalent key is present; returns whether it was inserted.
    /// The comparisons are those of libstdc++'s `_M_get_insert_unique_pos`.
    fn insert(&mut self, ev: &Evaluator, key: Value) -> Result<bool> {
        let mut x = self.root;
        let mut y = None;
        let mut went_left = true;
        while let Some(n) = x {
            y = Some(n);
            went_left = Self::less(ev, &key, &self.nodes[n].key)?;
            x = if went_left {
                self.nodes[n].left
            } else {
                self.nodes[n].right
            };
        }
        let Some(parent) = y else {
            self.link(key, None, true);
            return Ok(true);
        };
        let mut j = Some(parent);
        if went_left {
            if Some(parent) == self.leftmost {
                self.link(key, Some(parent), true);
                return Ok(true);
            }
            j = self.predecessor(parent);
        }
        let j = j.expect("a node that is not the leftmost has a predecessor");
        if Self::less(ev, &self.nodes[j].key, &key)? {
            self.link(key, Some(parent), went_left);
            return Ok(true);
        }
        Ok(false)
    }

    fn predecessor(&self, mut n: usize) -> Option<usize> {
        if let Some(mut l) = self.nodes[n].left {
            while let Some(r) = self.nodes[l].right {
                l = r;
            }
            return Some(l);
        }
        while let Some(p) = self.nodes[n].parent {
            if self.nodes[p].right == Some(n) {
                return Some(p);
            }
            n = p;
        }
        None
    }

    /// Adds a red leaf under `parent` and restores the red-black properties
    /// (libstdc++'s `_Rb_tree_insert_and_rebalance`).
    fn link(&mut self, key: Value, parent: Option<usize>, left: bool) {
        let z = self.nodes.len();
        self.nodes.push(Node {
            key,
            parent,
            left: None,
            right: None,
            red: true,
        });
        match parent {
            None => {
                self.root = Some(z);
                self.leftmost = Some(z);
            }
            Some(p) if left => {
                self.nodes[p].left = Some(z);
                if self.leftmost == Some(p) {
                    self.leftmost = Some(z);
                }
            }
            Some(p) => self.nodes[p].right = Some(z),
        }
        self.rebalance(z);
    }

    fn rebalance(&mut self, mut x: usize) {
        while let Some(p) = self.nodes[x].parent.filter(|&p| self.nodes[p].red) {
            let g = self.nodes[p].parent.expect("a red node is not the root");
            let parent_is_left = self.nodes[g].left == Some(p);
            let uncle = if parent_is_left {
                self.nodes[g].right
            } else {
                self.nodes[g].left
            };
            if let Some(u) = uncle.filter(|&u| self.nodes[u].red) {
                self.nodes[p].red = false;
                self.nodes[u].red = false;
                self.nodes[g].red = true;
                x = g;
                continue;
            }
            let mut p = p;
            if parent_is_left {
                if self.nodes[p].right == Some(x) {
                    x = p;
                    self.rotate_left(x);
                    p = self.nodes[x].parent.expect("rotated under its child");
                }
                self.nodes[p].red = false;
                self.nodes[g].red = true;
                self.rotate_right(g);
            } else {
                if self.nodes[p].left == Some(x) {
                    x = p;
                    self.rotate_right(x);
                    p = self.nodes[x].parent.expect("rotated under its child");
                }
                self.nodes[p].red = false;
                self.nodes[g].red = true;
                self.rotate_left(g);
            }
        }
        let root = self.root.expect("the tree is not empty");
        self.nodes[root].red = false;
    }

    /// Puts `child` where `old` was under `old`'s parent.
    fn replace_child(&mut self, old: usize, child: usize) {
        let parent = self.nodes[old].parent;
        self.nodes[child].parent = parent;
        match parent {
            None => self.root = Some(child),
            Some(p) if self.nodes[p].left == Some(old) => self.nodes[p].left = Some(child),
            Some(p) => self.nodes[p].right = Some(child),
        }
    }

    fn rotate_left(&mut self, x: usize) {
        let y = self.nodes[x]
            .right
            .expect("rotating left needs a right child");
        self.nodes[x].right = self.nodes[y].left;
        if let Some(b) = self.nodes[y].left {
            self.nodes[b].parent = Some(x);
        }
        self.replace_child(x, y);
        self.nodes[y].left = Some(x);
        self.nodes[x].parent = Some(y);
    }

    fn rotate_right(&mut self, x: usize) {
        let y = self.nodes[x]
            .left
            .expect("rotating right needs a left child");
        self.nodes[x].left = self.nodes[y].right;
        if let Some(b) = self.nodes[y].right {
            self.nodes[b].parent = Some(x);
        }
        self.replace_child(x, y);
        self.nodes[y].right = Some(x);
        self.nodes[x].parent = Some(y);
    }
}
