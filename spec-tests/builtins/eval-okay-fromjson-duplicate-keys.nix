# fromJSON: a later duplicate key wins
builtins.fromJSON ''{"a": 1, "b": 2, "a": 3}''
