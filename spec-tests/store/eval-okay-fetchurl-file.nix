# fetchurl of a file:// URL: a flat fixed-output path named after the URL
builtins.fetchurl ("file://${toString ../../fixtures/store}/data.txt")
