# invalid pattern: a class name without its closing :]
builtins.match "[[:alpha]]" ""
