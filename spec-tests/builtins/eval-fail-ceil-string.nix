# ceil requires a number
builtins.ceil "1.5"
