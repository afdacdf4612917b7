# a.c = ...; followed by a = { ... }; merges too
{ a.c = 2; a = { b = 1; }; }
