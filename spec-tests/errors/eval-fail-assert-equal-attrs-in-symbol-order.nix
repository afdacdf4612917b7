# `assert a == b` on sets reports the first differing attribute in the order `==` walks
# them: the names' creation order (z before a here), not their alphabetical order
assert { z = 1; a = 2; } == { z = 2; a = 3; };
0
