# mapAttrs applies the function lazily, per attribute
(builtins.mapAttrs (n: v: if n == "bad" then throw "bad" else v * 2) { bad = 0; good = 21; }).good
