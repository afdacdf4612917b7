# sort forces every element before comparing
builtins.sort (a: b: false) [ 1 (throw "element") ]
