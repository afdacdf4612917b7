# -I name=path maps a name prefix to a directory
builtins.readFile <sp-prefix/sub/x.txt>
