# inside an interpolation, the misplaced function's error expects '}'
"${f x: x}"
