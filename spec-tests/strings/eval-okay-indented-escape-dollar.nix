# ''$ gives a literal $ and ''${ is not interpolated
''
  ''${x} and ''$y
''
