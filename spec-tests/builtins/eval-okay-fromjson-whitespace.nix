# fromJSON allows whitespace around and inside values
builtins.fromJSON " \n\t[ 1 ,\r\n 2 ]\n "
