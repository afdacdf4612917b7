# a match on a long input that still fits in C++ Nix's stack
let s = builtins.concatStringsSep "" (builtins.genList (_: "a") 300000); in builtins.match "(a*)" s == [ s ]
