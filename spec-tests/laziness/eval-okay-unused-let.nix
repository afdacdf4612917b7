# an unused let binding is never evaluated
let bad = abort "boom"; good = "ok"; in good
