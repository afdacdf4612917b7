# interpolation in a relative path
let f = "data"; in baseNameOf ./${f}.txt
