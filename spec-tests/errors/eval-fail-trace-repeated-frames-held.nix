# A frame already shown is held back; five or fewer held back are shown after all.
builtins.toJSON [ [ [ [ [ (throw "x") ] ] ] ] ]
