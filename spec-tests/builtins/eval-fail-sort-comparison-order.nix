# sort: the first pair adding up to 9 that libstdc++ compares
builtins.sort (a: b: if a + b == 9 then throw "${toString a} < ${toString b}" else a < b) [ 8 3 5 0 7 2 9 4 6 1 ]
