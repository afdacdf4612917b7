# restricted mode: reading outside the allowed paths names the first forbidden prefix
builtins.readFile /etc/passwd
