# absolute paths print unquoted
[ /a/b /c ]
