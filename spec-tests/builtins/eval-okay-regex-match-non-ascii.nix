# match: bytes of 0x80 and up are in no class, . and negated brackets match them byte by byte
[ (builtins.match "[[:alpha:]]+" "é") (builtins.match "[[:print:]]+" "é") (builtins.match "[^[:alpha:]]*" "é") (builtins.match ".." "é") (builtins.match "." "é") (builtins.match "[é]+" "é") (builtins.match "[é]" "é") ]
