# A flat SHA-512 fixed output in base-64.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashAlgo = "sha512"; outputHash = "z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="; };
in [ d.drvPath d.outPath ]
