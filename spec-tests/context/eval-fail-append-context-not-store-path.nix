# Context keys must be store paths.
builtins.appendContext "x" { "/etc/file" = { path = true; }; }
