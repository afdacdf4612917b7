# invalid pattern: an unopened )
builtins.match "a)" ""
