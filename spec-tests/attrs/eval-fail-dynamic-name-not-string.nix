# a dynamic attribute name must be a string (or null)
{ ${1} = 1; }
