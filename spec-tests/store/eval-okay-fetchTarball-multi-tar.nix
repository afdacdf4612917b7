# fetchTarball of multi.tar: the unpacked tree's store path
builtins.fetchTarball ("file://${toString ../../fixtures/store}/tarballs/multi.tar")
