# invalid pattern: a range to a byte of 0x80 or more (compared as a signed char)
builtins.match "[a-é]" ""
