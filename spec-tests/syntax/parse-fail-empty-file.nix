# an empty file is not an expression
