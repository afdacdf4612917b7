# A __toString that returns its own set is followed until the native stack runs out
builtins.toString { __toString = self: self; }
