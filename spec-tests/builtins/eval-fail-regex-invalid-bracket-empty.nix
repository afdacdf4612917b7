# invalid pattern: ] right after [ is a literal, so [] is unclosed
builtins.match "[]" ""
