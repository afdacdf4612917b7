# head returns the first element, the rest stays unforced
builtins.head [ 1 (throw "no") ]
