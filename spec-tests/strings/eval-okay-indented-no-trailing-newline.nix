# no trailing newline when the closing '' is on the last text line
''
  a
  b''
