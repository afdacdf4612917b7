# the throw message may be built with interpolation
let n = "foo"; in throw "unknown package ${n}"
