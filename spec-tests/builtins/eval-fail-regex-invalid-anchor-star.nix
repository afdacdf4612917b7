# invalid pattern: a quantifier after an anchor
builtins.match "^*" ""
