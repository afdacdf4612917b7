# fetchurl: a URL whose base name is not a valid store path name
builtins.fetchurl "https://example.com/a b"
