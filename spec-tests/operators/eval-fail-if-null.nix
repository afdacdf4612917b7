# null is not a boolean
if null then "a" else "b"
