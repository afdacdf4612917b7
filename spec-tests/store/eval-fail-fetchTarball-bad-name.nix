# fetchTarball: an invalid name
builtins.fetchTarball { url = "https://example.com/x.tar.gz"; name = "a b"; }
