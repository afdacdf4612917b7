# attrNames lists names in byte order, not definition order
builtins.attrNames { b = 1; a = 2; "B" = 3; "_" = 4; "a b" = 5; "" = 6; }
