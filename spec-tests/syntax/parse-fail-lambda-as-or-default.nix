# the default of 'or' cannot be a function without parentheses
{ }.a or x: x
