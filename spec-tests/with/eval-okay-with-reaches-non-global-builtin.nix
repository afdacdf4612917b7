# names that are only under builtins (not global) can come from with
with { length = x: "mine"; }; length [ 1 2 ]
