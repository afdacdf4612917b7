# a one-line indented string with an interpolation
''${"x"}y''
