# an indented string without its closing ''
''
  abc
