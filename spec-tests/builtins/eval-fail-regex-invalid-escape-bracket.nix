# invalid pattern: ] is not special, so it cannot be escaped
builtins.match "\\]" ""
