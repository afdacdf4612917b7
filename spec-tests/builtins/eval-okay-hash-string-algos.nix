# hashString with each algorithm, in base-16
map (a: [ (builtins.hashString a "abc") (builtins.hashString a "") ]) [ "md5" "sha1" "sha256" "sha512" ]
