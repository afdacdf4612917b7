# ''\ followed by a newline escapes the newline
''a''\
b''
