# catAttrs forces the sets but not the values
builtins.length (builtins.catAttrs "a" [ { a = throw "x"; } { a = throw "y"; } ])
