# text plus interpolation on the first line sets a small indentation
'' ${"x"}
  a
''
