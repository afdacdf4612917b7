# 'let' as an argument is read as the old 'let { }' form, so the error is at the token after it
f let x = 1; in x
