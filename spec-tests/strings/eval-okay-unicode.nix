# UTF-8 text passes through; stringLength counts bytes
[ "héllo" (builtins.stringLength "é") (builtins.stringLength "日本") ]
