# invalid pattern: { always starts a count
builtins.match "{" ""
