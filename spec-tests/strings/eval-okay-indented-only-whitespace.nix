# an indented string with only whitespace lines
''
  
''
