# the file fetchurl gives can be read
builtins.readFile (builtins.fetchurl "file://${toString ../../fixtures/store}/data.txt")
