# a negative length means up to the end of the string
[ (builtins.substring 1 (-1) "nixos") (builtins.substring 1 (-5) "nixos") (builtins.substring 0 (-9223372036854775807) "abc") ]
