# even with a zero length the string argument is forced
builtins.substring 0 0 (throw "the string is forced")
