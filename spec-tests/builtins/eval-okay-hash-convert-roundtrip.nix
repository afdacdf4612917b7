# convertHash reads back every format it writes, for every algorithm
let
  formats = [ "base16" "nix32" "base64" "sri" ];
  check = algo:
    let hex = builtins.hashString algo "nix"; in
    map (f: builtins.convertHash { hash = builtins.convertHash { hash = hex; hashAlgo = algo; toHashFormat = f; }; hashAlgo = algo; toHashFormat = "base16"; } == hex) formats;
in map check [ "md5" "sha1" "sha256" "sha512" ]
