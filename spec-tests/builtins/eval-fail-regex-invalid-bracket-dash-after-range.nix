# invalid pattern: a dash right after a range
builtins.match "[a-z-0]" ""
