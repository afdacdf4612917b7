# text on the first line is kept and participates in indentation
''  a
  b''
