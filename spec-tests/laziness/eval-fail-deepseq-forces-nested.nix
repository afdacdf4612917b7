# deepSeq forces nested values
builtins.deepSeq { a = { b = throw "deep"; }; } 1
