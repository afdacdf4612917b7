# string + path fails when the path does not exist
"x" + /does/not/exist/anywhere
