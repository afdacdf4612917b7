# fetchMercurial needs a url before it looks at anything else (and before it runs hg)
builtins.fetchMercurial { }
