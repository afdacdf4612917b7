# the same coercion rules apply in indented strings
''
  a${2}
''
