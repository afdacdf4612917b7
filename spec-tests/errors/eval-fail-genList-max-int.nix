# genList of the largest integer length cannot be allocated
builtins.length (builtins.genList (x: x) 9223372036854775807)
