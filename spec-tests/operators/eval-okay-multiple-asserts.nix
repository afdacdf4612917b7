# asserts can be chained
assert true; assert 1 < 2; "passed"
