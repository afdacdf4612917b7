# variables looked up through with come from the set at runtime
let s = builtins.listToAttrs [ { name = "gen"; value = 42; } ]; in with s; gen
