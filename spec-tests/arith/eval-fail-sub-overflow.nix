# integer subtraction overflow is an error
(-9223372036854775807) - 2
