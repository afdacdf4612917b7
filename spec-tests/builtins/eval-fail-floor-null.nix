# floor requires a number
builtins.floor null
