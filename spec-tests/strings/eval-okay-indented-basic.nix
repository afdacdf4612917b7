# indented strings strip the common leading indentation
''
  one
    two
  three
''
