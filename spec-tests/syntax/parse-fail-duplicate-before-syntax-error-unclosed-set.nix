# C++ Nix reports a name bound twice when it reads the second binding, before a later syntax error (unclosed-set)
{ a = 1; a = 2;
