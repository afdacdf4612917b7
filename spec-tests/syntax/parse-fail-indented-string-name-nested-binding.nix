# an indented string is not an attribute name in C++ Nix's grammar (nested-binding)
{ a.''b'' = 1; }
