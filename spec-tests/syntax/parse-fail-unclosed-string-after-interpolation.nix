# a string never closed, after an interpolation holding an indented string
x: "a${''b''}