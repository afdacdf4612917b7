# readDir: each entry and its type; a symbolic link is not followed
builtins.readDir ../../fixtures/store/tree
