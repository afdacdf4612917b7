# stringLength counts bytes and coerces sets with outPath
[ (builtins.stringLength "") (builtins.stringLength "abc") (builtins.stringLength "é") (builtins.stringLength "\n\t") (builtins.stringLength { outPath = "ab"; }) (builtins.stringLength "${"ab"}c") ]
