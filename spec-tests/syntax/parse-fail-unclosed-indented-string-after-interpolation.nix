# an indented string never closed, after an interpolation
x: ''a${x}