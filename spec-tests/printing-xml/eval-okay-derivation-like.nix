# a set with type = "derivation" gets special treatment in XML
{ type = "derivation"; name = "fake"; outPath = "/nix/store/fake"; drvPath = "/nix/store/fake.drv"; }
