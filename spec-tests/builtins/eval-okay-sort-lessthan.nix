# sort with builtins.lessThan: numbers, strings, lists
[ (builtins.sort builtins.lessThan [ 3 1.5 (-2) 10 0 ]) (builtins.sort builtins.lessThan [ "b" "a" "B" "" ]) (builtins.sort builtins.lessThan [ [ 1 2 ] [ 1 ] [ 0 5 ] [ ] ]) ]
