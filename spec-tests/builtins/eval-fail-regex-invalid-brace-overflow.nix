# invalid pattern: a count that does not fit in an int
builtins.match "a{2147483648}" ""
