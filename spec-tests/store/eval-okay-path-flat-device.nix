# builtins.path with recursive = false reads a device as C++ Nix does: as many bytes as its status size, none
builtins.path { path = /dev/zero; recursive = false; }
