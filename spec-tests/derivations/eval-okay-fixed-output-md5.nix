# A flat MD5 fixed output in base-16.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashAlgo = "md5"; outputHash = "d41d8cd98f00b204e9800998ecf8427e"; };
in [ d.drvPath d.outPath ]
