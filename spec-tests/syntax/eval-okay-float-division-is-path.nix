# 1.0/3 without spaces is a path literal, not a division
builtins.typeOf (1.0/3)
