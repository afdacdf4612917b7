# builtins.path: the filter gets absolute path strings below the path, and known type names
builtins.path { path = ../../fixtures/store/tree; filter = p: t: if builtins.match ".*/fixtures/store/tree/.+" p != null && builtins.elem t [ "regular" "directory" "symlink" ] then true else throw "unexpected ${p} ${t}"; }
