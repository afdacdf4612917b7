# Attributes are read only when drvPath or outPath is needed.
let d = derivation { name = "hello"; builder = "/bin/sh"; system = "x86_64-linux"; broken = throw "never read"; };
in [ d.name d.type d.outputName d.builder (builtins.tryEval d.drvPath).success ]
