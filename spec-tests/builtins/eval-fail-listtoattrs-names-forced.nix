# listToAttrs forces every name, even after the ones it needs
(builtins.listToAttrs [ { name = "a"; value = 1; } { name = throw "second name"; value = 2; } ]).a
