# throw requires a string message
throw 123
