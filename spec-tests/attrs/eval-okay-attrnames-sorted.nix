# attribute names are sorted by byte order
builtins.attrNames { b = 1; a = 2; B = 3; "_" = 4; "1" = 5; aa = 6; }
