# inherit ${"a"} with a literal string is treated as a static name
let a = 1; in { inherit ${"a"}; }
