# fetchurl rejects unknown attributes
builtins.fetchurl { url = "https://example.com/x"; hash = "x"; }
