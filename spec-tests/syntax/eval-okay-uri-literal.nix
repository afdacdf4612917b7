# an unquoted URI is a string
http://example.org/a/b?c=d&e=f
