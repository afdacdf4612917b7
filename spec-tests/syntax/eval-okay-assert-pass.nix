# a passing assert returns its body
assert 1 + 1 == 2; "ok"
