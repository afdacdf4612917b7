# assert needs a semicolon before its body
assert true "x"
