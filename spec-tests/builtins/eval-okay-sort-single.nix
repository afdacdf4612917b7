# sort of one element never calls the comparator
builtins.sort (a: b: throw "called") [ 1 ]
