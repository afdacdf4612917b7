# division of a float by the integer zero
2.5 / 0
