# attribute names can be interpolated in selection
let n = "x"; in { x = 1; }.${n}
