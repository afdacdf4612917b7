# More than five frames held back are one "(N duplicate frames omitted)" line.
builtins.toJSON [ [ [ [ [ [ [ [ [ [ (throw "x") ] ] ] ] ] ] ] ] ] ]
