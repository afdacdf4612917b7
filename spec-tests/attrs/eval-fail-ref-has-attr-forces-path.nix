# `?` forces each value on the path before looking into it: an error there is raised, not false
{ a = throw "the value of a"; } ? a.b.c
