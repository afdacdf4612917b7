# C++ Nix reports a name bound twice when it reads the second binding, before a later syntax error (merged)
{ x = { a = 1; }; x = { a = 2; }; )
