# dirOf on a path does not read the file system (the path need not exist)
builtins.dirOf /no/such/path/anywhere
