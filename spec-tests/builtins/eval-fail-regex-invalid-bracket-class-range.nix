# invalid pattern: a class cannot start a range
builtins.match "[[:alpha:]-z]" ""
