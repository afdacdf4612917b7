# a name not found in any with is an error at evaluation time
with { a = 1; }; b
