# double quotes need no escaping in indented strings
''say "hi"''
