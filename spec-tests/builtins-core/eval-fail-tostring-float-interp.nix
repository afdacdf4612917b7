# floats are accepted by toString but not by interpolation
"${toString 1.5}${1.5}"
