# zipAttrsWith requires sets in the list
builtins.zipAttrsWith (n: v: v) [ { } 1 ]
