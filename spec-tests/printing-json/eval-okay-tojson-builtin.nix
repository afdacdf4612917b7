# builtins.toJSON produces the same encoding as a string
builtins.toJSON { x = [ 1 2.5 "y" null true ]; }
