# invalid pattern: an unclosed bracket expression
builtins.match "[a" ""
