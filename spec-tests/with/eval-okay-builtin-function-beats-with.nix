# the global toString is lexical and beats an attribute of a with
with { toString = x: "shadowed"; }; toString 1
