# - does not work on strings
"b" - "a"
