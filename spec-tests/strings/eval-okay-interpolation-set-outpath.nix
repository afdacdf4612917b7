# a set with outPath can be interpolated
let s = { outPath = "/some/where"; }; in "at ${s}"
