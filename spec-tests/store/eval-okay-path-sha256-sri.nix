# builtins.path: a matching SRI sha256 is accepted
builtins.path { path = ../../fixtures/store/data.txt; recursive = false; sha256 = "sha256-WqA/lsd1NleRZvuhR5KWJsw6l5YOmUBXqdgCcac20Q8="; }
