# invalid pattern: escapes like \\d do not exist in POSIX
builtins.match "\\d" ""
