# fetchTarball of dup.tar: the unpacked tree's store path
builtins.fetchTarball ("file://${toString ../../fixtures/store}/tarballs/dup.tar")
