# toXML of nested values, without positions
builtins.toXML { a = 1; b = [ 2.5 "s" null true ]; c = { d = null; }; f = x: x; g = { a, b ? 1, ... }@args: a; h = { c }: c; p = builtins.add; }
