# match: . matches a newline, and so do negated brackets
[ (builtins.match "." "\n") (builtins.match "a.b" "a\nb") (builtins.match "[^a]" "\n") (builtins.match "(.*)" "x\ny") ]
