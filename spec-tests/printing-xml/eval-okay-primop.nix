# builtins in XML
[ builtins.add (builtins.add 1) ]
