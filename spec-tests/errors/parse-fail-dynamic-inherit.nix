# inherit with an interpolated name
let n = "a"; in { inherit "${n}"; }
