# convertHash from base-16 to every format
map (f: builtins.convertHash { hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; hashAlgo = "sha256"; toHashFormat = f; }) [ "base16" "nix32" "base64" "sri" ]
