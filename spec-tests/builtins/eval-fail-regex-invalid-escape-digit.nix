# invalid pattern: escapes other than the special characters (no back-references)
builtins.match "\\1" ""
