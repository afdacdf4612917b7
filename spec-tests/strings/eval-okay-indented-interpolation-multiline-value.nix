# interpolated text is not re-indented
let v = "a\n    b"; in ''
    ${v}
  c
''
