# an interpolated quoted name is dynamic and not allowed in let
let "${"a"}" = 1; in a
