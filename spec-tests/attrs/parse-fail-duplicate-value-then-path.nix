# a non-set value followed by an attribute path into it
{ a = 1; a.b = 2; }
