# ${"a"} with a plain string literal inside counts as a static name, even in let
let ${"a"} = 1; in a
