//! Lists.

use super::{Builtin, BuiltinArea};
use crate::error::ErrorKind::{MissingAttr, Type};
use crate::semantics::{Errors, fails as f};

pub const AREA: BuiltinArea = BuiltinArea {
    id: "lists",
    title: "lists",
    intro: "",
    entries: ENTRIES,
};

const NOT_LIST: &str = "expected a list but found an integer: 1";
const NOT_FUNCTION: &str = "expected a function but found an integer: 1";
const NOT_BOOL: &str = "expected a Boolean but found an integer: 1";

const ENTRIES: &[Builtin] = &[
    Builtin {
        name: "length",
        arity: 1,
        signature: "length list",
        rule: "The number of elements.",
        forces: "`list` (not its elements).",
        lazy: "The elements.",
        errors: Errors::Raises(&[f(Type, NOT_LIST, "`list` is not a list")]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `list` strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-length.nix",
            "laziness/eval-okay-list-length-lazy.nix",
            "builtins/eval-fail-length-not-list.nix",
        ],
    },
    Builtin {
        name: "head",
        arity: 1,
        signature: "head list",
        rule: "The first element, forced.",
        forces: "`list`, then its first element.",
        lazy: "The other elements.",
        errors: Errors::Raises(&[
            f(
                Type,
                "'builtins.head' called on an empty list",
                "the list is empty",
            ),
            f(Type, NOT_LIST, "`list` is not a list"),
        ]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `list` strict; the element is returned unforced.",
        vm_differs: &["An empty list is an \"index out of bounds\" error (a different message)."],
        examples: &[
            "builtins/eval-okay-head.nix",
            "builtins/eval-fail-head-empty.nix",
            "builtins/eval-fail-head-forces.nix",
        ],
    },
    Builtin {
        name: "tail",
        arity: 1,
        signature: "tail list",
        rule: "A new list of all elements but the first (copied: O(n)).",
        forces: "`list`.",
        lazy: "The elements.",
        errors: Errors::Raises(&[f(
            Type,
            "'builtins.tail' called on an empty list",
            "the list is empty",
        )]),
        edges: "",
        versions: "",
        vm: "`Call`. tvix-eval: `list` strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-tail.nix",
            "builtins/eval-fail-tail-empty.nix",
        ],
    },
    Builtin {
        name: "elemAt",
        arity: 2,
        signature: "elemAt list n",
        rule: "The element at index `n` (from 0), forced.",
        forces: "`n` first (an integer), then `list`, then the element.",
        lazy: "The other elements.",
        errors: Errors::Raises(&[
            f(
                Type,
                "'builtins.elemAt' called with index 3 on a list of size 2",
                "`n` is negative or too large",
            ),
            f(
                Type,
                "expected an integer but found a string: \"0\"",
                "`n` is not an integer (checked before `list` is forced)",
            ),
        ]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict (so `n` is forced first, as in C++ Nix); the element is returned unforced.",
        vm_differs: &[
            "`list`'s type is checked before `n`'s; out-of-range is \"index out of bounds\".",
        ],
        examples: &[
            "builtins/eval-okay-elemat.nix",
            "builtins/eval-fail-elemat-index-first.nix",
            "builtins/eval-fail-elemat-out-of-range.nix",
        ],
    },
    Builtin {
        name: "elem",
        arity: 2,
        signature: "elem x list",
        rule: "Whether some element of `list` equals `x` (`==`, see the equality rule), trying the \
               elements in order and stopping at the first equal one. A value is equal to itself \
               before it is looked at, so a function is an `elem` of a list that holds that very \
               function.",
        forces: "`list`; `x` and each element up to the first equal one, as far as `==` needs.",
        lazy: "The elements after the first equal one; `x` when the list is empty.",
        errors: Errors::None("only what comparing forces raises"),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict; equality with pointer equality allowed at the top.",
        vm_differs: &[
            "`x` is forced even for an empty list: `elem (throw \"x\") [ ]` throws (C++ Nix: false).",
        ],
        examples: &[
            "builtins/eval-okay-elem.nix",
            "builtins/eval-okay-elem-stops.nix",
            "builtins/eval-okay-elem-same-function.nix",
        ],
    },
    Builtin {
        name: "map",
        arity: 2,
        signature: "map f list",
        rule: "A new list of the lazy applications `f x`, one per element. Also a plain global name.",
        forces: "`list`; then, unless the list is empty, `f` (which must be a function).",
        lazy: "Every `f x` (and the elements).",
        errors: Errors::Raises(&[
            f(
                Type,
                NOT_FUNCTION,
                "`f` is not a function and the list is not empty (raised by `map` itself)",
            ),
            f(Type, NOT_LIST, "`list` is not a list"),
        ]),
        edges: "An empty list is returned as it is, `f` unlooked-at.",
        versions: "",
        vm: "`Call` ×2. tvix-eval: `f` lazy, `list` strict.",
        vm_differs: &[
            "`f` is never checked: `builtins.length (map 1 [ 1 ])` is 1 in the VM; C++ Nix reports that 1 is not a function.",
        ],
        examples: &[
            "builtins/eval-okay-map.nix",
            "builtins/eval-okay-map-empty.nix",
            "builtins/eval-fail-map-not-function.nix",
        ],
    },
    Builtin {
        name: "filter",
        arity: 2,
        signature: "filter f list",
        rule: "The elements for which `f` returns true, in order.",
        forces: "`list`; unless empty, `f`; then `f x` for every element, at once (each result must be a Boolean).",
        lazy: "The elements themselves, unless `f` forces them.",
        errors: Errors::Raises(&[f(
            Type,
            NOT_BOOL,
            "`f x` is not a Boolean (while evaluating the return value of the filtering function passed to builtins.filter)",
        )]),
        edges: "An empty list, or a list of which every element is kept, is returned as it is (the same list: `«repeated»` in printing shows it).",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-filter.nix",
            "builtins/eval-okay-filter-elements-lazy.nix",
            "builtins/eval-fail-filter-not-bool.nix",
        ],
    },
    Builtin {
        name: "concatLists",
        arity: 1,
        signature: "concatLists lists",
        rule: "The lists concatenated.",
        forces: "`lists` and every inner list (not their elements).",
        lazy: "The elements.",
        errors: Errors::Raises(&[f(Type, NOT_LIST, "an element of `lists` is not a list")]),
        edges: "When only one inner list is not empty, that list itself is the result.",
        versions: "",
        vm: "`Call`. tvix-eval: strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-concatlists.nix",
            "builtins/eval-okay-concatlists-lazy-elements.nix",
            "builtins/eval-fail-concatlists-element.nix",
        ],
    },
    Builtin {
        name: "concatMap",
        arity: 2,
        signature: "concatMap f list",
        rule: "`concatLists (map f list)`, but with every `f x` computed at once.",
        forces: "`f`, then `list`, then each `f x` in order (each must be a list).",
        lazy: "The elements of the results.",
        errors: Errors::Raises(&[f(Type, NOT_LIST, "an `f x` is not a list")]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-concatmap.nix",
            "builtins/eval-fail-concatmap-strict.nix",
            "builtins/eval-fail-concatmap-not-list.nix",
        ],
    },
    Builtin {
        name: "foldl'",
        arity: 3,
        signature: "foldl' op nul list",
        rule: "Left fold: `op (… (op (op nul x0) x1) …) xn`, each intermediate result forced before the \
               next call (to weak head normal form).",
        forces: "`op` (a function), then `list`; each `op acc x` in turn. `nul` is forced only when the list is empty (otherwise it is only passed to `op`).",
        lazy: "`nul` (unless the list is empty) and the elements, unless `op` forces them; the insides of each result.",
        errors: Errors::Raises(&[f(
            Type,
            NOT_FUNCTION,
            "`op` is not a function (while evaluating the first argument passed to builtins.foldlStrict)",
        )]),
        edges: "C++ Nix's messages call it `foldlStrict`.",
        versions: "",
        vm: "`Call` ×3. tvix-eval: `op` and `list` strict, `nul` lazy.",
        vm_differs: &[
            "With an empty list `op` is not checked: `foldl' 1 0 [ ]` is 0 (C++ Nix: not a function).",
        ],
        examples: &[
            "builtins/eval-okay-foldl-strict.nix",
            "builtins/eval-okay-foldl-initial-lazy.nix",
            "builtins/eval-fail-foldl-initial-empty.nix",
            "builtins/eval-fail-foldl-intermediate.nix",
            "builtins/eval-fail-foldl-not-function.nix",
        ],
    },
    Builtin {
        name: "any",
        arity: 2,
        signature: "any f list",
        rule: "Whether `f x` is true for some element, trying them in order and stopping at the first true.",
        forces: "`f` (a function), then `list`, then `f x` for the elements up to the first true one.",
        lazy: "The elements after it.",
        errors: Errors::Raises(&[f(Type, NOT_BOOL, "an `f x` is not a Boolean")]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-any-all.nix",
            "builtins/eval-okay-any-all-short-circuit.nix",
            "builtins/eval-fail-any-not-bool.nix",
        ],
    },
    Builtin {
        name: "all",
        arity: 2,
        signature: "all f list",
        rule: "Whether `f x` is true for every element, stopping at the first false.",
        forces: "`f` (a function, checked even for an empty list), then `list`, then `f x` for the elements up to the first false one.",
        lazy: "The elements after it.",
        errors: Errors::Raises(&[f(
            Type,
            NOT_FUNCTION,
            "`f` is not a function (checked before `list`)",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[],
        examples: &[
            "builtins/eval-okay-any-all.nix",
            "builtins/eval-fail-all-function-first.nix",
        ],
    },
    Builtin {
        name: "genList",
        arity: 2,
        signature: "genList f n",
        rule: "`[ (f 0) (f 1) … (f (n - 1)) ]`, each element a lazy application.",
        forces: "`n` (an integer, not negative), then `f` (a function, even when `n` is 0).",
        lazy: "Every `f i`.",
        errors: Errors::Raises(&[
            f(Type, "cannot create list of size -1", "`n` is negative"),
            f(Type, NOT_FUNCTION, "`f` is not a function"),
        ]),
        edges: "A size that cannot fit in memory is C++ Nix's `out of memory` before anything is built.",
        versions: "",
        vm: "`Call` ×2. tvix-eval: `f` lazy, `n` strict.",
        vm_differs: &[
            "`f` is never checked; a negative size is an abort (\"can not create list of size\").",
        ],
        examples: &[
            "builtins/eval-okay-genlist.nix",
            "builtins/eval-okay-genlist-lazy.nix",
            "builtins/eval-fail-genlist-negative.nix",
            "builtins/eval-fail-genlist-function-checked.nix",
        ],
    },
    Builtin {
        name: "partition",
        arity: 2,
        signature: "partition f list",
        rule: "`{ right = [ elements for which f is true ]; wrong = [ the others ]; }`, both in order.",
        forces: "`f`, then `list`; then for each element in order: the element itself (before `f` sees it), then `f x` (a Boolean).",
        lazy: "The insides of the elements.",
        errors: Errors::Raises(&[f(Type, NOT_BOOL, "an `f x` is not a Boolean")]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &[
            "The elements are not forced before `f` is called: `partition (x: true) [ (throw \"x\") ]` has a `right` of length 1 in the VM; C++ Nix throws.",
        ],
        examples: &[
            "builtins/eval-okay-partition.nix",
            "builtins/eval-fail-partition-forces-elements.nix",
        ],
    },
    Builtin {
        name: "sort",
        arity: 2,
        signature: "sort lessThan list",
        rule: "The elements sorted stably by the comparator (`lessThan a b` true means `a` goes before \
               `b`). nixref reproduces libstdc++'s `std::stable_sort`, Nix 2.26's algorithm, call for \
               call: for a comparator that is a strict weak order every stable sort agrees, but Nix \
               comparators need not be one, and the calls made are observable (`trace`, which error \
               comes first).",
        forces: "`list`; unless empty, the comparator (a function); then every element (before any comparison); then the comparisons, each result a Boolean. The builtin `lessThan` itself as comparator is applied directly.",
        lazy: "The insides of the elements, beyond what the comparator forces.",
        errors: Errors::Raises(&[
            f(Type, NOT_BOOL, "a comparison does not return a Boolean"),
            f(Type, NOT_FUNCTION, "the comparator is not a function"),
        ]),
        edges: "An empty list is returned as it is without looking at the comparator.",
        versions: "Nix 2.30 replaced `std::stable_sort` by PeekSort: for comparators that are not strict weak orders, and for the sequence of comparator calls, current C++ Nix differs from 2.26; nixref still follows 2.26 here.",
        vm: "`Call` ×2. tvix-eval: both strict; a bubble sort calling `comparator x(i) x(i-1)`.",
        vm_differs: &[
            "Another algorithm: the same result for strict weak orders, different results (and different comparator calls) otherwise; elements are not all forced first.",
            "The comparator is never checked for a list of fewer than two elements: `sort 1 [ 1 ]` is `[ 1 ]`.",
        ],
        examples: &[
            "builtins/eval-okay-sort-lessthan.nix",
            "builtins/eval-okay-sort-stable.nix",
            "builtins/eval-okay-sort-always-true.nix",
            "builtins/eval-fail-sort-forces-elements.nix",
            "builtins/eval-okay-sort-empty.nix",
            "builtins/eval-fail-sort-not-function.nix",
        ],
    },
    Builtin {
        name: "genericClosure",
        arity: 1,
        signature: "genericClosure { startSet; operator; }",
        rule: "A breadth-first walk: starting from the elements of `startSet` (sets with a `key`), each \
               element whose `key` was not seen before is kept and `operator` is called on it; the \
               elements of its result (a list) are added to the work list. The result is the kept \
               elements, in the order kept. Keys are told apart with `<`, as C++ Nix keeps them in a \
               `std::set`: keys must be mutually comparable (numbers, strings, paths, lists of \
               those); which keys get compared follows the shape of libstdc++'s red-black tree.",
        forces: "The argument; `startSet` (a list); unless it is empty, `operator` (a function); each element and its `key` as it is taken off the work list; each `operator` result (a list) and its elements.",
        lazy: "The elements' other attributes.",
        errors: Errors::Raises(&[
            f(
                MissingAttr,
                "attribute 'key' missing",
                "an element has no `key`",
            ),
            f(
                MissingAttr,
                "attribute 'operator' missing",
                "the argument lacks `startSet` or `operator`",
            ),
            f(
                Type,
                "cannot compare a Boolean with a Boolean; values of that type are incomparable",
                "two keys cannot be ordered",
            ),
        ]),
        edges: "An empty `startSet` is returned as it is.",
        versions: "",
        vm: "`Call`. tvix-eval: strict; seen keys are kept in a list and compared with `==`.",
        vm_differs: &[
            "Keys are compared with `==`, so keys that `<` cannot order (Booleans, sets) are accepted (the VM's copies of two such tests of its own suite are in its not-yet-passing folder).",
            "`operator` must be present even when `startSet` is empty; C++ Nix returns `[ ]` without looking for it.",
        ],
        examples: &[
            "builtins/eval-okay-genericclosure.nix",
            "builtins/eval-okay-genericclosure-first-wins.nix",
            "builtins/eval-fail-genericclosure-bool-keys.nix",
            "builtins/eval-fail-genericclosure-missing-key.nix",
        ],
    },
    Builtin {
        name: "groupBy",
        arity: 2,
        signature: "groupBy f list",
        rule: "A set mapping each name `f x` returns to the list of the elements that gave it, in list order.",
        forces: "`f`, then `list`, then `f x` for every element at once (each a string without context).",
        lazy: "The elements, unless `f` forces them.",
        errors: Errors::Raises(&[f(
            Type,
            "expected a string but found an integer: 1",
            "an `f x` is not a string",
        )]),
        edges: "",
        versions: "",
        vm: "`Call` ×2. tvix-eval: both strict.",
        vm_differs: &["`f` is not checked when the list is empty: `groupBy \"f\" [ ]` is `{ }`."],
        examples: &[
            "builtins/eval-okay-groupby.nix",
            "builtins/eval-okay-groupby-elements-lazy.nix",
            "builtins/eval-fail-groupby-key-not-string.nix",
            "builtins/eval-fail-groupby-not-function.nix",
        ],
    },
];
