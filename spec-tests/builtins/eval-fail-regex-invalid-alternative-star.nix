# invalid pattern: a quantifier at the start of an alternative
builtins.match "a|*" ""
