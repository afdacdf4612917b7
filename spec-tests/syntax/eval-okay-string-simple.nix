# a double-quoted string literal
"hello world"
