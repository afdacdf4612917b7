# lines with only whitespace do not count towards the minimum indentation
''
    a

      b
  
    c
''
