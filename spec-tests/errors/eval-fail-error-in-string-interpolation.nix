# an error inside an interpolation
"prefix ${throw "in interpolation"} suffix"
