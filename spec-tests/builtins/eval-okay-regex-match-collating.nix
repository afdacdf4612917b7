# match: collating names and equivalence classes in brackets
[ (builtins.match "[[.hyphen.]]" "-") (builtins.match "[[.a.]-c]+" "abc") (builtins.match "[[=a=]]+" "aA") (builtins.match "[[.space.]]" " ") ]
