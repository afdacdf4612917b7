# \t and \r escapes
[ "a\tb" "a\rb" ]
