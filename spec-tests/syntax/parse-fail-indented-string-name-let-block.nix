# an indented string is not an attribute name in C++ Nix's grammar (let-block)
let { ''body'' = 1; }
