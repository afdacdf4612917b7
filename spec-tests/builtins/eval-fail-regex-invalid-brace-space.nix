# invalid pattern: spaces are not allowed in a count
builtins.match "a{ 1}" ""
