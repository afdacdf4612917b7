# a string literal without a closing quote
"abc
