# fromTOML strings: basic, literal, multi-line, escapes
builtins.fromTOML ''
  basic = "tab\there \u00e9 \U0001F600 \"q\""
  literal = 'C:\path\n'
  multi = """
first
second \
    joined"""
  "quoted key" = 1
  'literal key' = 2
''
