# the start is checked before the length and the string are forced
builtins.substring (-1) (throw "length") (throw "string")
