# a dynamic attribute path can extend a static one
{ a.b = 1; ${"a"}.c = 2; }
