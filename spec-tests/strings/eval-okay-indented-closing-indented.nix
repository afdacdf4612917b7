# spaces before the closing '' are dropped
''
    a
  ''
