# sort with a comparator that always says "not less" keeps the order
builtins.sort (a: b: false) [ 3 1 2 5 4 ]
