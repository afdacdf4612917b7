# builtins.path: rejecting a directory leaves out its whole subtree
builtins.path { path = ../../fixtures/store/tree; filter = p: t: baseNameOf p != "sub"; }
