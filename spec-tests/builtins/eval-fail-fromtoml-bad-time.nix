# fromTOML: a time with a one-digit hour after a date
builtins.fromTOML "a = 1979-05-27T7:32:00"
