# fromTOML: tables, arrays of tables, dotted keys, inline tables
builtins.fromTOML ''
  title = "x"
  a.b.c = 1
  inline = { x = 1, y.z = [ 1, "two", [ 3 ] ] }
  [server]
  host = "h"
  [server.ports]
  http = 80
  [[items]]
  n = 1
  [[items]]
  n = 2
''
