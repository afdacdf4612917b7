# invalid pattern: a backslash at the end
builtins.match "a\\" ""
