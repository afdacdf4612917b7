# the innermost with wins
with { a = "outer"; }; with { a = "inner"; }; a
