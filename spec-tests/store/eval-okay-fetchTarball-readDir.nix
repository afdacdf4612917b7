# fetchTarball: a single top directory is unpacked in place; empty directories stay
builtins.readDir (builtins.fetchTarball "file://${toString ../../fixtures/store}/tarballs/single.tar.gz")
