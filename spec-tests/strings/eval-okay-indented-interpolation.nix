# interpolation inside indented strings
let v = "VAL"; in ''
  x = ${v};
''
