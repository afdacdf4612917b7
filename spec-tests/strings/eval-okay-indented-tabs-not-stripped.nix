# tabs are not indentation in indented strings
''
	a
	b
''
