# function arguments are not evaluated unless used
(x: "ignored") (throw "unused")
