# functions cannot be interpolated
"a${x: x}"
