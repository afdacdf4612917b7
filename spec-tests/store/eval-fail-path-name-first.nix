# builtins.path looks at `name` before `path` (C++ Nix's attribute order)
builtins.path { path = 1; name = 2; }
