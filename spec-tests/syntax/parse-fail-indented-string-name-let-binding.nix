# an indented string is not an attribute name in C++ Nix's grammar (let-binding)
let ''a'' = 1; in a
