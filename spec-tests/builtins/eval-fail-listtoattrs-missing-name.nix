# listToAttrs requires a name
builtins.listToAttrs [ { value = 1; } ]
