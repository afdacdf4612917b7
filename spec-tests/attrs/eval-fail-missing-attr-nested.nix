# a missing attribute deep in a selection path
{ a = { b = { }; }; }.a.b.c
