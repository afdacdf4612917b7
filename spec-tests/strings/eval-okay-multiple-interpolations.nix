# several interpolations in one string
let a = "A"; b = "B"; in "${a}${b}-${a}"
