# `f or`, with `or` a variable, is a call of f on or: C++ Nix warns that this will change
let or = 1; f = x: x; in [ (f or) f or ]
