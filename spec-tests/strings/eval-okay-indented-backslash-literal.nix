# a plain backslash is literal in indented strings
''
  a\nb \t
''
