# fromTOML: a key with a character bare keys cannot have
builtins.fromTOML "a@b = 1"
