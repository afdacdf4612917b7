# the assertion text shows the expression as written (normalised)
let enable = false; in assert enable; "ok"
