# variables are resolved lexically when the file is parsed
x: y
