# partition forces each element even if the predicate ignores it
builtins.partition (x: true) [ 1 (throw "element") ]
