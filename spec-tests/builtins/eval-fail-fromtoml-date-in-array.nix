# fromTOML refuses dates anywhere, also inside arrays
builtins.fromTOML "a = [ 1, 1979-05-27 ]"
