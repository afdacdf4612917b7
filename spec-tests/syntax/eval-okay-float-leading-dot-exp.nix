# a float starting with a dot may carry an exponent
.5e2
