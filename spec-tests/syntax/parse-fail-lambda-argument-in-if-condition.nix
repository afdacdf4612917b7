# in the condition of 'if', the misplaced function's error expects 'then'
if f x: x then 1 else 2
