# an indented string is not an attribute name in C++ Nix's grammar (binding)
{ x = 1; ''a'' = 1; }
