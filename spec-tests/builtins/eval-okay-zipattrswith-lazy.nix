# zipAttrsWith calls the function lazily and leaves values unforced
(builtins.zipAttrsWith (n: vs: if n == "x" then throw "x" else builtins.length vs) [ { x = 1; y = throw "v"; } { y = 2; } ]).y
