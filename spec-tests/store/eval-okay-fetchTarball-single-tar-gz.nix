# fetchTarball of single.tar.gz: the unpacked tree's store path
builtins.fetchTarball ("file://${toString ../../fixtures/store}/tarballs/single.tar.gz")
