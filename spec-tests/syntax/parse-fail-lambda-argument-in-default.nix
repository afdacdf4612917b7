# in a formal's default, the misplaced function's error expects '}' or ','
{ a ? f x: x }: a
