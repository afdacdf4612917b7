# the result of toJSON refers to the store paths of its strings
builtins.fromJSON (builtins.toJSON [ "${../../fixtures/paths/data.txt}" ])
