# filter requires a Boolean from the predicate
builtins.filter (x: 1) [ 1 ]
