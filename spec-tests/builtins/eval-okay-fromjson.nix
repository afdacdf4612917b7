# fromJSON of nested values
builtins.fromJSON '' { "a": [1, 2.5, -3, true, false, null], "b": { "c": "d\u00e9\n" }, "": [] } ''
