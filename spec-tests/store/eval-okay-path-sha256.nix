# builtins.path: a matching nix32 sha256 is accepted
builtins.path { path = ../../fixtures/store/tree; sha256 = "1kxf5r81dpb443lai7rdkg0drygnj9fq8a3fx4linj4plf12gc06"; }
