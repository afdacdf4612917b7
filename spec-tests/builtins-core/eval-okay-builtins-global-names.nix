# some builtins are also available without the builtins. prefix
[ (toString 1) (baseNameOf "/a/b") (dirOf "/a/b") (isNull null) (map (x: x) [ 1 ]) (removeAttrs { a = 1; b = 2; } [ "a" ]) ]
