# with requires an attribute set
with 1; x
