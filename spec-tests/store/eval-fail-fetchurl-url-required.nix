# fetchurl needs a url
builtins.fetchurl { name = "x"; }
