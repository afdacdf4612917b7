# a.b.c = v creates nested sets
{ a.b.c = 1; }
