# ? with an attribute path
{ a.b.c = 1; } ? a.b.c
