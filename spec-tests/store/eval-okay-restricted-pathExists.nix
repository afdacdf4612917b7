# restricted mode: pathExists is false for what may not be read
[ (builtins.pathExists ./.) (builtins.pathExists /etc/passwd) ]
