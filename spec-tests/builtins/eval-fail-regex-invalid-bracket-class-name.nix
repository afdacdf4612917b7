# invalid pattern: an unknown class name
builtins.match "[[:foo:]]" ""
