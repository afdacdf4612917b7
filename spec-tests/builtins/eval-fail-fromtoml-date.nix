# fromTOML refuses dates and times
builtins.fromTOML "d = 1979-05-27T07:32:00Z"
