# assert false
assert false; 1
