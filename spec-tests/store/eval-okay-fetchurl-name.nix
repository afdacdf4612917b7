# fetchurl with a name
builtins.fetchurl { url = "file://${toString ../../fixtures/store}/data.txt"; name = "renamed"; }
