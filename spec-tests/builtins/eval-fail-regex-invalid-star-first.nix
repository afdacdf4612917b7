# invalid pattern: a quantifier with nothing before it
builtins.match "*a" ""
