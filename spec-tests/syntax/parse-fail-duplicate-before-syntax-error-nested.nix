# C++ Nix reports a name bound twice when it reads the second binding, before a later syntax error (nested)
{ a = { b = 1; b = 2; }; a = 3; )
