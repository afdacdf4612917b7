# only leading spaces are stripped, a tab after them is kept
''
  	a
  b
''
