# import accepts a string containing an absolute path
let p = toString ../../fixtures/import/scalar.nix; in import p
