# C++ Nix reports a name bound twice when it reads the second binding, before a later syntax error (inherit)
let inherit a; inherit a; in )
