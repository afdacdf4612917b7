# a failing assert reports its condition
assert 1 + 1 == 3; "unreachable"
