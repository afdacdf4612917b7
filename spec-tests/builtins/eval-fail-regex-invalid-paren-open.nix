# invalid pattern: an unclosed group
builtins.match "(a" ""
