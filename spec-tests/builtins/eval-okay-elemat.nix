# elemAt picks by index; other elements stay unforced
builtins.elemAt [ (throw "a") 2 (throw "c") ] 1
