# hasAttr on present and missing names; values stay unforced
[ (builtins.hasAttr "a" { a = throw "no"; }) (builtins.hasAttr "b" { a = 1; }) (builtins.hasAttr "" { "" = 1; }) ]
