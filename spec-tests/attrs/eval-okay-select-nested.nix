# a chain of selections
{ a = { b = { c = "deep"; }; }; }.a.b.c
