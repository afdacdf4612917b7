# removeAttrs keeps the remaining values unforced
builtins.attrNames (removeAttrs { a = throw "a"; b = throw "b"; } [ "a" ])
