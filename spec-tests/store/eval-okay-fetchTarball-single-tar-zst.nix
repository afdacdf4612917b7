# fetchTarball of single.tar.zst: the unpacked tree's store path
builtins.fetchTarball ("file://${toString ../../fixtures/store}/tarballs/single.tar.zst")
