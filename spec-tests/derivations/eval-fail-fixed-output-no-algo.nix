# A hash without its algorithm needs outputHashAlgo.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHash = "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"; }).drvPath
