# invalid pattern: the maximum is below the minimum
builtins.match "a{2,1}" ""
