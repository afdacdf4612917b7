# findFile returns the path with its symlinks resolved
baseNameOf (toString (builtins.findFile [ { path = ../../fixtures/store/tree; } ] "link"))
