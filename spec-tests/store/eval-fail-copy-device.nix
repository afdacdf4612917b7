# A character device cannot be copied to the store (toJSON of a path copies it)
builtins.toJSON /dev/null
