# a quoted name without interpolation is a static let binding
let "x" = 3; in x
