# toString of a path does not copy it to the store
builtins.substring 0 1 (toString ./x)
