# an interpolation at line start counts as content for indentation
''
    ${"x"}
  y
''
