# sets with outPath are coerced
[ (builtins.substring 1 2 { outPath = "abcd"; }) (builtins.substring 0 0 { outPath = "abcd"; }) ]
