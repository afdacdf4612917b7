# fetchTarball of onefile.tar.xz: the unpacked tree's store path
builtins.fetchTarball ("file://${toString ../../fixtures/store}/tarballs/onefile.tar.xz")
