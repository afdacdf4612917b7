# in the 'then' branch, the misplaced function's error expects 'else'
if true then f x: x else 2
