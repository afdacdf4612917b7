# throw with a message
throw "something went wrong"
