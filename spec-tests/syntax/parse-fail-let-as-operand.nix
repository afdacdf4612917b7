# 'let' as an operand is read as the old 'let { }' form, so the error is at the token after it
1 + let in 1
