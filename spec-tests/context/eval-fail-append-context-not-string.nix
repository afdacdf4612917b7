# appendContext's first argument must be a string.
builtins.appendContext ./. { }
