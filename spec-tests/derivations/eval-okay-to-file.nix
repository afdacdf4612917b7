# toFile's path is a text path over its contents.
[ (builtins.toFile "greeting" "hello") (builtins.toFile "empty" "") ]
