# listToAttrs ignores later duplicates even without a value
builtins.listToAttrs [ { name = "a"; value = 1; } { name = "a"; } ]
