# fetchTarball of dotslash.tar.bz2: the unpacked tree's store path
builtins.fetchTarball ("file://${toString ../../fixtures/store}/tarballs/dotslash.tar.bz2")
