# sort requires a Boolean from the comparator
builtins.sort (a: b: 1) [ 1 2 ]
