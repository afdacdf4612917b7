# builtins.div truncates for ints
[ (builtins.div 7 2) (builtins.div (-7) 2) (builtins.div 7 2.0) ]
