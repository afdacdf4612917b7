# any requires Booleans from the predicate
builtins.any (x: null) [ 1 ]
