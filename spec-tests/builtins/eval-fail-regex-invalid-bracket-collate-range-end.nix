# invalid pattern: a range must end in a plain character, not a collating element
builtins.match "[a-[.c.]]" ""
