# a builtin bound once by let compares equal to itself inside lists and sets
let g = builtins.add; in [ ([ g ] == [ g ]) ({ a = g; } == { a = g; }) ]
