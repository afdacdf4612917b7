# a = { ... }; followed by a.c = ...; merges
{ a = { b = 1; }; a.c = 2; }
