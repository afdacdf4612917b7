# fromTOML: an offset hour beyond 24
builtins.fromTOML "a = 1979-05-27T07:32:00+25:00"
