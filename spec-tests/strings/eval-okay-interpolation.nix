# ${...} inserts a string value
let name = "world"; in "hello ${name}!"
