# an indented string is not an attribute name in C++ Nix's grammar (unterminated-select)
a.''
