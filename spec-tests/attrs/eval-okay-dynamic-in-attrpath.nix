# dynamic names inside attribute paths
let n = "y"; in { x.${n}.z = 1; }
