# fetchTarball with a name
builtins.fetchTarball { url = "file://${toString ../../fixtures/store}/tarballs/multi.tar"; name = "renamed"; }
