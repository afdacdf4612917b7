# A hash's length must fit its algorithm.
(derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; outputHashAlgo = "sha1"; outputHash = "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"; }).drvPath
