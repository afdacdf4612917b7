# ceil and floor accept integers (through a float: large ones lose precision)
[ (builtins.ceil 7) (builtins.floor (-7)) (builtins.floor 9007199254740993) (builtins.ceil 9223372036854775807) ]
