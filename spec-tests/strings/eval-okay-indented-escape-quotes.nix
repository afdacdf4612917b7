# ''' gives two single quotes
''
  it'''s
''
