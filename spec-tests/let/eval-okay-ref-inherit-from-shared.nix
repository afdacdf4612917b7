# inherit (e) a b; evaluates e once for all the names: "from" is traced once
let inherit (builtins.trace "from" { a = 1; b = 2; }) a b; in a + b
