# head forces the element it returns
builtins.head [ (throw "first") ]
