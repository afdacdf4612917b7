# invalid pattern: a count needs its minimum
builtins.match "a{,2}" ""
