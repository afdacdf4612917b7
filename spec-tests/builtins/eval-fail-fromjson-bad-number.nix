# fromJSON: a number without digits after the point
builtins.fromJSON "1."
