# quoted attribute names may contain interpolations
let x = "X"; in { "pre-${x}-post" = 1; }
