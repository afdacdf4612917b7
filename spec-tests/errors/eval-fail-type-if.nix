# a non-boolean condition
if 1 then "a" else "b"
