# hashString hashes the bytes of the string (UTF-8, newlines)
[ (builtins.hashString "sha256" "é") (builtins.hashString "md5" "a\nb") ]
