# inherit in a set can take a name provided by with
with { a = 1; }; { inherit a; }
