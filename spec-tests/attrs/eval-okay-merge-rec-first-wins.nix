# when merging set literals, rec-ness of the first one applies to the merged bindings
let b = "outer"; in { a = rec { b = 1; }; a = { c = b; }; }
