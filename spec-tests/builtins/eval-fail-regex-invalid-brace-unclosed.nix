# invalid pattern: an unclosed count
builtins.match "a{1" ""
