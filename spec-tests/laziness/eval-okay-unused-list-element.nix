# list elements are only evaluated when accessed
builtins.elemAt [ (throw "boom") 2 ] 1
