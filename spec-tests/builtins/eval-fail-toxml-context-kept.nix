# the result of toXML refers to the store paths of its strings
builtins.fromJSON (builtins.toXML "${../../fixtures/paths/data.txt}")
