# a let binding takes precedence over with
let a = "let"; in with { a = "with"; }; a
