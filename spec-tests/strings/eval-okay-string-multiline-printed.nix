# printing escapes newlines in strings
"a
b"
