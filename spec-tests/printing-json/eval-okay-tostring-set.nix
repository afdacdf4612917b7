# a set with __toString is printed as a set
{ __toString = self: "s"; v = 1; }
