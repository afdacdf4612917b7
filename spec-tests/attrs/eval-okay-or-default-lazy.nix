# the or default is only evaluated when needed
{ a = 1; }.a or (throw "unused")
