# set values are not forced when printing lazily (even throwing ones)
{ a = throw "not forced"; b = { c = 1; }; d = [ 1 ]; }
