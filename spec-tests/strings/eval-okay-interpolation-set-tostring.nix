# a set with __toString can be interpolated
let s = { __toString = self: "custom"; }; in "[${s}]"
