# with cannot override __sub because builtins are lexical
with { __sub = a: b: "with"; }; 10 - 4
