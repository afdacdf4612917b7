# an attribute fetchMercurial does not know
builtins.fetchMercurial { url = "/nonexistent"; foo = 1; }
