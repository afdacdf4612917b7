# a function value prints as <LAMBDA>
x: x
