# convertHash takes the algorithm from an algo: prefix (any encoding) or an SRI prefix
[
  (builtins.convertHash { hash = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"; toHashFormat = "sri"; })
  (builtins.convertHash { hash = "sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s"; toHashFormat = "base16"; })
  (builtins.convertHash { hash = "sha256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="; toHashFormat = "nix32"; })
  (builtins.convertHash { hash = "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="; toHashFormat = "base16"; })
  (builtins.convertHash { hash = "md5-kAFQmDzST7DWlj99KOF/cg=="; hashAlgo = "md5"; toHashFormat = "base16"; })
]
