# C++ Nix reports a name bound twice when it reads the second binding, before a later syntax error (after-the-error)
{ a = 1; b = x: ; a = 2; }
