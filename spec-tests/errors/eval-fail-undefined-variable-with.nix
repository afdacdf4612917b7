# undefined variables under with are detected at evaluation time
with { }; nope
