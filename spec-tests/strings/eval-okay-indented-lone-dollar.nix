# a lone $ and a single quote are literal in indented strings
''
  $a ' $ 'b'
''
