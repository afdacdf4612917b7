# assert requires a boolean
assert "yes"; 1
