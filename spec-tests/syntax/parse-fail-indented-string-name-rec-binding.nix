# an indented string is not an attribute name in C++ Nix's grammar (rec-binding)
rec { b = 2; ''a'' = 1; }
