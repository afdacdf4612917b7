# or alone is not a valid expression, even when bound by let
let or = 1; in or
