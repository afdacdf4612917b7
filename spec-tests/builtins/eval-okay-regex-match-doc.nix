# builtins.match: the documented examples (whole-string match, groups)
[ (builtins.match "ab" "abc") (builtins.match "abc" "abc") (builtins.match "a(b)(c)" "abc") (builtins.match "[[:space:]]+([[:upper:]]+)[[:space:]]+" "  FOO   ") ]
