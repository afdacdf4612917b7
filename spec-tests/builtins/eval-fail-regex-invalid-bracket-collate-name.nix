# invalid pattern: collating elements must be POSIX names (hyphen, not -)
builtins.match "[[.-.]]" ""
